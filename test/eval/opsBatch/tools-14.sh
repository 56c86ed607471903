# The thirteenth batch of ops files (helper cred-formats-14): formats none of the earlier batches or their probes hold —
# help desks (an OTRS/Znuny Kernel/Config.pm), VPN and tunnels (Pritunl's pritunl.conf, an stunnel PSK secrets file),
# storage and backup (an rclone.conf remote, a WAL-G environment file, barman's conninfo, a MongoDB replica set key
# file), data platforms (Airflow's airflow.cfg Fernet key and connection, an Airflow connection in the environment,
# Redash's and Metabase's environment, a Jupyter server config), messaging (a NATS server's authorization block),
# monitoring (vmalert's datasource basic auth, Grafana Tempo's S3 storage, Grafana Mimir's blocks storage, a
# Healthchecks ping URL in cron), HashiCorp tooling (consul-template's config, a Vault agent's token sink),
# certificate automation (a cert-manager ClusterIssuer with its DNS provider Secret, an ACME EAB key), Samba (a domain
# join with `-U user%password`), and directory tools (an ldapsearch bind in a script, a VerneMQ password file);
# each holding $1 where the credential goes (or, for a format whose value has a fixed shape, a value derived from
# it). Three decoys: an OTRS Config.pm password from a template variable, an Airflow connection kept in a secrets
# backend, an rclone remote with an empty secret.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
k32u() { hex "$1" | xxd -r -p | base64 -w0 | tr '+/' '-_'; }
mkdir -p otrs/Kernel etc/stunnel .config/rclone etc/wal-g.d etc/barman.d etc/mongodb airflow deploy/redash \
  deploy/metabase .jupyter nats vmalert tempo mimir etc/cron.d consul-template vault-agent cert-manager scripts \
  etc/vernemq etc decoys/otrs/Kernel decoys/airflow decoys/.config/rclone
# Help desks
cat > otrs/Kernel/Config.pm <<Y
package Kernel::Config;
use strict;
use warnings;
use utf8;
sub Load {
    my \$Self = shift;
    \$Self->{DatabaseHost} = 'db.corp.example';
    \$Self->{Database} = 'otrs';
    \$Self->{DatabaseUser} = 'otrs';
    \$Self->{DatabasePw} = '$V';
    \$Self->{DatabaseDSN} = "DBI:mysql:database=\$Self->{Database};host=\$Self->{DatabaseHost};";
    \$Self->{Home} = '/opt/otrs';
    return 1;
}
use parent qw(Kernel::Config::Defaults);
1;
Y
# VPN and tunnels
cat > etc/pritunl.conf <<Y
{
    "mongodb_uri": "mongodb://pritunl:$V@mongo1.corp.example:27017/pritunl?authSource=admin",
    "server_key_path": "/var/lib/pritunl/pritunl.key",
    "log_path": "/var/log/pritunl.log",
    "static_cache": true,
    "server_cert_path": "/var/lib/pritunl/pritunl.crt",
    "temp_path": "/tmp/pritunl_%r",
    "bind_addr": "0.0.0.0",
    "debug": false,
    "www_path": "/usr/share/pritunl/www",
    "local_address_interface": "auto"
}
Y
cat > etc/stunnel/psk.txt <<Y
redis-client1:$V
Y
# Storage and backup
cat > .config/rclone/rclone.conf <<Y
[wasabi]
type = s3
provider = Wasabi
env_auth = false
access_key_id = WSB7QX2KD9PLM4RT
secret_access_key = $V
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com
acl = private
Y
cat > etc/wal-g.d/env <<Y
WALG_S3_PREFIX=s3://pg-backups/main
AWS_ENDPOINT=https://minio.corp.example
AWS_S3_FORCE_PATH_STYLE=true
WALG_LIBSODIUM_KEY=$(hex sodium)
WALG_LIBSODIUM_KEY_TRANSFORM=hex
WALG_COMPRESSION_METHOD=brotli
PGHOST=/var/run/postgresql
Y
cat > etc/barman.d/pg-main.conf <<Y
[pg-main]
description = "Main PostgreSQL cluster"
conninfo = host=pg-main.corp.example user=barman dbname=postgres password=$V
streaming_conninfo = host=pg-main.corp.example user=streaming_barman
backup_method = postgres
streaming_archiver = on
slot_name = barman
Y
printf '%s\n' "$(for i in 1 2 3 4 5 6 7 8 9 10 11 12; do k32 "keyfile$i"; done | tr -d '\n=')" | fold -w 76 > etc/mongodb/keyfile
# Data platforms
cat > airflow/airflow.cfg <<Y
[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = $(k32u fernet)
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:$V@pg.corp.example:5432/airflow

[celery]
broker_url = redis://redis.corp.example:6379/0
Y
cat > deploy/airflow.env <<Y
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW_CONN_WAREHOUSE=snowflake://etl_user:$V@xy12345/analytics/public?warehouse=etl_wh&role=etl
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
Y
cat > deploy/redash/env <<Y
PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
REDASH_COOKIE_SECRET=$V
REDASH_DATABASE_URL=postgresql://postgres@postgres/postgres
Y
cat > deploy/metabase/metabase.env <<Y
MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=$V
MB_DB_HOST=pg.corp.example
Y
cat > .jupyter/jupyter_server_config.py <<Y
c = get_config()  # noqa
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = '$V'
c.ServerApp.root_dir = '/srv/notebooks'
Y
# Messaging
cat > nats/nats-server.conf <<Y
port: 4222
http_port: 8222
authorization {
  user: ops
  password: $V
  timeout: 2
}
cluster {
  name: prod
  listen: 0.0.0.0:6222
}
Y
# Monitoring
cat > vmalert/vmalert.service <<Y
[Unit]
Description=vmalert
After=network.target

[Service]
ExecStart=/usr/local/bin/vmalert-prod -rule=/etc/vmalert/rules/*.yml \\
  -datasource.url=https://vm.corp.example \\
  -datasource.basicAuth.username=vmalert \\
  -datasource.basicAuth.password=$V \\
  -notifier.url=http://alertmanager:9093
Restart=always

[Install]
WantedBy=multi-user.target
Y
cat > tempo/tempo.yaml <<Y
server:
  http_listen_port: 3200
storage:
  trace:
    backend: s3
    s3:
      bucket: tempo-traces
      endpoint: s3.eu-west-1.amazonaws.com
      access_key: TEMPOWRITER01
      secret_key: $V
    wal:
      path: /var/tempo/wal
Y
cat > mimir/mimir.yaml <<Y
multitenancy_enabled: false
common:
  storage:
    backend: s3
    s3:
      endpoint: minio.corp.example:9000
      access_key_id: mimir
      secret_access_key: $V
      insecure: true
blocks_storage:
  s3:
    bucket_name: mimir-blocks
Y
cat > etc/cron.d/pg-backup <<Y
SHELL=/bin/bash
30 2 * * * postgres /usr/local/bin/pg-backup.sh && curl -fsS -m 10 --retry 5 https://hc-ping.com/$(hex hc | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/') >/dev/null
Y
# HashiCorp tooling
cat > consul-template/config.hcl <<Y
consul {
  address = "consul.corp.example:8500"
  token   = "$(hex consul | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/')"
}
vault {
  address = "https://vault.corp.example:8200"
  token   = "hvs.$(k32 vault | tr -d '+/=' | cut -c1-24)"
  renew_token = true
}
template {
  source      = "/etc/consul-template/app.ctmpl"
  destination = "/etc/app/app.conf"
}
Y
cat > vault-agent/approle-secret-id <<Y
$(hex secretid | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/')
Y
# Certificate automation
cat > cert-manager/cloudflare-issuer.yaml <<Y
apiVersion: v1
kind: Secret
metadata:
  name: cloudflare-api-token
  namespace: cert-manager
type: Opaque
stringData:
  api-token: $V
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-dns
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: letsencrypt-dns-account
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token
              key: api-token
Y
cat > cert-manager/zerossl-eab.yaml <<Y
apiVersion: v1
kind: Secret
metadata:
  name: zerossl-eab
  namespace: cert-manager
data:
  secret: $(printf '%s' "$(k32u eab | tr -d '=')" | base64 -w0)
Y
# Samba and directories
cat > scripts/join-domain.sh <<Y
#!/bin/sh
set -e
apt-get install -y samba winbind krb5-user
net ads join -S dc1.corp.example -U 'svc-join%$V'
systemctl restart winbind smbd
Y
cat > scripts/ldap-export.sh <<Y
#!/bin/bash
ldapsearch -LLL -H ldaps://ldap.corp.example -D "cn=reader,dc=corp,dc=example" -w '$V' \\
  -b "ou=people,dc=corp,dc=example" "(objectClass=inetOrgPerson)" uid mail > /srv/export/people.ldif
Y
printf 'sensor-gw:$6$%s$%s\n' "$(hex salt | cut -c1-16)" "$(hex pw | xxd -r -p | base64 -w0 | tr '+/' './' | tr -d '=')$(hex pw2 | xxd -r -p | base64 -w0 | tr '+/' './' | cut -c1-43)" > etc/vernemq/vmq.passwd
# Decoys: a template variable, a secrets-backend reference, an empty secret
cat > decoys/otrs/Kernel/Config.pm <<'Y'
package Kernel::Config;
sub Load {
    my $Self = shift;
    $Self->{DatabaseUser} = 'otrs';
    $Self->{DatabasePw} = '{{ otrs_db_password }}';
    return 1;
}
1;
Y
cat > decoys/airflow/airflow.cfg <<Y
[database]
sql_alchemy_conn_secret = airflow/connections/metadata_db

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}
Y
cat > decoys/.config/rclone/rclone.conf <<Y
[b2]
type = b2
account = 
key = 
hard_delete = true
Y
