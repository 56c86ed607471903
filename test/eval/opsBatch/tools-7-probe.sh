# A probe beside the seventh batch, written after its rules: 43 files that hold the same tools' credentials in other
# places and other syntax (another resource or section, an environment variable in a compose file or a unit, a
# command line instead of a file, another key of the same file, quoting and separators the batch does not use),
# each holding $1 where the credential goes. It measures how far the rules written for tools-7.sh reach.
# Run as the batches are: test/eval/opsBatch/run.sh tools-7-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
K32=$(printf '%s' "$H" | xxd -r -p | base64 -w0)
bcrypt() { python3 -W ignore -c 'import crypt,sys; print(sys.argv[2] + crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))[4:])' "$V" "$1"; }
mkdir -p etc/bareos/bareos-dir.d/console etc/duply/db etc/systemd/system artemis/etc emqx pulsar/conf scripts \
  etc/quagga etc/bird network etc/NetworkManager/system-connections nebula etc/nut etc/turnserver teleport \
  seaweedfs garage etc/zabbix etc/grafana mysqld-exporter splunk/etc/system/local graylog \
  etc/crowdsec/bouncers woodpecker dex clickhouse/users.d Shop.Api patroni bin mumble registry etc/drbd.d
# Backup
printf 'Console {\n  Name = admin\n  Password = %s\n  Profile = operator\n}\n' "$V" > etc/bareos/bareos-dir.d/console/admin.conf
printf 'TARGET="s3://s3.eu-west-1.amazonaws.com/acme-backups/db"\nTARGET_USER="ops-backup"\nTARGET_PASS="%s"\nGPG_PW="%s"\n' "$V" "$V" > etc/duply/db/conf
printf '[Service]\nType=oneshot\nEnvironment="PBS_REPOSITORY=backup@pbs@pbs.corp.example:store1"\nEnvironment="PBS_PASSWORD=%s"\nExecStart=/usr/bin/proxmox-backup-client backup root.pxar:/\n' "$V" > etc/systemd/system/pbs-backup.service
printf "\$c = Get-VBRCredentials -Name 'web1 root'\r\nSet-VBRCredentials -Credential \$c -User root -Password '%s'\r\n" "$V" > scripts/veeam-rotate.ps1
# Brokers
printf '<configuration xmlns="urn:activemq">\n  <core xmlns="urn:activemq:core">\n    <bridges>\n      <bridge name="to-dc2">\n        <queue-name>orders</queue-name>\n        <static-connectors><connector-ref>dc2</connector-ref></static-connectors>\n        <user>bridge</user>\n        <password>%s</password>\n      </bridge>\n    </bridges>\n  </core>\n</configuration>\n' "$V" > artemis/etc/broker.xml
printf 'services:\n  emqx:\n    image: emqx/emqx:5.8\n    environment:\n      EMQX_DASHBOARD__DEFAULT_USERNAME: admin\n      EMQX_DASHBOARD__DEFAULT_PASSWORD: "%s"\n' "$V" > emqx/docker-compose.yml
printf 'rpk -X brokers=kafka1.corp.example:9092 -X user=ops -X pass=%s -X sasl.mechanism=SCRAM-SHA-256 topic list\n' "$V" > scripts/rpk-topics.sh
printf 'webServiceUrl=https://pulsar.corp.example:8443/\nauthPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:%s\n' "$V" > pulsar/conf/client.conf
# Directory servers
printf 'dsconf -D "cn=Directory Manager" -w %s ldap://ldap1.corp.example:389 backend create --suffix dc=corp,dc=example --be-name userroot\n' "$V" > scripts/ds-backend.sh
printf 'ipa-client-install --unattended --principal admin --password=%s --domain corp.example --server ipa1.corp.example\n' "$V" > scripts/ipa-client.sh
printf 'enablePasswordDB: true\nstaticPasswords:\n- email: "admin@corp.example"\n  hash: "%s"\n  username: "admin"\n' "$(bcrypt '$2a$')" > dex/config.yaml
# Routing and network devices
printf 'hostname isisd\n!\nrouter isis CORE\n net 49.0001.0100.0000.0001.00\n area-password md5 %s\n domain-password md5 %s\n' "$V" "$V" > etc/quagga/isisd.conf
printf 'protocol ospf v2 core {\n  area 0 {\n    interface "eth0" {\n      authentication cryptographic;\n      password "%s" { id 1; };\n    };\n  };\n}\n' "$V" > etc/bird/bird.conf
printf 'tunnel-group 203.0.113.6 type ipsec-l2l\ntunnel-group 203.0.113.6 ipsec-attributes\n pre-shared-key %s\n' "$V" > network/asa-old.cfg
printf 'hostname core1\nusername admin privilege 15 algorithm-type scrypt secret %s\n' "$V" > network/iosxe-core1.cfg
printf 'hostname sw-cx1\nuser admin group administrators password plaintext %s\n' "$V" > network/aruba-cx1.cfg
printf '[connection]\nid=office\ntype=wifi\n\n[wifi]\nssid=office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=%s\n' "$V" > etc/NetworkManager/system-connections/office
printf "openconnect --protocol=gp --user=ops --passwd-on-stdin vpn.corp.example <<< '%s'\n" "$V" > scripts/vpn-gp.sh
printf 'pki:\n  ca: /etc/nebula/ca.crt\n  cert: /etc/nebula/host.crt\n  key: |\n    -----BEGIN NEBULA X25519 PRIVATE KEY-----\n    %s\n    -----END NEBULA X25519 PRIVATE KEY-----\n' "$K32" > nebula/config.yml
printf 'common {\n  net {\n    protocol C;\n    shared-secret %s;\n  }\n}\n' "$V" > etc/drbd.d/global_common.conf
printf 'MONITOR ups@localhost 1 monuser %s primary\nSHUTDOWNCMD "/sbin/shutdown -h +0"\n' "$V" > etc/nut/upsmon.conf
printf 'lt-cred-mech\nuser=ops:%s\ncli-password=%s\nrealm=turn.corp.example\n' "$V" "$V" > etc/turnserver/turnserver.conf
printf 'teleport:\n  nodename: web1\n  auth_token: %s\n  auth_servers:\n    - auth1.corp.example:3025\n' "$V" > teleport/teleport-node.yaml
# Storage
printf 'targetcli /iscsi/iqn.2003-01.org.linux-iscsi.storage1:sn.1/tpg1/acls/iqn.1993-08.org.debian:01:web1 set auth userid=web1 password=%s\n' "$V" > scripts/iscsi-acl.sh
printf 'services:\n  filer:\n    image: chrislusf/seaweedfs\n    environment:\n      WEED_JWT_SIGNING_KEY: "%s"\n' "$V" > seaweedfs/docker-compose.yml
printf 'services:\n  garage:\n    image: dxflrs/garage:v1.0.1\n    environment:\n      - GARAGE_RPC_SECRET=%s\n      - GARAGE_ADMIN_TOKEN=%s\n' "$H" "$V" > garage/docker-compose.yml
# Monitoring
printf 'DBHost=db.corp.example\nDBName=zabbix\nVaultURL=https://vault.corp.example:8200\nVaultToken=%s\n' "$V" > etc/zabbix/zabbix_proxy.conf
printf '[auth.generic_oauth]\nenabled = true\nclient_id = grafana\nclient_secret = %s\n' "$V" > etc/grafana/grafana.ini
printf "[Service]\nEnvironment='DATA_SOURCE_NAME=exporter:%s@unix(/run/mysqld/mysqld.sock)/'\nExecStart=/usr/bin/mysqld_exporter\n" "$V" > mysqld-exporter/mysqld_exporter.service
printf '[authentication]\nauthType = LDAP\nauthSettings = corp\n\n[corp]\nhost = ldap1.corp.example\nbindDN = cn=splunk,ou=services,dc=corp,dc=example\nbindDNpassword = %s\n' "$V" > splunk/etc/system/local/authentication.conf
printf 'services:\n  graylog:\n    image: graylog/graylog:6.0\n    environment:\n      GRAYLOG_PASSWORD_SECRET: "%s"\n      GRAYLOG_ROOT_PASSWORD_SHA2: "%s"\n' "$V" "$(printf '%s' "$V" | sha256sum | cut -c1-64)" > graylog/docker-compose.yml
printf 'mode: nftables\nupdate_frequency: 10s\napi_url: http://127.0.0.1:8080/\napi_key: %s\n' "$V" > etc/crowdsec/bouncers/crowdsec-firewall-bouncer.yaml
# CI agents
printf 'services:\n  agent:\n    image: woodpeckerci/woodpecker-agent:v2\n    environment:\n      WOODPECKER_SERVER: ci.corp.example:9000\n      WOODPECKER_AGENT_SECRET: %s\n' "$V" > woodpecker/docker-compose.yml
printf 'act_runner register --no-interactive --instance https://gitea.corp.example --token %s --name web2 --labels ubuntu-latest:docker://node:20-bookworm\n' "$V" > scripts/act-runner-register.sh
# Databases
printf 'users:\n  ops:\n    password: %s\n    networks:\n      ip: "::/0"\n    profile: default\n' "$V" > clickhouse/users.d/ops.yaml
printf '{\n  "ConnectionStrings": {\n    "Reports": "Driver={ODBC Driver 18 for SQL Server};Server=sql1.corp.example;Database=Reports;Uid=reports;Pwd=%s;"\n  }\n}\n' "$V" > Shop.Api/appsettings.json
printf "orapwd FILE='+DATA/ORCL/orapworcl' PASSWORD=%s FORMAT=12.2\n" "$V" > scripts/oracle-pwfile-asm.sh
printf 'hdbsql -n hana1.corp.example:30015 -u SYSTEM -p %s "SELECT * FROM M_DATABASE"\n' "$V" > scripts/hana-check.sh
printf 'PATRONI_SUPERUSER_USERNAME=postgres\nPATRONI_SUPERUSER_PASSWORD=%s\nPATRONI_REPLICATION_PASSWORD=%s\n' "$V" "$V" > patroni/patroni.env
printf "use DBI;\nmy \$dbh = DBI->connect('DBI:mysql:database=mail;host=127.0.0.1', 'mail', '%s', { RaiseError => 1 });\n" "$V" > bin/cleanup.pl
printf 'package db\n\nimport "database/sql"\n\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("mysql", "shop:%s@/shop?parseTime=true")\n}\n' "$V" > bin/db.go
printf 'database=/var/lib/mumble-server/mumble-server.sqlite\nice="tcp -h 127.0.0.1 -p 6502"\nicesecretwrite=%s\n' "$V" > mumble/mumble-server.ini
printf 'services:\n  registry:\n    image: registry:2\n    environment:\n      REGISTRY_HTTP_SECRET: %s\n' "$V" > registry/docker-compose.yml
