# The tenth batch (home automation and IoT, media and self-hosted applications, data tools, game servers, developer
# tools and mobile build signing), none of them in the first nine batches or their probes, each holding $1 where the
# credential goes, in the file and place the tool's documentation shows; four decoys (Frigate's {FRIGATE_…}
# substitution, Zigbee2MQTT's '!secret' reference, a Gradle signing config read from the environment, SABnzbd's empty
# values).
# $1 = value; writes files into cwd
V="$1"
# Hex, base64 and hashes derived from the value and a word, for the formats that take them: each file its own.
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
# bcrypt's and md5-crypt's alphabet ([./A-Za-z0-9]), from the value and a word
cryptchars() { { hex "$1"; hex "$1-2"; } | tr -d '\n' | xxd -r -p | base64 -w0 | tr '+/' './' | tr -d '=' | cut -c1-"$2"; }
bcrypt() { printf '$2a$10$%s' "$(cryptchars "$1" 53)"; }
md5crypt() { local c; c=$(cryptchars "$1" 30); printf '$1$%s$%s' "${c:0:8}" "${c:8:22}"; }
mkdir -p zigbee2mqtt/data tasmota frigate/config node-red/data zwave-js-ui/store openhab/conf/things \
  moonraker/config etc/motion etc/zm sabnzbd nzbget deluge AdGuardHome/conf kodi/userdata lldap .n8n \
  matomo/config dokuwiki/conf etc/webmin flink/conf db thanos druid/conf/druid/cluster/_common hue/desktop/conf \
  csgo/cfg factorio/data ark/ShooterGame/Saved/Config/LinuxServer terraria teamspeak valheim gerrit/etc confluence \
  bitbucket/shared semaphore discourse/containers android/app mobile cordova fastlane \
  decoys/frigate decoys/zigbee2mqtt decoys/android/app decoys/sabnzbd
# Home automation and IoT
printf 'homeassistant: true\npermit_join: false\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://10.0.0.5:1883\n  user: z2m\n  password: %s\nserial:\n  port: /dev/ttyACM0\nadvanced:\n  pan_id: 6754\n  network_key: [%s]\nfrontend:\n  port: 8080\n' "$V" "$(hex z2m | cut -c1-32 | sed 's/../0x& /g' | xargs printf '%d, ' | sed 's/, $//')" > zigbee2mqtt/data/configuration.yaml
printf '#ifndef _USER_CONFIG_OVERRIDE_H_\n#define _USER_CONFIG_OVERRIDE_H_\n\n#undef  STA_SSID1\n#define STA_SSID1         "office"\n#undef  STA_PASS1\n#define STA_PASS1         "%s"\n\n#undef  MQTT_HOST\n#define MQTT_HOST         "10.0.0.5"\n#undef  MQTT_USER\n#define MQTT_USER         "tasmota"\n#undef  MQTT_PASS\n#define MQTT_PASS         "%s"\n\n#endif  // _USER_CONFIG_OVERRIDE_H_\n' "$V" "$V" > tasmota/user_config_override.h
printf 'mqtt:\n  host: 10.0.0.5\n  user: frigate\n  password: %s\ncameras:\n  front_door:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:%s@10.0.0.21:554/cam/realmonitor?channel=1&subtype=0\n          roles:\n            - detect\n' "$V" "$V" > frigate/config/config.yml
printf '{\n    "c3a1f0e2.5b7d9a": {\n        "user": "nodered",\n        "password": "%s"\n    }\n}\n' "$V" > node-red/data/flows_cred.json
printf '{\n  "zwave": {\n    "port": "/dev/ttyACM0",\n    "commandsTimeout": 30,\n    "securityKeys": {\n      "S2_Unauthenticated": "%s",\n      "S2_Authenticated": "%s",\n      "S2_AccessControl": "%s",\n      "S0_Legacy": "%s"\n    }\n  },\n  "gateway": {\n    "type": 0\n  }\n}\n' "$(hex s2u | cut -c1-32 | tr a-f A-F)" "$(hex s2a | cut -c1-32 | tr a-f A-F)" "$(hex s2ac | cut -c1-32 | tr a-f A-F)" "$(hex s0 | cut -c1-32 | tr a-f A-F)" > zwave-js-ui/store/settings.json
printf 'Bridge mqtt:broker:mosquitto "Mosquitto" [ host="10.0.0.5", port=1883, secure=false, username="openhab", password="%s" ]\n{\n    Thing topic hallway "Hallway light" {\n        Channels:\n            Type switch : power [ commandTopic="hallway/cmnd/POWER" ]\n    }\n}\n' "$V" > openhab/conf/things/mqtt.things
printf '[server]\nhost: 0.0.0.0\nport: 7125\n\n[mqtt]\naddress: 10.0.0.5\nport: 1883\nusername: moonraker\npassword: %s\nenable_moonraker_api: True\n' "$V" > moonraker/config/moonraker.conf
printf 'daemon on\nwidth 1280\nheight 720\nnetcam_url rtsp://10.0.0.22:554/stream1\nnetcam_userpass ops:%s\nstream_port 8081\n' "$V" > etc/motion/motion.conf
printf '# ZoneMinder database type: so far only mysql is supported\nZM_DB_TYPE=mysql\nZM_DB_HOST=localhost\nZM_DB_NAME=zm\nZM_DB_USER=zmuser\nZM_DB_PASS=%s\n' "$V" > etc/zm/zm.conf
# Media and self-hosted applications
printf '__version__ = 19\n__encoding__ = utf-8\n[misc]\nhost = 0.0.0.0\nport = 8080\nusername = ops\npassword = %s\napi_key = %s\nnzb_key = %s\n[servers]\n[[news.example.net]]\nname = news.example.net\nhost = news.example.net\nport = 563\nusername = ops\npassword = %s\nssl = 1\n' "$V" "$(hex sab-api | cut -c1-32)" "$(hex sab-nzb | cut -c1-32)" "$V" > sabnzbd/sabnzbd.ini
printf 'MainDir=/data\nControlIP=0.0.0.0\nControlPort=6789\nControlUsername=nzbget\nControlPassword=%s\nServer1.Active=yes\nServer1.Name=news\nServer1.Host=news.example.net\nServer1.Port=563\nServer1.Username=ops\nServer1.Password=%s\nServer1.Encryption=yes\n' "$V" "$V" > nzbget/nzbget.conf
printf 'localclient:%s:10\nops:%s:10\n' "$(hex deluge-local | cut -c1-40)" "$V" > deluge/auth
printf 'http:\n  address: 0.0.0.0:3000\n  session_ttl: 720h\nusers:\n  - name: admin\n    password: %s\nauth_attempts: 5\ndns:\n  bind_hosts:\n    - 0.0.0.0\n' "$(bcrypt adguard)" > AdGuardHome/conf/AdGuardHome.yaml
printf '<advancedsettings version="1.0">\n  <videodatabase>\n    <type>mysql</type>\n    <host>10.0.0.5</host>\n    <port>3306</port>\n    <user>kodi</user>\n    <pass>%s</pass>\n  </videodatabase>\n</advancedsettings>\n' "$V" > kodi/userdata/advancedsettings.xml
printf 'http_port = 17170\nldap_port = 3890\nldap_base_dn = "dc=example,dc=com"\nldap_user_dn = "admin"\nldap_user_pass = "%s"\njwt_secret = "%s"\ndatabase_url = "sqlite:///data/users.db?mode=rwc"\n' "$V" "$(k32 lldap-jwt)" > lldap/lldap_config.toml
printf '{\n\t"encryptionKey": "%s"\n}' "$V" > .n8n/config
printf '; <?php exit; ?> DO NOT REMOVE THIS LINE\n; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.\n[database]\nhost = "db"\nusername = "matomo"\npassword = "%s"\ndbname = "matomo"\ntables_prefix = "matomo_"\n\n[General]\nsalt = "%s"\ntrusted_hosts[] = "analytics.example.org"\n' "$V" "$(hex matomo | cut -c1-32)" > matomo/config/config.ini.php
printf "# users.auth.php\n# <?php exit()?>\n# Don't modify the lines above\n#\n# Userfile\n#\n# Format:\n#\n# login:passwordhash:Real Name:email:groups,comma,separated\n\nadmin:%s:Admin:admin@example.org:admin,user\n" "$(bcrypt dokuwiki)" > dokuwiki/conf/users.auth.php
printf 'admin:%s:0\n' "$(md5crypt webmin)" > etc/webmin/miniserv.users
# Data tools
printf 'jobmanager.rpc.address: jobmanager\ntaskmanager.numberOfTaskSlots: 4\ns3.endpoint: https://s3.eu-west-1.amazonaws.com\ns3.access-key: AKIAEXAMPLEONLY00000\ns3.secret-key: %s\n' "$V" > flink/conf/flink-conf.yaml
printf 'changeLogFile: db/changelog/db.changelog-master.yaml\nurl: jdbc:postgresql://db.corp.example:5432/shop\nusername: shop\npassword: %s\nliquibase.hub.mode: off\n' "$V" > db/liquibase.properties
printf '[core]\n\tengine = pg\n\ttop_dir = .\n[engine "pg"]\n\ttarget = prod\n[target "prod"]\n\turi = db:pg://shop:%s@db.corp.example/shop\n' "$V" > sqitch.conf
printf 'type: S3\nconfig:\n  bucket: thanos\n  endpoint: s3.eu-west-1.amazonaws.com\n  access_key: AKIAEXAMPLEONLY00000\n  secret_key: %s\n' "$V" > thanos/objstore.yml
printf 'druid.extensions.loadList=["postgresql-metadata-storage", "druid-s3-extensions"]\ndruid.metadata.storage.type=postgresql\ndruid.metadata.storage.connector.connectURI=jdbc:postgresql://db.corp.example:5432/druid\ndruid.metadata.storage.connector.user=druid\ndruid.metadata.storage.connector.password=%s\ndruid.storage.type=s3\ndruid.s3.accessKey=AKIAEXAMPLEONLY00000\ndruid.s3.secretKey=%s\n' "$V" "$V" > druid/conf/druid/cluster/_common/common.runtime.properties
printf '[desktop]\n  secret_key=%s\n  http_host=0.0.0.0\n  http_port=8888\n  [[database]]\n    engine=postgresql_psycopg2\n    host=db.corp.example\n    port=5432\n    user=hue\n    password=%s\n    name=hue\n' "$(k32 hue)" "$V" > hue/desktop/conf/hue.ini
# Game servers
printf 'hostname "Ops LAN"\nrcon_password "%s"\nsv_password "%s"\nsv_lan 0\nsv_cheats 0\n' "$V" "$V" > csgo/cfg/server.cfg
printf '{\n  "name": "Ops",\n  "description": "Ops team server",\n  "tags": ["game"],\n  "max_players": 8,\n  "visibility": {"public": false, "lan": true},\n  "username": "ops",\n  "password": "",\n  "token": "%s",\n  "game_password": "%s",\n  "require_user_verification": true\n}\n' "$(hex factorio | cut -c1-30)" "$V" > factorio/data/server-settings.json
printf '[ServerSettings]\nServerPassword=%s\nServerAdminPassword=%s\nRCONEnabled=True\nRCONPort=27020\n\n[SessionSettings]\nSessionName=Ops\n' "$V" "$V" > ark/ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini
printf 'world=/srv/terraria/Worlds/ops.wld\nautocreate=2\nworldname=ops\nmaxplayers=8\nport=7777\npassword=%s\nmotd=Welcome\n' "$V" > terraria/serverconfig.txt
printf 'machine_id=\ndefault_voice_port=9987\nvoice_ip=0.0.0.0\nfiletransfer_port=30033\nquery_port=10011\ndbplugin=ts3db_sqlite3\ndbsqlpath=sql/\nserveradmin_password=%s\nlogpath=logs\n' "$V" > teamspeak/ts3server.ini
printf '#!/bin/bash\nexport templdpath=$LD_LIBRARY_PATH\nexport LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH\nexport SteamAppId=892970\n./valheim_server.x86_64 -name "Ops" -port 2456 -world "Dedicated" -password "%s" -public 0\nexport LD_LIBRARY_PATH=$templdpath\n' "$V" > valheim/start_server.sh
# Developer tools
printf '[database]\n\tpassword = %s\n[auth]\n\tregisterEmailPrivateKey = %s\n[sendemail]\n\tsmtpPass = %s\n' "$V" "$(k32 gerrit)" "$V" > gerrit/etc/secure.config
printf '<?xml version="1.0" encoding="UTF-8"?>\n\n<confluence-configuration>\n  <setupStep>complete</setupStep>\n  <buildNumber>8703</buildNumber>\n  <properties>\n    <property name="hibernate.connection.url">jdbc:postgresql://db.corp.example:5432/confluence</property>\n    <property name="hibernate.connection.username">confluence</property>\n    <property name="hibernate.connection.password">%s</property>\n  </properties>\n</confluence-configuration>\n' "$V" > confluence/confluence.cfg.xml
printf 'jdbc.driver=org.postgresql.Driver\njdbc.url=jdbc:postgresql://db.corp.example:5432/bitbucket\njdbc.user=bitbucket\njdbc.password=%s\nsetup.sysadmin.username=admin\nsetup.sysadmin.password=%s\n' "$V" "$V" > bitbucket/shared/bitbucket.properties
printf '{\n\t"mysql": {\n\t\t"host": "127.0.0.1:3306",\n\t\t"user": "semaphore",\n\t\t"pass": "%s",\n\t\t"name": "semaphore",\n\t\t"options": null\n\t},\n\t"dialect": "mysql",\n\t"tmp_path": "/tmp/semaphore",\n\t"cookie_hash": "%s",\n\t"cookie_encryption": "%s",\n\t"access_key_encryption": "%s"\n}\n' "$V" "$(k32 sem-hash)" "$(k32 sem-enc)" "$(k32 sem-key)" > semaphore/config.json
printf 'templates:\n  - "templates/postgres.template.yml"\n  - "templates/redis.template.yml"\n  - "templates/web.template.yml"\nexpose:\n  - "80:80"\nenv:\n  LANG: en_US.UTF-8\n  DISCOURSE_HOSTNAME: forum.example.org\n  DISCOURSE_DEVELOPER_EMAILS: ops@example.org\n  DISCOURSE_SMTP_ADDRESS: smtp.example.org\n  DISCOURSE_SMTP_PORT: 587\n  DISCOURSE_SMTP_USER_NAME: forum@example.org\n  DISCOURSE_SMTP_PASSWORD: "%s"\n' "$V" > discourse/containers/app.yml
# Mobile build signing
printf 'android {\n    compileSdkVersion 34\n    signingConfigs {\n        release {\n            storeFile file("release.keystore")\n            storePassword "%s"\n            keyAlias "upload"\n            keyPassword "%s"\n        }\n    }\n    buildTypes {\n        release {\n            signingConfig signingConfigs.release\n        }\n    }\n}\n' "$V" "$V" > android/app/build.gradle
printf '{\n  "android": {\n    "keystore": {\n      "keystorePath": "android/keystores/release.keystore",\n      "keystorePassword": "%s",\n      "keyAlias": "upload",\n      "keyPassword": "%s"\n    }\n  },\n  "ios": {\n    "provisioningProfilePath": "ios/certs/profile.mobileprovision",\n    "distributionCertificate": {\n      "path": "ios/certs/dist.p12",\n      "password": "%s"\n    }\n  }\n}\n' "$V" "$V" "$V" > mobile/credentials.json
printf '{\n  "android": {\n    "release": {\n      "keystore": "../release.keystore",\n      "storePassword": "%s",\n      "alias": "upload",\n      "password": "%s",\n      "keystoreType": ""\n    }\n  }\n}\n' "$V" "$V" > cordova/build.json
printf 'git_url("https://git.corp.example/mobile/certificates.git")\nstorage_mode("git")\ntype("appstore")\napp_identifier(["org.example.shop"])\ngit_basic_authorization("%s")\n' "$(printf 'ci-bot:%s' "$V" | base64 -w0)" > fastlane/Matchfile
printf '{\n  "key_id": "D383SF739",\n  "issuer_id": "6053b7fe-68a8-4acb-89be-165aa6465141",\n  "key": "-----BEGIN PRIVATE KEY-----\\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg%s\\n%s\\n-----END PRIVATE KEY-----",\n  "in_house": false\n}\n' "$(k32 asc1 | cut -c1-16)" "$(k32 asc2 | tr -d =)$(k32 asc3 | cut -c1-20)" > fastlane/api_key.json
# Decoys: never reported.
printf 'mqtt:\n  host: 10.0.0.5\n  user: "{FRIGATE_MQTT_USER}"\n  password: "{FRIGATE_MQTT_PASSWORD}"\ncameras:\n  front_door:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.0.0.21:554/stream1\n' > decoys/frigate/config.yml
printf "mqtt:\n  base_topic: zigbee2mqtt\n  server: '!secret server'\n  user: '!secret user'\n  password: '!secret password'\nadvanced:\n  network_key: GENERATE\n" > decoys/zigbee2mqtt/configuration.yaml
printf 'android {\n    signingConfigs {\n        release {\n            storeFile file(System.getenv("KEYSTORE_FILE") ?: "release.keystore")\n            storePassword System.getenv("KEYSTORE_PASSWORD")\n            keyAlias "upload"\n            keyPassword project.findProperty("keyPassword")\n        }\n    }\n}\n' > decoys/android/app/build.gradle
printf '[misc]\nhost = 0.0.0.0\nport = 8080\nusername = ""\npassword = ""\napi_key = ""\n' > decoys/sabnzbd/sabnzbd.ini
