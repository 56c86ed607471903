# Probe for the sixteenth batch (helper cred-formats-17), written before any rule was changed and run once after the first
# round: the same families in other files and syntax — `mount -t cifs -o …,password=` in a script, Heartbeat `authkeys` with
# md5, xl2tpd secrets naming their hosts, an old-format `.cvspass` line, a per-host BackupPC `SmbSharePasswd`, a PowerShell
# `ConvertTo-SecureString -String '…'`, `psexec.exe -p "…"` in a batch file, a Remmina VNC file, Cyrus `proxy_password`,
# Zimbra's `mysql_root_password`, a Solanum `connect` block's `send_password`, `xe vm-list … -pw`, `surreal sql --pass`,
# Glances' per-user `[passwords]` in `~/.config/glances`; each holding $1 where the credential goes (or a value derived from
# it). Three decoys: an Odyssey password from a template variable, a cabal `password-command`, l2tp secrets from an
# environment variable.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
b64() { hex "$1" | xxd -r -p | base64 -w0; }
mkdir -p scripts etc/ha.d etc/xl2tpd home/dev etc/backuppc/pc bin .local/share/remmina etc opt/zimbra/conf \
  etc/solanum .config/glances decoys/etc/odyssey decoys/.cabal decoys/etc/xl2tpd
cat > scripts/mount-archive.sh <<Y
#!/bin/sh
mount -t cifs //nas.corp.example/archive /mnt/archive -o username=archive,password=$V,vers=3.0
Y
cat > etc/ha.d/authkeys <<Y
auth 3
3 md5 $V
Y
cat > etc/xl2tpd/l2tp-secrets <<Y
# us		them		secret
lns.corp.example	lac1.corp.example	$V
Y
cat > home/dev/.cvspass <<Y
:pserver:dev@cvs.corp.example:/cvsroot A$V
Y
cat > etc/backuppc/pc/winbox.pl <<Y
\$Conf{XferMethod} = 'smb';
\$Conf{SmbShareUserName} = 'backup';
\$Conf{SmbSharePasswd} = '$V';
Y
cat > bin/New-Share.ps1 <<Y
\$secure = ConvertTo-SecureString -String '$V' -AsPlainText -Force
New-SmbMapping -RemotePath \\\\nas\\share -UserName CORP\\svc -Password \$secure
Y
cat > bin/remote-update.bat <<Y
psexec.exe \\\\db1 -u CORP\\svc-db -p "$V" C:\\ops\\update.cmd
Y
cat > .local/share/remmina/group_vnc_kiosk_10-0-0-40.remmina <<Y
[remmina]
name=kiosk
protocol=VNC
server=10.0.0.40:5900
password=$(b64 remmina-vnc | cut -c1-12)
quality=9
Y
cat > etc/imapd.conf <<Y
configdirectory: /var/lib/imap
proxy_authname: murder
proxy_password: $V
mupdate_server: mupdate.corp.example
Y
cat > opt/zimbra/conf/localconfig.xml <<Y
<localconfig>
  <key name="mysql_root_password">
    <value>$V</value>
  </key>
</localconfig>
Y
cat > etc/solanum/ircd.conf <<Y
connect "hub.corp.example" {
	host = "10.0.0.5";
	send_password = "$V";
	accept_password = "$V";
	port = 6666;
	class = "server";
};
Y
cat > scripts/xen-report.sh <<Y
#!/bin/sh
xe vm-list -s xen2.corp.example -u root -pw "$V" power-state=running
Y
cat > scripts/surreal-import.sh <<Y
#!/bin/sh
surreal import --conn http://db.corp.example:8000 --user root --pass "$V" --ns app --db app dump.surql
Y
cat > .config/glances/glances.conf <<Y
[passwords]
localhost=$V
Y
# Decoys
cat > decoys/etc/odyssey/odyssey.conf <<'Y'
database "app" {
	user "app" {
		authentication "md5"
		password "{{ odyssey_app_password }}"
	}
}
Y
cat > decoys/.cabal/config <<'Y'
username: corpdev
password-command: pass show hackage
Y
cat > decoys/etc/xl2tpd/l2tp-secrets <<'Y'
*	*	${L2TP_SECRET}
Y
