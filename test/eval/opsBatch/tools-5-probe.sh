# A probe beside the fifth batch (tools-5.sh holds 60 files, the batches' limit), written with it and before any
# rule was changed: 46 more files of tools no batch holds (Windows autologon, cmdkey, net use, schtasks and
# PowerCLI; remote desktop and database client files — .rdp, mRemoteNG, HeidiSQL, Navicat; Bundler, Bun, Helm and
# glab clients; Capistrano, Chef, Puppet, salt-ssh, Cobbler, HPE iLO; Concourse, authentik; Roundcube,
# phpMyAdmin, MediaWiki, Dolibarr; NSCA, NCPA, Checkmk; ESPHome, OctoPrint; autofs, direnv; skopeo, the Jenkins
# CLI, Flower; Plex, doctl, OVH, SnowSQL, Flyway, TeamCity, GlassFish, NiFi, Spark, Zeppelin, Guacamole and
# Firebird), each holding $1 where the credential goes. Run as the batches are:
# test/eval/opsBatch/run.sh tools-5-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
H=$(printf '%s' "$V" | sha256sum | cut -c1-64)
K32=$(printf '%s' "$H" | xxd -r -p | base64 -w0)
mkdir -p windows scripts rdp mRemoteNG HeidiSQL navicat .bundle .config/helm .config/glab-cli config/deploy \
  cookbooks/db/attributes manifests etc/salt cobbler ilo concourse authentik roundcube/config phpmyadmin mediawiki \
  dolibarr/htdocs/conf nagios ncpa/etc omd/sites/mon/var/check_mk/web/automation esphome octoprint \
  plex .config/doctl .snowsql flyway/conf teamcity/config glassfish nifi/conf spark/conf zeppelin/conf guacamole \
  firebird
printf 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n"AutoAdminLogon"="1"\r\n"DefaultUserName"="kiosk"\r\n"DefaultPassword"="%s"\r\n' "$V" > windows/autologon.reg
printf 'cmdkey /add:fs01.corp.example.org /user:CORP\\ops /pass:%s\r\n' "$V" > scripts/cmdkey.bat
printf 'net use Z: \\\\fs01\\share %s /user:CORP\\ops /persistent:yes\r\n' "$V" > scripts/map-share.cmd
printf 'schtasks /create /tn "Nightly backup" /tr C:\\ops\\backup.cmd /sc daily /st 02:00 /ru CORP\\svc-backup /rp %s\r\n' "$V" > scripts/backup-task.bat
printf 'Connect-VIServer -Server vc.example.org -User administrator@vsphere.local -Password %s\r\nGet-VM | Where-Object { $_.PowerState -eq "PoweredOff" }\r\n' "$V" > scripts/vcenter.ps1
# An .rdp file's password is a DPAPI blob in hex; the digest stands in for the blob's body.
printf 'full address:s:10.0.0.40\r\nusername:s:CORP\\ops\r\npassword 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000%s\r\n' "${H^^}${H^^}${H^^}" > rdp/web1.rdp
printf '<?xml version="1.0" encoding="utf-8"?>\n<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="%s" ConfVersion="2.6">\n    <Node Name="web1" Type="Connection" Username="ops" Domain="CORP" Password="%s" Hostname="10.0.0.40" Protocol="RDP" Port="3389" />\n</mrng:Connections>\n' "$(printf '%s' "${H:0:48}" | xxd -r -p | base64 -w0)" "$(printf '%s' "$H${H:0:32}" | xxd -r -p | base64 -w0)" > mRemoteNG/confCons.xml
# HeidiSQL's portable settings: each character's code plus a salt digit, in hex, then the digit.
HEIDI=$(python3 -c 'import sys; s=7; print("".join("%02X" % (ord(c) + s) for c in sys.argv[1]) + str(s))' "$V")
printf 'Servers\\prod\\Host<|||>1<|||>db.example.org\r\nServers\\prod\\User<|||>1<|||>root\r\nServers\\prod\\Password<|||>1<|||>%s\r\nServers\\prod\\Port<|||>1<|||>3306\r\n' "$HEIDI" > HeidiSQL/portable_settings.txt
# Navicat 12+: AES-128-CBC under the key and IV the tool ships with, in hex.
NAV=$(printf '%s' "$V" | openssl enc -aes-128-cbc -K 6c696263636b65796c696263636b6579 -iv 6c696263636976206c69626363697620 2>/dev/null | xxd -p | tr -d '\n' | tr a-f A-F)
printf '<?xml version="1.0" encoding="UTF-8"?>\n<Connections Ver="1.5">\n  <Connection ConnectionName="prod" ProjectUUID="" ConnType="MYSQL" OraConnType="" ServiceProvider="Default" Host="db.example.org" Port="3306" Database="" OraServiceNameType="" TNS="" MSSQLAuthenMode="" MSSQLAuthenSource="" DatabaseFileName="" UserName="root" Password="%s" SavePassword="true" />\n</Connections>\n' "$NAV" > navicat/connections.ncx
printf -- '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__CONTRIBSYS__COM: "ops:%s"\n' "$V" > .bundle/config
printf '[install.scopes]\ncorp = { token = "%s", url = "https://npm.example.org/" }\n' "$V" > bunfig.toml
printf 'apiVersion: ""\ngenerated: "2026-01-02T10:00:00Z"\nrepositories:\n- caFile: ""\n  certFile: ""\n  insecure_skip_tls_verify: false\n  keyFile: ""\n  name: corp\n  pass_credentials_all: false\n  password: %s\n  url: https://charts.example.org\n  username: ops\n' "$V" > .config/helm/repositories.yaml
printf 'git_protocol: ssh\nhosts:\n    gitlab.example.org:\n        token: %s\n        api_host: gitlab.example.org\n        git_protocol: ssh\n        api_protocol: https\n' "$V" > .config/glab-cli/config.yml
printf 'server "10.0.0.2", user: "deploy", roles: %%w{app web db}\n\nset :ssh_options, {\n  user: "deploy",\n  password: "%s",\n  auth_methods: %%w(password)\n}\n' "$V" > config/deploy/production.rb
printf "default['mysql']['bind_address'] = '127.0.0.1'\ndefault['mysql']['server_root_password'] = '%s'\n" "$V" > cookbooks/db/attributes/default.rb
printf "class { 'mysql::server':\n  root_password           => '%s',\n  remove_default_accounts => true,\n}\n" "$V" > manifests/db.pp
printf 'web1:\n  host: 10.0.0.2\n  user: root\n  passwd: %s\n  sudo: True\n' "$V" > etc/salt/roster
printf 'server: 10.0.0.3\nnext_server_v4: 10.0.0.3\ndefault_password_crypted: "%s"\nmanage_dhcp: true\n' "$(openssl passwd -1 "$V")" > cobbler/settings.yaml
printf '<RIBCL VERSION="2.0">\n  <LOGIN USER_LOGIN="Administrator" PASSWORD="%s">\n    <USER_INFO MODE="write">\n      <ADD_USER USER_NAME="ops" USER_LOGIN="ops" PASSWORD="%s">\n        <ADMIN_PRIV value="Y"/>\n      </ADD_USER>\n    </USER_INFO>\n  </LOGIN>\n</RIBCL>\n' "$V" "$V" > ilo/add-user.xml
printf 'services:\n  web:\n    image: concourse/concourse\n    command: web\n    environment:\n      CONCOURSE_EXTERNAL_URL: https://ci.example.org\n      CONCOURSE_ADD_LOCAL_USER: admin:%s\n      CONCOURSE_MAIN_TEAM_LOCAL_USER: admin\n' "$V" > concourse/docker-compose.yml
printf 'AUTHENTIK_SECRET_KEY=%s\nAUTHENTIK_POSTGRESQL__USER=authentik\nAUTHENTIK_POSTGRESQL__PASSWORD=%s\nAUTHENTIK_EMAIL__HOST=smtp.example.org\n' "$V" "$V" > authentik/.env
printf "<?php\n\$config = [];\n\$config['db_dsnw'] = 'mysql://roundcube:%s@localhost/roundcubemail';\n\$config['des_key'] = '%s';\n\$config['plugins'] = ['archive', 'zipdownload'];\n" "$V" "$V" > roundcube/config/config.inc.php
printf "<?php\n\$cfg['blowfish_secret'] = '%s';\n\$i = 0;\n\$i++;\n\$cfg['Servers'][\$i]['auth_type'] = 'config';\n\$cfg['Servers'][\$i]['host'] = 'db';\n\$cfg['Servers'][\$i]['user'] = 'root';\n\$cfg['Servers'][\$i]['password'] = '%s';\n" "$V" "$V" > phpmyadmin/config.inc.php
printf '<?php\n$wgSitename = "Ops Wiki";\n$wgDBtype = "mysql";\n$wgDBserver = "db";\n$wgDBname = "wiki";\n$wgDBuser = "wiki";\n$wgDBpassword = "%s";\n$wgSecretKey = "%s";\n$wgUpgradeKey = "%s";\n' "$V" "$H" "${H:0:16}" > mediawiki/LocalSettings.php
printf "<?php\n\$dolibarr_main_url_root='https://erp.example.org';\n\$dolibarr_main_db_host='localhost';\n\$dolibarr_main_db_name='dolibarr';\n\$dolibarr_main_db_user='dolibarr';\n\$dolibarr_main_db_pass='%s';\n\$dolibarr_main_instance_unique_id='%s';\n" "$V" "${H:0:32}" > dolibarr/htdocs/conf/conf.php
printf '# send_nsca: the password the NSCA daemon expects\npassword=%s\nencryption_method=1\n' "$V" > nagios/send_nsca.cfg
printf '[general]\ncheck_user_agent = 1\n\n[api]\ncommunity_string = %s\n' "$V" > ncpa/etc/ncpa.cfg
printf '%s\n' "$V" > omd/sites/mon/var/check_mk/web/automation/automation.secret
printf 'esphome:\n  name: office\nwifi:\n  ssid: "office"\n  password: "%s"\napi:\n  encryption:\n    key: "%s"\nota:\n  - platform: esphome\n    password: "%s"\n' "$V" "$K32" "$V" > esphome/office.yaml
printf 'api:\n  key: %s\nserver:\n  firstRun: false\n  secretKey: %s\n' "$V" "$V" > octoprint/config.yaml
printf 'share -fstype=cifs,rw,username=ops,password=%s ://fs01.example.org/share\n' "$V" > etc/auto.cifs
printf 'export GOVC_URL=https://vc.example.org/sdk\nexport GOVC_USERNAME=administrator@vsphere.local\nexport GOVC_PASSWORD=%s\n' "$V" > .envrc
printf 'skopeo copy --src-creds ops:%s --dest-creds ops:%s docker://registry.example.org/app:1.2 docker://mirror.example.org/app:1.2\n' "$V" "$V" > scripts/skopeo-mirror.sh
printf 'java -jar jenkins-cli.jar -s https://ci.example.org/ -auth ops:%s build deploy -s\n' "$V" > scripts/jenkins-build.sh
printf 'celery -A app flower --port=5555 --basic_auth=admin:%s\n' "$V" > scripts/flower.sh
printf '<?xml version="1.0" encoding="utf-8"?>\n<Preferences MachineIdentifier="%s" ProcessedMachineIdentifier="%s" AcceptedEULA="1" PlexOnlineUsername="ops" PlexOnlineToken="%s" FriendlyName="media"/>\n' "${H:0:8}-${H:8:4}-${H:12:4}-${H:16:4}-${H:20:12}" "${H:0:40}" "$V" > plex/Preferences.xml
printf 'access-token: %s\ncontext: default\noutput: text\n' "$V" > .config/doctl/config.yaml
printf '[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=%s\napplication_secret=%s\nconsumer_key=%s\n' "${H:0:16}" "$V" "$V" > .ovh.conf
printf '[connections]\naccountname = xy12345.eu-central-1\nusername = ops\npassword = %s\ndbname = analytics\n' "$V" > .snowsql/config
printf 'flyway.url=jdbc:postgresql://db.example.org:5432/app\nflyway.user=app\nflyway.password=%s\nflyway.locations=filesystem:sql\n' "$V" > flyway/conf/flyway.conf
printf 'connectionUrl=jdbc:postgresql://db.example.org/teamcity\nconnectionProperties.user=teamcity\nconnectionProperties.password=%s\n' "$V" > teamcity/config/database.properties
printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_MASTERPASSWORD=%s\n' "$V" "$V" > glassfish/password.txt
printf 'nifi.sensitive.props.key=%s\nnifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256\nnifi.security.keystorePasswd=%s\n' "$V" "$V" > nifi/conf/nifi.properties
printf 'spark.master                     spark://master.example.org:7077\nspark.hadoop.fs.s3a.endpoint     s3.example.org\nspark.hadoop.fs.s3a.secret.key   %s\n' "$V" > spark/conf/spark-defaults.conf
printf '[users]\nadmin = %s, admin\n\n[main]\nsessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager\n\n[roles]\nadmin = *\n' "$V" > zeppelin/conf/shiro.ini
printf '<user-mapping>\n    <authorize username="ops" password="%s">\n        <connection name="web1">\n            <protocol>ssh</protocol>\n            <param name="hostname">10.0.0.2</param>\n            <param name="username">root</param>\n            <param name="password">%s</param>\n        </connection>\n    </authorize>\n</user-mapping>\n' "$V" "$V" > guacamole/user-mapping.xml
printf '#\n# Firebird generated password for user SYSDBA is:\n#\nISC_USER=SYSDBA\nISC_PASSWD=%s\n' "$V" > firebird/SYSDBA.password
