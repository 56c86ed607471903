# The third batch (monitoring and log shippers, backup, VoIP, MQTT, HashiCorp, CI runners, config management,
# FTP and proxy daemons, mail fetchers, storage, routers and firewalls, and runbook command lines of tools the
# first two batches do not hold), each holding $1 where the credential goes, in the file and place the tool's
# documentation shows.
# $1 = value; writes files into cwd
V="$1"
# Hex and base64 derived from the value, for the formats that take them.
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
B=$(printf '%s%s%s%s' "$V" "$V" "$V" "$V" | base64 -w0)
mkdir -p etc/icinga2/conf.d etc/icinga2/features-available etc/bacula etc/zabbix etc/asterisk etc/mosquitto \
  etc/squid etc/exim4 etc/davfs2 etc/ceph etc/vsftpd etc/proftpd etc/postgresql grafana/provisioning/datasources \
  prometheus telegraf fluent-bit fluentd filebeat kibana mongodb zookeeper/conf caddy vault nomad \
  rundeck/server/config rundeck/etc jenkins gitlab-runner gitlab packer srv/pillar hieradata network scripts
printf 'object ApiUser "root" {\n  password = "%s"\n  permissions = [ "*" ]\n}\n' "$V" > etc/icinga2/conf.d/api-users.conf
printf 'object IdoMysqlConnection "ido-mysql" {\n  user = "icinga2"\n  password = "%s"\n  host = "localhost"\n  database = "icinga2"\n}\n' "$V" > etc/icinga2/features-available/ido-mysql.conf
printf 'Director {\n  Name = backup-dir\n  Password = "%s"\n}\n\nFileDaemon {\n  Name = web1-fd\n  FDport = 9102\n}\n' "$V" > etc/bacula/bacula-fd.conf
printf 'Director {\n  Name = backup-dir\n  DIRport = 9101\n  address = 10.0.0.9\n  Password = "%s"\n}\n' "$V" > etc/bacula/bconsole.conf
printf '%s\n' "$H" > etc/zabbix/zabbix_agentd.psk
printf '1 SHA1 HEX:%s\n2 MD5 %s\n' "${H:0:40}" "$V" > etc/chrony.keys
printf '[general]\ncontext=internal\nallowguest=no\n\n[7001]\ntype=friend\nhost=dynamic\nsecret=%s\ncontext=internal\n' "$V" > etc/asterisk/sip.conf
printf '[general]\nenabled = yes\nport = 5038\nbindaddr = 127.0.0.1\n\n[admin]\nsecret = %s\nread = system,call,log\nwrite = system,call\n' "$V" > etc/asterisk/manager.conf
printf '[6001]\ntype=auth\nauth_type=userpass\npassword=%s\nusername=6001\n' "$V" > etc/asterisk/pjsip.conf
# mosquitto_passwd writes user:$7$iterations$salt$hash (PBKDF2-SHA512).
printf 'sensor:%s\n' "$(python3 -c 'import base64,hashlib,sys; s=hashlib.sha256(sys.argv[1].encode()).digest()[:12]; print("$7$101$"+base64.b64encode(s).decode()+"$"+base64.b64encode(hashlib.pbkdf2_hmac("sha512",sys.argv[1].encode(),s,101)).decode())' "$V")" > etc/mosquitto/passwd
printf 'connection cloud-bridge\naddress mqtt.example.org:8883\nremote_username gateway\nremote_password %s\ntopic sensors/# out 1\n' "$V" > etc/mosquitto/mosquitto.conf
printf 'ops:%s\n' "$(openssl passwd -apr1 "$V")" > etc/squid/passwords
printf 'cache_peer parent.example.org parent 3128 0 no-query default login=ops:%s\n' "$V" > etc/squid/squid.conf
printf '# password file used when the local exim is authenticating to a remote host\n*.mail.example.org:relayuser:%s\n' "$V" > etc/exim4/passwd.client
printf '# davfs2 secrets file\nhttps://dav.example.org/remote.php/webdav ops %s\n' "$V" > etc/davfs2/secrets
printf '[client.admin]\n\tkey = AQ%s==\n\tcaps mds = "allow *"\n\tcaps mon = "allow *"\n' "$(printf '%s' "$B" | tr -d '=+/' | cut -c1-36)" > etc/ceph/ceph.client.admin.keyring
printf 'ftpuser1\n%s\n' "$V" > etc/vsftpd/virtual_users.txt
printf 'ftpuser1:%s:2001:2001::/srv/ftp:/bin/false\n' "$(openssl passwd -1 "$V")" > etc/proftpd/ftpd.passwd
printf "primary_conninfo = 'host=10.0.0.5 port=5432 user=replicator password=%s application_name=standby1'\n" "$V" > etc/postgresql/postgresql.auto.conf
printf 'apiVersion: 1\ndatasources:\n  - name: Graphite\n    type: graphite\n    url: http://graphite:8080\n    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: %s\n' "$V" > grafana/provisioning/datasources/datasource.yml
printf 'scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: prom\n      password: %s\n    static_configs:\n      - targets: ["10.0.0.7:9100"]\n' "$V" > prometheus/prometheus.yml
printf '[[outputs.influxdb]]\n  urls = ["http://influxdb:8086"]\n  database = "telegraf"\n  username = "telegraf"\n  password = "%s"\n' "$V" > telegraf/telegraf.conf
printf '[OUTPUT]\n    Name        es\n    Match       *\n    Host        es.example.org\n    HTTP_User   fluent\n    HTTP_Passwd %s\n' "$V" > fluent-bit/fluent-bit.conf
printf '<match **>\n  @type forward\n  <security>\n    self_hostname client\n    shared_key %s\n  </security>\n  <server>\n    host 10.0.0.20\n  </server>\n</match>\n' "$V" > fluentd/fluent.conf
printf 'output.elasticsearch:\n  hosts: ["es.example.org:9200"]\n  username: "filebeat_writer"\n  password: "%s"\n' "$V" > filebeat/filebeat.yml
printf 'elasticsearch.hosts: ["http://es:9200"]\nelasticsearch.username: "kibana_system"\nelasticsearch.password: "%s"\n' "$V" > kibana/kibana.yml
printf '%s\n' "$B" > mongodb/keyfile
printf 'SERVER_JVMFLAGS="-Dzookeeper.DigestAuthenticationProvider.superDigest=super:%s"\n' "$(printf 'super:%s' "$V" | openssl dgst -binary -sha1 | openssl base64)" > zookeeper/conf/java.env
printf 'example.org {\n\tbasicauth /admin/* {\n\t\tops %s\n\t}\n\treverse_proxy localhost:8080\n}\n' "$(python3 -W ignore -c 'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))' "$V")" > caddy/Caddyfile
printf 'storage "consul" {\n  address = "127.0.0.1:8500"\n  path    = "vault/"\n  token   = "%s"\n}\n' "$V" > vault/vault.hcl
printf 'vault {\n  enabled = true\n  address = "https://vault.service.consul:8200"\n  token   = "%s"\n}\n' "$V" > nomad/server.hcl
printf 'dataSource.dbCreate = update\ndataSource.url = jdbc:mysql://db/rundeck?autoReconnect=true\ndataSource.username = rundeckuser\ndataSource.password = %s\n' "$V" > rundeck/server/config/rundeck-config.properties
printf 'framework.server.name = rundeck1\nframework.server.username = admin\nframework.server.password = %s\n' "$V" > rundeck/etc/framework.properties
printf 'jenkins:\n  securityRealm:\n    local:\n      allowsSignup: false\n      users:\n        - id: "admin"\n          password: "%s"\ncredentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - usernamePassword:\n              scope: GLOBAL\n              id: "deploy"\n              username: "deploy"\n              password: "%s"\n' "$V" "$V" > jenkins/jenkins.yaml
printf 'concurrent = 1\n\n[[runners]]\n  name = "docker-runner"\n  url = "https://gitlab.example.org/"\n  token = "%s"\n  executor = "docker"\n' "$V" > gitlab-runner/config.toml
printf "external_url 'https://gitlab.example.org'\ngitlab_rails['initial_root_password'] = \"%s\"\ngitlab_rails['smtp_password'] = \"%s\"\n" "$V" "$V" > gitlab/gitlab.rb
printf 'source "qemu" "ubuntu" {\n  iso_url      = "ubuntu.iso"\n  ssh_username = "packer"\n  ssh_password = "%s"\n}\n' "$V" > packer/ubuntu.pkr.hcl
printf '{\n  "builders": [{\n    "type": "amazon-ebs",\n    "communicator": "winrm",\n    "winrm_username": "Administrator",\n    "winrm_password": "%s"\n  }]\n}\n' "$V" > packer/windows.json
printf 'mysql:\n  server:\n    root_password: %s\n' "$V" > srv/pillar/mysql.sls
printf -- "---\nprofile::mysql::root_password: '%s'\n" "$V" > hieradata/common.yaml
printf 'config system admin\n    edit "admin"\n        set accprofile "super_admin"\n        set password %s\n    next\nend\n' "$V" > network/fortigate.conf
printf "set system login user ops authentication plaintext-password '%s'\nset vpn ipsec site-to-site peer 203.0.113.1 authentication pre-shared-secret '%s'\n" "$V" "$V" > network/vyos.config.boot
printf '[Repository Remote]\ntype = IMAP\nremotehost = imap.example.org\nremoteuser = ops\nremotepass = %s\n' "$V" > .offlineimaprc
printf 'IMAPAccount work\nHost imap.example.org\nUser ops@example.org\nPass %s\nSSLType IMAPS\n' "$V" > .mbsyncrc
printf 'Username ops\nDomain CORP\nPassword %s\nProxy 10.0.0.1:8080\n' "$V" > etc/cntlm.conf
printf 'user = "ops:%s"\n' "$V" > .curlrc
printf 'ipmitool -I lanplus -H 10.0.0.30 -U ADMIN -P %s chassis power status\n' "$V" > scripts/bmc.sh
printf 'xfreerdp /v:10.0.0.40 /u:Administrator /p:%s /cert:ignore\n' "$V" > scripts/rdp.sh
printf 'sqlcmd -S db.example.org -U sa -P %s -Q "SELECT 1"\n' "$V" > scripts/mssql.sh
printf 'oc login https://api.ocp.example.org:6443 -u kubeadmin -p %s\n' "$V" > scripts/ocp.sh
printf 'az login --service-principal -u http://deploy-sp -p %s --tenant corp.onmicrosoft.com\n' "$V" > scripts/azure.sh
printf 'argocd login argocd.example.org --username admin --password %s\n' "$V" > scripts/argocd.sh
printf 'terraform init -backend-config="access_key=AKIAQWERTYUIOPASDFGX" -backend-config="secret_key=%s"\n' "$V" > scripts/tf-init.sh
printf 'influx setup --username admin --password %s --org ops --bucket metrics --force\n' "$V" > scripts/influx.sh
printf 'net ads join -U Administrator%%%s\n' "$V" > scripts/ad-join.sh
printf 'export BORG_PASSPHRASE=%s\nborg create ::{hostname}-{now} /etc\n' "$V" > scripts/borg-backup.sh
# A decoy: hiera-eyaml keeps the value encrypted (only the key pair on the Puppet server opens it); never reported.
printf -- "---\nprofile::db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA]\n" > hieradata/secure.eyaml
