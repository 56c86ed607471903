# The eighth batch (cloud and SaaS command-line tools' own configuration files, package registries' client
# credentials, CI definitions and runners, database client files, mail, FTP and web servers' user files, process
# supervisors), none of them in the first seven batches, their probes or the unit fixtures, each holding $1 where
# the credential goes, in the file and place the tool's documentation shows; three decoys.
# $1 = value; writes files into cwd
V="$1"
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
UUID="${H:0:8}-${H:8:4}-4${H:13:3}-a${H:17:3}-${H:20:12}"
mkdir -p .aliyun .tccli .oci .config/hcloud .config/scw .config/pypoetry .mc .gem .cargo composer-app \
  dotnet-app yarn-app helm/repository gitlab-runner scripts etc/pgbouncer etc/dovecot etc/exim4 etc/proftpd \
  etc/nagios4 etc/monit etc/supervisor etc/sssd drone-app travis-app etc/odbc decoys/yarn decoys/hcloud
# Cloud and SaaS command-line tools
printf '{\n\t"current": "default",\n\t"profiles": [\n\t\t{\n\t\t\t"name": "default",\n\t\t\t"mode": "AK",\n\t\t\t"access_key_id": "LTAI5tExampleOnly",\n\t\t\t"access_key_secret": "%s",\n\t\t\t"region_id": "cn-hangzhou",\n\t\t\t"output_format": "json",\n\t\t\t"language": "en"\n\t\t}\n\t],\n\t"meta_path": ""\n}\n' "$V" > .aliyun/config.json
printf '{\n    "secretId": "AKIDExampleOnly",\n    "secretKey": "%s"\n}\n' "$V" > .tccli/default.credential
printf '[DEFAULT]\nuser=ocid1.user.oc1..aaaaexampleonly\nfingerprint=20:3b:97:13:55:1c:1b:5e:2c:cd:88:5a:2b:8e:0a:7a\nkey_file=~/.oci/oci_api_key.pem\npass_phrase=%s\ntenancy=ocid1.tenancy.oc1..aaaaexampleonly\nregion=eu-frankfurt-1\n' "$V" > .oci/config
printf "ibmcloud login --apikey '%s' -r us-south -g default\nibmcloud ks cluster config --cluster prod\n" "$V" > scripts/ibmcloud-login.sh
printf '[DEFAULT]\ndefault-user = ops\n\n[ops]\ntoken = %s\nregion = eu-central\ntype = g6-standard-2\nimage = linode/debian12\n' "$V" > .config/linode-cli
printf 'api-key: %s\noutput: text\n' "$V" > .vultr-cli.yaml
printf 'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "%s"\n' "$V" > .config/hcloud/cli.toml
printf 'access_key: SCWEXAMPLEONLY00000\nsecret_key: %s\ndefault_organization_id: 00000000-0000-4000-8000-000000000000\ndefault_region: fr-par\ndefault_zone: fr-par-1\n' "$UUID" > .config/scw/config.yaml
printf '{\n\t"version": "10",\n\t"aliases": {\n\t\t"prod": {\n\t\t\t"url": "https://s3.corp.example",\n\t\t\t"accessKey": "backup",\n\t\t\t"secretKey": "%s",\n\t\t\t"api": "s3v4",\n\t\t\t"path": "auto"\n\t\t}\n\t}\n}\n' "$V" > .mc/config.json
printf 'b2 account authorize 0012a3b4c5d6e7f0000000001 %s\nb2 sync /srv/backup b2://corp-backup/web1\n' "$V" > scripts/b2-sync.sh
# Package registries' client credentials
printf -- '---\n:rubygems_api_key: %s\n' "$V" > .gem/credentials
printf '[registries.corp]\ntoken = "%s"\n' "$V" > .cargo/credentials.toml
printf '{\n    "http-basic": {\n        "repo.corp.example": {\n            "username": "ops",\n            "password": "%s"\n        }\n    }\n}\n' "$V" > composer-app/auth.json
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="corp" value="https://nuget.corp.example/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <corp>\n      <add key="Username" value="ops" />\n      <add key="ClearTextPassword" value="%s" />\n    </corp>\n  </packageSourceCredentials>\n</configuration>\n' "$V" > dotnet-app/NuGet.Config
printf 'nodeLinker: node-modules\nnpmScopes:\n  corp:\n    npmRegistryServer: "https://npm.corp.example"\n    npmAuthToken: "%s"\n' "$V" > yarn-app/.yarnrc.yml
printf 'channels:\n  - https://ops:%s@conda.corp.example/channels/main\n  - conda-forge\nssl_verify: true\n' "$V" > .condarc
printf 'apiVersion: ""\ngenerated: "0001-01-01T00:00:00Z"\nrepositories:\n- caFile: ""\n  certFile: ""\n  insecure_skip_tls_verify: false\n  keyFile: ""\n  name: corp\n  pass_credentials_all: false\n  password: %s\n  url: https://charts.corp.example\n  username: ops\n' "$V" > helm/repositories.yaml
printf '[http-basic.corp]\nusername = "ops"\npassword = "%s"\n' "$V" > .config/pypoetry/auth.toml
# CI definitions and runners
printf 'concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = "web1"\n  url = "https://gitlab.corp.example"\n  id = 12\n  token = "%s"\n  executor = "docker"\n  [runners.docker]\n    image = "alpine:3.19"\n' "$V" > gitlab-runner/config.toml
printf 'kind: pipeline\ntype: docker\nname: default\n\nsteps:\n- name: publish\n  image: plugins/docker\n  settings:\n    repo: registry.corp.example/shop/api\n    registry: registry.corp.example\n    username: ci\n    password: %s\n' "$V" > drone-app/.drone.yml
printf 'language: python\npython: "3.12"\ndeploy:\n  provider: pypi\n  username: ops\n  password: %s\n  on:\n    tags: true\n' "$V" > travis-app/.travis.yml
# Database clients
printf '"pgbouncer" "%s"\n"shop" "%s"\n' "$V" "$V" > etc/pgbouncer/userlist.txt
printf '[shop]\nDriver = PostgreSQL Unicode\nServername = db1.corp.example\nPort = 5432\nDatabase = shop\nUsername = shop\nPassword = %s\n' "$V" > etc/odbc/odbc.ini
printf 'mkstore -wrl /u01/app/oracle/wallet -createCredential SHOPDB shop %s\n' "$V" > scripts/oracle-wallet.sh
printf "kadmin -p admin/admin -w '%s' -q 'addprinc -randkey host/web1.corp.example'\n" "$V" > scripts/kadmin-addprinc.sh
# Mail, FTP and web servers' user files, directory clients
printf 'ops@corp.example:{PLAIN}%s:5000:5000::/var/mail/ops::\n' "$V" > etc/dovecot/users
printf '*.corp.example:ops@corp.example:%s\n' "$V" > etc/exim4/passwd.client
printf 'ftpops:%s:2001:2001::/srv/ftp/ops:/bin/false\n' "$(openssl passwd -1 "$V")" > etc/proftpd/ftpd.passwd
printf 'nagiosadmin:%s\n' "$(openssl passwd -apr1 "$V")" > etc/nagios4/htpasswd.users
printf '[domain/corp.example]\nid_provider = ldap\nldap_uri = ldaps://ldap1.corp.example\nldap_search_base = dc=corp,dc=example\nldap_default_bind_dn = cn=sssd,ou=services,dc=corp,dc=example\nldap_default_authtok_type = password\nldap_default_authtok = %s\n' "$V" > etc/sssd/sssd.conf
# Process supervisors
printf 'set daemon 30\nset httpd port 2812 and\n    use address 0.0.0.0\n    allow admin:%s\n' "$V" > etc/monit/monitrc
printf '[unix_http_server]\nfile=/var/run/supervisor.sock\n\n[inet_http_server]\nport=127.0.0.1:9001\nusername=admin\npassword=%s\n' "$V" > etc/supervisor/supervisord.conf
# Decoys: never to be reported. A Yarn token from the environment (Yarn's own ${…}); an hcloud context whose
# token is a 1Password secret reference; supervisord's HTTP server with its password left empty.
printf 'npmScopes:\n  corp:\n    npmRegistryServer: "https://npm.corp.example"\n    npmAuthToken: "${NPM_AUTH_TOKEN}"\n' > decoys/yarn/.yarnrc.yml
printf 'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "op://Ops/hcloud-prod/token"\n' > decoys/hcloud/cli.toml
printf '[inet_http_server]\nport=127.0.0.1:9001\nusername=admin\npassword=\n' > decoys/supervisord.conf
