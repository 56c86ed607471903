# The ninth batch (Java application servers, .NET, brokers, monitoring, backup, VPN and network authentication,
# HashiCorp, databases, mail relays, CI/CD and installers' answer files), none of them in the first eight batches
# or their probes, each holding $1 where the credential goes, in the file and place the tool's documentation
# shows; four decoys (a Tomcat property reference, a Jinja template, an argocd-vault-plugin reference, an empty
# PPP secret).
# $1 = value; writes files into cwd
V="$1"
# Hex, base64 and UUIDs derived from the value and a word, for the formats that take them: each file its own (one
# value in two files would be one row, named by the first file's kind).
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
uuid() { local h; h=$(hex "$1"); printf '%s-%s-4%s-a%s-%s' "${h:0:8}" "${h:8:4}" "${h:13:3}" "${h:17:3}" "${h:20:12}"; }
mkdir -p tomcat/conf wildfly/standalone/configuration jetty/etc Shop.Web Legacy.Web rabbitmq kafka/config redis \
  nagios/etc prometheus etc/snmp splunk/etc/apps/search/local etc/pihole etc/pve/priv/storage etc/wireguard etc/ppp \
  etc/openvpn etc/wpa_supplicant etc/keepalived etc/tacacs+ etc/freeradius/3.0/mods-available etc/bind etc/haproxy \
  consul/config vault oracle hadoop/etc/hadoop etc/pgpool-II logstash/config etc/postfix ci/concourse argocd \
  jenkins_home/secrets etc/gitlab installer cloud-init decoys/tomcat decoys/wireguard decoys/argocd decoys/ppp
# Java application servers
printf '<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n  <WatchedResource>WEB-INF/web.xml</WatchedResource>\n  <Resource name="jdbc/shop" auth="Container" type="javax.sql.DataSource"\n            maxTotal="20" maxIdle="5" username="shop" password="%s"\n            driverClassName="org.postgresql.Driver"\n            url="jdbc:postgresql://db.corp.example:5432/shop"/>\n</Context>\n' "$V" > tomcat/conf/context.xml
printf '<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">\n  <role rolename="manager-gui"/>\n  <role rolename="admin-gui"/>\n  <user username="admin" password="%s" roles="manager-gui,admin-gui"/>\n</tomcat-users>\n' "$V" > tomcat/conf/tomcat-users.xml
printf '<subsystem xmlns="urn:jboss:domain:datasources:7.0">\n    <datasources>\n        <datasource jndi-name="java:jboss/datasources/ShopDS" pool-name="ShopDS" enabled="true">\n            <connection-url>jdbc:postgresql://db.corp.example:5432/shop</connection-url>\n            <driver>postgresql</driver>\n            <security>\n                <user-name>shop</user-name>\n                <password>%s</password>\n            </security>\n        </datasource>\n    </datasources>\n</subsystem>\n' "$V" > wildfly/standalone/configuration/standalone.xml
printf '#\n# username: password [,rolename ...]\n#\nadmin: %s,server-administrator,content-administrator\n' "$V" > jetty/etc/realm.properties
printf '# JMX agent password file: role name, then password\nmonitorRole  %s\ncontrolRole  %s\n' "$V" "$V" > tomcat/conf/jmxremote.password
# .NET
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n    <add name="ShopDb" connectionString="Data Source=sql1.corp.example;Initial Catalog=Shop;User ID=shop;Password=%s" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n  <appSettings>\n    <add key="webpages:Version" value="3.0.0.0" />\n  </appSettings>\n</configuration>\n' "$V" > Shop.Web/Web.config
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <system.web>\n    <compilation targetFramework="4.8" />\n    <machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />\n  </system.web>\n</configuration>\n' "$(printf '%s%s' "$(hex validation)" "$(hex validation2)" | tr a-f A-F)" "$(hex decryption | tr a-f A-F)" > Legacy.Web/Web.config
# Brokers
printf 'listeners.tcp.default = 5672\nloopback_users.guest = false\ndefault_user = admin\ndefault_pass = %s\nmanagement.tcp.port = 15672\n' "$V" > rabbitmq/rabbitmq.conf
printf 'KafkaServer {\n   org.apache.kafka.common.security.plain.PlainLoginModule required\n   username="admin"\n   password="%s"\n   user_admin="%s"\n   user_alice="%s";\n};\n' "$V" "$V" "$V" > kafka/config/kafka_server_jaas.conf
printf 'port 26379\nsentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster %s\nsentinel down-after-milliseconds mymaster 5000\n' "$V" > redis/sentinel.conf
# Monitoring
printf '# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/lib/nagios/plugins\n$USER3$=monitor\n$USER4$=%s\n' "$V" > nagios/etc/resource.cfg
printf 'scrape_configs:\n  - job_name: kubernetes-apiservers\n    scheme: https\n    authorization:\n      type: Bearer\n      credentials: %s\n    static_configs:\n      - targets: ["10.0.0.10:6443"]\n  - job_name: legacy-app\n    bearer_token: %s\n    static_configs:\n      - targets: ["10.0.0.11:8080"]\n' "$V" "$V" > prometheus/prometheus.yml
printf 'agentAddress udp:161\ncreateUser ops SHA "%s" AES "%s"\nrouser ops authpriv\nrocommunity %s 10.0.0.0/8\n' "$V" "$V" "$V" > etc/snmp/snmpd.conf
printf '[http]\ndisabled = 0\n\n[http://app-logs]\ntoken = %s\nindex = app\nsourcetype = _json\n' "$(uuid splunk)" > splunk/etc/apps/search/local/inputs.conf
printf 'PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\nINSTALL_WEB_SERVER=true\nWEBPASSWORD=%s\nBLOCKING_ENABLED=true\n' "$(printf '%s' "$V" | sha256sum | cut -c1-64 | tr -d '\n' | sha256sum | cut -c1-64)" > etc/pihole/setupVars.conf
# Backup
printf 'version: 2\nlocations:\n  etc:\n    from: /etc\n    to: remote\nbackends:\n  remote:\n    type: b2\n    path: acme-backups:/web1\n    key: %s\n    env:\n      B2_ACCOUNT_ID: 0012a3b4c5d6e7f0000000001\n      B2_ACCOUNT_KEY: %s\n' "$V" "$V" > .autorestic.yml
printf '%s\n' "$V" > etc/pve/priv/storage/nas-backup.pw
printf 'backup:%s\n' "$V" > etc/rsyncd.secrets
# VPN and network authentication
printf '[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\nPrivateKey = %s\n\n[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nPresharedKey = %s\nAllowedIPs = 10.8.0.2/32\n' "$(k32 wg-private)" "$(k32 wg-preshared)" > etc/wireguard/wg0.conf
printf '# ipsec.secrets - strongSwan IPsec secrets file\n203.0.113.1 203.0.113.2 : PSK "%s"\n: RSA vpn-gw.pem\n' "$V" > etc/ipsec.secrets
printf '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nops\t*\t%s\t*\n' "$V" > etc/ppp/chap-secrets
{ printf '#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n'
  for i in $(seq 1 16); do hex "openvpn$i" | cut -c1-32; done
  printf -- '-----END OpenVPN Static key V1-----\n'; } > etc/openvpn/ta.key
printf 'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\n\nnetwork={\n\tssid="office"\n\tpsk="%s"\n}\n\nnetwork={\n\tssid="corp"\n\tkey_mgmt=WPA-EAP\n\teap=PEAP\n\tidentity="ops"\n\tpassword="%s"\n}\n' "$V" "$V" > etc/wpa_supplicant/wpa_supplicant.conf
printf 'vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    authentication {\n        auth_type PASS\n        auth_pass %s\n    }\n    virtual_ipaddress {\n        10.0.0.100/24\n    }\n}\n' "$V" > etc/keepalived/keepalived.conf
printf 'key = %s\n\naccounting file = /var/log/tac_plus.acct\n\nuser = ops {\n    login = cleartext %s\n    member = admins\n}\n' "$V" "$V" > etc/tacacs+/tac_plus.conf
printf 'sql {\n\tdialect = "mysql"\n\tdriver = "rlm_sql_${dialect}"\n\tserver = "localhost"\n\tport = 3306\n\tlogin = "radius"\n\tpassword = "%s"\n\tradius_db = "radius"\n}\n' "$V" > etc/freeradius/3.0/mods-available/sql
printf 'key "rndc-key" {\n\talgorithm hmac-sha256;\n\tsecret "%s";\n};\n' "$(k32 rndc)" > etc/bind/rndc.key
printf 'userlist admins\n    user admin insecure-password %s\n\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /\n    stats auth admin:%s\n' "$V" "$V" > etc/haproxy/haproxy.cfg
# HashiCorp
printf 'datacenter = "dc1"\ndata_dir = "/opt/consul"\nencrypt = "%s"\nacl {\n  enabled = true\n  default_policy = "deny"\n  tokens {\n    initial_management = "%s"\n    agent = "%s"\n  }\n}\n' "$(k32 consul-gossip)" "$(uuid consul-management)" "$(uuid consul-agent)" > consul/config/consul.hcl
printf '{\n  "unseal_keys_b64": [\n    "%s",\n    "%s"\n  ],\n  "unseal_keys_hex": [\n    "%s",\n    "%s"\n  ],\n  "unseal_shares": 2,\n  "unseal_threshold": 2,\n  "recovery_keys_b64": [],\n  "root_token": "hvs.%s"\n}\n' "$(k32 unseal1)" "$(k32 unseal2)" "$(hex unseal1)" "$(hex unseal2)" "$V" > vault/init.json
# Databases
printf 'oracle.install.responseFileVersion=/oracle/install/rspfmt_dbinstall_response_schema_v19.0.0\noracle.install.option=INSTALL_DB_AND_CONFIG\nORACLE_HOSTNAME=db1.corp.example\noracle.install.db.config.starterdb.globalDBName=ORCL\noracle.install.db.config.starterdb.password.ALL=%s\n' "$V" > oracle/db_install.rsp
printf '<?xml version="1.0"?>\n<configuration>\n  <property>\n    <name>fs.s3a.access.key</name>\n    <value>AKIAEXAMPLEONLY00000</value>\n  </property>\n  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>%s</value>\n  </property>\n</configuration>\n' "$V" > hadoop/etc/hadoop/core-site.xml
printf '[maxscale]\nthreads=auto\n\n[server1]\ntype=server\naddress=10.0.0.5\nport=3306\n\n[Read-Write-Service]\ntype=service\nrouter=readwritesplit\nservers=server1\nuser=maxscale\npassword=%s\n' "$V" > etc/maxscale.cnf
printf '# USERID:MD5PASSWD\npgpool:%s\n' "$(printf '%s' "$V" | md5sum | cut -c1-32)" > etc/pgpool-II/pcp.conf
printf 'node.name: logstash-1\nxpack.monitoring.enabled: true\nxpack.monitoring.elasticsearch.hosts: ["https://es.corp.example:9200"]\nxpack.monitoring.elasticsearch.username: logstash_system\nxpack.monitoring.elasticsearch.password: %s\n' "$V" > logstash/config/logstash.yml
# Mail relays
printf '[smtp.mailgun.org]:587 postmaster@mg.corp.example:%s\n' "$V" > etc/postfix/sasl_passwd
printf 'server_host = ldap://ldap1.corp.example\nsearch_base = dc=corp,dc=example\nquery_filter = (mail=%%s)\nresult_attribute = mail\nbind = yes\nbind_dn = cn=postfix,ou=services,dc=corp,dc=example\nbind_pw = %s\n' "$V" > etc/postfix/ldap-virtual-mailbox-maps.cf
# CI/CD
printf 'docker-username: ops\ndocker-password: %s\ngithub-access-token: %s\n' "$V" "$V" > ci/concourse/credentials.yml
printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-repo\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  type: git\n  url: https://git.corp.example/ops/deploy.git\n  username: ops\n  password: %s\n' "$V" > argocd/repo-deploy.yaml
printf '%s\n' "$(hex jenkins | cut -c1-32)" > jenkins_home/secrets/initialAdminPassword
printf '# WARNING: This value is valid only in the following conditions\n#          1. If provided manually (either via `GITLAB_ROOT_PASSWORD` environment variable or via `gitlab_rails['"'"'initial_root_password'"'"']` setting in `gitlab.rb`, it was provided before database was seeded for the first time (usually, the first reconfigure run).\n\nPassword: %s\n\n# NOTE: This file will be automatically deleted in the first reconfigure run after 24 hours.\n' "$V" > etc/gitlab/initial_root_password
# Installers' answer files
printf 'd-i passwd/root-login boolean true\nd-i passwd/root-password password %s\nd-i passwd/root-password-again password %s\nd-i passwd/user-fullname string Ops\nd-i passwd/username string ops\nd-i passwd/user-password password %s\nd-i passwd/user-password-again password %s\n' "$V" "$V" "$V" "$V" > installer/preseed.cfg
printf 'lang en_US.UTF-8\nkeyboard us\ntimezone UTC --utc\nrootpw --plaintext %s\nuser --name=ops --groups=wheel --password=%s --plaintext\n' "$V" "$V" > installer/ks.cfg
printf '#cloud-config\nusers:\n  - name: deploy\n    plain_text_passwd: %s\n    lock_passwd: false\nchpasswd:\n  expire: false\n  users:\n    - name: ops\n      password: %s\n      type: text\n' "$V" "$V" > cloud-init/user-data
# Decoys: never reported.
printf '<Context>\n  <Resource name="jdbc/shop" auth="Container" type="javax.sql.DataSource"\n            username="${db.user}" password="${db.password}"\n            url="jdbc:postgresql://db.corp.example:5432/shop"/>\n</Context>\n' > decoys/tomcat/context.xml
printf '[Interface]\nAddress = {{ wireguard_address }}\nListenPort = 51820\nPrivateKey = {{ wireguard_private_key }}\n' > decoys/wireguard/wg0.conf
printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-repo\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: https://git.corp.example/ops/deploy.git\n  username: ops\n  password: <path:secret/data/git#password>\n' > decoys/argocd/repo-deploy.yaml
printf '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nops\t*\t""\t*\n' > decoys/ppp/chap-secrets
