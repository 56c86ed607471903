# The sixth batch (data and analytics tools, cloud CLIs and SDK login files, build and release tools' repository
# logins, mail, chat and paging settings of self-hosted services, monitoring agents' plugins, backup environments,
# OpenWrt, Java stores' passwords in database and broker configuration, Kerberos and SAML key files, CI agents'
# registration keys), none of them in the first five batches, their probes, the held-out parts or the unit
# fixtures, each holding $1 where the credential goes, in the file and place the tool's documentation shows;
# four decoys.
# $1 = value; writes files into cwd
V="$1"
# Hex, base64, a UUID and hashes derived from the value, for the formats that take them.
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
UUID="${H:0:8}-${H:8:4}-4${H:13:3}-a${H:17:3}-${H:20:12}"
# A Slack webhook's last part is 24 letters and digits the service generates: made from the value's digest.
SLACK=$(printf '%s' "$H" | xxd -r -p | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-24)
bcrypt() { python3 -W ignore -c 'import crypt,sys; print(sys.argv[2] + crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))[4:])' "$V" "$1"; }
pem() { printf -- '-----BEGIN %s-----\n' "$1"; printf '%s' "$H$H$H$H$H" | xxd -r -p | base64 -w64; printf -- '-----END %s-----\n' "$1"; }
mkdir -p .dbt analytics .snowflake trino/etc/catalog airflow great_expectations/uncommitted backup .azure \
  .config/gcloud .config/scw .config/exoscale .terraform.d .vagrant.d/data .hal .spin harbor .gradle .sbt/1.0 \
  .lein .conan2 chartmuseum artifactory/var/etc fastlane config/packages ghost nextcloud/config homeassistant \
  watchtower alertmanager zabbix/conf etc/zabbix/zabbix_agent2.d/plugins.d pushgateway apm-server etc/restic \
  etc/config saml oracle/wallet mongodb cassandra/conf gocd/config etc/ocserv .fly .doppler \
  .local/share/com.vercel.cli .wrangler/config .config/atlascli .rancher .cf kafka keycloak
# Data and analytics
printf "jaffle_shop:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: warehouse.example.org\n      user: dbt\n      password: %s\n      port: 5432\n      dbname: analytics\n      schema: dbt_prod\n      threads: 4\n" "$V" > .dbt/profiles.yml
printf '[prod]\naccount = "xy12345.eu-central-1"\nuser = "LOADER"\npassword = "%s"\nwarehouse = "LOAD_WH"\ndatabase = "RAW"\nrole = "LOADER"\n' "$V" > .snowflake/connections.toml
printf 'connector.name=postgresql\nconnection-url=jdbc:postgresql://db.example.org:5432/shop\nconnection-user=trino\nconnection-password=%s\n' "$V" > trino/etc/catalog/postgresql.properties
printf 'ops:%s\n' "$(bcrypt '$2y$')" > trino/etc/password.db
printf '{\n    "warehouse_pg": {\n        "conn_type": "postgres",\n        "description": "",\n        "login": "airflow",\n        "password": "%s",\n        "host": "warehouse.example.org",\n        "port": 5432,\n        "schema": "analytics",\n        "extra": ""\n    }\n}\n' "$V" > airflow/connections.json
printf '{\n    "environment": "prod",\n    "s3_bucket": "acme-exports",\n    "sftp_partner_password": "%s"\n}\n' "$V" > airflow/variables.json
printf 'warehouse_creds:\n  drivername: postgresql\n  host: warehouse.example.org\n  port: "5432"\n  username: ge\n  password: %s\n  database: analytics\n' "$V" > great_expectations/uncommitted/config_variables.yml
# Cloud CLIs and SDK files
SIG=$(printf '%s' "$H" | xxd -r -p | base64 -w0 | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g')
printf 'AZURE_STORAGE_ACCOUNT=acmebackups\nAZURE_STORAGE_SAS_TOKEN="sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T18:00:00Z&st=2026-06-30T10:00:00Z&spr=https&sig=%s"\n' "$SIG" > backup/azure-sas.env
printf '[{"client_id": "%s", "tenant": "%s", "client_secret": "%s"}]\n' "${UUID:0:24}aaaaaaaaaaaa" "${UUID:0:24}bbbbbbbbbbbb" "$V" > .azure/service_principal_entries.json
printf '{\n  "client_id": "123456789012-%s.apps.googleusercontent.com",\n  "client_secret": "%s",\n  "quota_project_id": "acme-prod",\n  "refresh_token": "1//0g%s",\n  "type": "authorized_user"\n}\n' "${H:0:32}" "$V" "$V" > .config/gcloud/application_default_credentials.json
printf '[DEFAULT]\ndefault-user = ops\n\n[ops]\ntoken = %s\nregion = eu-central\ntype = g6-standard-2\nimage = linode/debian12\n' "$V" > .config/linode-cli
printf 'access_key: SCW%s\nsecret_key: %s\ndefault_organization_id: %s\ndefault_region: fr-par\ndefault_zone: fr-par-1\n' "${H:0:17}" "$UUID" "${UUID:0:24}cccccccccccc" > .config/scw/config.yaml
printf 'api-key: %s\n' "$V" > .vultr-cli.yaml
printf 'defaultaccount = "ops"\n\n[[accounts]]\n  key = "EXO%s"\n  name = "ops"\n  secret = "%s"\n  defaultZone = "ch-gva-2"\n' "${H:0:24}" "$V" > .config/exoscale/exoscale.toml
printf '{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "%s"\n    }\n  }\n}\n' "$V" > .terraform.d/credentials.tfrc.json
printf '%s' "$V" > .vagrant.d/data/vagrant_login_token
printf '[default]\n  org_id = "%s"\n  public_api_key = "abcdwxyz"\n  private_api_key = "%s"\n  service = "cloud"\n' "${H:0:24}" "$UUID" > .config/atlascli/config.toml
printf '{"Servers":{"rancherDefault":{"accessKey":"token-%s","secretKey":"%s","tokenKey":"token-%s:%s","url":"https://rancher.example.org","project":"c-m-abcd:p-efgh"}},"CurrentServer":"rancherDefault"}\n' "${H:0:5}" "$V" "${H:0:5}" "$V" > .rancher/cli2.json
printf '{\n  "ConfigVersion": 3,\n  "Target": "https://api.cf.example.org",\n  "AccessToken": "",\n  "RefreshToken": "%s",\n  "SSHOAuthClient": "ssh-proxy",\n  "UAAOAuthClient": "cf"\n}\n' "$V" > .cf/config.json
printf 'access_token: %s\nmetrics_token: ""\nsend_metrics: true\nauto_update: true\n' "$V" > .fly/config.yml
printf 'scoped:\n    /:\n        token: %s\n        api-host: https://api.doppler.com\n    /home/ops/shop:\n        enclave.project: shop\n        enclave.config: prd\n' "$V" > .doppler/.doppler.yaml
printf '{\n  "token": "%s"\n}\n' "$V" > .local/share/com.vercel.cli/auth.json
printf 'oauth_token = "%s"\nexpiration_time = "2026-12-01T16:00:00.000Z"\nrefresh_token = "%s"\nscopes = [ "account:read", "workers:write" ]\n' "$V" "$V" > .wrangler/config/default.toml
# Build and release tools
printf 'currentDeployment: default\ndeploymentConfigurations:\n- name: default\n  providers:\n    dockerRegistry:\n      enabled: true\n      accounts:\n      - name: corp-registry\n        address: https://registry.example.org\n        username: spinnaker\n        password: %s\n        repositories:\n        - shop/api\n' "$V" > .hal/config
printf 'gate:\n  endpoint: https://gate.example.org\nauth:\n  enabled: true\n  basic:\n    username: ops\n    password: %s\n' "$V" > .spin/config
printf '{"creation_time":"2026-06-01T10:00:00.000Z","expires_at":-1,"id":7,"name":"robot$shop+ci-push","secret":"%s"}\n' "$V" > 'harbor/robot$shop+ci-push.json'
printf "allprojects {\n    repositories {\n        maven {\n            url 'https://nexus.example.org/repository/maven-public/'\n            credentials {\n                username 'ops'\n                password '%s'\n            }\n        }\n    }\n}\n" "$V" > .gradle/init.gradle
printf 'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.example.org", "ops", "%s")\n' "$V" > .sbt/1.0/credentials.sbt
printf '{:auth {:repository-auth {#"nexus\\.example\\.org" {:username "ops" :password "%s"}}}}\n' "$V" > .lein/profiles.clj
printf '{\n    "credentials": [\n        {\n            "remote": "corp",\n            "user": "ops",\n            "password": "%s"\n        }\n    ]\n}\n' "$V" > .conan2/credentials.json
printf 'storage:\n  backend: local\n  local:\n    rootdir: /charts\nbasicauth:\n  user: ops\n  pass: %s\n' "$V" > chartmuseum/config.yaml
printf 'shared:\n  database:\n    type: postgresql\n    driver: org.postgresql.Driver\n    url: "jdbc:postgresql://db.example.org:5432/artifactory"\n    username: artifactory\n    password: %s\n' "$V" > artifactory/var/etc/system.yaml
printf 'FASTLANE_USER=release@example.org\nFASTLANE_PASSWORD=%s\nMATCH_PASSWORD=%s\n' "$V" "$V" > fastlane/.env
pem 'PRIVATE KEY' > fastlane/AuthKey_7QX2K9L4MB.p8
printf 'agent.auto.register.key=%s\nagent.auto.register.resources=linux,docker\nagent.auto.register.environments=prod\n' "$V" > gocd/config/autoregister.properties
# Mail, chat and paging settings of self-hosted services
printf "sentry:\n    dsn: 'https://%s:%s@sentry.corp.example/12'\n" "${H:0:32}" "$V" > config/packages/sentry.yaml
printf '{\n  "url": "https://blog.example.org",\n  "mail": {\n    "transport": "SMTP",\n    "options": {\n      "service": "Mailgun",\n      "host": "smtp.eu.mailgun.org",\n      "port": 465,\n      "secure": true,\n      "auth": {\n        "user": "postmaster@mg.example.org",\n        "pass": "%s"\n      }\n    }\n  }\n}\n' "$V" > ghost/config.production.json
printf "<?php\n\$CONFIG = array (\n  'mail_smtpmode' => 'smtp',\n  'mail_smtphost' => 'smtp.sendgrid.net',\n  'mail_smtpport' => '587',\n  'mail_smtpauth' => true,\n  'mail_smtpname' => 'apikey',\n  'mail_smtppassword' => '%s',\n);\n" "$V" > nextcloud/config/config.php
printf 'twilio:\n  account_sid: AC%s\n  auth_token: %s\n\nnotify:\n  - name: ops_sms\n    platform: twilio_sms\n    from_number: "+15550100"\n' "${H:0:32}" "$V" > homeassistant/configuration.yaml
printf 'services:\n  watchtower:\n    image: containrrr/watchtower\n    environment:\n      WATCHTOWER_NOTIFICATIONS: slack\n      WATCHTOWER_NOTIFICATION_SLACK_HOOK_URL: "https://hooks.slack.com/services/T0ACME123/B0OPS4567/%s"\n' "$SLACK" > watchtower/docker-compose.yml
printf 'route:\n  receiver: telegram\nreceivers:\n  - name: telegram\n    telegram_configs:\n      - bot_token: "7012345678:%s"\n        chat_id: -1001234567890\n' "$V" > alertmanager/telegram.yml
# Monitoring agents
printf "<?php\n\$DB['TYPE']     = 'POSTGRESQL';\n\$DB['SERVER']   = 'db.example.org';\n\$DB['DATABASE'] = 'zabbix';\n\$DB['USER']     = 'zabbix';\n\$DB['PASSWORD'] = '%s';\n\$ZBX_SERVER_NAME = 'Ops';\n" "$V" > zabbix/conf/zabbix.conf.php
printf 'Plugins.Mysql.Sessions.prod.Uri=tcp://db.example.org:3306\nPlugins.Mysql.Sessions.prod.User=zbx_monitor\nPlugins.Mysql.Sessions.prod.Password=%s\n' "$V" > etc/zabbix/zabbix_agent2.d/plugins.d/mysql.conf
printf 'basic_auth_users:\n  ops: %s\n' "$(bcrypt '$2y$')" > pushgateway/web-config.yml
printf 'apm-server:\n  host: "0.0.0.0:8200"\n  auth:\n    secret_token: "%s"\noutput.elasticsearch:\n  hosts: ["https://es.example.org:9200"]\n' "$V" > apm-server/apm-server.yml
# Backup environments
printf 'RESTIC_REPOSITORY=b2:acme-backups:hosts/web1\nRESTIC_PASSWORD=%s\nB2_ACCOUNT_ID=0012%s\nB2_ACCOUNT_KEY=%s\n' "$V" "${H:0:21}" "$V" > etc/restic/b2.env
# OpenWrt
printf "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'office'\n\toption encryption 'psk2'\n\toption key '%s'\n" "$V" > etc/config/wireless
printf "config interface 'wan'\n\toption device 'eth1'\n\toption proto 'pppoe'\n\toption username 'isp-12345'\n\toption password '%s'\n\toption ipv6 'auto'\n" "$V" > etc/config/network
# VPN
# ocpasswd's own hash: crypt(3) SHA-256 of the password (`ocpasswd` writes `user:group:hash`).
printf 'ops:vpn:%s\n' "$(python3 -W ignore -c 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_SHA256)))' "$V")" > etc/ocserv/ocpasswd
# Java stores in database and broker configuration, key files
printf 'oracle.net.wallet_location=(SOURCE=(METHOD=FILE)(METHOD_DATA=(DIRECTORY=${TNS_ADMIN})))\njavax.net.ssl.trustStore=${TNS_ADMIN}/truststore.jks\njavax.net.ssl.trustStorePassword=%s\njavax.net.ssl.keyStore=${TNS_ADMIN}/keystore.jks\njavax.net.ssl.keyStorePassword=%s\n' "$V" "$V" > oracle/wallet/ojdbc.properties
printf 'net:\n  port: 27017\n  bindIp: 0.0.0.0\n  tls:\n    mode: requireTLS\n    certificateKeyFile: /etc/ssl/mongodb.pem\n    certificateKeyFilePassword: %s\nsecurity:\n  authorization: enabled\n' "$V" > mongodb/mongod.conf
printf "cluster_name: 'Ops Cluster'\nserver_encryption_options:\n  internode_encryption: all\n  keystore: conf/.keystore\n  keystore_password: %s\n  truststore: conf/.truststore\n  truststore_password: %s\n" "$V" "$V" > cassandra/conf/cassandra.yaml
pem 'RSA PRIVATE KEY' > saml/sp-signing.key
# A keytab's binary layout: version 0x0502, then one entry (realm, principal, a key of the digest's bytes).
python3 -c 'import struct,sys; k=bytes.fromhex(sys.argv[1]); s=lambda t: struct.pack(">H",len(t))+t; e=struct.pack(">H",1)+s(b"EXAMPLE.ORG")+s(b"HTTP")+struct.pack(">I",1)+struct.pack(">IB",1764590000,3)+struct.pack(">H",18)+s(k); sys.stdout.buffer.write(b"\x05\x02"+struct.pack(">i",len(e))+e)' "$H" > etc/krb5.keytab
# Decoys: never to be reported.
printf "jaffle_shop:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: localhost\n      user: \"{{ env_var('DBT_USER') }}\"\n      password: \"{{ env_var('DBT_PASSWORD') }}\"\n      port: 5432\n      dbname: analytics\n      schema: dbt_dev\n" > analytics/profiles.yml
printf 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops" password="${file:/opt/kafka/secrets/client.properties:password}";\n' > kafka/client-secure.properties
printf 'deploymentConfigurations:\n- name: default\n  providers:\n    dockerRegistry:\n      enabled: true\n      accounts:\n      - name: ecr\n        address: https://123456789012.dkr.ecr.eu-west-1.amazonaws.com\n        username: AWS\n        passwordCommand: aws --region eu-west-1 ecr get-authorization-token --output text --query "authorizationData[].authorizationToken" | base64 -d | sed "s/^AWS://"\n' > .hal/config-ecr
printf '{\n  "realm": "shop",\n  "enabled": true,\n  "clients": [\n    {\n      "clientId": "shop-backend",\n      "enabled": true,\n      "clientAuthenticatorType": "client-secret",\n      "secret": "**********",\n      "redirectUris": ["https://shop.example.org/*"]\n    }\n  ]\n}\n' > keycloak/shop-realm.json
