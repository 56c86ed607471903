# Probe of the thirteenth batch (helper cred-formats-14), written after its rules and committed before this probe's run: the same
# families in other files and syntax — Znuny's LDAP auth and Request Tracker's site config in Perl, a Perl CGI's config hash,
# WAL-G's JSON config, Healthchecks ping URLs by ping key and slug, in a systemd unit and on a self-hosted instance, stunnel PSK
# files of other names, a Vault agent's secret ID elsewhere; each holding $1 where the credential goes (or, for a format
# whose value has a fixed shape, a value derived from it). Two decoys: a Perl config reading the environment, a ping URL
# whose key is a shell variable.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
uuid() { hex "$1" | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
mkdir -p znuny/Kernel opt/rt5/etc cgi-bin/lib etc/wal-g etc/systemd/system etc/cron.d etc/stunnel etc/vault.d/approle \
  ops/stunnel decoys/otrs/Kernel decoys/etc/cron.d
cat > znuny/Kernel/Config.pm <<Y
package Kernel::Config;
sub Load {
    my \$Self = shift;
    \$Self->{'AuthModule'} = 'Kernel::System::Auth::LDAP';
    \$Self->{'AuthModule::LDAP::Host'} = 'ldap.corp.example';
    \$Self->{'AuthModule::LDAP::BaseDN'} = 'dc=corp,dc=example';
    \$Self->{'AuthModule::LDAP::SearchUserDN'} = 'cn=znuny,ou=svc,dc=corp,dc=example';
    \$Self->{'AuthModule::LDAP::SearchUserPw'} = '$V';
    return 1;
}
1;
Y
cat > opt/rt5/etc/RT_SiteConfig.pm <<Y
use utf8;
Set(\$rtname, 'corp.example');
Set(\$WebDomain, 'rt.corp.example');
Set(\$DatabaseHost, 'db.corp.example');
Set(\$DatabaseUser, 'rt_user');
Set(\$DatabasePassword, '$V');
1;
Y
cat > cgi-bin/lib/Settings.pm <<Y
package Settings;
our %CFG;
\$CFG{smtp_host} = 'mail.corp.example';
\$CFG{smtp_user} = 'notify';
\$CFG{smtp_password} = '$V';
1;
Y
cat > etc/wal-g/walg.json <<Y
{
  "WALG_S3_PREFIX": "s3://pg-backups/replica",
  "WALG_LIBSODIUM_KEY": "$(hex sodium)",
  "WALG_LIBSODIUM_KEY_TRANSFORM": "hex",
  "PGHOST": "/var/run/postgresql"
}
Y
cat > etc/systemd/system/restic-backup.service <<Y
[Unit]
Description=restic backup

[Service]
Type=oneshot
ExecStart=/usr/local/bin/restic-backup.sh
ExecStartPost=/usr/bin/curl -fsS -m 10 --retry 5 https://hc-ping.com/$(uuid restic)
ExecStopPost=/bin/sh -c 'test "\$SERVICE_RESULT" = success || curl -fsS https://hc-ping.com/$(uuid restic)/fail'
Y
cat > etc/cron.d/db-dump <<Y
15 1 * * * root /usr/local/bin/db-dump.sh && curl -fsS https://hc-ping.com/$(hex pingkey | xxd -r -p | base64 -w0 | tr '+/' '-_' | cut -c1-22)/db-dump
Y
cat > etc/cron.d/certs-renew <<Y
0 4 * * 1 root certbot renew -q && curl -fsS https://hc.corp.example/ping/$(uuid selfhosted)
Y
cat > etc/stunnel/psk-secrets.txt <<Y
backup-agent:$V
Y
cat > ops/stunnel/stunnel-psk.txt <<Y
monitor:$V
Y
cat > etc/vault.d/approle/secret_id <<Y
$(uuid secretid)
Y
# Decoys
cat > decoys/otrs/Kernel/Config.pm <<'Y'
package Kernel::Config;
sub Load {
    my $Self = shift;
    $Self->{DatabasePw} = $ENV{OTRS_DB_PW};
    return 1;
}
1;
Y
cat > decoys/etc/cron.d/db-dump <<'Y'
HC_PING_KEY=changeme
15 1 * * * root /usr/local/bin/db-dump.sh && curl -fsS https://hc-ping.com/${HC_PING_KEY}/db-dump
Y
