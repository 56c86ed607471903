# The seventeenth batch of ops files (helper cred-formats-18): formats none of the earlier batches or their probes hold —
# chat and bots (an Errbot IRC `BOT_IDENTITY`, WeeChat's `sasl_password`, an irssi server `password`, HexChat's
# `servlist.conf` `P=`, Bitlbee's `AuthPassword`, ejabberd's `sql_password`, a Limnoria network password, Sopel's
# `auth_password`), networks and proxies (certbot's `rfc2136.ini` TSIG secret, 3proxy `users …:CL:…`, an Apache `htdigest`
# file, a Trojan `config.json` password array, Hysteria's `auth.password`, a Clash flow-style proxy, ucarp's
# `ucarp-password` in `/etc/network/interfaces.d`), mail (dma's `auth.conf`, Postfixadmin's `$CONF['database_password']`,
# SOGo's `bindPassword`, Dovecot's `doveadm_password`, listmonk's `admin_password`), virtualisation and clouds (libvirt's
# client `auth.conf`, `virt-install --graphics vnc,password=`, `VBoxManage unattended install --password`,
# `debconf-set-selections … password …`, a GlusterFS volume file's `option password`, Kolla's `passwords.yml`, Nova's
# `[keystone_authtoken]`), developer tools and services (code-server's `config.yaml`, a DVC `config.local` remote, PostgREST's
# `jwt-secret`, Kamal's `.kamal/secrets`, an age identity in `keys.txt`, a JPA `persistence.xml`, a logback SMTP appender,
# Lemmy's `lemmy.hjson`, an Erlang `sys.config`); each holding $1 where the credential goes (or, for a format whose value has
# a fixed shape, a value derived from it). Four decoys: a Trojan password array with an empty value, Kolla's shipped
# `passwords.yml` with empty values, Kamal secrets read from the environment and a password manager, a Nova configuration
# from template variables.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64() { hex "$1" | xxd -r -p | base64 -w0; }
bech() { hex "$1" | tr 'a-f0-9' 'QPZRY9X8GF2TVDW0' ; }
mkdir -p errbot .weechat .irssi .config/hexchat etc/bitlbee etc/ejabberd limnoria .sopel etc/letsencrypt etc/3proxy \
  etc/apache2 etc/trojan etc/hysteria clash etc/network/interfaces.d etc/dma postfixadmin etc/sogo etc/dovecot/conf.d \
  listmonk .config/libvirt scripts var/lib/glusterd/vols/gv0 kolla etc/nova .config/code-server .dvc postgrest .kamal \
  .config/sops/age src/main/resources/META-INF lemmy config \
  decoys/etc/trojan decoys/kolla decoys/.kamal decoys/etc/nova
# Chat and bots
cat > errbot/config.py <<Y
import logging
BACKEND = 'IRC'
BOT_DATA_DIR = '/srv/errbot/data'
BOT_EXTRA_PLUGIN_DIR = '/srv/errbot/plugins'
BOT_LOG_LEVEL = logging.INFO
BOT_IDENTITY = {
    'nickname': 'opsbot',
    'username': 'opsbot',
    'password': '$V',
    'server': 'irc.corp.example',
    'port': 6697,
    'ssl': True,
}
BOT_ADMINS = ('@alice',)
Y
cat > .weechat/irc.conf <<Y
[server]
corp.addresses = "irc.corp.example/6697"
corp.ssl = on
corp.sasl_mechanism = plain
corp.sasl_username = "alice"
corp.sasl_password = "$V"
corp.autoconnect = on
corp.nicks = "alice,alice_"
Y
cat > .irssi/config <<Y
servers = (
  {
    address = "irc.corp.example";
    chatnet = "corp";
    port = "6697";
    password = "$V";
    use_tls = "yes";
    tls_verify = "yes";
    autoconnect = "yes";
  }
);
chatnets = { corp = { type = "IRC"; }; };
Y
cat > .config/hexchat/servlist.conf <<Y
v=2.14.3

N=corp
L=7
I=alice
i=alice_
U=alice
P=$V
F=19
D=0
S=irc.corp.example/6697
Y
cat > etc/bitlbee/bitlbee.conf <<Y
[settings]
RunMode = Daemon
User = bitlbee
DaemonInterface = 127.0.0.1
DaemonPort = 6667
AuthMode = Closed
AuthPassword = $V
Y
cat > etc/ejabberd/ejabberd.yml <<Y
hosts:
  - chat.corp.example
sql_type: pgsql
sql_server: db.corp.example
sql_database: ejabberd
sql_username: ejabberd
sql_password: "$V"
auth_method: [sql]
default_db: sql
Y
cat > limnoria/bot.conf <<Y
supybot.nick: opsbot
supybot.networks: libera
supybot.networks.libera.servers: irc.libera.chat:6697
supybot.networks.libera.ssl: True
supybot.networks.libera.password: $V
supybot.networks.libera.channels: #corp-ops
Y
cat > .sopel/default.cfg <<Y
[core]
nick = opsbot
host = irc.libera.chat
use_ssl = true
port = 6697
owner = alice
auth_method = nickserv
auth_username = opsbot
auth_password = $V
channels = #corp-ops
Y
# Networks and proxies
cat > etc/letsencrypt/rfc2136.ini <<Y
# Target DNS server
dns_rfc2136_server = 10.0.0.53
dns_rfc2136_port = 53
dns_rfc2136_name = certbot.
dns_rfc2136_secret = $(b64 rfc2136)
dns_rfc2136_algorithm = HMAC-SHA512
Y
cat > etc/3proxy/3proxy.cfg <<Y
nserver 10.0.0.53
nscache 65536
log /var/log/3proxy/3proxy.log D
users admin:CL:$V
auth strong
allow admin
proxy -p3128
socks -p1080
Y
printf 'admin:Restricted:%s\n' "$(printf 'admin:Restricted:%s' "$V" | md5sum | cut -c1-32)" > etc/apache2/.htdigest
cat > etc/trojan/config.json <<Y
{
    "run_type": "server",
    "local_addr": "0.0.0.0",
    "local_port": 443,
    "remote_addr": "127.0.0.1",
    "remote_port": 80,
    "password": ["$V"],
    "ssl": {
        "cert": "/etc/trojan/fullchain.pem",
        "key": "/etc/trojan/privkey.pem"
    }
}
Y
cat > etc/hysteria/config.yaml <<Y
listen: :443
tls:
  cert: /etc/hysteria/fullchain.pem
  key: /etc/hysteria/privkey.pem
auth:
  type: password
  password: $V
masquerade:
  type: proxy
  proxy:
    url: https://www.corp.example/
Y
cat > clash/config.yaml <<Y
mixed-port: 7890
mode: rule
proxies:
  - {name: hk-1, server: hk1.corp.example, port: 8388, type: ss, cipher: aes-256-gcm, password: "$V", udp: true}
proxy-groups:
  - {name: auto, type: url-test, proxies: [hk-1], url: "http://www.gstatic.com/generate_204", interval: 300}
rules:
  - MATCH,auto
Y
cat > etc/network/interfaces.d/vip <<Y
iface eth0 inet static
    address 10.0.0.11
    netmask 255.255.255.0
    ucarp-vid 3
    ucarp-vip 10.0.0.10
    ucarp-password $V
    ucarp-advskew 10
    ucarp-master yes
Y
# Mail
cat > etc/dma/auth.conf <<Y
# \$DragonFly: src/etc/dma/auth.conf,v 1.1 2008/02/02 18:24:00 matthias Exp \$
#
# SMTP authentication entries (currently AUTH LOGIN only)
# Format: user|my.smarthost.example.com:password
relay@corp.example|smtp.corp.example:$V
Y
cat > postfixadmin/config.local.php <<Y
<?php
\$CONF['configured'] = true;
\$CONF['database_type'] = 'mysqli';
\$CONF['database_host'] = 'db.corp.example';
\$CONF['database_user'] = 'postfixadmin';
\$CONF['database_password'] = '$V';
\$CONF['database_name'] = 'postfixadmin';
Y
cat > etc/sogo/sogo.conf <<Y
{
  SOGoProfileURL = "postgresql://sogo@db.corp.example:5432/sogo/sogo_user_profile";
  SOGoUserSources = (
    {
      type = ldap;
      CNFieldName = cn;
      IDFieldName = uid;
      UIDFieldName = uid;
      baseDN = "ou=people,dc=corp,dc=example";
      bindDN = "uid=sogo,ou=services,dc=corp,dc=example";
      bindPassword = "$V";
      canAuthenticate = YES;
      hostname = "ldap://ldap.corp.example:389";
      id = public;
    }
  );
}
Y
cat > etc/dovecot/conf.d/10-doveadm.conf <<Y
doveadm_port = 12345
doveadm_password = $V
service doveadm {
  inet_listener {
    port = 12345
  }
}
Y
cat > listmonk/config.toml <<Y
[app]
address = "0.0.0.0:9000"
admin_username = "listmonk"
admin_password = "$V"

[db]
host = "db"
port = 5432
user = "listmonk"
database = "listmonk"
ssl_mode = "disable"
Y
# Virtualisation and clouds
cat > .config/libvirt/auth.conf <<Y
[credentials-prod]
authname=admin
password=$V

[auth-libvirt-kvm1.corp.example]
credentials=prod
Y
cat > scripts/vm-create.sh <<Y
#!/bin/sh
virt-install --name web2 --memory 4096 --vcpus 2 --disk size=40 --os-variant debian12 \\
  --cdrom /srv/iso/debian-12.iso --network bridge=br0 \\
  --graphics vnc,listen=0.0.0.0,password=$V --noautoconsole
Y
cat > scripts/vbox-unattended.sh <<Y
#!/bin/sh
VBoxManage unattended install win11 --iso=/srv/iso/win11.iso --user=admin --password $V \\
  --full-user-name="Lab Admin" --install-additions --time-zone=UTC
Y
cat > scripts/mysql-preseed.sh <<Y
#!/bin/sh
echo "mysql-server mysql-server/root_password password $V" | debconf-set-selections
echo "mysql-server mysql-server/root_password_again password $V" | debconf-set-selections
apt-get install -y mysql-server
Y
cat > var/lib/glusterd/vols/gv0/trusted-gv0.tcp-fuse.vol <<Y
volume gv0-client-0
    type protocol/client
    option transport-type tcp
    option remote-subvolume /data/brick1/gv0
    option remote-host gluster1.corp.example
    option username 0f6b2c1e-3d4a-4b5c-8d9e-0a1b2c3d4e5f
    option password $V
end-volume
Y
cat > kolla/passwords.yml <<Y
---
database_password: $V
keystone_admin_password: $V
rabbitmq_password: $V
docker_registry_password:
Y
cat > etc/nova/nova.conf <<Y
[DEFAULT]
my_ip = 10.0.0.21
[keystone_authtoken]
www_authenticate_uri = http://controller:5000/
auth_url = http://controller:5000/
memcached_servers = controller:11211
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = nova
password = $V
Y
# Developer tools and services
cat > .config/code-server/config.yaml <<Y
bind-addr: 127.0.0.1:8080
auth: password
password: $V
cert: false
Y
cat > .dvc/config.local <<Y
['remote "storage"']
    url = ssh://dvc@storage.corp.example/srv/dvc
    user = dvc
    password = $V
Y
cat > postgrest/postgrest.conf <<Y
db-uri = "postgres://authenticator@db.corp.example:5432/app"
db-schemas = "api"
db-anon-role = "web_anon"
jwt-secret = "$V"
Y
cat > .kamal/secrets <<Y
# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.
KAMAL_REGISTRY_PASSWORD=$V
RAILS_MASTER_KEY=$(hex railsmaster | cut -c1-32)
Y
cat > .config/sops/age/keys.txt <<Y
# created: 2026-11-02T10:12:44Z
# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
AGE-SECRET-KEY-1$(bech a | cut -c1-58)
Y
cat > src/main/resources/META-INF/persistence.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<persistence xmlns="http://xmlns.jcp.org/xml/ns/persistence" version="2.2">
  <persistence-unit name="shop" transaction-type="RESOURCE_LOCAL">
    <properties>
      <property name="javax.persistence.jdbc.driver" value="org.postgresql.Driver"/>
      <property name="javax.persistence.jdbc.url" value="jdbc:postgresql://db.corp.example:5432/shop"/>
      <property name="javax.persistence.jdbc.user" value="shop"/>
      <property name="javax.persistence.jdbc.password" value="$V"/>
    </properties>
  </persistence-unit>
</persistence>
Y
cat > src/main/resources/logback.xml <<Y
<configuration>
  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.corp.example</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alerts@corp.example</username>
    <password>$V</password>
    <to>ops@corp.example</to>
    <from>alerts@corp.example</from>
    <subject>shop: %logger{20} - %m</subject>
    <layout class="ch.qos.logback.classic.PatternLayout"><pattern>%date %-5level %logger - %message%n</pattern></layout>
  </appender>
  <root level="INFO"><appender-ref ref="EMAIL"/></root>
</configuration>
Y
cat > lemmy/lemmy.hjson <<Y
{
  hostname: "lemmy.corp.example"
  database: {
    host: postgres
    user: "lemmy"
    password: "$V"
    database: "lemmy"
  }
  setup: {
    admin_username: "admin"
    admin_password: "$V"
  }
}
Y
cat > config/sys.config <<Y
[
 {kernel, [{logger_level, info}]},
 {shop, [
   {db, [{host, "db.corp.example"}, {port, 5432}, {username, "shop"}, {password, "$V"}, {database, "shop"}]}
 ]}
].
Y
# Decoys
cat > decoys/etc/trojan/config.json <<'Y'
{
    "run_type": "server",
    "local_port": 443,
    "password": [""],
    "ssl": {"cert": "/etc/trojan/fullchain.pem", "key": "/etc/trojan/privkey.pem"}
}
Y
cat > decoys/kolla/passwords.yml <<'Y'
---
database_password:
keystone_admin_password:
rabbitmq_password:
docker_registry_password:
Y
cat > decoys/.kamal/secrets <<'Y'
SECRETS=$(kamal secrets fetch --adapter 1password --account corp --from Deploy/Shop KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)
KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
RAILS_MASTER_KEY=$RAILS_MASTER_KEY
Y
cat > decoys/etc/nova/nova.conf <<'Y'
[keystone_authtoken]
auth_url = {{ keystone_internal_url }}
username = {{ nova_keystone_user }}
password = {{ nova_keystone_password }}
Y
