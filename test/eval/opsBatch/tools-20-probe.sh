# Probe for the nineteenth batch (helper cred-formats-20), written and committed before any rule was changed: ops files of
# formats none of the earlier batches or probes hold (each tool, key and file name grepped for in tools-1.sh …
# tools-19-probe.sh, the rule table and the README first) — proxychains' `socks5 host port user password`, `bitcoin.conf`'s
# `rpcpassword=`, `wmic /password:` in a `.bat`, Pidgin's `accounts.xml` `<password>`, `x11vnc -storepasswd`, `realm join
# --one-time-password=`, `RSYNC_PASSWORD=… rsync`, a Renovate `config.js` `hostRules` password, a gost systemd unit's `-L
# socks5://user:password@:port`, Proxmox `qm set --cipassword`, `reg add … /v DefaultPassword … /d`, `swaks --auth-password`,
# Hasura's `HASURA_GRAPHQL_ADMIN_SECRET`; each holding $1 where the credential goes. Three decoys: `swaks --auth-password
# "$SMTP_PASSWORD"`, `qm set --cipassword "$(cat …)"`, a Renovate password from `process.env`.
# $1 = value; writes files into cwd
V="$1"
mkdir -p etc .bitcoin scripts .purple cron renovate systemd windows hasura decoys/scripts decoys/renovate
cat > etc/proxychains.conf <<Y
strict_chain
proxy_dns
tcp_read_time_out 15000

[ProxyList]
socks5 10.20.0.5 1080 alice $V
Y
cat > .bitcoin/bitcoin.conf <<Y
server=1
rpcbind=127.0.0.1
rpcallowip=127.0.0.1
rpcuser=node
rpcpassword=$V
Y
cat > scripts/inventory.bat <<Y
@echo off
wmic /node:srv01 /user:CORP\\admin /password:$V os get caption,version
Y
cat > .purple/accounts.xml <<Y
<?xml version='1.0' encoding='UTF-8' ?>
<account version='1.0'>
 <account>
  <protocol>prpl-jabber</protocol>
  <name>alice@xmpp.corp.example/laptop</name>
  <password>$V</password>
  <alias>Alice</alias>
 </account>
</account>
Y
cat > scripts/vnc-setup.sh <<Y
#!/bin/sh
mkdir -p ~/.vnc
x11vnc -storepasswd $V ~/.vnc/passwd
x11vnc -display :0 -rfbauth ~/.vnc/passwd -forever -bg
Y
cat > scripts/join-domain.sh <<Y
#!/bin/bash
set -e
dnf install -y realmd sssd adcli
realm join --one-time-password=$V corp.example
Y
cat > cron/backup.sh <<Y
#!/bin/sh
RSYNC_PASSWORD=$V rsync -a --delete /srv/ rsync://backup@nas.corp.example/srv/
Y
cat > renovate/config.js <<Y
module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.corp.example/api/v1',
  hostRules: [
    {
      matchHost: 'npm.corp.example',
      username: 'ci',
      password: '$V',
    },
  ],
};
Y
cat > systemd/gost.service <<Y
[Unit]
Description=gost proxy
After=network.target

[Service]
ExecStart=/usr/local/bin/gost -L socks5://alice:$V@:1080
Restart=always

[Install]
WantedBy=multi-user.target
Y
cat > scripts/proxmox-template.sh <<Y
#!/bin/bash
qm create 9000 --name ubuntu-tpl --memory 2048 --net0 virtio,bridge=vmbr0
qm set 9000 --ciuser ops --cipassword $V --ipconfig0 ip=dhcp
Y
cat > windows/autologon.cmd <<Y
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d $V /f
Y
cat > scripts/mail-report.sh <<Y
#!/bin/sh
swaks --to ops@corp.example --server smtp.corp.example:587 --tls --auth-user reports --auth-password $V --body /tmp/report.txt
Y
cat > hasura/docker-compose.yml <<Y
services:
  graphql-engine:
    image: hasura/graphql-engine:v2.36.0
    environment:
      HASURA_GRAPHQL_DATABASE_URL: postgres://hasura@db:5432/hasura
      HASURA_GRAPHQL_ADMIN_SECRET: $V
      HASURA_GRAPHQL_ENABLE_CONSOLE: "false"
Y
# Decoys
cat > decoys/scripts/mail-report.sh <<'Y'
#!/bin/sh
swaks --to ops@corp.example --server smtp.corp.example:587 --tls --auth-user reports --auth-password "$SMTP_PASSWORD" --body /tmp/report.txt
Y
cat > decoys/scripts/proxmox-template.sh <<'Y'
#!/bin/bash
qm set 9000 --ciuser ops --cipassword "$(cat /run/secrets/ci-password)" --ipconfig0 ip=dhcp
Y
cat > decoys/renovate/config.js <<'Y'
module.exports = {
  hostRules: [
    { matchHost: 'npm.corp.example', username: 'ci', password: process.env.NPM_PASSWORD },
  ],
};
Y
