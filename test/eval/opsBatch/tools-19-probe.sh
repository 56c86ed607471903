# Probe for the eighteenth batch (helper cred-formats-19), written and committed before any rule was changed: ops files of
# formats none of the earlier batches or probes hold (each tool, key and file name grepped for in tools-1.sh …
# tools-18-probe.sh first) — an Emacs `(setq erc-password …)`, getmail's `getmailrc`, vdirsyncer's storage `password`,
# Privoxy's `forward-socks5t` with a userinfo, Karaf's `users.properties`, `kcadm.sh config credentials --password`, Gitea's
# `app.ini` `[database] PASSWD`, a kustomize `secretGenerator` literal, a Kafka Connect connector's dotted
# `"connection.password"`, a `.wgetrc`, `sc.exe config … password=` in a `.cmd`, `xcrun altool -p`, AppDynamics'
# `controller-info.xml` `<account-access-key>`, an OpenTelemetry collector's `authorization` header, Asterisk's `iax.conf`
# `secret=`, Concourse's `CONCOURSE_ADD_LOCAL_USER`; each holding $1 where the credential goes (or a value derived from it).
# Three decoys: vdirsyncer's `password.fetch` command list, getmail's `password_command` tuple, a Kafka Connect password from
# a `${file:…}` config provider.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
mkdir -p .emacs.d .getmail .config/vdirsyncer etc/privoxy karaf/etc keycloak gitea/custom/conf k8s/app connect \
  scripts ios apm/conf otel etc/asterisk ci \
  decoys/.config/vdirsyncer decoys/.getmail decoys/connect
cat > .emacs.d/init.el <<Y
(require 'erc)
(setq erc-server "irc.corp.example"
      erc-port 6697
      erc-nick "alice")
(setq erc-password "$V")
(add-hook 'erc-mode-hook #'erc-spelling-mode)
Y
cat > .getmail/getmailrc <<Y
[retriever]
type = SimpleIMAPSSLRetriever
server = imap.corp.example
username = alice
password = $V

[destination]
type = Maildir
path = ~/Maildir/
Y
cat > .config/vdirsyncer/config <<Y
[general]
status_path = "~/.vdirsyncer/status/"

[storage cal_remote]
type = "caldav"
url = "https://dav.corp.example/"
username = "alice"
password = "$V"
Y
cat > etc/privoxy/config <<Y
listen-address  127.0.0.1:8118
forward-socks5t / alice:$V@socks.corp.example:1080 .
toggle 1
Y
cat > karaf/etc/users.properties <<Y
# user=password,role1,role2
admin = $V,_g_:admingroup
_g_\\:admingroup = group,admin,manager,viewer,systembundles
Y
cat > keycloak/bootstrap.sh <<Y
#!/bin/sh
/opt/keycloak/bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin --password $V
/opt/keycloak/bin/kcadm.sh create realms -s realm=corp -s enabled=true
Y
cat > gitea/custom/conf/app.ini <<Y
APP_NAME = Corp Git
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = db.corp.example:5432
NAME     = gitea
USER     = gitea
PASSWD   = $V
SSL_MODE = require
Y
cat > k8s/app/kustomization.yaml <<Y
resources:
  - deployment.yaml
secretGenerator:
  - name: app-db
    literals:
      - username=app
      - password=$V
Y
cat > connect/jdbc-sink.json <<Y
{
  "name": "orders-sink",
  "config": {
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "connection.url": "jdbc:postgresql://db.corp.example:5432/orders",
    "connection.user": "connect",
    "connection.password": "$V",
    "topics": "orders"
  }
}
Y
cat > .wgetrc <<Y
tries = 3
http_user = alice
http_password = $V
Y
cat > scripts/service.cmd <<Y
@echo off
sc.exe config CorpAgent obj= "CORP\\svc-agent" password= "$V"
sc.exe start CorpAgent
Y
cat > ios/upload.sh <<Y
#!/bin/bash
set -e
xcrun altool --upload-app --type ios -f build/Corp.ipa -u release@corp.example -p "$V"
Y
cat > apm/conf/controller-info.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<controller-info>
    <controller-host>corp.saas.appdynamics.com</controller-host>
    <controller-port>443</controller-port>
    <account-name>corp</account-name>
    <account-access-key>$V</account-access-key>
</controller-info>
Y
cat > otel/collector.yaml <<Y
exporters:
  otlphttp:
    endpoint: https://otlp.corp.example
    headers:
      authorization: "Bearer $V"
service:
  pipelines:
    traces:
      exporters: [otlphttp]
Y
cat > etc/asterisk/iax.conf <<Y
[general]
bindport=4569

[corp-trunk]
type=friend
host=dynamic
username=corp-trunk
secret=$V
context=from-trunk
Y
cat > ci/docker-compose.yml <<Y
services:
  concourse:
    image: concourse/concourse
    command: quickstart
    environment:
      CONCOURSE_ADD_LOCAL_USER: admin:$V
      CONCOURSE_MAIN_TEAM_LOCAL_USER: admin
Y
# Decoys
cat > decoys/.config/vdirsyncer/config <<'Y'
[storage cal_remote]
type = "caldav"
url = "https://dav.corp.example/"
username = "alice"
password.fetch = ["command", "pass", "show", "dav"]
Y
cat > decoys/.getmail/getmailrc <<'Y'
[retriever]
type = SimpleIMAPSSLRetriever
server = imap.corp.example
username = alice
password_command = ("/usr/bin/pass", "show", "mail/imap")
Y
cat > decoys/connect/jdbc-sink.json <<'Y'
{
  "name": "orders-sink",
  "config": {
    "connection.url": "jdbc:postgresql://db.corp.example:5432/orders",
    "connection.user": "connect",
    "connection.password": "${file:/opt/connect/secrets.properties:db.password}"
  }
}
Y
