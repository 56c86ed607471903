# A probe beside the tenth batch, written after its rules: 25 files of the same families in other files, places and
# syntax (Gradle's Kotlin DSL, another game's console file and launch lines, another Deluge and Motion file, a Fastfile,
# an Arduino secrets header, ESP-IDF's sdkconfig, PlatformIO's build flags, Z-Wave keys in a compose file and Home
# Assistant's config entries, Zigbee2MQTT's network key as a block list, other openHAB things, other game servers'
# settings, Capacitor, Node-RED's runtime secret…), each holding $1 where the credential goes. It measures how far the
# rules written for tools-10.sh reach.
# Run as the batches are: test/eval/opsBatch/run.sh tools-10-probe.sh VALUE
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
mkdir -p android/app library tf2/tf/cfg rust factorio etc/systemd/system .config/deluge etc/motioneye fastlane sketch \
  esp-idf firmware zwave homeassistant/.storage zigbee2mqtt openhab/conf/things 7daystodie \
  palworld/Pal/Saved/Config/LinuxServer mobile node-red scripts moonraker/config projectzomboid/Zomboid/Server
# Build signing and publishing
printf 'android {\n    signingConfigs {\n        create("release") {\n            storeFile = file("release.keystore")\n            storePassword = "%s"\n            keyAlias = "upload"\n            keyPassword = "%s"\n        }\n    }\n}\n' "$V" "$V" > android/app/build.gradle.kts
printf 'publishing {\n    repositories {\n        maven {\n            url "https://nexus.corp.example/repository/releases"\n            credentials {\n                username "deploy"\n                password "%s"\n            }\n        }\n    }\n}\n' "$V" > library/build.gradle
printf 'storePassword=%s\nkeyPassword=%s\nkeyAlias=upload\nstoreFile=/home/ci/upload-keystore.jks\n' "$V" "$V" > android/key.properties
printf '{\n  "appId": "org.example.shop",\n  "appName": "Shop",\n  "webDir": "dist",\n  "android": {\n    "buildOptions": {\n      "keystorePath": "release.keystore",\n      "keystorePassword": "%s",\n      "keystoreAlias": "upload",\n      "keystoreAliasPassword": "%s",\n      "releaseType": "AAB"\n    }\n  }\n}\n' "$V" "$V" > mobile/capacitor.config.json
printf 'default_platform(:ios)\n\nplatform :ios do\n  lane :certs do\n    match(type: "appstore", readonly: true, git_basic_authorization: "%s")\n  end\nend\n' "$(printf 'ci-bot:%s' "$V" | base64 -w0)" > fastlane/Fastfile
# Game servers
printf 'hostname "Ops TF2"\nrcon_password %s\nsv_password %s\nmp_timelimit 30\n' "$V" "$V" > tf2/tf/cfg/autoexec.cfg
printf '#!/bin/sh\n./RustDedicated -batchmode +server.port 28015 +server.hostname "Ops" +rcon.port 28016 +rcon.password "%s" +rcon.web 1\n' "$V" > rust/start.sh
printf '#!/bin/sh\nexec ./bin/x64/factorio --start-server saves/ops.zip --server-settings data/server-settings.json --rcon-port 27015 --rcon-password "%s"\n' "$V" > factorio/start.sh
printf '[Unit]\nDescription=ARK server\n\n[Service]\nUser=steam\nExecStart=/srv/ark/ShooterGame/Binaries/Linux/ShooterGameServer TheIsland?listen?SessionName=Ops?ServerAdminPassword=%s -server -log\n\n[Install]\nWantedBy=multi-user.target\n' "$V" > etc/systemd/system/ark.service
printf '<?xml version="1.0"?>\n<ServerSettings>\n\t<property name="ServerName" value="Ops" />\n\t<property name="ServerPassword" value="%s" />\n\t<property name="TelnetEnabled" value="true" />\n\t<property name="TelnetPassword" value="%s" />\n</ServerSettings>\n' "$V" "$V" > 7daystodie/serverconfig.xml
printf '[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ServerName="Ops",ServerDescription="",AdminPassword="%s",ServerPassword="%s",PublicPort=8211,RCONEnabled=False,RCONPort=25575)\n' "$V" "$V" > palworld/Pal/Saved/Config/LinuxServer/PalWorldSettings.ini
printf 'PVP=true\nPauseEmpty=true\nPassword=%s\nRCONPort=27015\nRCONPassword=%s\n' "$V" "$V" > projectzomboid/Zomboid/Server/servertest.ini
# Media and self-hosted
printf 'localclient:%s:10\nops:%s:10\nreader:%s:1\n' "$(hex deluge-local | cut -c1-40)" "$V" "$V" > .config/deluge/auth
printf '{\n    "file": 3,\n    "format": 1\n}{\n    "hosts": [\n        [\n            "%s",\n            "10.0.0.5",\n            58846,\n            "ops",\n            "%s"\n        ]\n    ]\n}\n' "$(hex deluge-host | cut -c1-32)" "$V" > .config/deluge/hostlist.conf
printf '# @enabled on\n# @id 1\nnetcam_url rtsp://10.0.0.23:554/h264\nnetcam_userpass admin:%s\nwidth 1920\nheight 1080\n' "$V" > etc/motioneye/camera-1.conf
printf '#!/bin/sh\ntransmission-remote 10.0.0.5:9091 --auth ops:%s --add "$1"\n' "$V" > scripts/transmission-add.sh
printf '[mqtt_credentials]\nusername: moonraker\npassword: %s\n' "$V" > moonraker/config/moonraker.secrets
# Home automation and IoT
printf '#define SECRET_SSID "office"\n#define SECRET_PASS "%s"\n' "$V" > sketch/arduino_secrets.h
printf '#\n# Automatically generated file. DO NOT EDIT.\n# Espressif IoT Development Framework (ESP-IDF) Project Configuration\n#\nCONFIG_ESP_WIFI_SSID="office"\nCONFIG_ESP_WIFI_PASSWORD="%s"\nCONFIG_ESP_MAXIMUM_RETRY=5\n' "$V" > esp-idf/sdkconfig
printf '[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -DWIFI_SSID=\\"office\\"\n    -DWIFI_PASSWORD=\\"%s\\"\n' "$V" > firmware/platformio.ini
printf 'services:\n  zwave-js-ui:\n    image: zwavejs/zwave-js-ui:latest\n    environment:\n      - TZ=Europe/Berlin\n      - KEY_S0_Legacy=%s\n      - KEY_S2_Unauthenticated=%s\n      - KEY_S2_Authenticated=%s\n      - KEY_S2_AccessControl=%s\n' "$(hex p-s0 | cut -c1-32 | tr a-f A-F)" "$(hex p-s2u | cut -c1-32 | tr a-f A-F)" "$(hex p-s2a | cut -c1-32 | tr a-f A-F)" "$(hex p-s2ac | cut -c1-32 | tr a-f A-F)" > zwave/docker-compose.yml
printf '{\n  "version": 1,\n  "data": {\n    "entries": [\n      {\n        "domain": "zwave_js",\n        "title": "Z-Wave JS",\n        "data": {\n          "url": "ws://localhost:3000",\n          "usb_path": "/dev/ttyACM0",\n          "s0_legacy_key": "%s",\n          "s2_access_control_key": "%s",\n          "s2_authenticated_key": "%s",\n          "s2_unauthenticated_key": "%s"\n        }\n      }\n    ]\n  }\n}\n' "$(hex h-s0 | cut -c1-32 | tr a-f A-F)" "$(hex h-s2ac | cut -c1-32 | tr a-f A-F)" "$(hex h-s2a | cut -c1-32 | tr a-f A-F)" "$(hex h-s2u | cut -c1-32 | tr a-f A-F)" > homeassistant/.storage/core.config_entries
{ printf 'mqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://10.0.0.5\nadvanced:\n  pan_id: 41231\n  network_key:\n'
  hex z2m-block | cut -c1-32 | sed 's/../0x& /g' | xargs printf '%d\n' | sed 's/^/    - /'; } > zigbee2mqtt/configuration.yaml
printf 'Thing mail:smtp:relay "SMTP relay" [ hostname="smtp.example.org", sender="openhab@example.org", security="STARTTLS", port="587", username="openhab@example.org", password="%s" ]\n' "$V" > openhab/conf/things/mail.things
printf '{\n    "_credentialSecret": "%s"\n}\n' "$(hex nodered-secret)" > node-red/.config.runtime.json
