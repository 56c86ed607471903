# The fourteenth batch of ops files (helper cred-formats-15): formats none of the earlier batches or their probes hold —
# network devices (a Cisco IOS `enable secret 9` scrypt hash, an IOS key chain `key-string`, an IOS `username … password 7`
# line, a Junos `encrypted-password` in its brace syntax), chat and mail (a ZNC `<Pass>` block, SpamAssassin's
# `bayes_sql_password`, an OpenSMTPD credentials table (`table secrets file:…`), Jitsi Meet's `.env`), VPN and remote access (a Tailscale auth key,
# a NetBird setup key, openfortivpn's config, a pppd peer file for L2TP, a shadowsocks-libev config, an Xray VLESS client
# id, Kea's control agent basic auth, a RHEL `keys-wlan0` WPA key, a hostapd WPA3 `sae_password`), storage and databases
# (a JuiceFS format command, an Oracle `sqlplus user/password@` script, containerd's registry `hosts.toml` header, a CUPS
# `printers.conf` SMB URI, an aria2 RPC secret), monitoring and clusters (a SmokePing secrets file, Oxidized's
# config, NSClient++'s `nsclient.ini`, HAProxy's Data Plane API users, a Pacemaker `pcs host auth`, Cacti's `config.php`,
# inadyn's provider block, a Burp backup client, a wvdial dialer); each holding $1 where the credential goes (or, for a
# format whose value has a fixed shape, a value derived from it). Four decoys: an empty Jitsi password, an Oxidized
# password from a template variable, a Tailscale auth key read from a file, a Kea password shown as a placeholder.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64c() { hex "$1" | xxd -r -p | base64 -w0 | tr '+/' './' | tr -d '='; }
uuid() { hex "$1" | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
mkdir -p network znc/configs etc/mail/spamassassin etc/mail/smtpd jitsi scripts deploy/netbird etc/openfortivpn \
  etc/ppp/peers etc/shadowsocks-libev etc/xray etc/kea etc/sysconfig/network-scripts etc/hostapd \
  etc/containerd/certs.d/registry.corp.example etc/cups etc/aria2 etc/smokeping oxidized nsclient haproxy cacti/include \
  etc/burp decoys/jitsi decoys/oxidized decoys/scripts decoys/etc/kea
# Network devices
cat > network/ios-core1.cfg <<Y
hostname core1
!
enable algorithm-type scrypt secret 9 \$9\$$(b64c salt | cut -c1-14)\$$(b64c scrypt | cut -c1-43)
!
interface GigabitEthernet0/0
 ip address 10.0.0.1 255.255.255.0
!
Y
cat > network/ios-dist2.cfg <<Y
hostname dist2
!
key chain OSPF-KEYS
 key 1
  key-string $V
  cryptographic-algorithm hmac-sha-256
!
interface GigabitEthernet0/1
 ip ospf authentication key-chain OSPF-KEYS
!
Y
cat > network/ios-access3.cfg <<Y
hostname access3
!
username backup privilege 1 password 7 08$(hex type7 | cut -c1-22 | tr a-f A-F)
!
line vty 0 4
 login local
!
Y
cat > network/junos-fw1.conf <<Y
system {
    host-name fw1;
    root-authentication {
        encrypted-password "\$6\$$(hex jsalt | cut -c1-8)\$$(b64c j1)$(b64c j2 | cut -c1-43)"; ## SECRET-DATA
    }
    services {
        ssh;
    }
}
Y
# Chat and mail
cat > znc/configs/znc.conf <<Y
Version = 1.8.2
<Listener l>
	Port = 6697
	IPv4 = true
	SSL = true
</Listener>
<User ops>
	<Pass password>
		Method = sha256
		Hash = $(hex znc)
		Salt = $(b64c zncsalt | tr -d './' | cut -c1-20)
	</Pass>
	Admin = true
	Nick = ops
</User>
Y
cat > etc/mail/spamassassin/local.cf <<Y
required_score 5.0
use_bayes 1
bayes_store_module Mail::SpamAssassin::BayesStore::MySQL
bayes_sql_dsn DBI:mysql:spamassassin:db.corp.example
bayes_sql_username sa_bayes
bayes_sql_password $V
Y
cat > etc/mail/smtpd/secrets <<Y
corp notify@corp.example:$V
Y
cat > jitsi/.env <<Y
CONFIG=~/.jitsi-meet-cfg
HTTP_PORT=8000
HTTPS_PORT=8443
TZ=UTC
PUBLIC_URL=https://meet.corp.example
JICOFO_AUTH_PASSWORD=$V
JVB_AUTH_PASSWORD=$V
Y
# VPN and remote access
cat > scripts/tailscale-up.sh <<Y
#!/bin/sh
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=tskey-auth-k$(hex tsid | cut -c1-10 | tr a-f A-F)CNTRL-$(b64c tssecret | tr -d './' | cut -c1-33) --ssh
Y
cat > deploy/netbird/docker-compose.yml <<Y
services:
  netbird:
    image: netbirdio/netbird:latest
    cap_add:
      - NET_ADMIN
    environment:
      - NB_SETUP_KEY=$(uuid nbkey | tr a-f A-F)
      - NB_MANAGEMENT_URL=https://netbird.corp.example:33073
    volumes:
      - netbird-client:/etc/netbird
volumes:
  netbird-client:
Y
cat > etc/openfortivpn/config <<Y
host = vpn.corp.example
port = 443
username = ops
password = $V
trusted-cert = $(hex fortcert)
Y
cat > etc/ppp/peers/l2tp-corp <<Y
ipcp-accept-local
ipcp-accept-remote
refuse-eap
require-mschap-v2
noccp
noauth
mtu 1410
mru 1410
defaultroute
usepeerdns
connect-delay 5000
name ops
password $V
Y
cat > etc/shadowsocks-libev/config.json <<Y
{
    "server": "0.0.0.0",
    "server_port": 8388,
    "password": "$V",
    "timeout": 300,
    "method": "chacha20-ietf-poly1305",
    "fast_open": false,
    "mode": "tcp_and_udp"
}
Y
cat > etc/xray/config.json <<Y
{
  "log": { "loglevel": "warning" },
  "inbounds": [
    {
      "port": 443,
      "protocol": "vless",
      "settings": {
        "clients": [
          { "id": "$(uuid vless)", "flow": "xtls-rprx-vision", "email": "ops@corp.example" }
        ],
        "decryption": "none"
      },
      "streamSettings": { "network": "tcp", "security": "tls" }
    }
  ],
  "outbounds": [ { "protocol": "freedom" } ]
}
Y
cat > etc/kea/kea-ctrl-agent.conf <<Y
{
"Control-agent": {
    "http-host": "10.0.0.53",
    "http-port": 8000,
    "authentication": {
        "type": "basic",
        "realm": "kea-control-agent",
        "clients": [
            { "user": "admin", "password": "$V" }
        ]
    },
    "control-sockets": {
        "dhcp4": { "socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket" }
    }
}
}
Y
cat > etc/sysconfig/network-scripts/keys-wlan0 <<Y
WPA_PSK='$V'
Y
cat > etc/hostapd/hostapd-wpa3.conf <<Y
interface=wlan0
ssid=corp-iot
hw_mode=a
channel=36
wpa=2
wpa_key_mgmt=SAE
rsn_pairwise=CCMP
ieee80211w=2
sae_password=$V
Y
# Storage and databases
cat > scripts/juicefs-format.sh <<Y
#!/bin/sh
juicefs format \\
  --storage s3 \\
  --bucket https://jfs-data.s3.eu-west-1.amazonaws.com \\
  --access-key JFSWRITER01 \\
  --secret-key $V \\
  "redis://redis.corp.example:6379/1" \\
  shared-fs
Y
cat > scripts/oracle-report.sh <<Y
#!/bin/bash
export ORACLE_HOME=/opt/oracle/product/19c/dbhome_1
\$ORACLE_HOME/bin/sqlplus -s reporting/$V@//db.corp.example:1521/ORCLPDB1 <<'SQL'
set pagesize 0 feedback off
select count(*) from orders where created > sysdate - 1;
exit
SQL
Y
cat > etc/containerd/certs.d/registry.corp.example/hosts.toml <<Y
server = "https://registry.corp.example"

[host."https://registry.corp.example"]
  capabilities = ["pull", "resolve"]
  [host."https://registry.corp.example".header]
    authorization = "Basic $(printf 'puller:%s' "$V" | base64 -w0)"
Y
cat > etc/cups/printers.conf <<Y
# Printer configuration file for CUPS v2.4.2
<Printer Floor2>
PrinterId 2
UUID urn:uuid:$(uuid cups)
Info Floor 2 laser
Location Floor 2
MakeModel Generic PostScript Printer
DeviceURI smb://CORP/printuser:$V@printsrv.corp.example/Floor2
State Idle
Type 8425668
Accepting Yes
Shared No
</Printer>
Y
cat > etc/aria2/aria2.conf <<Y
dir=/srv/downloads
enable-rpc=true
rpc-listen-all=true
rpc-listen-port=6800
rpc-secret=$V
max-concurrent-downloads=4
Y
# Monitoring and clusters
cat > etc/smokeping/smokeping_secrets <<Y
probe-berlin:$V
Y
cat > oxidized/config <<Y
---
username: oxidized
password: $V
model: ios
interval: 3600
log: ~/.config/oxidized/logs
rest: 127.0.0.1:8888
source:
  default: csv
  csv:
    file: ~/.config/oxidized/router.db
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
Y
cat > nsclient/nsclient.ini <<Y
[/modules]
CheckSystem = enabled
NRPEServer = enabled

[/settings/default]
allowed hosts = 10.0.0.20
password = $V

[/settings/NRPE/server]
verify mode = none
Y
cat > haproxy/dataplaneapi.yml <<Y
dataplaneapi:
  host: 0.0.0.0
  port: 5555
  user:
    - name: admin
      insecure: true
      password: $V
  transaction:
    transaction_dir: /tmp/haproxy
haproxy:
  config_file: /etc/haproxy/haproxy.cfg
  haproxy_bin: /usr/sbin/haproxy
Y
cat > scripts/cluster-setup.sh <<Y
#!/bin/sh
set -e
pcs host auth node1.corp.example node2.corp.example -u hacluster -p '$V'
pcs cluster setup web-cluster node1.corp.example node2.corp.example
pcs cluster start --all
Y
cat > cacti/include/config.php <<Y
<?php
\$database_type     = 'mysql';
\$database_default  = 'cacti';
\$database_hostname = 'db.corp.example';
\$database_username = 'cactiuser';
\$database_password = '$V';
\$database_port     = '3306';
\$url_path = '/cacti/';
Y
cat > etc/inadyn.conf <<Y
period = 300
provider default@dyndns.org {
    username = ops
    password = $V
    hostname = office.corp.example
}
Y
cat > etc/burp/burp.conf <<Y
mode = client
port = 4971
server = backup.corp.example
password = $V
cname = web1
protocol = 1
include = /etc
include = /srv
Y
cat > etc/wvdial.conf <<Y
[Dialer Defaults]
Init1 = ATZ
Init2 = AT+CGDCONT=1,"IP","internet.corp"
Modem Type = Analog Modem
Phone = *99#
Modem = /dev/ttyUSB0
Username = corp
Password = $V
Y
# Decoys: an empty value, a template variable, a secret read from a file, a placeholder
cat > decoys/jitsi/.env <<Y
PUBLIC_URL=https://meet.corp.example
JICOFO_AUTH_PASSWORD=
JVB_AUTH_PASSWORD=
Y
cat > decoys/oxidized/config <<'Y'
---
username: oxidized
password: "{{ oxidized_device_password }}"
model: ios
Y
cat > decoys/scripts/tailscale-up.sh <<'Y'
#!/bin/sh
tailscale up --auth-key=file:/run/secrets/tailscale_authkey --ssh
Y
cat > decoys/etc/kea/kea-ctrl-agent.conf <<'Y'
{
"Control-agent": {
    "authentication": {
        "type": "basic",
        "clients": [ { "user": "admin", "password": "<your-password>" } ]
    }
}
}
Y
