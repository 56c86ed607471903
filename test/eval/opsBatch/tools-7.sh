# The seventh batch (backup directors and clients, message brokers' own configuration, directory servers and
# their installers, routing daemons and network devices' configurations, VPN and cluster tools, storage
# targets and object stores, monitoring and SIEM servers, CI agents' registrations, databases' own files and
# command lines, game and voice servers, a registry, Boundary), none of them in the first six batches, their
# probes, the held-out parts or the unit fixtures, each holding $1 where the credential goes, in the file and
# place the tool's documentation shows; four decoys.
# $1 = value; writes files into cwd
V="$1"
# Hex, base64 and hashes derived from the value, for the formats that take them.
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
UUID="${H:0:8}-${H:8:4}-4${H:13:3}-a${H:17:3}-${H:20:12}"
K32=$(printf '%s' "$H" | xxd -r -p | base64 -w0)
bcrypt() { python3 -W ignore -c 'import crypt,sys; print(sys.argv[2] + crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))[4:])' "$V" "$1"; }
mkdir -p etc/bareos/bareos-dir.d/catalog etc/bareos/bareos-dir.d/client .duply/web1 scripts etc/borgmatic \
  artemis/etc emqx/etc .config/rpk pulsar/conf activemq/conf ds etc/frr etc/bird network \
  etc/NetworkManager/system-connections nebula etc/drbd.d etc/nut teleport etc/target seaweedfs garage \
  etc/zabbix etc/grafana grafana metricbeat/modules.d splunk/etc/system/local etc/graylog/server etc/crowdsec \
  woodpecker teamcity-agent/conf teamcity-agent-2/conf gitea-runner clickhouse Shop.Api patroni \
  etc/amavis/conf.d minecraft murmur registry boundary dex
# Backup directors, clients and scripts
printf 'Catalog {\n  Name = MyCatalog\n  dbname = "bareos"\n  dbuser = "bareos"\n  dbpassword = "%s"\n}\n' "$V" > etc/bareos/bareos-dir.d/catalog/MyCatalog.conf
printf 'Client {\n  Name = web1-fd\n  Address = web1.corp.example\n  Password = "%s"\n  File Retention = 30 days\n  Job Retention = 6 months\n}\n' "$V" > etc/bareos/bareos-dir.d/client/web1-fd.conf
printf "GPG_KEY='4B1E7A2C'\nGPG_PW='%s'\nTARGET='sftp://backup@nas.corp.example/duply/web1'\nTARGET_USER='backup'\nTARGET_PASS='%s'\nSOURCE='/'\nMAX_AGE=1M\n" "$V" "$V" > .duply/web1/conf
printf '//fs01.corp.example/finance backup%%%s CORP\n' "$V" > etc/amandapass
printf 'Add-PSSnapin VeeamPSSnapin\r\nAdd-VBRCredentials -Type Linux -User root -Password "%s" -Description "web1 root"\r\n' "$V" > scripts/veeam-credentials.ps1
printf "export PBS_REPOSITORY='backup@pbs@pbs.corp.example:store1'\nexport PBS_PASSWORD='%s'\nproxmox-backup-client backup root.pxar:/ --exclude /proc\n" "$V" > scripts/pbs-backup.sh
# Message brokers
printf '<configuration xmlns="urn:activemq">\n  <core xmlns="urn:activemq:core">\n    <name>broker1</name>\n    <cluster-user>cluster-admin</cluster-user>\n    <cluster-password>%s</cluster-password>\n  </core>\n</configuration>\n' "$V" > artemis/etc/broker.xml
printf 'dashboard {\n  listeners.http.bind = 18083\n  default_username = "admin"\n  default_password = "%s"\n}\n' "$V" > emqx/etc/emqx.conf
printf 'version: 7\ncurrent_profile: prod\nprofiles:\n  - name: prod\n    description: production cluster\n    kafka_api:\n      brokers:\n        - kafka1.corp.example:9092\n      sasl:\n        user: ops\n        password: %s\n        mechanism: SCRAM-SHA-256\n' "$V" > .config/rpk/rpk.yaml
printf 'authenticationEnabled=true\nauthenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken\ntokenSecretKey=data:;base64,%s\n' "$K32" > pulsar/conf/broker.conf
printf 'activemq.username=system\nactivemq.password=%s\nguest.password=%s\n' "$V" "$V" > activemq/conf/credentials.properties
# Directory servers
printf '[general]\nconfig_version = 2\nfull_machine_name = ldap1.corp.example\n\n[slapd]\ninstance_name = corp\nroot_dn = cn=Directory Manager\nroot_password = %s\n\n[backend-userroot]\nsuffix = dc=corp,dc=example\n' "$V" > ds/corp.inf
printf "ipa-server-install -U --realm CORP.EXAMPLE --domain corp.example --ds-password '%s' --admin-password '%s' --setup-dns --auto-forwarders\n" "$V" "$V" > scripts/ipa-install.sh
printf 'uri ldaps://ldap1.corp.example\nbase dc=corp,dc=example\nbinddn cn=nslcd,ou=services,dc=corp,dc=example\nbindpw %s\ntls_reqcert demand\n' "$V" > etc/nslcd.conf
printf 'connectors:\n- type: ldap\n  id: ldap\n  name: Corp LDAP\n  config:\n    host: ldap1.corp.example:636\n    bindDN: cn=dex,ou=services,dc=corp,dc=example\n    bindPW: %s\n    userSearch:\n      baseDN: ou=people,dc=corp,dc=example\n' "$V" > dex/config.yaml
# Routing daemons and network devices
printf 'frr version 9.1\nhostname edge1\n!\nrouter bgp 65001\n neighbor 203.0.113.1 remote-as 65002\n neighbor 203.0.113.1 password %s\n!\ninterface eth0\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 %s\n!\n' "$V" "$V" > etc/frr/frr.conf
printf 'router id 10.0.0.1;\n\nprotocol bgp upstream {\n  local as 65001;\n  neighbor 203.0.113.1 as 65002;\n  password "%s";\n  ipv4 { import all; export none; };\n}\n' "$V" > etc/bird/bird.conf
printf 'tunnel-group 203.0.113.5 type ipsec-l2l\ntunnel-group 203.0.113.5 ipsec-attributes\n ikev1 pre-shared-key %s\n' "$V" > network/asa-fw1.cfg
printf 'hostname leaf1\n!\nusername admin privilege 15 role network-admin secret 0 %s\n!\n' "$V" > network/arista-leaf1.cfg
printf 'hostname "sw-floor2"\npassword manager user-name "admin" plaintext "%s"\n' "$V" > network/procurve-floor2.cfg
printf '[connection]\nid=office-vpn\ntype=vpn\n\n[vpn]\nservice-type=org.freedesktop.NetworkManager.openvpn\nremote=vpn.corp.example\nusername=ops\npassword-flags=0\n\n[vpn-secrets]\npassword=%s\n' "$V" > etc/NetworkManager/system-connections/office-vpn.nmconnection
printf "echo '%s' | openconnect --protocol=anyconnect --user=ops --passwd-on-stdin vpn.corp.example\n" "$V" > scripts/vpn-up.sh
printf -- '-----BEGIN NEBULA X25519 PRIVATE KEY-----\n%s\n-----END NEBULA X25519 PRIVATE KEY-----\n' "$K32" > nebula/host.key
printf 'resource r0 {\n  net {\n    cram-hmac-alg sha1;\n    shared-secret "%s";\n  }\n  on node1 {\n    device /dev/drbd0;\n    disk /dev/sdb1;\n    address 10.0.0.41:7789;\n    meta-disk internal;\n  }\n}\n' "$V" > etc/drbd.d/r0.res
printf '[monuser]\n\tpassword = %s\n\tupsmon primary\n' "$V" > etc/nut/upsd.users
printf 'listening-port=3478\nfingerprint\nuse-auth-secret\nstatic-auth-secret=%s\nrealm=turn.corp.example\n' "$V" > etc/turnserver.conf
printf 'teleport:\n  nodename: auth1\nauth_service:\n  enabled: true\n  tokens:\n  - "proxy,node:%s"\n' "$V" > teleport/teleport.yaml
# Storage targets and object stores
printf '{\n  "storage_objects": [],\n  "targets": [\n    {\n      "fabric": "iscsi",\n      "tpgs": [\n        {\n          "node_acls": [\n            {\n              "chap_userid": "web1",\n              "chap_password": "%s",\n              "node_wwn": "iqn.1993-08.org.debian:01:web1"\n            }\n          ],\n          "tag": 1\n        }\n      ],\n      "wwn": "iqn.2003-01.org.linux-iscsi.storage1:sn.1"\n    }\n  ]\n}\n' "$V" > etc/target/saveconfig.json
printf 'radosgw-admin user create --uid=backup --display-name="Backup jobs" --access-key=BKP7Q2X9 --secret-key=%s\n' "$V" > scripts/rgw-user.sh
printf '[jwt.signing]\nkey = "%s"\nexpires_after_seconds = 10\n' "$V" > seaweedfs/security.toml
printf 'metadata_dir = "/var/lib/garage/meta"\ndata_dir = "/var/lib/garage/data"\nreplication_factor = 3\nrpc_bind_addr = "[::]:3901"\nrpc_secret = "%s"\n\n[admin]\napi_bind_addr = "0.0.0.0:3903"\nadmin_token = "%s"\n' "$H" "$V" > garage/garage.toml
# Monitoring and SIEM servers
printf 'LogFile=/var/log/zabbix/zabbix_server.log\nDBHost=db.corp.example\nDBName=zabbix\nDBUser=zabbix\nDBPassword=%s\n' "$V" > etc/zabbix/zabbix_server.conf
printf '[server]\nhttp_port = 3000\n\n[security]\nadmin_user = admin\nadmin_password = %s\n' "$V" > etc/grafana/grafana.ini
printf -- '- module: mysql\n  metricsets: ["status", "galera_status"]\n  period: 10s\n  hosts: ["root:%s@tcp(127.0.0.1:3306)/"]\n' "$V" > metricbeat/modules.d/mysql.yml
printf '[user_info]\nUSERNAME = admin\nPASSWORD = %s\n' "$V" > splunk/etc/system/local/user-seed.conf
printf '[general]\nserverName = idx1\npass4SymmKey = %s\n' "$V" > splunk/etc/system/local/server.conf
printf 'is_leader = true\nnode_id_file = /etc/graylog/server/node-id\npassword_secret = %s\nroot_username = admin\nroot_password_sha2 = %s\n' "$V" "$(printf '%s' "$V" | sha256sum | cut -c1-64)" > etc/graylog/server/server.conf
printf 'url: http://127.0.0.1:8080\nlogin: web1\npassword: %s\n' "$V" > etc/crowdsec/local_api_credentials.yaml
# CI agents' registrations
printf 'WOODPECKER_SERVER=ci.corp.example:9000\nWOODPECKER_AGENT_SECRET=%s\nWOODPECKER_MAX_WORKFLOWS=4\n' "$V" > woodpecker/agent.env
printf 'serverUrl=https://teamcity.corp.example\nname=web1\nworkDir=../work\ntempDir=../temp\nauthorizationToken=%s\n' "$V" > teamcity-agent/conf/buildAgent.properties
printf 'java -jar atlassian-bamboo-agent-installer-9.2.1.jar https://bamboo.corp.example/agentServer/ -t %s\n' "$V" > scripts/bamboo-agent.sh
printf '{\n  "id": 3,\n  "uuid": "%s",\n  "name": "web1",\n  "token": "%s",\n  "address": "https://gitea.corp.example",\n  "labels": [\n    "ubuntu-latest:docker://node:20-bookworm"\n  ]\n}\n' "$UUID" "$V" > gitea-runner/.runner
printf 'Tentacle.exe register-with --instance "Tentacle" --server "https://octopus.corp.example" --apiKey="API-%s" --role "web" --environment "Production" --comms-style TentaclePassive\r\n' "$V" > scripts/tentacle-register.cmd
# Databases' own files and command lines
printf '<clickhouse>\n  <users>\n    <default>\n      <password>%s</password>\n      <networks>\n        <ip>::1</ip>\n      </networks>\n      <profile>default</profile>\n    </default>\n  </users>\n</clickhouse>\n' "$V" > clickhouse/users.xml
printf 'db2 connect to SAMPLE user db2inst1 using %s\ndb2 "EXPORT TO /tmp/orders.del OF DEL SELECT * FROM orders"\n' "$V" > scripts/db2-export.sh
printf '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Warning"\n    }\n  },\n  "ConnectionStrings": {\n    "Default": "Server=sql1.corp.example;Database=Shop;User Id=shop;Password=%s;TrustServerCertificate=True"\n  }\n}\n' "$V" > Shop.Api/appsettings.Production.json
printf 'orapwd file=$ORACLE_HOME/dbs/orapwORCL password=%s entries=10 format=12\n' "$V" > scripts/oracle-pwfile.sh
printf 'couchbase-cli cluster-init -c 127.0.0.1 --cluster-username Administrator --cluster-password %s --services data,index,query --cluster-ramsize 2048\n' "$V" > scripts/couchbase-init.sh
printf 'hdbuserstore SET BACKUP hana1.corp.example:30015 SYSTEM %s\n' "$V" > scripts/hana-userstore.sh
printf 'scope: pg\nname: pg1\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /var/lib/postgresql/16/main\n  authentication:\n    superuser:\n      username: postgres\n      password: %s\n    replication:\n      username: replicator\n      password: %s\n' "$V" "$V" > patroni/patroni.yml
printf "use strict;\n@lookup_sql_dsn = (['DBI:mysql:database=mail;host=127.0.0.1;port=3306', 'amavis', '%s']);\n1;\n" "$V" > etc/amavis/conf.d/50-user
# Game and voice servers, a registry, Boundary
printf 'enable-rcon=true\nrcon.port=25575\nrcon.password=%s\nmotd=Corp server\n' "$V" > minecraft/server.properties
printf 'database=/var/lib/mumble-server/mumble-server.sqlite\nport=64738\nserverpassword=%s\n' "$V" > murmur/murmur.ini
printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  secret: %s\n' "$V" > registry/config.yml
printf 'kms "aead" {\n  purpose   = "root"\n  aead_type = "aes-gcm"\n  key       = "%s"\n  key_id    = "global_root"\n}\n' "$K32" > boundary/controller.hcl
# Decoys: never to be reported. A borgmatic passphrase read from the environment (borgmatic's own ${…}); Grafana
# reading its secrets from a file and the environment ($__file{…}, $__env{…}); a TeamCity agent as installed
# (authorizationToken empty until the server authorises it); Teleport's static token as its documentation shows it.
printf 'repositories:\n  - path: ssh://backup@nas.corp.example/./web1.borg\n    label: nas\nsource_directories:\n  - /etc\n  - /srv\nencryption_passphrase: "${BORG_PASSPHRASE}"\n' > etc/borgmatic/config.yaml
printf '[security]\nadmin_user = admin\nadmin_password = $__file{/run/secrets/grafana_admin_password}\n\n[database]\ntype = postgres\nuser = grafana\npassword = $__env{GF_DB_PASSWORD}\n' > grafana/grafana.ini
printf 'serverUrl=https://teamcity.corp.example\nname=web2\nworkDir=../work\nauthorizationToken=\n' > teamcity-agent-2/conf/buildAgent.properties
printf 'auth_service:\n  enabled: true\n  tokens:\n  - "proxy,node:xxxxx"\n  - "trusted_cluster:xxxxx"\n' > teleport/teleport-edge.yaml
