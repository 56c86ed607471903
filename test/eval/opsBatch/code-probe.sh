# Held-out probe (helper cred-probe-26) for credentials set in source code and infrastructure code, written and committed
# before any rule was looked at or changed, to measure the lead's twenty-third-session readings (calls that name a
# credential, Terraform's name/value pairs, libpq DSNs) and the generic assignment rules on code they were not written for:
# Java (Properties.setProperty, DriverManager.getConnection(url, user, password), a Spring @Value default), C# (an ADO.NET
# connection string constant, NetworkCredential), Go (a MySQL driver DSN given to sql.Open, a struct literal's Password
# field, SetBasicAuth), Python (requests' auth tuple, psycopg2.connect(password=…), keyring.set_password, boto3's
# aws_secret_access_key), Ruby (ENV['…'] ||= , Net::SMTP.start's positional secret), Node (pg's new Client({password}),
# mysql2's createConnection in TypeScript, nodemailer's auth.pass), Terraform resources whose password argument is a literal
# (aws_db_instance, azurerm_mssql_server, google_sql_user), a Pulumi stack file's plain config, Kotlin (OkHttp's
# Credentials.basic) and Rust (sqlx's PgConnectOptions builder); each holding $1 where the credential goes. Four decoys:
# values read from the environment or a secret store, Terraform's random provider and variables, placeholders, and
# code names that hold a credential word without being one.
# $1 = value; writes files into cwd
V="$1"
mkdir -p billing/src/main/java/com/acme/billing/dao orders/src/Acme.Orders/Data orders/src/Acme.Orders/Services \
  gateway/internal/store gateway/internal/mailer gateway/internal/registry tools etl backup \
  storefront/config/initializers storefront/lib/reports api/src/db api/src/notify infra/aws infra/azure infra/gcp \
  pulumi android/app/src/main/kotlin/com/acme/sync ledger/src \
  decoys/etl decoys/infra decoys/billing/src/main/java/com/acme/billing decoys/api/src
cat > billing/src/main/java/com/acme/billing/MailSettings.java <<Y
package com.acme.billing;

import java.util.Properties;

public final class MailSettings {
    public static Properties smtp() {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "smtp.acme.example");
        props.setProperty("mail.smtp.user", "billing@acme.example");
        props.setProperty("mail.smtp.password", "$V");
        return props;
    }
}
Y
cat > billing/src/main/java/com/acme/billing/dao/LedgerDao.java <<Y
package com.acme.billing.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class LedgerDao {
    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://db1.acme.internal:5432/ledger", "ledger_app", "$V");
    }
}
Y
cat > billing/src/main/java/com/acme/billing/GatewayClient.java <<Y
package com.acme.billing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class GatewayClient {
    @Value("\${gateway.api-secret:$V}")
    private String apiSecret;
}
Y
cat > orders/src/Acme.Orders/Data/OrdersDb.cs <<Y
using System.Data.SqlClient;

namespace Acme.Orders.Data
{
    public static class OrdersDb
    {
        private const string ConnStr = "Server=sql01.acme.local;Database=Orders;User Id=orders_app;Password=$V;";

        public static SqlConnection Open() => new SqlConnection(ConnStr);
    }
}
Y
cat > orders/src/Acme.Orders/Services/FtpUploader.cs <<Y
using System.Net;

namespace Acme.Orders.Services
{
    public class FtpUploader
    {
        public void Upload(string file)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://files.acme.local/inbox/" + file);
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("orders-ftp", "$V");
        }
    }
}
Y
cat > gateway/internal/store/mysql.go <<Y
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

func Open() (*sql.DB, error) {
	return sql.Open("mysql", "gateway:$V@tcp(db.acme.internal:3306)/gateway?parseTime=true")
}
Y
cat > gateway/internal/mailer/config.go <<Y
package mailer

var Default = SMTPConfig{
	Host:     "smtp.acme.example",
	Port:     587,
	Username: "gateway@acme.example",
	Password: "$V",
}
Y
cat > gateway/internal/registry/client.go <<Y
package registry

import "net/http"

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("deploy", "$V")
	return req, nil
}
Y
cat > tools/sync_tickets.py <<Y
import requests

BASE = "https://tickets.acme.example/api/v2"


def fetch_open():
    r = requests.get(BASE + "/tickets?status=open", auth=("svc-sync", "$V"), timeout=30)
    r.raise_for_status()
    return r.json()
Y
cat > etl/load.py <<Y
import psycopg2

conn = psycopg2.connect(host="warehouse.acme.internal", dbname="dw", user="etl", password="$V")
cur = conn.cursor()
Y
cat > tools/store_token.py <<Y
import keyring

keyring.set_password("acme-cli", "deploy", "$V")
Y
cat > backup/s3_upload.py <<Y
import os
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id=os.environ["BACKUP_KEY_ID"],
    aws_secret_access_key="$V",
    region_name="eu-west-1",
)
Y
cat > storefront/config/initializers/smtp.rb <<Y
ENV['SMTP_PASSWORD'] ||= '$V'

ActionMailer::Base.smtp_settings = {
  address: 'smtp.acme.example',
  user_name: 'shop@acme.example',
  password: ENV['SMTP_PASSWORD'],
}
Y
cat > storefront/lib/reports/daily_mailer.rb <<Y
require 'net/smtp'

Net::SMTP.start('smtp.acme.example', 587, 'acme.example', 'reports@acme.example', '$V', :login) do |smtp|
  smtp.send_message(File.read('report.eml'), 'reports@acme.example', 'ops@acme.example')
end
Y
cat > api/src/db/pg.js <<Y
const { Client } = require('pg');

const client = new Client({ host: 'db.acme.internal', user: 'api', password: '$V', database: 'api' });
module.exports = client;
Y
cat > api/src/db/mysql.ts <<Y
import mysql from 'mysql2/promise';

export const pool = mysql.createConnection({
  host: 'localhost',
  user: 'root',
  password: '$V',
  database: 'shop',
});
Y
cat > api/src/notify/mailer.js <<Y
const nodemailer = require('nodemailer');

module.exports = nodemailer.createTransport({
  host: 'smtp.acme.example',
  port: 465,
  secure: true,
  auth: { user: 'alerts@acme.example', pass: '$V' },
});
Y
cat > infra/aws/rds.tf <<Y
resource "aws_db_instance" "main" {
  identifier        = "orders-prod"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
  username          = "dbadmin"
  password          = "$V"
}
Y
cat > infra/azure/sql.tf <<Y
resource "azurerm_mssql_server" "main" {
  name                         = "acme-sql-prod"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "$V"
}
Y
cat > infra/gcp/sql.tf <<Y
resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  password = "$V"
}
Y
cat > pulumi/Pulumi.prod.yaml <<Y
config:
  aws:region: eu-west-1
  acme-infra:dbUser: app
  acme-infra:dbPassword: $V
Y
cat > android/app/src/main/kotlin/com/acme/sync/ApiClient.kt <<Y
package com.acme.sync

import okhttp3.Credentials
import okhttp3.Request

fun authorized(builder: Request.Builder): Request.Builder =
    builder.header("Authorization", Credentials.basic("android-sync", "$V"))
Y
cat > ledger/src/db.rs <<Y
use sqlx::postgres::{PgConnectOptions, PgPool};

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    let opts = PgConnectOptions::new()
        .host("db.acme.internal")
        .username("ledger")
        .password("$V")
        .database("ledger");
    PgPool::connect_with(opts).await
}
Y
cat > decoys/etl/load.py <<'Y'
import os
import boto3
import keyring
import psycopg2

conn = psycopg2.connect(host="warehouse", dbname="dw", user="etl", password=os.environ["PGPASSWORD"])
token = keyring.get_password("acme-cli", "deploy")
secret = boto3.client("secretsmanager").get_secret_value(SecretId="prod/s3")["SecretString"]
s3 = boto3.client("s3", aws_secret_access_key=secret)
Y
cat > decoys/infra/rds.tf <<'Y'
resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_db_instance" "main" {
  identifier = "orders-prod"
  username   = "dbadmin"
  password   = random_password.db.result
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  password = var.app_db_password
}
Y
cat > decoys/billing/src/main/java/com/acme/billing/Settings.java <<'Y'
package com.acme.billing;

import org.springframework.beans.factory.annotation.Value;

public class Settings {
    @Value("${gateway.api-secret}")
    private String apiSecret;

    private static final String CONN = "Server=sql01;Database=Orders;User Id=app;Password=<your-password>;";
    private final String smtpPassword = System.getenv("SMTP_PASSWORD");
}
Y
cat > decoys/api/src/constants.ts <<'Y'
export const PASSWORD_RESET_PATH = '/account/password/reset';
export const TOKEN_TYPE_BEARER = 'Bearer';
export const passwordField = 'input[name=password]';
export const SECRET_STORAGE_KEY = 'acme.session.state';
export const tokenizerMode = 'whitespace';
Y
