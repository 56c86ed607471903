# The fifth batch (log shippers and observability agents, mail and chat servers' own files, web servers' and
# proxies' upstream credentials, storage and VPN clients, package repositories' credentials, Kubernetes' own
# secret files, message brokers and stream connectors, databases' user files, search engines' security
# files, notebook, home-lab and file-sharing daemons, tunnels, Java application servers' obfuscated files,
# and Windows group policy preferences), none of them in the first four batches or the held-out parts, each
# holding $1 where the credential goes, in the file and place the tool's documentation shows; four decoys.
# $1 = value; writes files into cwd
V="$1"
# Hex, base64 and hashes derived from the value, for the formats that take them.
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
BASIC=$(printf 'ops:%s' "$V" | base64 -w0)
K32=$(printf '%s' "$H" | xxd -r -p | base64 -w0)
bcrypt() { python3 -W ignore -c 'import crypt,sys; print(sys.argv[2] + crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))[4:])' "$V" "$1"; }
mkdir -p alertmanager vector alloy etc/rsyslog.d etc/syslog-ng/conf.d etc/graylog/sidecar newrelic etc/datadog-agent \
  etc/icinga2 etc/rspamd/local.d etc/postfix etc/mailman3 etc/powerdns etc/prosody/conf.d etc/zulip \
  etc/apache2/sites-available etc/nginx/conf.d etc/tinyproxy etc/iscsi etc/vpnc etc/network etc/apt/auth.conf.d \
  etc/yum.repos.d etc/zypp/credentials.d etc/kubernetes kubeadm pulsar/conf kafka connectors nats redis \
  etc/pgpool-II etc/pgbackrest clickhouse/users.d etc/couchdb etc/influxdb .influxdbv2 neo4j \
  opensearch/config/opensearch-security solr .jupyter node-red transmission-daemon qBittorrent/config sonarr \
  syncthing frp .config/ngrok gitlab/config keycloak/conf wildfly/standalone/configuration \
  websphere/profiles/AppSrv01/properties \
  "sysvol/corp.example.org/Policies/{31B2F340-016D-11D2-945F-00C04FB984F9}/Machine/Preferences/Groups" esphome
printf 'route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: %s\n    opsgenie_configs:\n      - api_key: %s\n        api_url: https://api.eu.opsgenie.com/\n' "$V" "$V" > alertmanager/alertmanager.yml
printf '[sinks.es]\ntype = "elasticsearch"\ninputs = ["journald"]\nendpoints = ["https://es.example.org:9200"]\n\n[sinks.es.auth]\nstrategy = "basic"\nuser = "vector"\npassword = "%s"\n' "$V" > vector/vector.toml
printf 'prometheus.remote_write "cloud" {\n  endpoint {\n    url = "https://prometheus.example.org/api/prom/push"\n    basic_auth {\n      username = "123456"\n      password = "%s"\n    }\n  }\n}\n' "$V" > alloy/config.alloy
printf 'module(load="omelasticsearch")\naction(type="omelasticsearch" server="es.example.org" serverport="9200" usehttps="on" uid="rsyslog" pwd="%s" searchIndex="syslog" bulkmode="on")\n' "$V" > etc/rsyslog.d/60-elasticsearch.conf
printf 'destination d_elastic {\n  elasticsearch-http(\n    url("https://es.example.org:9200/_bulk")\n    index("syslog-ng")\n    type("")\n    user("syslog-ng")\n    password("%s")\n  );\n};\nlog { source(s_src); destination(d_elastic); };\n' "$V" > etc/syslog-ng/conf.d/elasticsearch.conf
printf 'server_url: "https://graylog.example.org/api/"\nserver_api_token: "%s"\nnode_name: "web1"\nupdate_interval: 10\n' "$V" > etc/graylog/sidecar/sidecar.yml
printf "common: &default_settings\n  license_key: '%s'\n  app_name: Shop\n\nproduction:\n  <<: *default_settings\n" "$V" > newrelic/newrelic.yml
printf 'api_key: %s\nsite: datadoghq.eu\nlogs_enabled: true\n' "$V" > etc/datadog-agent/datadog.yaml
printf 'const PluginDir = "/usr/lib/nagios/plugins"\nconst ZoneName = "master"\nconst NodeName = "icinga.example.org"\nconst TicketSalt = "%s"\n' "$V" > etc/icinga2/constants.conf
# rspamd's own hashed form ($2$ salt $ hash, base32); the digest stands in for its PBKDF (the line's shape is the tool's).
RSP=$(python3 -c 'import base64,hashlib,sys; d=hashlib.sha512(sys.argv[1].encode()).digest(); e=lambda b: base64.b32encode(b).decode().lower().rstrip("="); print("$2$"+e(d[:12])+"$"+e(d[12:44]))' "$V")
printf 'password = "%s";\nenable_password = "%s";\n' "$RSP" "$V" > etc/rspamd/local.d/worker-controller.inc
printf "user = mailuser\npassword = %s\nhosts = 127.0.0.1\ndbname = mailserver\nquery = SELECT 1 FROM virtual_users WHERE email='%%s'\n" "$V" > etc/postfix/mysql-virtual-mailbox-maps.cf
printf '[mailman]\nsite_owner: postmaster@example.org\n\n[webservice]\nhostname: localhost\nport: 8001\nadmin_user: restadmin\nadmin_pass: %s\n' "$V" > etc/mailman3/mailman.cfg
printf 'launch=gmysql\ngmysql-host=127.0.0.1\ngmysql-dbname=pdns\ngmysql-user=pdns\ngmysql-password=%s\napi=yes\napi-key=%s\nwebserver-address=127.0.0.1\n' "$V" "$V" > etc/powerdns/pdns.conf
printf 'Component "internal.auth.meet.example.org" "muc"\n    storage = "memory"\n\nComponent "jvb.meet.example.org"\n    component_secret = "%s"\n' "$V" > etc/prosody/conf.d/meet.example.org.cfg.lua
printf '[secrets]\navatar_salt = %s\nrabbitmq_password = %s\nshared_secret = %s\nsecret_key = %s\npostgres_password = %s\n' "${H:0:32}" "$V" "$V" "$V" "$V" > etc/zulip/zulip-secrets.conf
printf '<Location "/intranet">\n  AuthType Basic\n  AuthName "Intranet"\n  AuthBasicProvider ldap\n  AuthLDAPURL "ldaps://ldap.example.org/ou=people,dc=example,dc=org?uid"\n  AuthLDAPBindDN "cn=apache,ou=services,dc=example,dc=org"\n  AuthLDAPBindPassword "%s"\n  Require valid-user\n</Location>\n' "$V" > etc/apache2/sites-available/intranet.conf
printf '%s\n' "$V" > etc/ldap.secret
printf 'location /api/ {\n    proxy_pass https://backend.example.org;\n    proxy_set_header Authorization "Basic %s";\n}\n' "$BASIC" > etc/nginx/conf.d/upstream-auth.conf
printf 'User tinyproxy\nGroup tinyproxy\nPort 8888\nBasicAuth ops %s\nAllow 10.0.0.0/8\n' "$V" > etc/tinyproxy/tinyproxy.conf
printf 'node.startup = automatic\nnode.session.auth.authmethod = CHAP\nnode.session.auth.username = iscsi-user\nnode.session.auth.password = %s\n' "$V" > etc/iscsi/iscsid.conf
printf 'IPSec gateway 203.0.113.5\nIPSec ID office\nIPSec secret %s\nIKE Authmode psk\nXauth username ops\nXauth password %s\n' "$V" "$V" > etc/vpnc/office.conf
printf 'auto lo\niface lo inet loopback\n\nallow-hotplug wlan0\niface wlan0 inet dhcp\n    wpa-ssid office\n    wpa-psk %s\n' "$V" > etc/network/interfaces
printf 'machine apt.example.org/debian\nlogin ops\npassword %s\n' "$V" > etc/apt/auth.conf.d/corp.conf
printf '[corp-el9]\nname=Corp packages for EL9\nbaseurl=https://rpm.example.org/el9/$basearch/\nusername=ops\npassword=%s\nenabled=1\ngpgcheck=1\n' "$V" > etc/yum.repos.d/corp.repo
printf 'username=SCC_%s\npassword=%s\n' "${H:0:32}" "$V" > etc/zypp/credentials.d/SCCcredentials
printf 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources:\n      - secrets\n    providers:\n      - aescbc:\n          keys:\n            - name: key1\n              secret: %s\n      - identity: {}\n' "$K32" > etc/kubernetes/encryption-config.yaml
printf '%s,admin,admin,"system:masters"\n' "$V" > etc/kubernetes/known_tokens.csv
printf 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n  - token: "%s.%s"\n    description: "default bootstrap token"\n    ttl: "24h"\n    usages:\n      - authentication\n      - signing\n' "${H:0:6}" "${H:6:16}" > kubeadm/kubeadm-config.yaml
printf 'webServiceUrl=https://pulsar.example.org:8443/\nbrokerServiceUrl=pulsar+ssl://pulsar.example.org:6651/\nauthPlugin=org.apache.pulsar.client.impl.auth.AuthenticationBasic\nauthParams={"userId":"ops","password":"%s"}\n' "$V" > pulsar/conf/client.conf
printf 'bootstrap.servers=kafka.example.org:9092\nkey.converter=io.confluent.connect.avro.AvroConverter\nkey.converter.schema.registry.url=https://schema-registry.example.org\nkey.converter.basic.auth.credentials.source=USER_INFO\nkey.converter.basic.auth.user.info=ops:%s\n' "$V" > kafka/connect-distributed.properties
printf '{\n  "name": "inventory-connector",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n    "database.hostname": "db.example.org",\n    "database.port": "5432",\n    "database.user": "debezium",\n    "database.password": "%s",\n    "database.dbname": "inventory",\n    "topic.prefix": "inventory"\n  }\n}\n' "$V" > connectors/inventory-connector.json
printf 'port: 4222\nauthorization {\n  users = [\n    {user: app, password: "%s"}\n  ]\n}\n' "$V" > nats/nats-server.conf
# An nsc credentials file: the user's JWT and its NKEY seed (S, U, then base32); both derived from the value.
NATS=$(python3 -c 'import base64,hashlib,sys; v=sys.argv[1].encode(); u=lambda b: base64.urlsafe_b64encode(b).decode().rstrip("="); s=base64.b32encode(hashlib.sha512(v).digest()).decode().rstrip("=")[:55]; print(u(b"{\"typ\":\"JWT\",\"alg\":\"ed25519-nkey\"}")+"."+u(b"{\"name\":\"app\",\"nats\":{\"type\":\"user\",\"version\":2}}")+"."+u(hashlib.sha512(v+b"s").digest())+" SUA"+s)' "$V")
printf -- '-----BEGIN NATS USER JWT-----\n%s\n------END NATS USER JWT------\n\nThe seed below signs as this user: keep it private.\n\n-----BEGIN USER NKEY SEED-----\n%s\n------END USER NKEY SEED------\n' "${NATS% *}" "${NATS#* }" > nats/app.creds
printf 'user default off\nuser app on >%s ~app:* &* +@all -@dangerous\nuser metrics on #%s ~* +info +ping\n' "$V" "$H" > redis/users.acl
printf 'app:md5%s\n' "$(printf '%sapp' "$V" | md5sum | cut -c1-32)" > etc/pgpool-II/pool_passwd
printf '[global]\nrepo1-path=/var/lib/pgbackrest\nrepo1-retention-full=2\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass=%s\n\n[main]\npg1-path=/var/lib/postgresql/16/main\n' "$V" > etc/pgbackrest/pgbackrest.conf
printf '<clickhouse>\n  <users>\n    <ops>\n      <password_sha256_hex>%s</password_sha256_hex>\n      <networks><ip>::/0</ip></networks>\n      <profile>default</profile>\n      <quota>default</quota>\n    </ops>\n  </users>\n</clickhouse>\n' "$H" > clickhouse/users.d/ops.xml
printf '[couchdb]\nsingle_node=true\n\n[admins]\nadmin = %s\n' "$V" > etc/couchdb/local.ini
printf '[http]\n  enabled = true\n  bind-address = ":8086"\n  auth-enabled = true\n  shared-secret = "%s"\n' "$V" > etc/influxdb/influxdb.conf
printf '[default]\n  url = "https://influx.example.org"\n  token = "%s"\n  org = "ops"\n  active = true\n' "$V" > .influxdbv2/configs
printf 'services:\n  neo4j:\n    image: neo4j:5\n    environment:\n      - NEO4J_AUTH=neo4j/%s\n    ports:\n      - "7474:7474"\n' "$V" > neo4j/docker-compose.yml
printf '_meta:\n  type: "internalusers"\n  config_version: 2\n\nadmin:\n  hash: "%s"\n  reserved: true\n  backend_roles:\n  - "admin"\n  description: "Admin user"\n' "$(bcrypt '$2y$')" > opensearch/config/opensearch-security/internal_users.yml
# Solr's BasicAuthPlugin: base64(sha256(sha256(salt + password))), a space, base64(salt).
SOLR=$(python3 -c 'import base64,hashlib,sys; s=hashlib.md5(sys.argv[1].encode()).digest()*2; print(base64.b64encode(hashlib.sha256(hashlib.sha256(s+sys.argv[1].encode()).digest()).digest()).decode()+" "+base64.b64encode(s).decode())' "$V")
printf '{\n"authentication":{\n   "blockUnknown": true,\n   "class":"solr.BasicAuthPlugin",\n   "credentials":{"ops":"%s"},\n   "realm":"Ops Solr",\n   "forwardCredentials": false\n},\n"authorization":{\n   "class":"solr.RuleBasedAuthorizationPlugin",\n   "user-role":{"ops":"admin"}\n}}\n' "$SOLR" > solr/security.json
printf "c = get_config()  # noqa\nc.ServerApp.ip = '0.0.0.0'\nc.ServerApp.open_browser = False\nc.ServerApp.token = '%s'\n" "$V" > .jupyter/jupyter_server_config.py
printf 'module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: "%s",\n    adminAuth: {\n        type: "credentials",\n        users: [{\n            username: "admin",\n            password: "%s",\n            permissions: "*"\n        }]\n    },\n    flowFile: "flows.json"\n}\n' "$V" "$(bcrypt '$2b$')" > node-red/settings.js
printf '{\n    "download-dir": "/srv/downloads",\n    "rpc-authentication-required": true,\n    "rpc-bind-address": "0.0.0.0",\n    "rpc-password": "%s",\n    "rpc-port": 9091,\n    "rpc-username": "ops",\n    "rpc-whitelist-enabled": false\n}\n' "$V" > transmission-daemon/settings.json
# qBittorrent's WebUI password: PBKDF2-HMAC-SHA512, 100000 rounds, base64 salt:hash in a Qt byte array.
QBT=$(python3 -c 'import base64,hashlib,sys; s=hashlib.md5(sys.argv[1].encode()).digest(); print(base64.b64encode(s).decode()+":"+base64.b64encode(hashlib.pbkdf2_hmac("sha512",sys.argv[1].encode(),s,100000)).decode())' "$V")
printf '[Preferences]\nWebUI\\Port=8080\nWebUI\\Username=admin\nWebUI\\Password_PBKDF2="@ByteArray(%s)"\n' "$QBT" > qBittorrent/config/qBittorrent.conf
printf '<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8989</Port>\n  <UrlBase></UrlBase>\n  <ApiKey>%s</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <LogLevel>info</LogLevel>\n</Config>\n' "${H:0:32}" > sonarr/config.xml
printf '<configuration version="37">\n    <gui enabled="true" tls="true" debugging="false">\n        <address>0.0.0.0:8384</address>\n        <user>ops</user>\n        <password>%s</password>\n        <apikey>%s</apikey>\n        <theme>default</theme>\n    </gui>\n</configuration>\n' "$(bcrypt '$2a$')" "$V" > syncthing/config.xml
printf 'serverAddr = "203.0.113.8"\nserverPort = 7000\nauth.method = "token"\nauth.token = "%s"\n\n[[proxies]]\nname = "ssh"\ntype = "tcp"\nlocalIP = "127.0.0.1"\nlocalPort = 22\nremotePort = 6000\n' "$V" > frp/frpc.toml
printf 'version: "2"\nauthtoken: %s\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n' "$V" > .config/ngrok/ngrok.yml
printf '{\n  "gitlab_workhorse": {\n    "secret_token": "%s"\n  },\n  "gitlab_rails": {\n    "secret_key_base": "%s",\n    "db_key_base": "%s",\n    "otp_key_base": "%s"\n  }\n}\n' "$K32" "$H$H" "${H:32:32}$H${H:0:32}" "${H:16:48}$H${H:0:16}" > gitlab/config/gitlab-secrets.json
printf 'db=postgres\ndb-username=keycloak\ndb-password=%s\ndb-url=jdbc:postgresql://db/keycloak\nhostname=auth.example.org\n' "$V" > keycloak/conf/keycloak.conf
printf '# Users of the ManagementRealm: username=HEX(MD5(username:realm:password))\nadmin=%s\n' "$(printf 'admin:ManagementRealm:%s' "$V" | md5sum | cut -c1-32)" > wildfly/standalone/configuration/mgmt-users.properties
# WebSphere's {xor}: each byte XOR 0x5F, then base64 (a reversible encoding).
XOR=$(python3 -c 'import base64,sys; print(base64.b64encode(bytes(b ^ 0x5F for b in sys.argv[1].encode())).decode())' "$V")
printf 'com.ibm.SOAP.securityEnabled=true\ncom.ibm.SOAP.loginUserid=wasadmin\ncom.ibm.SOAP.loginPassword={xor}%s\n' "$XOR" > websphere/profiles/AppSrv01/properties/soap.client.props
# Group Policy Preferences' cpassword: AES-256-CBC of the UTF-16LE password under the key Microsoft published, base64.
CPW=$(printf '%s' "$V" | iconv -t UTF-16LE | openssl enc -aes-256-cbc -K 4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b -iv 00000000000000000000000000000000 | base64 -w0 | tr -d '=')
printf '<?xml version="1.0" encoding="utf-8"?>\n<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="Administrator (built-in)" image="2" changed="2026-01-02 10:00:00" uid="{6A1D4B1E-0C55-4E8B-9A11-3D2B5C7E8F90}"><Properties action="U" newName="" fullName="" description="" cpassword="%s" changeLogon="0" noChange="0" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/></User></Groups>\n' "$CPW" > "sysvol/corp.example.org/Policies/{31B2F340-016D-11D2-945F-00C04FB984F9}/Machine/Preferences/Groups/Groups.xml"
# Four decoys, never reported: Travis CI's encrypted values, a Jenkinsfile that binds stored credentials by id,
# a Vector sink that reads its password from the environment, and an ESPHome node whose secrets are !secret references.
printf 'language: python\nenv:\n  global:\n    - secure: "%s"\ndeploy:\n  provider: pypi\n  username: __token__\n  password:\n    secure: "%s"\n' "$(printf '%s' "$H$H$H$H" | xxd -r -p | base64 -w0)" "$(printf '%s' "${H:32:32}$H$H$H${H:0:32}" | xxd -r -p | base64 -w0)" > .travis.yml
printf "pipeline {\n  agent any\n  environment {\n    REGISTRY_CREDS = credentials('registry-creds')\n  }\n  stages {\n    stage('Deploy') {\n      steps {\n        withCredentials([usernamePassword(credentialsId: 'deploy', usernameVariable: 'DEPLOY_USER', passwordVariable: 'DEPLOY_PASSWORD')]) {\n          sh 'ansible-playbook -i inventory site.yml -e ansible_password=\$DEPLOY_PASSWORD'\n        }\n      }\n    }\n  }\n}\n" > Jenkinsfile
printf '[sinks.es]\ntype = "elasticsearch"\ninputs = ["journald"]\nendpoints = ["https://es.example.org:9200"]\n\n[sinks.es.auth]\nstrategy = "basic"\nuser = "${ES_USER}"\npassword = "${ES_PASSWORD}"\n' > vector/vector-prod.toml
printf 'esphome:\n  name: garage\nwifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\napi:\n  encryption:\n    key: !secret api_key\nota:\n  - platform: esphome\n    password: !secret ota_password\n' > esphome/garage.yaml
