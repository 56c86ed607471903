# A probe beside the ninth batch, written after its rules: 29 files of the same families in other files, places and
# syntax (another application server's realm or login, an Erlang term instead of rabbitmq.conf, systemd-networkd's
# WireGuard netdev, Libreswan's and PPP's other secrets files, NSD's TSIG key, Vault's init output as text, Oracle's
# database assistant response file, an installer's boot loader password, Dovecot's and Cyrus' LDAP binds…), each
# holding $1 where the credential goes. It measures how far the rules written for tools-9.sh reach.
# Run as the batches are: test/eval/opsBatch/run.sh tools-9-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
uuid() { local h; h=$(hex "$1"); printf '%s-%s-4%s-a%s-%s' "${h:0:8}" "${h:8:4}" "${h:13:3}" "${h:17:3}" "${h:20:12}"; }
sha512crypt() { python3 -W ignore -c 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_SHA512)))' "$V"; }
mkdir -p tomcat/conf activemq/conf etc/cassandra jboss/standalone/configuration DesktopApp rabbitmq zookeeper/conf \
  redis etc/snmp splunk/etc/system/local etc/pve/priv/storage etc/ipsec.d etc/ppp etc/systemd/network network \
  etc/raddb/mods-available etc/nsd nomad/config vault oracle hive/conf etc/pgpool-II opensearch-dashboards/config \
  etc/dovecot ci/vars argocd packer/http installer backup
# Java application servers
printf '<Server port="8005" shutdown="SHUTDOWN">\n  <GlobalNamingResources>\n    <Resource name="jdbc/reports" auth="Container" type="javax.sql.DataSource"\n              username="reports" password="%s"\n              url="jdbc:mysql://db.corp.example:3306/reports"/>\n  </GlobalNamingResources>\n</Server>\n' "$V" > tomcat/conf/server.xml
printf '## ---------------------------------------------------------------------------\n# Defines users that can access the web (console, demo, etc.)\n# username: password [,rolename ...]\nadmin: %s, admin\n' "$V" > activemq/conf/jetty-realm.properties
printf 'cassandra %s\n' "$V" > etc/cassandra/jmxremote.password
printf '<subsystem xmlns="urn:jboss:domain:mail:4.0">\n    <mail-session name="default" jndi-name="java:jboss/mail/Default">\n        <smtp-server outbound-socket-binding-ref="mail-smtp" tls="true" username="alerts@corp.example" password="%s"/>\n    </mail-session>\n</subsystem>\n' "$V" > jboss/standalone/configuration/standalone-full.xml
# .NET
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="ReportServerUser" value="svc-reports" />\n    <add key="ReportServerPassword" value="%s" />\n  </appSettings>\n</configuration>\n' "$V" > DesktopApp/App.config
# Brokers
printf '[\n  {rabbit, [\n    {default_user, <<"admin">>},\n    {default_pass, <<"%s">>}\n  ]}\n].\n' "$V" > rabbitmq/advanced.config
printf 'Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super="%s"\n    user_kafka="%s";\n};\n' "$V" "$V" > zookeeper/conf/zookeeper_jaas.conf
printf 'sentinel monitor cache 10.0.0.6 6379 2\nsentinel sentinel-user sentinel\nsentinel sentinel-pass %s\n' "$V" > redis/sentinel-cache.conf
# Monitoring
printf 'authCommunity log,execute,net %s\ncreateUser -e 0x8000000001020304 traps SHA "%s" AES "%s"\n' "$V" "$V" "$V" > etc/snmp/snmptrapd.conf
printf '[tcpout:primary]\nserver = idx1.corp.example:9997\nsslPassword = %s\n\n[httpout]\nhttpEventCollectorToken = %s\nuri = https://hec.corp.example:8088\n' "$V" "$(uuid splunk-out)" > splunk/etc/system/local/outputs.conf
# Backup
printf 'version: 2\nbackends:\n  b2:\n    type: b2\n    path: acme-backups:/db1\n    key: %s\nlocations:\n  db:\n    from: /var/backups/db\n    to: b2\n' "$V" > backup/.autorestic.yaml
printf '%s\n' "$V" > etc/pve/priv/storage/cifs-archive.pw
# VPN and network authentication
printf '%%any 203.0.113.9 : PSK "%s"\n' "$V" > etc/ipsec.d/office.secrets
printf '# Secrets for authentication using PAP\n# client\tserver\tsecret\t\t\tIP addresses\nops\t*\t%s\n' "$V" > etc/ppp/pap-secrets
printf '[NetDev]\nName=wg0\nKind=wireguard\n\n[WireGuard]\nListenPort=51820\nPrivateKey=%s\n\n[WireGuardPeer]\nPublicKey=xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nPresharedKey=%s\nAllowedIPs=10.8.0.2/32\n' "$(k32 netdev-private)" "$(k32 netdev-preshared)" > etc/systemd/network/50-wg0.netdev
printf 'hostname core2\ntacacs server ISE\n address ipv4 10.0.0.5\n key 0 %s\n' "$V" > network/core2.cfg
printf 'ldap {\n\tserver = "ldap1.corp.example"\n\tidentity = "cn=radius,ou=services,dc=corp,dc=example"\n\tpassword = %s\n\tbase_dn = "dc=corp,dc=example"\n}\n' "$V" > etc/raddb/mods-available/ldap
printf 'key:\n    name: "transfer"\n    algorithm: hmac-sha256\n    secret: "%s"\n' "$(k32 nsd)" > etc/nsd/nsd.conf
# HashiCorp
printf 'server {\n  enabled          = true\n  bootstrap_expect = 3\n  encrypt          = "%s"\n}\n' "$(k32 nomad-gossip)" > nomad/config/server.hcl
printf 'Unseal Key 1: %s\nUnseal Key 2: %s\n\nInitial Root Token: hvs.%s\n\nVault initialized with 2 key shares and a key threshold of 2.\n' "$(k32 text-unseal1)" "$(k32 text-unseal2)" "$V" > vault/init.txt
# Databases
printf 'responseFileVersion=/oracle/assistants/rspfmt_dbca_response_schema_v19.0.0\ngdbName=ORCL\nsid=ORCL\nsysPassword=%s\nsystemPassword=%s\n' "$V" "$V" > oracle/dbca.rsp
printf '<configuration>\n  <property>\n    <name>javax.jdo.option.ConnectionUserName</name>\n    <value>hive</value>\n  </property>\n  <property>\n    <name>javax.jdo.option.ConnectionPassword</name>\n    <value>%s</value>\n  </property>\n</configuration>\n' "$V" > hive/conf/hive-site.xml
printf "backend_hostname0 = 'db1'\nsr_check_user = 'pgpool'\nsr_check_password = '%s'\nhealth_check_password = '%s'\n" "$V" "$V" > etc/pgpool-II/pgpool.conf
printf 'opensearch.hosts: [https://localhost:9200]\nopensearch.username: kibanaserver\nopensearch.password: %s\n' "$V" > opensearch-dashboards/config/opensearch_dashboards.yml
# Mail
printf 'hosts = ldap1.corp.example\ndn = cn=dovecot,ou=services,dc=corp,dc=example\ndnpass = %s\nbase = ou=people,dc=corp,dc=example\n' "$V" > etc/dovecot/dovecot-ldap.conf.ext
# CI/CD
printf 'registry_username: ops\nregistry_password: %s\n' "$V" > ci/vars/prod.yml
printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: corp-repos\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repo-creds\nstringData:\n  type: git\n  url: https://git.corp.example/ops\n  password: %s\n  username: ops\n' "$V" > argocd/repo-creds.yaml
# Installers
printf '#cloud-config\nautoinstall:\n  version: 1\n  identity:\n    hostname: web1\n    username: ops\n    password: "%s"\n' "$(sha512crypt)" > packer/http/user-data
printf 'bootloader --location=mbr --password=%s\nrootpw --lock\n' "$V" > installer/centos9.ks
