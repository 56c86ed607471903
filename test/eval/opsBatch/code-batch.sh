# Tuning batch (helper cred-probe-26) for credentials set in source and infrastructure code, written after the held-out
# probe (code-probe.sh) was measured and kept apart from it: other files and other calls of the same classes — a
# password given positionally to a client's login (JDBC's getConnection with its URL written out, javax.mail's
# PasswordAuthentication, Apache HttpClient's UsernamePasswordCredentials, Go's smtp.PlainAuth and a basicAuth helper,
# reqwest's basic_auth, lettre's Credentials::new, ftplib.FTP, Net::FTP.open, keyring.set_password; added after the
# probe's held-out measurement: Ruby's Net::POP3.start and Net::SMTP#start), a builder's
# credential method (Spring's DataSourceBuilder, tokio-postgres' Config), a default given to an environment or property
# lookup (Spring's @Value in Kotlin, Quarkus' @ConfigProperty defaultValue, Go's getEnv helper, `ENV[…] ||`,
# `process.env.… ||` and `??`, Kotlin's `?:`, C#'s `??`), Terraform resources of other providers and a Pulumi program;
# each holding $1 where the credential goes. Four decoys: the same calls given variables or empty defaults, and lookups
# whose names are not credentials.
# $1 = value; writes files into cwd
V="$1"
mkdir -p reports/src/main/java/org/corp/reports hr/src/main/java/org/corp/hr hr/src/main/kotlin/org/corp/hr \
  notifier/notify notifier/config agent/src mailer tools shop/config shop/lib web/src web/config mobile/src \
  svc/Corp.Svc infra/tf infra/pulumi decoys/web/src decoys/notifier decoys/hr decoys/agent/src
cat > reports/src/main/java/org/corp/reports/ReportDb.java <<Y
package org.corp.reports;

import java.sql.*;

class ReportDb {
    static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://reports.corp.internal:3306/rep?useSSL=true", "reporter", "$V");
    }
}
Y
cat > reports/src/main/java/org/corp/reports/MailAuth.java <<Y
package org.corp.reports;

import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;

class MailAuth extends Authenticator {
    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication("noreply@corp.example", "$V");
    }
}
Y
cat > reports/src/main/java/org/corp/reports/HttpConf.java <<Y
package org.corp.reports;

import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;

class HttpConf {
    static BasicCredentialsProvider provider() {
        BasicCredentialsProvider p = new BasicCredentialsProvider();
        p.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc-build", "$V"));
        return p;
    }
}
Y
cat > hr/src/main/java/org/corp/hr/DataSourceConfig.java <<Y
package org.corp.hr;

@Configuration
class DataSourceConfig {
    @Bean
    DataSource dataSource() {
        return DataSourceBuilder.create()
            .url("jdbc:postgresql://hr-db:5432/hr")
            .username("hr_app")
            .password("$V")
            .build();
    }
}
Y
cat > hr/src/main/kotlin/org/corp/hr/MailProps.kt <<Y
package org.corp.hr

@Component
class MailProps {
    @Value("\\\${spring.mail.password:$V}")
    lateinit var mailPassword: String
}
Y
cat > hr/src/main/java/org/corp/hr/SmtpSettings.java <<Y
package org.corp.hr;

import org.eclipse.microprofile.config.inject.ConfigProperty;

public class SmtpSettings {
    @ConfigProperty(name = "smtp.password", defaultValue = "$V")
    String smtpPassword;
}
Y
cat > notifier/notify/smtp.go <<Y
package notify

import "net/smtp"

func send(to []string, msg []byte) error {
	auth := smtp.PlainAuth("", "alerts@corp.example", "$V", "smtp.corp.example")
	return smtp.SendMail("smtp.corp.example:587", auth, "alerts@corp.example", to, msg)
}
Y
cat > notifier/notify/hook.go <<Y
package notify

import "net/http"

func hookRequest(req *http.Request) {
	req.Header.Set("Authorization", "Basic "+basicAuth("ci-hook", "$V"))
}
Y
cat > notifier/config/env.go <<Y
package config

var Settings = struct{ DBHost, DBPassword string }{
	DBHost:     getEnv("DB_HOST", "localhost"),
	DBPassword: getEnv("DB_PASSWORD", "$V"),
}
Y
cat > agent/src/upload.rs <<Y
pub async fn upload(client: &reqwest::Client, url: &str, body: Vec<u8>) -> reqwest::Result<reqwest::Response> {
    client.put(url).basic_auth("agent", Some("$V")).body(body).send().await
}
Y
cat > agent/src/mail.rs <<Y
use lettre::transport::smtp::authentication::Credentials;

pub fn creds() -> Credentials {
    Credentials::new("agent@corp.example".to_string(), "$V".to_string())
}
Y
cat > agent/src/db.rs <<Y
pub fn config() -> tokio_postgres::Config {
    let mut cfg = tokio_postgres::Config::new();
    cfg.host("metrics-db").user("agent").password("$V").dbname("metrics");
    cfg
}
Y
cat > tools/ftp_push.py <<Y
import ftplib

with ftplib.FTP("files.corp.example", "upload", "$V") as ftp:
    ftp.storbinary("STOR export.csv", open("export.csv", "rb"))
Y
cat > tools/seed_keyring.py <<Y
import getpass
import keyring

keyring.set_password("corp-vpn", getpass.getuser(), "$V")
Y
cat > shop/lib/ftp_export.rb <<Y
require 'net/ftp'

Net::FTP.open('files.corp.example', 'shop-export', '$V') do |ftp|
  ftp.putbinaryfile('orders.csv')
end
Y
cat > shop/lib/inbox.rb <<Y
require 'net/pop'

Net::POP3.start('pop.corp.example', 110, 'inbox@corp.example', '$V') do |pop|
  pop.each_mail { |m| puts m.header }
end
Y
cat > shop/lib/notify.rb <<Y
require 'net/smtp'

Net::SMTP.new('smtp.corp.example', 587).start('corp.example', 'shop@corp.example', '$V', :plain) do |smtp|
  smtp.send_message(msg, 'shop@corp.example', 'ops@corp.example')
end
Y
cat > shop/config/database.rb <<Y
DB_PASSWORD = ENV['DB_PASSWORD'] || '$V'
Y
cat > web/config/db.js <<Y
module.exports = {
  host: process.env.DB_HOST || 'localhost',
  password: process.env.DB_PASSWORD || '$V',
};
Y
cat > web/src/stripe.ts <<Y
const stripeKey = process.env.STRIPE_SECRET_KEY ?? "$V";
export default stripeKey;
Y
cat > mobile/src/Env.kt <<Y
object Env {
    val slackToken: String = System.getenv("SLACK_TOKEN") ?: "$V"
}
Y
cat > svc/Corp.Svc/Settings.cs <<Y
namespace Corp.Svc
{
    public static class Settings
    {
        public static readonly string DbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "$V";
    }
}
Y
cat > infra/tf/db.tf <<Y
resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "corp-pg"
  administrator_login    = "pgadmin"
  administrator_password = "$V"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "corp-aurora"
  master_username    = "root"
  master_password    = "$V"
}
Y
cat > infra/pulumi/index.ts <<Y
import * as aws from "@pulumi/aws";

const db = new aws.rds.Instance("db", {
    engine: "mysql",
    username: "admin",
    password: "$V",
});
Y
cat > decoys/web/src/config.ts <<'Y'
export const dbPassword = process.env.DB_PASSWORD || '';
export const tokenTtl = process.env.TOKEN_TTL || '3600';
export const secretName = process.env.SECRET_NAME ?? "app/prod";
Y
cat > decoys/notifier/smtp.go <<'Y'
package notify

func auth(user, pass, host string) {
	a := smtp.PlainAuth("", user, pass, host)
	req.SetBasicAuth(user, os.Getenv("HOOK_PASSWORD"))
	pw := getEnv("DB_PASSWORD", "")
	_ = a
}
Y
cat > decoys/hr/Props.java <<'Y'
public class Props {
    @Value("${spring.mail.password:}")
    String mailPassword;
    @ConfigProperty(name = "smtp.password")
    String smtpPassword;
    DataSource ds = DataSourceBuilder.create().password(System.getenv("DB_PASSWORD")).build();
    Connection c = DriverManager.getConnection("jdbc:mysql://db/rep", user, password);
}
Y
cat > decoys/agent/src/net.rs <<'Y'
pub fn req(c: &reqwest::Client, user: &str, pass: &str) {
    c.get("https://x").basic_auth(user, Some(pass));
    let creds = Credentials::new(user.to_string(), std::env::var("SMTP_PASSWORD").unwrap());
    cfg.password(&password);
}
Y
