# The twelfth batch of ops files (helper cred-formats-13; the file name tools-12 is the probe of the formats batch 11
# left): formats none of the first eleven batches or their probes hold — configuration management (a Puppet agent's
# csr_attributes.yaml, a Foreman installer answers file, a Salt minion's mysql module settings, a knife config.rb),
# CI servers' own files (a GoCD cruise-config.xml, a TeamCity project-config.xml, Concourse's ~/.flyrc, a Jenkins
# inbound agent's unit, sensuctl's cluster file), monitoring and logging (LibreNMS, vmagent's unit, Curator, Grafana
# alerting contact points, an Elastic Agent enrolment, Wazuh's client.keys, a Sumo Logic collector), messaging (a ZeroMQ
# CURVE secret certificate, memcached's SASL password file), backup (Kopia's saved password, a Tarsnap key file), network
# (iwd, netplan Wi-Fi, Junos set commands, Huawei VRP, H3C Comware, Kong's declarative config, APISIX, Varnish's secret,
# dnsdist), databases (an Oracle GoldenGate parameter file, a Percona Toolkit DSN in cron, Orchestrator, repmgr),
# virtualisation and provisioning (an oVirt engine-setup answers file, a MAAS login), cloud CLIs (Baidu BCE, Huawei
# KooCLI, UCloud, Civo, Netlify, Prefect, CloudStack's cloudmonkey, a talosconfig) and a CFSSL auth key; each holding $1
# where the credential goes (or, for a format whose value has a fixed shape, a value derived from it). Five decoys: a
# TeamCity parameter pointing at its credentials store, Kong's vault reference, a Salt sdb reference, an Elastic Agent
# token from the environment, APISIX's own environment syntax.
# $1 = value; writes files into cwd
V="$1"
hex() { printf '%s:%s' "$V" "$1" | sha256sum | cut -c1-64; }
k32() { hex "$1" | xxd -r -p | base64 -w0; }
mkdir -p etc/puppetlabs/puppet etc/foreman-installer/scenarios.d etc/salt/minion.d .chef gocd/config \
  teamcity/config/projects/Shop etc/systemd/system .config/sensu/sensuctl librenms curator \
  grafana/provisioning/alerting scripts var/ossec/etc opt/SumoCollector/config zmq/certs etc/sasl2 \
  .config/kopia root var/lib/iwd etc/netplan network kong apisix/conf etc/varnish etc/dnsdist goldengate/dirprm \
  etc/cron.d etc/ovirt-engine-setup .bce .hcloud .ucloud .config/netlify .prefect .cmk talos cfssl \
  decoys/teamcity/config/projects/Shop decoys/kong decoys/etc/salt/minion.d decoys/scripts decoys/apisix/conf
# Configuration management
cat > etc/puppetlabs/puppet/csr_attributes.yaml <<Y
---
custom_attributes:
  1.2.840.113549.1.9.7: "$V"
extension_requests:
  pp_role: webserver
  pp_environment: production
Y
cat > etc/foreman-installer/scenarios.d/foreman-answers.yaml <<Y
---
foreman:
  foreman_url: https://foreman.corp.example
  initial_admin_username: admin
  initial_admin_password: $V
  db_manage: true
foreman::plugin::remote_execution: true
foreman_proxy:
  puppet: true
  tftp: false
Y
cat > etc/salt/minion.d/mysql.conf <<Y
mysql.host: 'db1.corp.example'
mysql.port: 3306
mysql.user: 'salt'
mysql.pass: '$V'
mysql.db: 'mysql'
Y
cat > .chef/config.rb <<Y
current_dir = File.dirname(__FILE__)
log_level                :info
node_name                "ops"
client_key               "#{current_dir}/ops.pem"
chef_server_url          "https://chef.corp.example/organizations/shop"
knife[:vsphere_host] = "vcenter.corp.example"
knife[:vsphere_user] = "svc-chef@vsphere.local"
knife[:vsphere_pass] = "$V"
knife[:vsphere_dc] = "DC1"
Y
# CI servers' own files
cat > gocd/config/cruise-config.xml <<Y
<?xml version="1.0" encoding="utf-8"?>
<cruise xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="cruise-config.xsd" schemaVersion="139">
  <server artifactsdir="artifacts" agentAutoRegisterKey="$(hex gocd-agent | cut -c1-32)" webhookSecret="$(hex gocd-hook | cut -c1-32)" serverId="6f0c1f8e-2b3a-4c5d-8e9f-a0b1c2d3e4f5" tokenGenerationKey="$(hex gocd-tgk | cut -c1-36)" />
  <pipelines group="shop">
    <pipeline name="deploy">
      <environmentvariables>
        <variable name="DEPLOY_ENV">
          <value>production</value>
        </variable>
        <variable name="DB_PASSWORD">
          <value>$V</value>
        </variable>
      </environmentvariables>
      <materials>
        <git url="https://git.corp.example/shop/app.git" />
      </materials>
      <stage name="deploy">
        <jobs>
          <job name="deploy">
            <tasks>
              <exec command="./deploy.sh" />
            </tasks>
          </job>
        </jobs>
      </stage>
    </pipeline>
  </pipelines>
</cruise>
Y
cat > teamcity/config/projects/Shop/project-config.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uuid="0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f" xsi:noNamespaceSchemaLocation="https://www.jetbrains.com/teamcity/schemas/2021.1/project-config.xsd">
  <name>Shop</name>
  <parameters>
    <param name="env.REGISTRY_USER" value="ci" />
    <param name="env.REGISTRY_PASSWORD" value="$V" />
    <param name="env.DEPLOY_ENV" value="production" />
  </parameters>
  <project-extensions />
</project>
Y
cat > .flyrc <<Y
targets:
  main:
    api: https://ci.corp.example
    team: main
    token:
      type: bearer
      value: $V
Y
cat > etc/systemd/system/jenkins-agent.service <<Y
[Unit]
Description=Jenkins inbound agent
After=network-online.target

[Service]
User=jenkins
ExecStart=/usr/bin/java -jar /opt/jenkins/agent.jar -url https://jenkins.corp.example/ -secret $(hex jenkins-agent) -name build-01 -workDir /var/lib/jenkins
Restart=always

[Install]
WantedBy=multi-user.target
Y
printf '{"api-url":"https://sensu.corp.example:8080","namespace":"default","format":"tabular","access_token":"%s","expires_at":1764633600,"refresh_token":"%s","trusted-ca-file":"","insecure-skip-tls-verify":false,"timeout":15000000000}\n' "$V" "$(hex sensu-refresh)" > .config/sensu/sensuctl/cluster
# Monitoring and logging
cat > librenms/config.php <<Y
<?php
\$config['base_url'] = '/';
\$config['snmp']['community'][] = "$V";
\$config['auth_mechanism'] = "mysql";
\$config['rrd_purge'] = 0;
Y
cat > etc/systemd/system/vmagent.service <<Y
[Unit]
Description=vmagent

[Service]
ExecStart=/usr/local/bin/vmagent -promscrape.config=/etc/vmagent/scrape.yml -remoteWrite.url=https://vm.corp.example/api/v1/write -remoteWrite.basicAuth.username=vmagent -remoteWrite.basicAuth.password=$V
Restart=always

[Install]
WantedBy=multi-user.target
Y
cat > curator/curator.yml <<Y
client:
  hosts:
    - es1.corp.example
  port: 9200
  use_ssl: True
  http_auth: curator:$V
  timeout: 30
logging:
  loglevel: INFO
Y
cat > grafana/provisioning/alerting/contactpoints.yaml <<Y
apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops-telegram
    receivers:
      - uid: tg1
        type: telegram
        settings:
          bottoken: $V
          chatid: "-1001234567890"
Y
cat > scripts/fleet-enroll.sh <<Y
#!/bin/sh
set -e
cd /opt/elastic-agent-8.15.0-linux-x86_64
sudo ./elastic-agent install --non-interactive --url=https://fleet.corp.example:8220 --enrollment-token=$V
Y
printf '001 web1 any %s\n002 web2 10.0.1.12 %s\n' "$(hex wazuh-1)" "$(hex wazuh-2)" > var/ossec/etc/client.keys
printf 'name=web1\naccessid=suA1B2C3D4E5F6\naccesskey=%s\nephemeral=false\n' "$V" > opt/SumoCollector/config/user.properties
# Messaging
cat > zmq/certs/broker.key_secret <<Y
#   ****  Generated on 2026-11-02 10:14:09 by CZMQ  ****
#   ZeroMQ CURVE **Secret** Certificate
#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its permissions.

metadata
    name = "broker"
curve
    public-key = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
    secret-key = "$V"
Y
printf 'cacheuser:%s\n' "$V" > etc/sasl2/memcached-sasl-pwdb
# Backup
printf '%s' "$V" | base64 -w0 > .config/kopia/repository.config.kopia-password
{ echo '# START OF TARSNAP KEY FILE'; for w in a b c d e f; do hex "tarsnap-$w" | xxd -r -p; done | base64 -w 64
  echo '# END OF TARSNAP KEY FILE'; } > root/tarsnap.key
# Network
printf '[Security]\nPassphrase=%s\n\n[Settings]\nAutoConnect=true\n' "$V" > var/lib/iwd/Office.psk
cat > etc/netplan/50-wifi.yaml <<Y
network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "Office-5G":
          password: "$V"
Y
cat > network/junos-edge1.set <<Y
set system host-name edge1
set system radius-server 10.0.0.5 secret "$V"
set system login user ops class super-user
set protocols bgp group transit neighbor 192.0.2.1 peer-as 64500
set protocols bgp group transit authentication-key "$V"
Y
cat > network/huawei-s5735.cfg <<Y
sysname S5735-core
#
aaa
 local-user admin password cipher $V
 local-user admin privilege level 15
 local-user admin service-type ssh terminal
#
snmp-agent community read cipher $V
#
Y
cat > network/h3c-s6850.cfg <<Y
sysname S6850-dc1
#
local-user admin class manage
 password simple $V
 service-type ssh
 authorization-attribute user-role network-admin
#
Y
cat > kong/kong.yml <<Y
_format_version: "3.0"
services:
- name: orders
  url: http://orders.internal:8080
  routes:
  - name: orders
    paths: [/orders]
  plugins:
  - name: key-auth
consumers:
- username: billing
  keyauth_credentials:
  - key: $V
Y
cat > apisix/conf/config.yaml <<Y
deployment:
  role: traditional
  role_traditional:
    config_provider: etcd
  admin:
    admin_key:
      - name: admin
        key: $V
        role: admin
  etcd:
    host:
      - "http://127.0.0.1:2379"
Y
printf '%s\n' "$V" > etc/varnish/secret
cat > etc/dnsdist/dnsdist.conf <<Y
setLocal('0.0.0.0:53')
newServer({address='10.0.0.53', pool='internal'})
controlSocket('127.0.0.1:5199')
setKey("$(k32 dnsdist)")
webserver("127.0.0.1:8083")
setWebserverConfig({password="$V", apiKey="$V"})
Y
# Databases
cat > goldengate/dirprm/extsales.prm <<Y
EXTRACT extsales
USERID ggadmin@ORCL, PASSWORD $V
EXTTRAIL ./dirdat/es
TABLE sales.*;
Y
cat > etc/cron.d/pt-table-checksum <<Y
15 2 * * * root pt-table-checksum --replicate=percona.checksums h=db1.corp.example,u=checksum,p=$V --no-check-binlog-format
Y
cat > etc/orchestrator.conf.json <<Y
{
  "Debug": false,
  "ListenAddress": ":3000",
  "MySQLTopologyUser": "orchestrator",
  "MySQLTopologyPassword": "$V",
  "MySQLOrchestratorHost": "127.0.0.1",
  "MySQLOrchestratorPort": 3306,
  "MySQLOrchestratorDatabase": "orchestrator",
  "MySQLOrchestratorUser": "orc_server",
  "MySQLOrchestratorPassword": "$V"
}
Y
cat > etc/repmgr.conf <<Y
node_id=1
node_name='pg1'
conninfo='host=pg1.corp.example user=repmgr dbname=repmgr password=$V connect_timeout=2'
data_directory='/var/lib/postgresql/16/main'
Y
# Virtualisation and provisioning
cat > etc/ovirt-engine-setup/answers.conf <<Y
[environment:default]
OVESETUP_CONFIG/adminPassword=str:$V
OVESETUP_DB/user=str:engine
OVESETUP_DB/database=str:engine
OVESETUP_DB/password=str:$V
OVESETUP_CONFIG/fqdn=str:engine.corp.example
Y
cat > scripts/maas-login.sh <<Y
#!/bin/sh
maas login ops http://maas.corp.example:5240/MAAS/api/2.0/ "$(hex maas-c | cut -c1-18):$(hex maas-t | cut -c1-18):$V"
maas ops machines read | jq '.[].hostname'
Y
# Cloud CLIs
printf '[Defaults]\nak = %s\nsk = %s\nsts_token =\n' "$(hex bce-ak | cut -c1-32)" "$V" > .bce/credentials
cat > .hcloud/config.json <<Y
{
  "language": "cn",
  "profiles": [
    {
      "name": "default",
      "mode": "AKSK",
      "accessKeyId": "HPUAEXAMPLEONLY00000",
      "secretAccessKey": "$V",
      "region": "cn-north-4"
    }
  ]
}
Y
printf '[{"public_key":"%s","private_key":"%s","profile":"default"}]\n' "$(hex ucloud-pub | cut -c1-40)" "$V" > .ucloud/credential.json
printf '{"apikeys":{"ops":"%s"},"meta":{"admin":false,"current_apikey":"ops","default_region":"lon1"}}\n' "$V" > .civo.json
cat > .config/netlify/config.json <<Y
{
  "telemetryDisabled": false,
  "userId": "5f1c0e9b8a7d4c3e9f2a1b0c",
  "users": {
    "5f1c0e9b8a7d4c3e9f2a1b0c": {
      "id": "5f1c0e9b8a7d4c3e9f2a1b0c",
      "name": "Ops",
      "email": "ops@corp.example",
      "auth": {
        "token": "$V",
        "github": {
          "user": null,
          "token": null
        }
      }
    }
  }
}
Y
cat > .prefect/profiles.toml <<Y
active = "cloud"

[profiles.cloud]
PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/0c1d2e3f/workspaces/4a5b6c7d"
PREFECT_API_KEY = "$V"
Y
cat > .cmk/config <<Y
prompt = cmk
asyncblock = true
timeout = 1800
output = json
profile = prod

[prod]
url = https://cloud.corp.example/client/api
username =
password =
domain = /
apikey = $(hex cmk-api | cut -c1-43)
secretkey = $V
timeout = 3600
Y
key_pem=$(printf -- '-----BEGIN ED25519 PRIVATE KEY-----\n%s\n-----END ED25519 PRIVATE KEY-----\n' "$(hex talos-key | xxd -r -p | head -c 48 | base64 -w0)" | base64 -w0)
cat > talos/talosconfig <<Y
context: prod
contexts:
  prod:
    endpoints:
      - 10.0.0.10
    nodes:
      - 10.0.0.11
    ca: $(printf -- '-----BEGIN CERTIFICATE-----\nMIIBPzCB8qADAgECAhEA\n-----END CERTIFICATE-----\n' | base64 -w0)
    crt: $(printf -- '-----BEGIN CERTIFICATE-----\nMIIBKzCB3qADAgECAhB\n-----END CERTIFICATE-----\n' | base64 -w0)
    key: $key_pem
Y
cat > cfssl/ca-config.json <<Y
{
  "signing": {
    "default": {
      "auth_key": "central",
      "expiry": "8760h",
      "usages": ["signing", "key encipherment", "server auth", "client auth"]
    }
  },
  "auth_keys": {
    "central": {
      "type": "standard",
      "key": "$(hex cfssl | cut -c1-32)"
    }
  }
}
Y
# Decoys: not values
cat > decoys/teamcity/config/projects/Shop/project-config.xml <<Y
<?xml version="1.0" encoding="UTF-8"?>
<project uuid="0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f">
  <name>Shop</name>
  <parameters>
    <param name="env.REGISTRY_PASSWORD" value="credentialsJSON:7a0e5c1d-93b2-4f6e-8d41-2c9a7b3e6f10" spec="password display='hidden'" />
  </parameters>
</project>
Y
cat > decoys/kong/kong.yml <<Y
_format_version: "3.0"
consumers:
- username: billing
  keyauth_credentials:
  - key: "{vault://env/billing-api-key}"
Y
cat > decoys/etc/salt/minion.d/mysql.conf <<Y
mysql.host: 'db1.corp.example'
mysql.user: 'salt'
mysql.pass: sdb://osenv/MYSQL_PASS
Y
cat > decoys/scripts/fleet-enroll.sh <<'Y'
#!/bin/sh
sudo ./elastic-agent install --non-interactive --url="$FLEET_URL" --enrollment-token="$FLEET_ENROLLMENT_TOKEN"
Y
cat > decoys/apisix/conf/config.yaml <<'Y'
deployment:
  admin:
    admin_key:
      - name: admin
        key: ${{APISIX_ADMIN_KEY}}
        role: admin
Y
