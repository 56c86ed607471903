# The twentieth batch of ops files (helper cred-formats-21): tools none of the earlier batches or their probes hold (each
# tool, key and file name grepped for in tools-1.sh … tools-21-probe.sh first), in families that share a syntax across tools
# — command lines held in monitoring and scheduling configurations (Nagios `command_line` and NRPE `command[…]=` running
# check_mysql, check_ldap, check_smtp, check_http; a Zabbix `UserParameter`; a Kubernetes readiness probe; a Compose
# healthcheck; a Sensu check; a cron.d line; a supervisord `command=`), Samba's `-U user%password` (rpcclient, winexe,
# samba-tool, smbcacls), databases' own statements setting a login's password (ClickHouse `IDENTIFIED WITH … BY`, SQL
# Server `ALTER LOGIN … WITH PASSWORD =`, Neo4j's `CREATE USER … SET PASSWORD`, InfluxQL's `CREATE USER … WITH PASSWORD`,
# `rabbitmqctl change_password`, ZooKeeper's `addauth digest user:password`, MongoDB's `changeUserPassword`), alerting
# receivers and monitoring agents (Alertmanager's VictorOps `api_key` and WeChat `api_secret`, New Relic's `newrelic.ini`,
# Rollbar's `config.access_token =`, Dynatrace's `--set-tenant-token=`, `DD_API_KEY=… bash`), and network devices' exports
# (PAN-OS `<phash>`, UniFi's `x_passphrase`); each holding $1 where the credential goes. Four decoys: an NRPE `-p $ARG1$`
# macro, `rpcclient -U "admin%${SMB_PASS}"`, a Cypher `SET PASSWORD $password` parameter, Alertmanager's `api_key_file:`.
# $1 = value; writes files into cwd
V="$1"
mkdir -p nagios/objects nrpe icinga zabbix/zabbix_agentd.d k8s compose sensu/conf.d cron.d supervisor samba scripts sql \
  clickhouse neo4j influx rabbitmq zookeeper mongo alertmanager newrelic config/initializers dynatrace datadog paloalto \
  unifi decoys/nrpe decoys/samba decoys/neo4j decoys/alertmanager
# Command lines held in monitoring and scheduling configurations
cat > nagios/objects/commands.cfg <<Y
define command {
    command_name    check_mysql_app
    command_line    \$USER1\$/check_mysql -H \$HOSTADDRESS\$ -u nagios -p $V -d app
}
Y
cat > nrpe/nrpe.cfg <<Y
allowed_hosts=127.0.0.1,10.0.0.10
dont_blame_nrpe=0
command[check_ldap]=/usr/lib/nagios/plugins/check_ldap -H localhost -b dc=corp,dc=example -D cn=monitor,dc=corp,dc=example -P $V
Y
cat > icinga/nrpe_local.cfg <<Y
command[check_smtp_auth]=/usr/lib/nagios/plugins/check_smtp -H mail.corp.example -p 587 -S -A LOGIN -U monitor@corp.example -P $V
Y
cat > nagios/objects/intranet.cfg <<Y
define service {
    use                     generic-service
    host_name               intranet
    service_description     HTTP login
    check_command           check_http!-H intranet.corp.example -a monitor:$V -u /status
}
Y
cat > zabbix/zabbix_agentd.d/userparameter_pgbouncer.conf <<Y
UserParameter=pgbouncer.pools,PGPASSWORD=$V psql -h 127.0.0.1 -p 6432 -U stats pgbouncer -tAc 'SHOW POOLS'
Y
cat > k8s/mysql.yaml <<Y
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
spec:
  template:
    spec:
      containers:
        - name: mysql
          image: mysql:8.0
          readinessProbe:
            exec:
              command:
                - sh
                - -c
                - mysqladmin ping -h 127.0.0.1 -u root -p$V
Y
cat > compose/docker-compose.yml <<Y
services:
  mongo:
    image: mongo:7
    healthcheck:
      test: ["CMD-SHELL", "mongosh -u root -p $V --quiet --eval 'db.adminCommand(\"ping\")'"]
      interval: 10s
Y
cat > sensu/conf.d/check_rabbitmq.json <<Y
{
  "checks": {
    "rabbitmq_queue": {
      "command": "check-rabbitmq-queue.rb --host mq.corp.example --username monitor --password $V --queue orders",
      "interval": 60
    }
  }
}
Y
cat > cron.d/mssql-backup <<Y
SHELL=/bin/sh
30 2 * * * root sqlcmd -S db01.corp.example -U backup -P $V -Q "BACKUP DATABASE [app] TO DISK = N'/backup/app.bak'"
Y
cat > supervisor/redis_exporter.conf <<Y
[program:redis_exporter]
command=/usr/local/bin/redis_exporter -redis.addr redis://localhost:6379 -redis.password $V
autorestart=true
Y
# Samba's user%password
cat > samba/users.sh <<Y
#!/bin/sh
rpcclient -U admin%$V dc01.corp.example -c enumdomusers
Y
cat > scripts/inventory.sh <<Y
#!/bin/bash
for h in ws01 ws02; do
  winexe -U 'CORP/admin%$V' //\$h 'ipconfig /all'
done
Y
cat > samba/dns.sh <<Y
#!/bin/sh
samba-tool dns add dc01 corp.example www A 10.0.0.5 -U administrator%$V
Y
cat > samba/acl.sh <<Y
#!/bin/sh
smbcacls //fs01.corp.example/projects docs -U CORP\\\\backup%$V --set 'ACL:CORP\\devs:ALLOWED/0x0/FULL'
Y
# Databases' own statements setting a login's password
cat > clickhouse/users.sql <<Y
CREATE USER IF NOT EXISTS app IDENTIFIED WITH sha256_password BY '$V' HOST ANY;
GRANT SELECT ON app.* TO app;
Y
cat > sql/rotate-sa.sql <<Y
ALTER LOGIN [sa] WITH PASSWORD = '$V';
GO
Y
cat > neo4j/users.cypher <<Y
CREATE USER app IF NOT EXISTS SET PASSWORD '$V' CHANGE NOT REQUIRED;
GRANT ROLE reader TO app;
Y
cat > influx/setup.iql <<Y
CREATE DATABASE metrics
CREATE USER admin WITH PASSWORD '$V' WITH ALL PRIVILEGES
Y
cat > rabbitmq/rotate.sh <<Y
#!/bin/sh
rabbitmqctl change_password app $V
Y
cat > zookeeper/acl.sh <<Y
#!/bin/sh
zkCli.sh -server zk01.corp.example:2181 <<EOC
addauth digest admin:$V
setAcl /app auth:admin:cdrwa
EOC
Y
cat > mongo/rotate.js <<Y
db.getSiblingDB("app").changeUserPassword("app", "$V");
Y
# Alerting receivers and monitoring agents
cat > alertmanager/alertmanager.yml <<Y
route:
  receiver: ops
receivers:
  - name: ops
    victorops_configs:
      - api_key: $V
        routing_key: ops
  - name: wechat
    wechat_configs:
      - corp_id: ww0123
        api_secret: $V
        agent_id: '1000002'
Y
cat > newrelic/newrelic.ini <<Y
[newrelic]
license_key = $V
app_name = billing
monitor_mode = true
Y
cat > config/initializers/rollbar.rb <<Y
Rollbar.configure do |config|
  config.access_token = '$V'
  config.environment = Rails.env
end
Y
cat > dynatrace/install.sh <<Y
#!/bin/sh
wget -O oneagent.sh "https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest"
/bin/sh oneagent.sh --set-tenant-token=$V --set-host-group=web
Y
cat > datadog/install.sh <<Y
#!/bin/bash
DD_API_KEY=$V DD_SITE="datadoghq.eu" bash -c "\$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
Y
# Network devices' exports
cat > paloalto/running-config.xml <<Y
<config version="10.1.0">
  <mgt-config>
    <users>
      <entry name="admin">
        <phash>$V</phash>
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
    </users>
  </mgt-config>
</config>
Y
cat > unifi/wlanconf.json <<Y
[{"name": "corp-wifi", "security": "wpapsk", "wpa_mode": "wpa2", "x_passphrase": "$V", "enabled": true}]
Y
# Decoys
cat > decoys/nrpe/nrpe.cfg <<'Y'
command[check_mysql]=/usr/lib/nagios/plugins/check_mysql -H localhost -u nagios -p $ARG1$
Y
cat > decoys/samba/users.sh <<'Y'
#!/bin/sh
rpcclient -U "admin%${SMB_PASS}" dc01.corp.example -c enumdomusers
Y
cat > decoys/neo4j/users.cypher <<'Y'
CREATE USER app IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED;
Y
cat > decoys/alertmanager/alertmanager.yml <<'Y'
receivers:
  - name: ops
    victorops_configs:
      - api_key_file: /etc/alertmanager/secrets/victorops
        routing_key: ops
Y
