# The fourth batch (directory and Wi-Fi/VPN daemons, message brokers, databases' client files, monitoring
# agents, network appliances, hypervisors, infrastructure as code, registries and code quality servers,
# self-hosted applications and their PHP and Python configurations, backup tools, FTP clients, mail relays,
# DNS and ACME clients, provisioning CLIs, version control clients, and runbook command lines), none of them
# in the first three batches, each holding $1 where the credential goes, in the file and place the tool's
# documentation shows.
# $1 = value; writes files into cwd
V="$1"
# Hex, base64 and hashes derived from the value, for the formats that take them.
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
UUID="${H:0:8}-${H:8:4}-4${H:13:3}-a${H:17:3}-${H:20:12}"
BASIC=$(printf 'ops:%s' "$V" | base64 -w0)
bcrypt() { python3 -W ignore -c 'import crypt,sys; print(sys.argv[2] + crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024))[4:])' "$V" "$1"; }
mkdir -p etc/apache2/conf-available etc/openldap etc/hostapd etc/swanctl rabbitmq activemq/conf .cassandra prometheus \
  etc/collectd .snmp network pfsense terraform libvirt/qemu cfn consul harbor sonarqube/conf gitea/conf argocd authelia \
  portainer homeassistant synapse mattermost/config etc/odoo moodle web/sites/default joomla magento/app/etc sentry \
  airflow etc/default .local/share/lftp .ncftp etc/ssmtp etc/mail etc/tor etc/letsencrypt .acme.sh \
  .hammer/cli.modules.d .config/openstack etc/rancher/rke2 .subversion/auth/svn.simple scripts
printf 'DBDriver pgsql\nDBDParams "host=db.example.org dbname=auth user=apache password=%s"\n\n<Directory "/var/www/private">\n  AuthType Basic\n  AuthName "Private"\n  AuthBasicProvider dbd\n  Require valid-user\n  AuthDBDUserPWQuery "SELECT pw FROM users WHERE name = %%s"\n</Directory>\n' "$V" > etc/apache2/conf-available/auth-dbd.conf
printf 'include /etc/openldap/schema/core.schema\n\ndatabase mdb\nsuffix "dc=example,dc=org"\nrootdn "cn=Manager,dc=example,dc=org"\nrootpw %s\ndirectory /var/lib/ldap\n' "$V" > etc/openldap/slapd.conf
printf 'interface=wlan0\ndriver=nl80211\nssid=office\nhw_mode=g\nchannel=6\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase=%s\nrsn_pairwise=CCMP\n' "$V" > etc/hostapd/hostapd.conf
printf 'connections {\n  branch {\n    remote_addrs = 203.0.113.7\n    local {\n      auth = psk\n    }\n    remote {\n      auth = psk\n    }\n  }\n}\n\nsecrets {\n  ike-branch {\n    id = 203.0.113.7\n    secret = %s\n  }\n}\n' "$V" > etc/swanctl/swanctl.conf
# RabbitMQ's password_hash: base64 of a 4-byte salt and SHA-256(salt + password).
RMQ=$(python3 -c 'import base64,hashlib,sys; s=hashlib.md5(sys.argv[1].encode()).digest()[:4]; print(base64.b64encode(s+hashlib.sha256(s+sys.argv[1].encode()).digest()).decode())' "$V")
printf '{\n  "users": [\n    {\n      "name": "admin",\n      "password_hash": "%s",\n      "hashing_algorithm": "rabbit_password_hashing_sha256",\n      "tags": "administrator"\n    }\n  ],\n  "vhosts": [{"name": "/"}]\n}\n' "$RMQ" > rabbitmq/definitions.json
printf '## users of the PropertiesLoginModule: user=password\nadmin=%s\n' "$V" > activemq/conf/users.properties
printf '[authentication]\nusername = cassandra\npassword = %s\n\n[connection]\nhostname = 10.0.0.11\nport = 9042\n' "$V" > .cassandra/cqlshrc
printf 'scrape_configs:\n  - job_name: federate\n    scheme: https\n    authorization:\n      type: Bearer\n      credentials: %s\n    static_configs:\n      - targets: ["prom.example.org"]\n' "$V" > prometheus/federate.yml
printf 'LoadPlugin mysql\n<Plugin mysql>\n  <Database "app">\n    Host "localhost"\n    User "collectd"\n    Password "%s"\n    Database "app"\n  </Database>\n</Plugin>\n' "$V" > etc/collectd/collectd.conf
printf 'defVersion 3\ndefSecurityName monitor\ndefSecurityLevel authPriv\ndefAuthType SHA\ndefAuthPassphrase %s\ndefPrivType AES\ndefPrivPassphrase %s\n' "$V" "$V" > .snmp/snmp.conf
printf '# jan/02/2026 10:00:00 by RouterOS 7.12\n/interface wireless security-profiles\nset [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=%s\n/ppp secret\nadd name=vpn1 password=%s service=l2tp\n/user\nadd group=full name=ops password=%s\n' "$V" "$V" "$V" > network/mikrotik.rsc
printf '<?xml version="1.0"?>\n<pfsense>\n  <system>\n    <user>\n      <name>admin</name>\n      <scope>system</scope>\n      <bcrypt-hash>%s</bcrypt-hash>\n    </user>\n  </system>\n  <ipsec>\n    <phase1>\n      <remote-gateway>203.0.113.9</remote-gateway>\n      <pre-shared-key>%s</pre-shared-key>\n    </phase1>\n  </ipsec>\n</pfsense>\n' "$(bcrypt '$2y$')" "$V" > pfsense/config.xml
printf 'provider "proxmox" {\n  pm_api_url  = "https://pve.example.org:8006/api2/json"\n  pm_user     = "terraform@pve"\n  pm_password = "%s"\n}\n' "$V" > terraform/proxmox.tf
printf "<domain type='kvm'>\n  <name>web1</name>\n  <memory unit='GiB'>4</memory>\n  <devices>\n    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='%s'/>\n  </devices>\n</domain>\n" "$V" > libvirt/qemu/web1.xml
printf 'config:\n  aws:region: eu-west-1\n  app:dbPassword: %s\n' "$V" > Pulumi.prod.yaml
printf 'Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: %s\nResources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      MasterUsername: app\n      MasterUserPassword: !Ref DBPassword\n' "$V" > cfn/database.yaml
printf 'acl {\n  enabled        = true\n  default_policy = "deny"\n  tokens {\n    initial_management = "%s"\n    agent              = "%s"\n  }\n}\n' "$UUID" "$UUID" > consul/acl.hcl
printf 'hostname: registry.example.org\nhttp:\n  port: 80\nharbor_admin_password: %s\ndatabase:\n  password: %s\n  max_idle_conns: 100\ndata_volume: /data\n' "$V" "$V" > harbor/harbor.yml
printf 'sonar.jdbc.username=sonar\nsonar.jdbc.password=%s\nsonar.jdbc.url=jdbc:postgresql://localhost/sonarqube\nsonar.web.port=9000\n' "$V" > sonarqube/conf/sonar.properties
printf 'sonar.projectKey=ops-portal\nsonar.sources=src\nsonar.host.url=https://sonar.example.org\nsonar.token=%s\n' "$V" > sonar-project.properties
printf 'APP_NAME = Git\nRUN_MODE = prod\n\n[database]\nDB_TYPE = postgres\nHOST = db:5432\nNAME = gitea\nUSER = gitea\nPASSWD = %s\n\n[security]\nINSTALL_LOCK = true\nSECRET_KEY = %s\n' "$V" "$V" > gitea/conf/app.ini
printf "apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-secret\n  namespace: argocd\ntype: Opaque\nstringData:\n  admin.password: '%s'\n  admin.passwordMtime: '2026-01-02T10:00:00Z'\n  server.secretkey: %s\n" "$(bcrypt '$2a$')" "$V" > argocd/argocd-secret.yaml
# Authelia's argon2id line; the digest stands in for argon2's (the line's shape is the tool's).
A2=$(python3 -c 'import base64,hashlib,sys; d=hashlib.sha512(sys.argv[1].encode()).digest(); e=lambda b: base64.b64encode(b).decode().rstrip("="); print("$argon2id$v=19$m=65536,t=3,p=4$"+e(d[:16])+"$"+e(d[16:48]))' "$V")
printf 'users:\n  ops:\n    disabled: false\n    displayname: "Ops Team"\n    password: "%s"\n    email: ops@example.org\n    groups:\n      - admins\n' "$A2" > authelia/users_database.yml
printf 'identity_validation:\n  reset_password:\n    jwt_secret: %s\nsession:\n  secret: %s\n  cookies:\n    - domain: example.org\n      authelia_url: https://auth.example.org\nstorage:\n  encryption_key: %s\n  local:\n    path: /config/db.sqlite3\n' "$V" "$V" "$V" > authelia/configuration.yml
printf "services:\n  portainer:\n    image: portainer/portainer-ce:latest\n    command: -H unix:///var/run/docker.sock --admin-password '%s'\n    ports:\n      - 9443:9443\n" "$(bcrypt '$2y$' | sed 's/\$/$$/g')" > portainer/docker-compose.yml
printf '# values that configuration.yaml reads with !secret\nlatitude_home: 52.37\nmqtt_password: %s\nunifi_pass: %s\n' "$V" "$V" > homeassistant/secrets.yaml
printf 'server_name: "example.org"\nregistration_shared_secret: "%s"\nmacaroon_secret_key: "%s"\nform_secret: "%s"\nsigning_key_path: "/data/example.org.signing.key"\n' "$V" "$V" "$V" > synapse/homeserver.yaml
printf '{\n  "SqlSettings": {\n    "DriverName": "postgres",\n    "DataSource": "postgres://mmuser:%s@db:5432/mattermost?sslmode=disable&connect_timeout=10",\n    "AtRestEncryptKey": "%s"\n  }\n}\n' "$V" "$V" > mattermost/config/config.json
printf '[options]\nadmin_passwd = %s\ndb_host = db\ndb_port = 5432\ndb_user = odoo\naddons_path = /mnt/extra-addons\n' "$V" > etc/odoo/odoo.conf
printf "<?php\nunset(\$CFG);\nglobal \$CFG;\n\$CFG = new stdClass();\n\$CFG->dbtype = 'pgsql';\n\$CFG->dbhost = 'db';\n\$CFG->dbname = 'moodle';\n\$CFG->dbuser = 'moodle';\n\$CFG->dbpass = '%s';\n\$CFG->wwwroot = 'https://moodle.example.org';\n" "$V" > moodle/config.php
printf "<?php\n\$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '%s',\n  'host' => 'db',\n  'driver' => 'mysql',\n];\n\$settings['hash_salt'] = '%s';\n" "$V" "$V" > web/sites/default/settings.php
printf "<?php\nclass JConfig\n{\n\tpublic \$dbtype = 'mysqli';\n\tpublic \$host = 'localhost';\n\tpublic \$user = 'joomla';\n\tpublic \$password = '%s';\n\tpublic \$db = 'joomla';\n\tpublic \$secret = '%s';\n}\n" "$V" "$V" > joomla/configuration.php
printf "<?php\nreturn [\n    'crypt' => [\n        'key' => '%s'\n    ],\n    'db' => [\n        'connection' => [\n            'default' => [\n                'host' => 'localhost',\n                'dbname' => 'magento',\n                'username' => 'magento',\n                'password' => '%s',\n                'active' => '1'\n            ]\n        ]\n    ],\n];\n" "${H:0:32}" "$V" > magento/app/etc/env.php
printf "mail.host: 'smtp.example.org'\nsystem.secret-key: '%s'\n" "$V" > sentry/config.yml
FERNET=$(python3 -c 'import base64,hashlib,sys; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode())' "$V")
printf '[core]\nexecutor = CeleryExecutor\nfernet_key = %s\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:%s@db/airflow\n\n[webserver]\nsecret_key = %s\n' "$FERNET" "$V" "$V" > airflow/airflow.cfg
printf 'MINIO_ROOT_USER=minioadmin\nMINIO_ROOT_PASSWORD=%s\nMINIO_VOLUMES="/mnt/data"\n' "$V" > etc/default/minio
printf 'backup ftp://ops:%s@ftp.example.org/backup\n' "$V" > .local/share/lftp/bookmarks
printf 'NcFTP bookmark-file version: 8\nNumber of bookmarks: 1\nbackup,ftp.example.org,ops,*encoded*%s,,/backup,I,21,4294967295,1,1,-1,1,10.0.0.50,Backup server,,,,,S,0\n' "$(printf '%s' "$V" | base64 -w0)" > .ncftp/bookmarks
printf '[mssql-prod]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:sql.example.org,1433\nDatabase = app\nUID = sa\nPWD = %s\n' "$V" > etc/odbc.ini
printf 'root=postmaster\nmailhub=smtp.example.org:587\nAuthUser=ops@example.org\nAuthPass=%s\nUseSTARTTLS=YES\n' "$V" > etc/ssmtp/ssmtp.conf
printf 'AuthInfo:smtp.example.org "U:ops" "P:%s" "M:PLAIN"\n' "$V" > etc/mail/authinfo
printf 'admin_variables=\n{\n\tadmin_credentials="admin:%s"\n\tmysql_ifaces="0.0.0.0:6032"\n}\nmysql_users=\n(\n\t{\n\t\tusername = "app"\n\t\tpassword = "%s"\n\t\tdefault_hostgroup = 0\n\t}\n)\n' "$V" "$V" > etc/proxysql.cnf
# Tor's HashedControlPassword: 16: then hex of salt, the S2K count byte and the iterated SHA-1.
TOR=$(python3 -c 'import hashlib,sys; s=hashlib.md5(sys.argv[1].encode()).digest()[:8]; c=0x60; n=(16+(c&15))<<((c>>4)+6); d=(s+sys.argv[1].encode())*(n//(8+len(sys.argv[1]))+1); print("16:"+(s+bytes([c])+hashlib.sha1(d[:n]).digest()).hex().upper())' "$V")
printf 'ControlPort 9051\nHashedControlPassword %s\n' "$TOR" > etc/tor/torrc
printf '# Cloudflare API token used by Certbot\ndns_cloudflare_api_token = %s\n' "$V" > etc/letsencrypt/cloudflare.ini
printf "LOG_FILE='/root/.acme.sh/acme.sh.log'\nAUTO_UPGRADE='1'\nSAVED_CF_Token='%s'\nSAVED_CF_Account_ID='%s'\n" "$V" "${H:0:32}" > .acme.sh/account.conf
printf ":foreman:\n  :host: 'https://foreman.example.org'\n  :username: 'admin'\n  :password: '%s'\n" "$V" > .hammer/cli.modules.d/foreman.yml
printf 'clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.example.org:5000/v3\n      username: ops\n      password: %s\n      project_name: ops\n      user_domain_name: Default\n    region_name: RegionOne\n' "$V" > .config/openstack/clouds.yaml
printf 'token: %s\ntls-san:\n  - k8s.example.org\nwrite-kubeconfig-mode: "0644"\n' "$V" > etc/rancher/rke2/config.yaml
printf '[user]\n\tname = Ops\n\temail = ops@example.org\n[http "https://git.example.org/"]\n\textraHeader = Authorization: Basic %s\n' "$BASIC" > .gitconfig
REALM='<https://svn.example.org:443> Subversion Repository'
printf 'K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV %d\n%s\nK 15\nsvn:realmstring\nV %d\n%s\nK 8\nusername\nV 3\nops\nEND\n' "${#V}" "$V" "${#REALM}" "$REALM" > ".subversion/auth/svn.simple/$(printf '%s' "$REALM" | md5sum | cut -c1-32)"
printf 'racadm -r 10.0.0.31 -u root -p %s serveraction powercycle\n' "$V" > scripts/idrac.sh
printf 'ETCDCTL_API=3 etcdctl --endpoints=https://10.0.0.12:2379 --user root:%s snapshot save /backup/etcd.db\n' "$V" > scripts/etcd-snapshot.sh
printf 'flux create secret git fleet-auth --url=https://git.example.org/ops/fleet --username=ops --password=%s\n' "$V" > scripts/flux-secret.sh
printf 'sensuctl configure -n --url http://127.0.0.1:8080 --username admin --password %s --namespace default\n' "$V" > scripts/sensu-configure.sh
printf 'export RESTIC_REPOSITORY=s3:s3.amazonaws.com/ops-backup\nexport RESTIC_PASSWORD=%s\nrestic backup /etc /srv\n' "$V" > scripts/restic-backup.sh
printf 'export PASSPHRASE=%s\nduplicity /etc sftp://backup@10.0.0.50//srv/backup/etc\nunset PASSPHRASE\n' "$V" > scripts/duplicity-backup.sh
printf 'mkstore -wrl /u01/app/oracle/wallet -createCredential ORCL system %s\n' "$V" > scripts/oracle-wallet.sh
printf 'docker swarm join --token SWMTKN-1-%s-%s 10.0.0.10:2377\n' "${H:0:50}" "${H:39:25}" > scripts/swarm-join.sh
printf 'snmpwalk -v3 -l authPriv -u monitor -a SHA -A %s -x AES -X %s 10.0.0.1 system\n' "$V" "$V" > scripts/snmpwalk.sh
# A decoy: a Pulumi stack's secret is kept encrypted under secure: (only the stack's key opens it); never reported.
printf 'config:\n  aws:region: eu-west-1\n  app:dbPassword:\n    secure: AAABA%s\n' "$(printf '%s' "$H$H" | xxd -r -p | base64 -w0 | tr -d '=')" > Pulumi.dev.yaml
