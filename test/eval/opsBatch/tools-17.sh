# The sixteenth batch of ops files (helper cred-formats-17): formats none of the earlier batches or their probes hold —
# storage and backup (a CIFS line in `/etc/fstab`, MooseFS `mfsexports.cfg`, an NFS-Ganesha RGW export, BackupPC's
# `config.pl`, a Duplicacy `preferences` file), VPN and clusters (xl2tpd's `l2tp-secrets`, racoon's `psk.txt`, a fastd
# `secret`, Heartbeat's `ha.d/authkeys`, ldirectord's `passwd=`), Windows and remote access (a PowerShell
# `ConvertTo-SecureString … -AsPlainText`, `psexec -p`, an IIS `applicationHost.config` process identity, a Remmina
# connection file, `guacamole.properties`), developer tools (Maven's `settings-security.xml` master, `.cvspass`, CPAN's
# `.pause`, a cabal `config` upload password), hypervisors (OpenNebula's `one_auth`, LXD's `core.trust_password`, XenServer's
# `xe -pw`), mail and chat (Zimbra's `localconfig.xml`, Sympa's `db_passwd`, Cyrus `imapd.conf`'s `sasl_ldap_password`, Haraka's
# `auth_flat_file.ini`, Postfix's inline `static:` SASL map, an InspIRCd `<link sendpass recvpass>`), services and data stores
# (Tyk's `tyk.conf` secrets, a Buildbot worker's `buildbot.tac`, Glances' `[passwords]`, Odyssey's `storage_password`,
# QuestDB's `pg.password`, `surreal start --pass`, `samba-tool domain provision --adminpass`); each holding $1 where the
# credential goes (or, for a format whose value has a fixed shape, a value derived from it). Four decoys: an fstab line naming
# only its `credentials=` file, `guacamole.properties` with a template variable, a Zimbra key with an empty value, a
# PowerShell secure string read from a secret store (`Get-Secret`).
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64() { hex "$1" | xxd -r -p | base64 -w0; }
mkdir -p etc etc/mfs etc/ganesha etc/backuppc .duplicacy etc/xl2tpd etc/racoon etc/fastd/mesh etc/ha.d scripts \
  inetpub/config .local/share/remmina guacamole .m2 .cabal .one opt/zimbra/conf etc/sympa haraka/config \
  etc/inspircd tyk worker etc/glances etc/odyssey questdb/conf etc/postfix \
  decoys/etc decoys/guacamole decoys/opt/zimbra/conf decoys/scripts
# Storage and backup
cat > etc/fstab <<Y
UUID=6f1c2d3e-0a1b-4c5d-8e9f-0a1b2c3d4e5f /        ext4 defaults 0 1
//nas.corp.example/backup /mnt/backup cifs username=backup,password=$V,uid=1000,vers=3.0 0 0
Y
cat > etc/mfs/mfsexports.cfg <<Y
# Allow everything but "meta".
10.0.0.0/24   /   rw,alldirs,maproot=0,password=$V
*             .   rw
Y
cat > etc/ganesha/ganesha.conf <<Y
EXPORT {
    Export_ID = 1;
    Path = "/";
    Pseudo = "/rgw";
    Access_Type = RW;
    FSAL {
        Name = RGW;
        User_Id = "nfs";
        Access_Key_Id = "NFSGW7Q2K9L4MB8XC3VD";
        Secret_Access_Key = "$V";
    }
}
Y
cat > etc/backuppc/config.pl <<Y
\$Conf{XferMethod} = 'rsyncd';
\$Conf{RsyncdUserName} = 'backuppc';
\$Conf{RsyncdPasswd} = '$V';
\$Conf{RsyncShareName} = ['/'];
Y
cat > .duplicacy/preferences <<Y
[
    {
        "name": "default",
        "id": "web1",
        "repository": "",
        "storage": "b2://corp-backups",
        "encrypted": true,
        "no_backup": false,
        "no_restore": false,
        "no_save_password": false,
        "nobackup_file": "",
        "keys": {
            "b2_id": "0027a1b2c3d4e5f0000000001",
            "b2_key": "$V",
            "password": "$V"
        }
    }
]
Y
# VPN and clusters
cat > etc/xl2tpd/l2tp-secrets <<Y
# Secrets for authenticating l2tp tunnels
# us		them		secret
*		*		$V
Y
cat > etc/racoon/psk.txt <<Y
# IPv4/v6 addresses
203.0.113.5	$V
Y
cat > etc/fastd/mesh/fastd.conf <<Y
interface "mesh-vpn";
method "salsa2012+umac";
bind any:10000;
secret "$(hex fastd)";
mtu 1364;
include peers from "peers";
Y
cat > etc/ha.d/authkeys <<Y
auth 1
1 sha1 $V
Y
cat > etc/ha.d/ldirectord.cf <<Y
checktimeout=3
checkinterval=1
virtual=10.0.0.100:3306
	real=10.0.0.11:3306 gate
	real=10.0.0.12:3306 gate
	service=mysql
	scheduler=wrr
	login="ldirector"
	passwd="$V"
	database="ldirectordb"
	request="SELECT * FROM connectioncheck"
Y
# Windows and remote access
cat > scripts/deploy-service.ps1 <<Y
\$password = ConvertTo-SecureString "$V" -AsPlainText -Force
\$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc-deploy", \$password)
Invoke-Command -ComputerName web1 -Credential \$cred -ScriptBlock { Restart-Service W3SVC }
Y
cat > scripts/restart-web.cmd <<Y
@echo off
psexec \\\\web1 -u CORP\\svc-deploy -p $V -h cmd /c iisreset
Y
cat > inetpub/config/applicationHost.config <<Y
<configuration>
  <system.applicationHost>
    <applicationPools>
      <add name="ShopPool" managedRuntimeVersion="v4.0">
        <processModel identityType="SpecificUser" userName="CORP\\svc-shop" password="$V" />
      </add>
    </applicationPools>
  </system.applicationHost>
</configuration>
Y
cat > .local/share/remmina/group_rdp_web1_10-0-0-11.remmina <<Y
[remmina]
name=web1
protocol=RDP
server=10.0.0.11
username=Administrator
domain=CORP
password=$(b64 remmina | cut -c1-24)
colordepth=32
Y
cat > guacamole/guacamole.properties <<Y
mysql-hostname: db.corp.example
mysql-port: 3306
mysql-database: guacamole_db
mysql-username: guacamole_user
mysql-password: $V
Y
# Developer tools
cat > .m2/settings-security.xml <<Y
<settingsSecurity>
  <master>{$(b64 maven-master)}</master>
</settingsSecurity>
Y
cat > .cvspass <<Y
/1 :pserver:dev@cvs.corp.example:2401/cvsroot A$V
Y
cat > .pause <<Y
user CORPDEV
password $V
Y
cat > .cabal/config <<Y
repository hackage.haskell.org
  url: http://hackage.haskell.org/

remote-repo-cache: /home/dev/.cabal/packages
username: corpdev
password: $V
Y
# Hypervisors
cat > .one/one_auth <<Y
oneadmin:$V
Y
cat > scripts/lxd-init.sh <<Y
#!/bin/sh
lxd init --auto --network-address=0.0.0.0
lxc config set core.trust_password $V
Y
cat > scripts/xen-vms.sh <<Y
#!/bin/sh
xe -s xen1.corp.example -u root -pw $V vm-list params=name-label,power-state
Y
# Mail and chat
cat > opt/zimbra/conf/localconfig.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<localconfig>
  <key name="zimbra_server_hostname">
    <value>mail.corp.example</value>
  </key>
  <key name="zimbra_ldap_password">
    <value>$V</value>
  </key>
</localconfig>
Y
cat > etc/sympa/sympa.conf <<Y
domain	lists.corp.example
listmaster	postmaster@corp.example
db_type	PostgreSQL
db_host	db.corp.example
db_name	sympa
db_user	sympa
db_passwd	$V
Y
cat > etc/imapd.conf <<Y
configdirectory: /var/lib/imap
partition-default: /var/spool/imap
sasl_pwcheck_method: saslauthd
sasl_mech_list: PLAIN
ldap_uri: ldap://ldap.corp.example
sasl_ldap_bind_dn: cn=imap,dc=corp,dc=example
sasl_ldap_password: $V
Y
cat > haraka/config/auth_flat_file.ini <<Y
[core]
methods=PLAIN,LOGIN,CRAM-MD5

[users]
relay@corp.example=$V
Y
cat > etc/postfix/main.cf <<Y
relayhost = [smtp.corp.example]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = static:relay@corp.example:$V
smtp_sasl_security_options = noanonymous
Y
cat > etc/inspircd/inspircd.conf <<Y
<server name="irc1.corp.example" description="Corp IRC" network="Corp">
<link name="hub.corp.example"
      ipaddr="10.0.0.5"
      port="7000"
      sendpass="$V"
      recvpass="$V">
Y
# Services and data stores
cat > tyk/tyk.conf <<Y
{
  "listen_port": 8080,
  "secret": "$V",
  "node_secret": "$V",
  "template_path": "/opt/tyk-gateway/templates",
  "use_db_app_configs": false
}
Y
cat > worker/buildbot.tac <<Y
import os
from buildbot_worker.bot import Worker
from twisted.application import service

basedir = '/var/lib/buildbot/worker'
application = service.Application('buildbot-worker')
buildmaster_host = 'ci.corp.example'
port = 9989
workername = 'linux-1'
passwd = '$V'
keepalive = 600
s = Worker(buildmaster_host, port, workername, passwd, basedir, keepalive)
s.setServiceParent(application)
Y
cat > etc/glances/glances.conf <<Y
[global]
check_update=false

[passwords]
web1=$V
default=$V
Y
cat > etc/odyssey/odyssey.conf <<Y
storage "postgres_server" {
	type "remote"
	host "db.corp.example"
	port 5432
}
database "app" {
	user "app" {
		authentication "md5"
		password "$V"
		storage "postgres_server"
		storage_user "app"
		storage_password "$V"
		pool "transaction"
	}
}
Y
cat > questdb/conf/server.conf <<Y
http.bind.to=0.0.0.0:9000
pg.enabled=true
pg.user=admin
pg.password=$V
Y
cat > scripts/surreal.sh <<Y
#!/bin/sh
exec surreal start --log info --user root --pass $V rocksdb:/data/app.db
Y
cat > scripts/samba-dc.sh <<Y
#!/bin/sh
samba-tool domain provision --use-rfc2307 --realm=CORP.EXAMPLE --domain=CORP --server-role=dc \\
  --dns-backend=SAMBA_INTERNAL --adminpass=$V
Y
# Decoys
cat > decoys/etc/fstab <<'Y'
//nas.corp.example/backup /mnt/backup cifs credentials=/etc/samba/creds-backup,uid=1000,vers=3.0 0 0
Y
cat > decoys/guacamole/guacamole.properties <<'Y'
mysql-hostname: db.corp.example
mysql-username: guacamole_user
mysql-password: ${GUACAMOLE_DB_PASSWORD}
Y
cat > decoys/opt/zimbra/conf/localconfig.xml <<'Y'
<localconfig>
  <key name="zimbra_ldap_password">
    <value></value>
  </key>
</localconfig>
Y
cat > decoys/scripts/deploy-service.ps1 <<'Y'
$password = ConvertTo-SecureString (Get-Secret -Name DeployPassword -AsPlainText) -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\svc-deploy", $password)
Y
