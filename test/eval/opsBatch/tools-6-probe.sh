# A probe beside the sixth batch (tools-6.sh holds 58 files, near the batches' limit), written with it and before its
# second round of rules: 30 more files of tools no batch holds — version control and CI clients (Perforce, the
# CircleCI and Travis CLIs, Gitea's tea, Codecov, Coveralls), cloud CLIs' caches and logins (AWS SSO and CLI caches,
# kubelogin's OIDC cache, the old Azure CLI token file, IBM Cloud, OpenStack's secure.yaml, firebase-tools, Ansible
# Galaxy, Poetry, cloudflared's origin certificate), backup tools (S3QL, a Borg key file, Velero), daemons' own
# files (lighttpd, ZeroTier, Courier, FreeSWITCH, Pure-FTPd, AWX), exporters and Atlassian's (snmp_exporter,
# dbconfig.xml, Nexus' data store, WebLogic's boot.properties), each holding $1 where the credential goes.
# Run as the batches are: test/eval/opsBatch/run.sh tools-6-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
mkdir -p p4 .circleci-cli .travis .config/tea ci .aws/sso/cache .aws/cli/cache .kube/cache/oidc-login .azure .bluemix \
  .config/openstack .config/configstore .ansible .config/pypoetry .cloudflared .s3ql .config/borg/keys velero \
  etc/lighttpd var/lib/zerotier-one etc/courier etc/freeswitch/autoload_configs etc/pure-ftpd etc/tower snmp_exporter \
  jira nexus/sonatype-work/nexus3/etc/fabric weblogic/servers/AdminServer/security
printf 'P4PORT=ssl:perforce.corp.example:1666\nP4USER=ops\nP4PASSWD=%s\nP4CLIENT=ops-ws\n' "$V" > p4/.p4config
printf 'ssl:perforce.corp.example:1666=ops:%s\n' "${H:0:32}" | tr a-f A-F > p4/.p4tickets
printf 'host: https://circleci.com\nendpoint: graphql-unstable\ntoken: %s\n' "$V" > .circleci-cli/cli.yml
printf 'endpoints:\n  https://api.travis-ci.com/:\n    access_token: %s\ndefault_endpoint: https://api.travis-ci.com/\n' "$V" > .travis/config.yml
printf 'logins:\n- name: corp\n  url: https://gitea.corp.example\n  token: %s\n  default: true\n  user: ops\n' "$V" > .config/tea/config.yml
printf 'codecov:\n  token: %s\ncoverage:\n  precision: 2\n' "$V" > ci/codecov.yml
printf 'service_name: travis-pro\nrepo_token: %s\n' "$V" > .coveralls.yml
printf '{"startUrl": "https://corp.awsapps.com/start", "region": "eu-west-1", "accessToken": "%s", "expiresAt": "2026-12-01T20:00:00Z"}' "$V" > .aws/sso/cache/${H:0:40}.json
printf '{"ProviderType": "sso", "Credentials": {"AccessKeyId": "ASIA%s", "SecretAccessKey": "%s", "SessionToken": "%s", "Expiration": "2026-12-01T20:00:00Z"}}' "$(printf '%s' "${H:0:16}" | tr a-f0-1 A-HQ-R)" "$V" "$V" > .aws/cli/cache/${H:40:24}.json
printf '{"id_token":"%s","refresh_token":"%s"}' "$V" "$V" > .kube/cache/oidc-login/${H:0:64}
printf '[{"tokenType": "Bearer", "expiresIn": 3599, "expiresOn": "2026-12-01 20:00:00.000000", "resource": "https://management.core.windows.net/", "accessToken": "%s", "refreshToken": "%s", "userId": "ops@corp.example", "isMRRT": true, "_clientId": "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "_authority": "https://login.microsoftonline.com/common"}]\n' "$V" "$V" > .azure/accessTokens.json
printf '{\n  "IAMToken": "Bearer %s",\n  "IAMRefreshToken": "%s",\n  "Region": "eu-de"\n}\n' "$V" "$V" > .bluemix/config.json
printf 'clouds:\n  prod:\n    auth:\n      password: %s\n' "$V" > .config/openstack/secure.yaml
printf '{\n  "tokens": {\n    "refresh_token": "1//0%s",\n    "expires_at": 1764600000000\n  },\n  "user": {\n    "email": "ops@corp.example"\n  }\n}\n' "$V" > .config/configstore/firebase-tools.json
printf 'token: %s\n' "$V" > .ansible/galaxy_token
printf '[http-basic.corp]\nusername = "ops"\npassword = "%s"\n' "$V" > .config/pypoetry/auth.toml
printf -- '-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nMIIB%s\n-----END CERTIFICATE-----\n-----BEGIN ARGO TUNNEL TOKEN-----\n%s\n-----END ARGO TUNNEL TOKEN-----\n' "$(printf '%s' "$H$H" | xxd -r -p | base64 -w0)" "${H:0:40}" "$(printf '{"zoneID":"%s","accountID":"%s","serviceKey":"%s"}' "${H:0:32}" "${H:32:32}" "$V" | base64 -w64)" > .cloudflared/cert.pem
printf '[s3]\nstorage-url: s3://eu-west-1/acme-s3ql/\nbackend-login: AKIA%s\nbackend-password: %s\nfs-passphrase: %s\n' "$(printf '%s' "${H:0:16}" | tr a-f0-1 A-HQ-R)" "$V" "$V" > .s3ql/authinfo2
printf 'BORG_KEY %s\n%s\n' "$H" "$(printf '%s' "$H$H$H$H$V" | base64 -w76)" > .config/borg/keys/nas_lan__volume1_borg
printf '[default]\naws_access_key_id=AKIA%s\naws_secret_access_key=%s\n' "$(printf '%s' "${H:0:16}" | tr a-f0-1 A-HQ-R)" "$V" > velero/credentials-velero
printf 'ops:%s\n' "$V" > etc/lighttpd/lighttpd.user
printf '%s' "$V" > var/lib/zerotier-one/authtoken.secret
printf 'MYSQL_SERVER\t\tdb.corp.example\nMYSQL_USERNAME\t\tcourier\nMYSQL_PASSWORD\t\t%s\nMYSQL_DATABASE\t\tmail\n' "$V" > etc/courier/authmysqlrc
printf '<include>\n  <X-PRE-PROCESS cmd="set" data="default_password=%s"/>\n  <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>\n</include>\n' "$V" > etc/freeswitch/vars.xml
printf 'ops:%s:1001:1001::/srv/ftp/ops/./::::::::::::\n' "$(python3 -W ignore -c 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_SHA512)))' "$V")" > etc/pure-ftpd/pureftpd.passwd
printf '%s\n' "$V" > etc/tower/SECRET_KEY
printf 'auths:\n  ops_v3:\n    version: 3\n    security_level: authPriv\n    username: ops\n    password: %s\n    auth_protocol: SHA\n    priv_protocol: AES\n    priv_password: %s\n' "$V" "$V" > snmp_exporter/snmp.yml
printf '<?xml version="1.0" encoding="UTF-8"?>\n<jira-database-config>\n  <name>defaultDS</name>\n  <database-type>postgres72</database-type>\n  <jdbc-datasource>\n    <url>jdbc:postgresql://db.corp.example:5432/jira</url>\n    <driver-class>org.postgresql.Driver</driver-class>\n    <username>jira</username>\n    <password>%s</password>\n  </jdbc-datasource>\n</jira-database-config>\n' "$V" > jira/dbconfig.xml
printf 'jdbcUrl=jdbc\\:postgresql\\://db.corp.example\\:5432/nexus\nusername=nexus\npassword=%s\nmaximumPoolSize=100\n' "$V" > nexus/sonatype-work/nexus3/etc/fabric/nexus-store.properties
printf 'username=weblogic\npassword=%s\n' "$V" > weblogic/servers/AdminServer/security/boot.properties
