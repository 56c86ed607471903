# Probe for the twentieth batch (helper cred-formats-21), written and committed before any rule was changed: ops files of
# tools none of the earlier batches or probes hold (each tool, key and file name grepped for in tools-1.sh …
# tools-20-probe.sh first), from the families of the batch — command lines held in monitoring configurations (a Nagios
# `command_line` running check_pgsql, a Zabbix `UserParameter`, a Kubernetes exec probe), Samba's `-U user%password` (`net
# ads join`, `smbclient`), databases' own statements creating a login (Cassandra's `CREATE ROLE … WITH PASSWORD =`, SQL
# Server's `CREATE LOGIN … WITH PASSWORD =`, Redis' `ACL SETUSER … >password`, MongoDB's `createUser({… pwd: …})`, Kafka's
# `--add-config 'SCRAM-SHA-512=[password=…]'`, `neo4j-admin dbms set-initial-password`), alerting receivers and agents
# (Alertmanager's Pushover `user_key`/`token`, New Relic's `newrelic-infra.yml`, Alerta's `alerta.conf` `key =`), a CI
# token (SonarQube's `sonar.login=`) and a network device's export (Huawei's `local-user … password irreversible-cipher`);
# each holding $1 where the credential goes. Three decoys: a Nagios macro `-p $USER3$`, `-U Administrator%"$AD_JOIN_PASSWORD"`,
# Alertmanager's `user_key_file:`/`token_file:`.
# $1 = value; writes files into cwd
V="$1"
mkdir -p nagios/objects zabbix/zabbix_agentd.d k8s samba backup cql mssql redis alertmanager newrelic alerta neo4j mongo \
  sonar network kafka decoys/nagios/objects decoys/samba decoys/alertmanager
cat > nagios/objects/postgres.cfg <<Y
define command {
    command_name    check_pg_app
    command_line    \$USER1\$/check_pgsql -H \$HOSTADDRESS\$ -d app -l nagios -p $V
}
Y
cat > zabbix/zabbix_agentd.d/userparameter_mysql.conf <<Y
UserParameter=mysql.ping,HOME=/var/lib/zabbix mysqladmin -u zbx_monitor -p$V ping | grep -c alive
UserParameter=mysql.version,mysql -V
Y
cat > k8s/redis.yaml <<Y
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis
spec:
  template:
    spec:
      containers:
        - name: redis
          image: redis:7
          livenessProbe:
            exec:
              command: ["sh", "-c", "redis-cli -a $V ping | grep PONG"]
            periodSeconds: 10
Y
cat > samba/join-domain.sh <<Y
#!/bin/bash
set -e
net ads join -U Administrator%$V createcomputer=Servers/Linux
systemctl restart smbd winbind
Y
cat > backup/pull-finance.sh <<Y
#!/bin/sh
cd /srv/backup/finance && smbclient //fs01.corp.example/finance -U CORP/backup%$V -c 'prompt; recurse; mget *'
Y
cat > cql/roles.cql <<Y
CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};
CREATE ROLE IF NOT EXISTS app WITH PASSWORD = '$V' AND LOGIN = true;
GRANT ALL PERMISSIONS ON KEYSPACE app TO app;
Y
cat > mssql/logins.sql <<Y
USE [master];
GO
CREATE LOGIN [app] WITH PASSWORD = N'$V', CHECK_POLICY = OFF;
GO
Y
cat > redis/acl-bootstrap.sh <<Y
#!/bin/sh
redis-cli -h cache.corp.example ACL SETUSER app on '>$V' '~app:*' '+@all'
Y
cat > alertmanager/alertmanager.yml <<Y
route:
  receiver: oncall
receivers:
  - name: oncall
    pushover_configs:
      - user_key: $V
        token: $V
        priority: '{{ if eq .Status "firing" }}2{{ else }}0{{ end }}'
Y
cat > newrelic/newrelic-infra.yml <<Y
license_key: $V
display_name: web01
log:
  level: info
Y
cat > alerta/alerta.conf <<Y
[DEFAULT]
endpoint = https://alerta.corp.example/api
key = $V
timezone = Europe/Paris
Y
cat > neo4j/entrypoint.sh <<Y
#!/bin/bash
set -e
neo4j-admin dbms set-initial-password $V
exec neo4j console
Y
cat > mongo/init-mongo.js <<Y
db = db.getSiblingDB("app");
db.createUser({ user: "app", pwd: "$V", roles: [{ role: "readWrite", db: "app" }] });
Y
cat > sonar/sonar-project.properties <<Y
sonar.projectKey=corp_billing
sonar.host.url=https://sonar.corp.example
sonar.login=$V
sonar.sources=src
Y
cat > network/huawei-core.cfg <<Y
#
aaa
 local-user admin password irreversible-cipher $V
 local-user admin privilege level 15
 local-user admin service-type ssh terminal
#
Y
cat > kafka/scram-users.sh <<Y
#!/bin/bash
kafka-configs.sh --bootstrap-server kafka.corp.example:9092 --alter \\
  --add-config 'SCRAM-SHA-512=[password=$V]' --entity-type users --entity-name app
Y
# Decoys
cat > decoys/nagios/objects/postgres.cfg <<'Y'
define command {
    command_name    check_pg_app
    command_line    $USER1$/check_pgsql -H $HOSTADDRESS$ -d app -l nagios -p $USER3$
}
Y
cat > decoys/samba/join-domain.sh <<'Y'
#!/bin/bash
set -e
net ads join -U Administrator%"$AD_JOIN_PASSWORD" createcomputer=Servers/Linux
Y
cat > decoys/alertmanager/alertmanager.yml <<'Y'
receivers:
  - name: oncall
    pushover_configs:
      - user_key_file: /etc/alertmanager/secrets/pushover-user
        token_file: /etc/alertmanager/secrets/pushover-token
Y
