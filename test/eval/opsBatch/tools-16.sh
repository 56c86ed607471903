# The fifteenth batch of ops files (helper cred-formats-16): formats none of the earlier batches or their probes hold —
# chat, mail and streaming (an UnrealIRCd `oper` block, an Exim authenticator's `client_send`, Dovecot's
# `dovecot-sql.conf.ext` `connect =` line, ProFTPD's `SQLConnectInfo`, a Liquidsoap `output.icecast`, a SHOUTcast
# `sc_serv.conf`, an OpenSIPS `db_url` modparam), directories and Windows (an OpenLDAP cn=config `olcRootPW` LDIF, a Windows
# `autounattend.xml` `AdministratorPassword`), monitoring and networks (a Zabbix agent PSK file, NetBox's `NAPALM_PASSWORD`,
# a NetXMS agent `SharedSecret`, an ISC dhcpd `omapi-key`), data stores and jobs (a Celery `amqp://` broker URL, a Tarantool
# `box.schema.user.create`, a Vertica `vsql -w` script, an XtraBackup `[xtrabackup]` section, Bitnami etcd's
# `ETCD_ROOT_PASSWORD`, Spark's `spark.authenticate.secret`, Seafile's `seafile.conf`), web applications (Mastodon's
# `OTP_SECRET` and `VAPID_PRIVATE_KEY`, Paperless-ngx's `PAPERLESS_SECRET_KEY`, a Laravel/BookStack `APP_KEY=base64:`, n8n's
# `N8N_ENCRYPTION_KEY`); each holding $1 where the credential goes (or, for a format whose value has a fixed shape, a value
# derived from it). Three decoys: a Zabbix agent config that only names its PSK file, Mastodon's sample env with an empty
# `OTP_SECRET`, an Exim `client_send` built from a lookup expression.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64() { hex "$1" | xxd -r -p | base64 -w0; }
b64u() { b64 "$1" | tr '+/' '-_' | tr -d '='; }
mkdir -p etc/unrealircd etc/exim4/conf.d/auth etc/dovecot etc/proftpd radio etc/shoutcast etc/opensips etc/openldap \
  windows etc/zabbix netbox etc/nxagent etc/dhcp app tarantool scripts etc/mysql/conf.d etcd spark/conf seafile/conf \
  mastodon paperless bookstack n8n decoys/etc/zabbix decoys/mastodon decoys/etc/exim4/conf.d/auth
# Chat, mail and streaming
cat > etc/unrealircd/unrealircd.conf <<Y
me {
	name "irc.corp.example";
	info "Corp IRC";
	sid "001";
}
oper netadmin {
	class opers;
	mask *@10.0.0.*;
	password "$V";
	operclass netadmin;
	swhois "is a Network Administrator";
}
Y
cat > etc/exim4/conf.d/auth/30_exim4-config_smarthost <<Y
smarthost_login:
  driver = plaintext
  public_name = PLAIN
  client_send = ^relay@corp.example^$V
Y
cat > etc/dovecot/dovecot-sql.conf.ext <<Y
driver = pgsql
connect = host=db.corp.example dbname=mail user=dovecot password=$V
default_pass_scheme = SHA512-CRYPT
password_query = SELECT username AS user, password FROM users WHERE username = '%n' AND domain = '%d'
Y
cat > etc/proftpd/sql.conf <<Y
<IfModule mod_sql.c>
SQLBackend        mysql
SQLEngine         on
SQLAuthenticate   users groups
SQLAuthTypes      Crypt
SQLConnectInfo    proftpd@db.corp.example proftpd $V
SQLUserInfo       ftpuser userid passwd uid gid homedir shell
</IfModule>
Y
cat > radio/radio.liq <<Y
#!/usr/bin/liquidsoap
radio = playlist("/srv/music")
output.icecast(%mp3, host="stream.corp.example", port=8000,
  password="$V", mount="live.mp3", radio)
Y
cat > etc/shoutcast/sc_serv.conf <<Y
portbase=8000
maxuser=64
logfile=logs/sc_serv.log
password=$V
adminpassword=$V
streamid_1=1
streampath_1=/live
Y
cat > etc/opensips/opensips.cfg <<Y
loadmodule "usrloc.so"
loadmodule "auth_db.so"
modparam("usrloc", "db_mode", 2)
modparam("usrloc", "db_url", "mysql://opensips:$V@db.corp.example/opensips")
modparam("auth_db", "calculate_ha1", yes)
Y
# Directories and Windows
cat > etc/openldap/rootpw.ldif <<Y
dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: {SSHA}$(b64 ssha | cut -c1-32)
Y
cat > windows/autounattend.xml <<Y
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>$V</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
Y
# Monitoring and networks
hex zabbixpsk > etc/zabbix/zabbix_agentd.psk
cat > netbox/configuration.py <<Y
ALLOWED_HOSTS = ['netbox.corp.example']
NAPALM_USERNAME = 'netops'
NAPALM_PASSWORD = '$V'
NAPALM_TIMEOUT = 30
Y
cat > etc/nxagent/nxagentd.conf <<Y
MasterServers = netxms.corp.example
RequireAuthentication = yes
SharedSecret = $V
LogFile = /var/log/nxagentd
Y
cat > etc/dhcp/dhcpd.conf <<Y
authoritative;
omapi-port 7911;
key omapi_key {
    algorithm hmac-md5;
    secret "$(hex omapi | cut -c1-32 | xxd -r -p | base64 -w0)";
};
omapi-key omapi_key;
subnet 10.0.0.0 netmask 255.255.255.0 {
    range 10.0.0.100 10.0.0.200;
}
Y
# Data stores and jobs
cat > app/celeryconfig.py <<Y
broker_url = 'amqp://ops:$V@rabbit.corp.example:5672/prod'
result_backend = 'rpc://'
task_serializer = 'json'
Y
cat > tarantool/init.lua <<Y
box.cfg{ listen = 3301 }
box.once('bootstrap', function()
    box.schema.user.create('replicator', { password = '$V', if_not_exists = true })
    box.schema.user.grant('replicator', 'replication')
end)
Y
cat > scripts/vertica-load.sh <<Y
#!/bin/sh
vsql -h vertica.corp.example -d analytics -U dbadmin -w $V -f /srv/etl/load.sql
Y
cat > etc/mysql/conf.d/xtrabackup.cnf <<Y
[xtrabackup]
user=backup
password=$V
target_dir=/srv/backup/mysql
Y
cat > etcd/docker-compose.yml <<Y
services:
  etcd:
    image: bitnami/etcd:3.5
    environment:
      ETCD_ROOT_PASSWORD: $V
      ETCD_ADVERTISE_CLIENT_URLS: http://etcd:2379
Y
cat > spark/conf/spark-defaults.conf <<Y
spark.master                 spark://master.corp.example:7077
spark.authenticate           true
spark.authenticate.secret    $V
spark.eventLog.enabled       true
Y
cat > seafile/conf/seafile.conf <<Y
[fileserver]
port = 8082

[database]
type = mysql
host = db.corp.example
port = 3306
user = seafile
password = $V
db_name = seafile_db
connection_charset = utf8
Y
# Web applications
cat > mastodon/.env.production <<Y
LOCAL_DOMAIN=social.corp.example
REDIS_HOST=redis
DB_HOST=db
OTP_SECRET=$(hex otp1)$(hex otp2)
VAPID_PRIVATE_KEY=$(b64u vapid)
VAPID_PUBLIC_KEY=B$(b64u vapidpub)$(b64u vapidpub2 | cut -c1-43)
Y
cat > paperless/docker-compose.env <<Y
PAPERLESS_URL=https://docs.corp.example
PAPERLESS_SECRET_KEY=$V
PAPERLESS_TIME_ZONE=Europe/Berlin
Y
cat > bookstack/.env <<Y
APP_URL=https://wiki.corp.example
APP_KEY=base64:$(b64 appkey)
DB_HOST=db
Y
cat > n8n/.env <<Y
N8N_HOST=n8n.corp.example
N8N_ENCRYPTION_KEY=$V
GENERIC_TIMEZONE=Europe/Berlin
Y
# Decoys: a config that only names its key file, an empty value, a lookup expression
cat > decoys/etc/zabbix/zabbix_agentd.conf <<'Y'
Server=zabbix.corp.example
Hostname=web1
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK web1
TLSPSKFile=/etc/zabbix/zabbix_agentd.psk
Y
cat > decoys/mastodon/.env.production.sample <<'Y'
LOCAL_DOMAIN=example.com
OTP_SECRET=
VAPID_PRIVATE_KEY=
Y
cat > decoys/etc/exim4/conf.d/auth/30_exim4-config_examples <<'Y'
cram_md5:
  driver = cram_md5
  public_name = CRAM-MD5
  client_name = ${extract{1}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}
  client_send = ^${extract{1}{::}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}^${extract{2}{::}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}
Y
