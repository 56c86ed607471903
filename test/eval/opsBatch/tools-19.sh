# The eighteenth batch of ops files (helper cred-formats-19): formats none of the earlier batches or their probes hold (each
# tool, key and file name grepped for in tools-1.sh … tools-18-probe.sh first), with last session's known misses — proxies
# (mihomo's `authentication:` list of `"user:password"`), dotted Java/Spring property names as YAML or JSON keys (a Spring
# `application.json`, a flat `application.yml`, a flat `db.password:` YAML, Play's HOCON `db.default.password`), values in
# brackets or parentheses where the format writes them so (a compose `command:` array with `--requirepass`, Kubernetes
# `args:` in flow style, a Python `auth=(…)` tuple, a PowerShell `@{…}` hashtable, an expect script's `send`, Dovecot's
# `{PLAIN}` scheme in a passwd-file, a PHP-FPM `env[…]`), network devices and BMCs (MikroTik `/user add … password=`,
# FortiGate `set psksecret`, `ilorest login -p`, `SMCIPMITool host user password`, a `pcs stonith create … fence_ipmilan
# password=`, ExaBGP's `md5-password`), backup and storage (`duplicati-cli … --passphrase=`, `mc alias set`, `cryptsetup`
# fed by `echo`), CI and services (a Jenkins inbound agent's `-secret`, `Invoke-Sqlcmd -Password`, Firebird's `ISC_PASSWORD`,
# `nsupdate -y`, DNSControl's `creds.json`, `php.ini`'s `mysqli.default_pw`, Ory Hydra's `secrets.system` list, `crane auth
# login -p`, `NOMAD_TOKEN` in `.envrc`, NixOS `initialPassword`, a KeePass CSV export, Radarr's `<ApiKey>`, Jupyter's
# `c.NotebookApp.token`, Zitadel's `--masterkey`); each holding $1 where the credential goes (or, for a format whose value
# has a fixed shape, a value derived from it). Four decoys: OctoDNS reading its token from the environment, a fence agent
# with a `password_script`, a compose `--requirepass` from `${…}`, a flat Spring YAML password from `${…}`.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64() { hex "$1" | xxd -r -p | base64 -w0; }
uuid() { hex "$1" | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
mkdir -p .config/mihomo config src/main/resources deploy play/conf redis k8s scripts ps ops etc/dovecot etc/php/8.2/fpm/pool.d \
  routers fw bmc cluster backup storage jenkins sql firebird dns dnscontrol etc/php/8.2/cli hydra registry nomad nixos \
  exports radarr .jupyter zitadel \
  decoys/octodns decoys/cluster decoys/redis decoys/src/main/resources
# Proxies and dotted property names
cat > .config/mihomo/config.yaml <<Y
mixed-port: 7890
allow-lan: false
authentication:
  - "ops:$V"
skip-auth-prefixes:
  - 127.0.0.1/8
Y
cat > config/application.json <<Y
{
  "server.port": 8080,
  "spring.datasource.url": "jdbc:postgresql://db.corp.example:5432/orders",
  "spring.datasource.username": "orders",
  "spring.datasource.password": "$V"
}
Y
cat > src/main/resources/application.yml <<Y
server.port: 8080
spring.datasource.url: jdbc:mysql://db.corp.example:3306/shop
spring.datasource.username: shop
spring.datasource.password: $V
spring.jpa.hibernate.ddl-auto: validate
Y
cat > deploy/app-config.yaml <<Y
http.port: 9000
db.host: pg.corp.example
db.user: billing
db.password: $V
log.level: info
Y
cat > play/conf/application.conf <<Y
play.http.secret.key = \${?APPLICATION_SECRET}
db.default.driver = org.postgresql.Driver
db.default.url = "jdbc:postgresql://db.corp.example/play"
db.default.username = play
db.default.password = "$V"
Y
# Values in brackets or parentheses
cat > redis/docker-compose.yml <<Y
services:
  cache:
    image: redis:7
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "$V"]
    ports: ["6379:6379"]
Y
cat > k8s/exporter.yaml <<Y
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pg-exporter
spec:
  template:
    spec:
      containers:
        - name: exporter
          image: corp/pg-exporter:1.4
          args: ["--db-user", "monitor", "--db-password", "$V"]
Y
cat > scripts/grafana_backup.py <<Y
import requests

GRAFANA = "https://grafana.corp.example"
resp = requests.get(GRAFANA + "/api/search", auth=("backup", "$V"), timeout=30)
resp.raise_for_status()
Y
cat > ps/Connect-Vcenter.ps1 <<Y
\$params = @{
    Server   = 'vcenter.corp.example'
    User     = 'svc-automation@vsphere.local'
    Password = '$V'
}
Connect-VIServer @params
Y
cat > ops/switch-login.exp <<Y
#!/usr/bin/expect -f
set timeout 20
spawn ssh admin@sw1.corp.example
expect "assword:"
send "$V\r"
expect "#"
send "show running-config\r"
Y
cat > etc/dovecot/users <<Y
alice:{PLAIN}$V:5000:5000::/var/mail/alice::
Y
cat > etc/php/8.2/fpm/pool.d/www.conf <<Y
[www]
user = www-data
listen = /run/php/php8.2-fpm.sock
env[DB_HOST] = db.corp.example
env[DB_PASSWORD] = $V
Y
# Network devices and BMCs
cat > routers/ops-user.rsc <<Y
/user group add name=ops policy=read,write,ssh,winbox
/user add name=ops group=ops password=$V comment="ops automation"
Y
cat > fw/vpn-branch.conf <<Y
config vpn ipsec phase1-interface
    edit "branch1"
        set interface "wan1"
        set peertype any
        set remote-gw 198.51.100.7
        set psksecret $V
    next
end
Y
cat > bmc/ilo-firmware.sh <<Y
#!/bin/bash
ilorest login ilo-web1.corp.example -u Administrator -p '$V'
ilorest flashfwpkg /srv/fw/ilo5_300.fwpkg
ilorest logout
Y
cat > bmc/power-status.sh <<Y
#!/bin/sh
for h in 10.20.0.11 10.20.0.12; do
  SMCIPMITool \$h ADMIN '$V' ipmi power status
done
Y
cat > cluster/fencing.sh <<Y
#!/bin/bash
pcs stonith create fence-node1 fence_ipmilan ip=10.20.0.21 username=admin password='$V' lanplus=1 pcmk_host_list=node1
Y
cat > routers/exabgp.conf <<Y
neighbor 192.0.2.1 {
    router-id 192.0.2.10;
    local-address 192.0.2.10;
    local-as 65010;
    peer-as 65000;
    md5-password $V;
}
Y
# Backup and storage
cat > backup/nightly.sh <<Y
#!/bin/sh
duplicati-cli backup "s3://corp-backup/web1?auth-username=AKIA2Q7XK4LMB8XC3VDN" /srv/www --passphrase="$V" --backup-name=web1
Y
cat > storage/minio-alias.sh <<Y
#!/bin/sh
mc alias set corp https://s3.corp.example AKIA2Q7XK4LMB8XC3VDN '$V'
mc mb corp/releases
Y
cat > storage/unlock.sh <<Y
#!/bin/sh
echo -n '$V' | cryptsetup luksOpen /dev/sdb1 data -d -
mount /dev/mapper/data /srv/data
Y
# CI and services
cat > jenkins/agent.service <<Y
[Unit]
Description=Jenkins inbound agent

[Service]
ExecStart=/usr/bin/java -jar /opt/jenkins/agent.jar -url https://jenkins.corp.example/ -secret $(hex jenkins) -name build-7 -workDir /var/lib/jenkins
Restart=always
Y
cat > sql/Export-Orders.ps1 <<Y
Invoke-Sqlcmd -ServerInstance 'sql01.corp.example' -Database 'Orders' -Username 'report' -Password '$V' -Query 'SELECT * FROM dbo.Orders' |
    Export-Csv -Path orders.csv -NoTypeInformation
Y
cat > firebird/backup.env <<Y
ISC_USER=SYSDBA
ISC_PASSWORD=$V
Y
cat > dns/ddns-update.sh <<Y
#!/bin/sh
nsupdate -y hmac-sha256:ddns-key:$(b64 tsig) <<UPD
server ns1.corp.example
update add vpn.corp.example 300 A 198.51.100.9
send
UPD
Y
cat > dnscontrol/creds.json <<Y
{
  "cloudflare": {
    "TYPE": "CLOUDFLAREAPI",
    "accountid": "$(hex acct | cut -c1-32)",
    "apitoken": "$V"
  }
}
Y
cat > etc/php/8.2/cli/php.ini <<Y
[MySQLi]
mysqli.default_host = db.corp.example
mysqli.default_user = legacy
mysqli.default_pw = $V
Y
cat > hydra/hydra.yml <<Y
serve:
  public:
    port: 4444
secrets:
  system:
    - $V
dsn: memory
Y
cat > registry/push.sh <<Y
#!/bin/sh
crane auth login registry.corp.example -u ci -p '$V'
crane copy build/app:latest registry.corp.example/app:latest
Y
cat > nomad/.envrc <<Y
export NOMAD_ADDR=https://nomad.corp.example:4646
export NOMAD_TOKEN=$(uuid nomad)
Y
cat > nixos/configuration.nix <<Y
{ config, pkgs, ... }:
{
  users.users.ops = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
    initialPassword = "$V";
  };
}
Y
cat > exports/keepass.csv <<Y
"Account","Login Name","Password","Web Site","Comments"
"vcenter","administrator@vsphere.local","$V","https://vcenter.corp.example",""
Y
cat > radarr/config.xml <<Y
<Config>
  <BindAddress>*</BindAddress>
  <Port>7878</Port>
  <ApiKey>$(hex radarr | cut -c1-32)</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
</Config>
Y
cat > .jupyter/jupyter_notebook_config.py <<Y
c.NotebookApp.ip = '0.0.0.0'
c.NotebookApp.open_browser = False
c.NotebookApp.token = '$V'
Y
cat > zitadel/docker-compose.yml <<Y
services:
  zitadel:
    image: ghcr.io/zitadel/zitadel:latest
    command: 'start-from-init --masterkey "$V" --tlsMode disabled'
Y
# Decoys
cat > decoys/octodns/config.yaml <<'Y'
providers:
  gandi:
    class: octodns_gandi.GandiProvider
    token: env/GANDI_TOKEN
Y
cat > decoys/cluster/fencing.sh <<'Y'
#!/bin/bash
pcs stonith create fence-node1 fence_ipmilan ip=10.20.0.21 username=admin password_script=/usr/local/sbin/bmc-pass lanplus=1
Y
cat > decoys/redis/docker-compose.yml <<'Y'
services:
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
Y
cat > decoys/src/main/resources/application.yml <<'Y'
spring.datasource.url: jdbc:mysql://db.corp.example:3306/shop
spring.datasource.username: shop
spring.datasource.password: ${DB_PASSWORD}
Y
