# Probe for the fifteenth batch (helper cred-formats-16), written after the first round of rules and run once against it:
# the same families in other files and syntax — an UnrealIRCd `vhost` block in `vhosts.conf` and a `link` block in the older
# `password "…" { plaintext; };` form, a single `exim.conf` with a LOGIN `client_send = : user : password`, ProFTPD's
# `SQLConnectInfo` with a connection policy in `proftpd.conf`, `vsql -w` in a cron file, Tarantool's one-argument
# `box.schema.user.passwd`, a Laravel `.env` whose `APP_KEY` base64 begins with `/`; each holding $1 where the credential goes
# (or a value derived from it). Two decoys: a Tarantool password read from the environment, an UnrealIRCd password from a
# template variable.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
mkdir -p etc/unrealircd/conf etc/exim etc/proftpd etc/cron.d app/tarantool laravel decoys/app/tarantool decoys/etc/unrealircd
cat > etc/unrealircd/conf/vhosts.conf <<Y
vhost {
	vhost staff.corp.example;
	mask *@10.0.0.*;
	login ops;
	password "$V";
}
Y
cat > etc/unrealircd/conf/links.conf <<Y
link hub.corp.example {
	incoming { mask 10.0.0.2; }
	outgoing { hostname hub.corp.example; port 6900; }
	password "$V" { plaintext; };
	class servers;
}
Y
cat > etc/exim/exim.conf <<Y
begin authenticators
login_client:
  driver = plaintext
  public_name = LOGIN
  client_send = : relay@corp.example : $V
Y
cat > etc/proftpd/proftpd.conf <<Y
ServerName "FTP"
<IfModule mod_sql.c>
  SQLConnectInfo ftp@db.corp.example:3306 ftpd $V PERSESSION
</IfModule>
Y
cat > etc/cron.d/vertica-purge <<Y
30 2 * * * dbadmin /opt/vertica/bin/vsql -U dbadmin -w '$V' -c "SELECT PURGE();"
Y
cat > app/tarantool/app.lua <<Y
box.cfg{ listen = 3301 }
box.schema.user.passwd('$V')
Y
cat > laravel/.env <<Y
APP_NAME=Shop
APP_KEY=base64:/$(hex laravel | xxd -r -p | base64 -w0 | cut -c2-)
APP_URL=https://shop.corp.example
Y
cat > decoys/app/tarantool/app.lua <<'Y'
box.schema.user.create('replicator', { password = os.getenv('TARANTOOL_REPL_PASSWORD'), if_not_exists = true })
Y
cat > decoys/etc/unrealircd/unrealircd.conf <<'Y'
oper admin {
	class opers;
	password "{{ unrealircd_oper_password }}";
}
Y
