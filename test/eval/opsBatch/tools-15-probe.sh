# Probe of the fourteenth batch (helper cred-formats-15), written and committed before the batch's first rule change and
# run once after them: the same families in other files and syntax — IOS `username … secret 9` and SNMPv3 users,
# SpamAssassin's user-scores SQL password, another OpenSMTPD table, Tailscale's `--auth-key` spelled apart, a NetBird
# `--setup-key` command, a pppd provider file with quoted options, a V2Ray VMess client id, a RHEL 802.1X password,
# `pcs cluster auth`, a SmokePing slave secret, a JuiceFS `--secret-key=`, an `lpadmin` SMB URI, an Oracle `expdp` job;
# each holding $1 where the credential goes (or, for a format whose value has a fixed shape, a value derived from it).
# Three decoys: a Tailscale key from a shell variable, an empty WPA key, a VMess id left as a placeholder.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64c() { hex "$1" | xxd -r -p | base64 -w0 | tr '+/' './' | tr -d '='; }
uuid() { hex "$1" | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
mkdir -p network etc/mail/spamassassin etc/mail/smtpd scripts etc/ppp/peers etc/v2ray etc/sysconfig/network-scripts \
  etc/smokeping etc/cron.d decoys/scripts decoys/etc/sysconfig/network-scripts decoys/etc/v2ray
cat > network/ios-wan1.cfg <<Y
hostname wan1
!
username netops privilege 15 secret 9 \$9\$$(b64c psalt | cut -c1-14)\$$(b64c pscrypt | cut -c1-43)
!
Y
cat > network/ios-snmp.cfg <<Y
hostname core2
snmp-server group NMS v3 priv
snmp-server user nms-poller NMS v3 auth sha $V priv aes 128 $V
snmp-server host 10.0.0.20 version 3 priv nms-poller
Y
cat > etc/mail/spamassassin/sql.cf <<Y
user_scores_dsn DBI:mysql:spamassassin:db.corp.example:3306
user_scores_sql_username sa_user
user_scores_sql_password $V
Y
cat > etc/mail/smtpd/creds <<Y
mailrelay relay@corp.example:$V
Y
cat > scripts/ts-join.sh <<Y
#!/bin/bash
tailscale up --auth-key tskey-auth-k$(hex ptsid | cut -c1-11 | tr a-f A-F)CNTRL-$(b64c ptssecret | tr -d './' | cut -c1-33) --advertise-tags=tag:server
Y
cat > scripts/netbird-join.sh <<Y
#!/bin/sh
netbird up --management-url https://netbird.corp.example:33073 --setup-key $(uuid pnb | tr a-f A-F)
Y
cat > etc/ppp/peers/provider <<Y
noauth
connect "/usr/sbin/chat -v -f /etc/chatscripts/gprs"
/dev/ttyUSB2
user "corp-apn"
password "$V"
defaultroute
usepeerdns
Y
cat > etc/v2ray/config.json <<Y
{
  "inbounds": [{
    "port": 10086,
    "protocol": "vmess",
    "settings": { "clients": [ { "id": "$(uuid vmess)", "alterId": 0 } ] }
  }],
  "outbounds": [{ "protocol": "freedom", "settings": {} }]
}
Y
cat > etc/sysconfig/network-scripts/ifcfg-eth1 <<Y
TYPE=Ethernet
BOOTPROTO=dhcp
DEVICE=eth1
ONBOOT=yes
KEY_MGMT=IEEE8021X
IEEE_8021X_EAP_METHODS=PEAP
IEEE_8021X_IDENTITY=host-web1
IEEE_8021X_PASSWORD='$V'
IEEE_8021X_INNER_AUTH_METHODS=MSCHAPV2
Y
cat > scripts/ha-bootstrap.sh <<Y
#!/bin/sh
pcs cluster auth db1 db2 -u hacluster -p $V --force
pcs cluster setup --name pg-cluster db1 db2
Y
cat > etc/smokeping/slavesecrets.conf <<Y
probe-tokyo:$V
Y
cat > scripts/juicefs-mount.sh <<Y
#!/bin/sh
juicefs format --storage minio --bucket http://minio.corp.example:9000/jfs --access-key jfs --secret-key=$V "redis://redis.corp.example:6379/2" media
juicefs mount -d "redis://redis.corp.example:6379/2" /mnt/media
Y
cat > scripts/add-printer.sh <<Y
#!/bin/sh
lpadmin -p Floor3 -E -v smb://CORP/printuser:$V@printsrv.corp.example/Floor3 -m everywhere
Y
cat > etc/cron.d/oracle-export <<Y
0 3 * * * oracle expdp system/$V@ORCLPDB1 directory=DUMP_DIR dumpfile=full_%U.dmp full=y
Y
# Decoys
cat > decoys/scripts/ts-join.sh <<'Y'
#!/bin/sh
tailscale up --auth-key "${TS_AUTHKEY}" --ssh
Y
cat > decoys/etc/sysconfig/network-scripts/keys-wlan1 <<'Y'
WPA_PSK=''
Y
cat > decoys/etc/v2ray/config.json <<'Y'
{ "inbounds": [{ "protocol": "vmess", "settings": { "clients": [ { "id": "<your-uuid>", "alterId": 0 } ] } }] }
Y
