# The eleventh batch (cloud-native platform tools, databases and search engines, mail and telephony, Windows
# deployment, backup, network tooling and VPN), none of them in the first ten batches or their probes, each holding
# $1 where the credential goes, in the file and place the tool's documentation shows; three decoys (an External
# Secrets remoteRef, an oauth2-proxy config reading its secrets from files, a Crossplane ProviderConfig naming a
# Secret).
# $1 = value; writes files into cwd
V="$1"
# Hex and base64 derived from the value and a word, for the formats that take them: each file its own.
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
mkdir -p crossplane external-secrets flux tekton oauth2-proxy envoy headscale meilisearch vitess typesense ravendb \
  arangodb mimir dagster kamailio etc/exim4 synapse windows rdcman duplicati litestream rustic rancid gatus netbox \
  softether decoys/external-secrets decoys/oauth2-proxy decoys/crossplane
# Cloud-native platform tools
cat > crossplane/aws-provider.yaml <<Y
apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
stringData:
  credentials: |
    [default]
    aws_access_key_id = AKIAEXAMPLEONLY00000
    aws_secret_access_key = $V
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds
      key: credentials
Y
cat > external-secrets/fake-store.yaml <<Y
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: fake
spec:
  provider:
    fake:
      data:
      - key: "/prod/db/password"
        value: "$V"
        version: "v1"
Y
cat > flux/github-provider.yaml <<Y
apiVersion: v1
kind: Secret
metadata:
  name: github-token
  namespace: flux-system
stringData:
  token: $V
---
apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: github
  namespace: flux-system
spec:
  type: github
  address: https://github.com/example/shop
  secretRef:
    name: github-token
Y
cat > tekton/git-basic-auth.yaml <<Y
apiVersion: v1
kind: Secret
metadata:
  name: git-basic-auth
  annotations:
    tekton.dev/git-0: https://git.corp.example
type: kubernetes.io/basic-auth
stringData:
  username: ci-bot
  password: $V
Y
cat > oauth2-proxy/oauth2-proxy.cfg <<Y
http_address = "0.0.0.0:4180"
provider = "oidc"
oidc_issuer_url = "https://sso.corp.example/realms/ops"
client_id = "oauth2-proxy"
client_secret = "$V"
cookie_secret = "$(k32 oauth2-cookie)"
email_domains = ["corp.example"]
upstreams = ["http://127.0.0.1:8080/"]
Y
cat > envoy/envoy.yaml <<Y
static_resources:
  secrets:
  - name: token
    generic_secret:
      secret:
        inline_string: "$V"
  - name: hmac
    generic_secret:
      secret:
        inline_bytes: "$(k32 envoy-hmac)"
Y
cat > headscale/config.yaml <<Y
server_url: https://vpn.corp.example:443
listen_addr: 0.0.0.0:8080
noise:
  private_key_path: /var/lib/headscale/noise_private.key
oidc:
  issuer: https://sso.corp.example/realms/ops
  client_id: headscale
  client_secret: $V
  scope: ["openid", "profile", "email"]
Y
cat > meilisearch/config.toml <<Y
db_path = "./data.ms"
env = "production"
http_addr = "0.0.0.0:7700"
master_key = "$V"
Y
# Databases and search engines
cat > vitess/db_credentials.json <<Y
{
  "vt_app": ["$V"],
  "vt_dba": ["$V"]
}
Y
cat > typesense/typesense-server.ini <<Y
[server]
api-address = 0.0.0.0
api-port = 8108
data-dir = /var/lib/typesense
api-key = $V
log-dir = /var/log/typesense
Y
cat > ravendb/settings.json <<Y
{
    "ServerUrl": "https://0.0.0.0:443",
    "Setup.Mode": "None",
    "DataDir": "RavenData",
    "Security.Certificate.Path": "cluster.server.certificate.pfx",
    "Security.Certificate.Password": "$V"
}
Y
cat > arangodb/arangosh.conf <<Y
[server]
endpoint = tcp://127.0.0.1:8529
authentication = true
username = root
password = $V
Y
cat > mimir/mimir.yaml <<Y
multitenancy_enabled: false
common:
  storage:
    backend: s3
    s3:
      endpoint: s3.eu-west-1.amazonaws.com
      bucket_name: mimir
      access_key_id: AKIAEXAMPLEONLY00000
      secret_access_key: $V
Y
cat > dagster/dagster.yaml <<Y
storage:
  postgres:
    postgres_db:
      username: dagster
      password: $V
      hostname: db.corp.example
      db_name: dagster
      port: 5432
Y
# Mail and telephony
cat > kamailio/kamctlrc <<Y
SIP_DOMAIN=sip.corp.example
DBENGINE=MYSQL
DBHOST=localhost
DBNAME=kamailio
DBRWUSER="kamailio"
DBRWPW="$V"
DBROUSER="kamailioro"
DBROPW="$V"
DBROOTUSER="root"
Y
cat > etc/exim4/exim4.conf.localmacros <<Y
MAIN_TLS_ENABLE = yes
hide mysql_servers = localhost/exim/exim/$V
Y
cat > synapse/mautrix-telegram-registration.yaml <<Y
id: telegram
url: http://127.0.0.1:29317
as_token: $(hex mautrix-as)
hs_token: $(hex mautrix-hs)
namespaces:
  users:
  - exclusive: true
    regex: '@telegram_.*:corp\\.example'
sender_localpart: telegrambot
Y
# Windows deployment
cat > windows/sysprep.inf <<Y
[Unattended]
OemSkipEula=Yes
InstallFilesPath=C:\\sysprep\\i386
[GuiUnattended]
AdminPassword="$V"
EncryptedAdminPassword=NO
OEMSkipRegional=1
TimeZone=85
[Identification]
JoinDomain=CORP
DomainAdmin=ops
DomainAdminPassword=$V
Y
cat > rdcman/servers.rdg <<Y
<?xml version="1.0" encoding="utf-8"?>
<RDCMan programVersion="2.7" schemaVersion="3">
  <file>
    <properties>
      <name>servers</name>
    </properties>
    <logonCredentials inherit="None">
      <profileName scope="Local">Custom</profileName>
      <userName>ops</userName>
      <password>$(k32 rdcman-1)$(k32 rdcman-2)</password>
      <domain>CORP</domain>
    </logonCredentials>
    <server>
      <properties>
        <name>web1.corp.example</name>
      </properties>
    </server>
  </file>
</RDCMan>
Y
# Backup
cat > duplicati/web1-backup.json <<Y
{
  "Backup": {
    "Name": "web1",
    "TargetURL": "s3://backups/web1?s3-server-name=s3.amazonaws.com&s3-location-constraint=eu-west-1&use-ssl=true&auth-username=AKIAEXAMPLEONLY00000&auth-password=$V",
    "Sources": ["/srv/www/"],
    "Settings": [
      {"Filter": "", "Name": "encryption-module", "Value": "aes"},
      {"Filter": "", "Name": "passphrase", "Value": "$V"}
    ]
  }
}
Y
cat > litestream/litestream.yml <<Y
access-key-id: AKIAEXAMPLEONLY00000
secret-access-key: $V
dbs:
  - path: /var/lib/app/app.db
    replicas:
      - url: s3://backups/app.db
Y
cat > rustic/rustic.toml <<Y
[repository]
repository = "/srv/backup/rustic"
password = "$V"

[backup]
globs = ["!/srv/www/cache"]
Y
# Network tooling and VPN
cat > rancid/.cloginrc <<Y
add user core1.corp.example ops
add password core1.corp.example {$V} {$V}
add method core1.corp.example ssh
Y
cat > gatus/config.yaml <<Y
alerting:
  pagerduty:
    integration-key: "$(hex gatus-pd | cut -c1-32)"
  telegram:
    token: "123456789:$V"
    id: "-1001234567890"
endpoints:
  - name: website
    url: https://shop.corp.example/health
    conditions:
      - "[STATUS] == 200"
Y
cat > netbox/configuration.py <<Y
ALLOWED_HOSTS = ['netbox.corp.example']
DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': '$V',
    'HOST': 'localhost',
    'PORT': '',
}
SECRET_KEY = '$(k32 netbox)$(hex netbox-2 | cut -c1-12)'
Y
cat > softether/vpn_server.config <<Y
# Software Configuration File
# ---------------------------
declare root
{
	uint ConfigRevision 12
	declare ServerConfiguration
	{
		bool AutoDeleteCheckDiskFreeSpace true
		byte HashedPassword $(hex softether | cut -c1-40 | xxd -r -p | base64 -w0)
		uint ServerType 0
	}
	declare VirtualHostOption
	{
		declare Hub
		{
			declare DEFAULT
			{
				byte HashedPassword $(hex softether-hub | cut -c1-40 | xxd -r -p | base64 -w0)
				byte SecurePassword $(hex softether-hub2 | cut -c1-40 | xxd -r -p | base64 -w0)
			}
		}
	}
}
Y
# Decoys: never reported.
cat > decoys/external-secrets/externalsecret.yaml <<'Y'
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: db
spec:
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault
  target:
    name: db-credentials
  data:
  - secretKey: password
    remoteRef:
      key: prod/db
      property: password
Y
cat > decoys/oauth2-proxy/oauth2-proxy.cfg <<'Y'
provider = "oidc"
client_id = "oauth2-proxy"
client_secret_file = "/etc/oauth2-proxy/client-secret"
cookie_secret = ""
Y
cat > decoys/crossplane/provider-config.yaml <<'Y'
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds
      key: credentials
Y
