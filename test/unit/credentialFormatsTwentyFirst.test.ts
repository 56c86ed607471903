import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the twentieth batch of ops files (test/eval/opsBatch/tools-21.sh; docs/evaluation.md,
// helper cred-formats-21). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, and a weak one. */
const password = joined('Vo', 'rt', '#', 'ke', 'ln', '64', '02');
const weak = joined('monitor', '2020');

describe('credentials in the twentieth batch of ops files', () => {
  it('read the command lines of monitoring and scheduling configurations as script lines', () => {
    assert.deepEqual(matchKinds('nagios/objects/commands.cfg', `define command {\n    command_name    check_mysql_app\n    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p ${password} -d app\n}`), ['cli-user-short-password@3']);
    assert.deepEqual(matchKinds('icinga/nrpe_local.cfg', `command[check_smtp_auth]=/usr/lib/nagios/plugins/check_smtp -H mail.corp.example -A LOGIN -U monitor@corp.example -P ${weak}`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('supervisor/redis_exporter.conf', `[program:redis_exporter]\ncommand=/usr/local/bin/redis_exporter -redis.addr redis://localhost:6379 -redis.password ${password}`), ['script-option-password@2']);
    // A Go flag: a single dash before a dotted name.
    assert.deepEqual(matchKinds('supervisor/mysqld_exporter.conf', `command=/usr/local/bin/exporter -mysql.password ${weak}`), ['script-option-password@1']);
    assert.deepEqual(matchKinds('sensu/conf.d/check_rabbitmq.json', `{ "checks": { "q": { "command": "check-rabbitmq-queue.rb --username monitor --password ${password} --queue orders" } } }`), ['script-option-password@1']);
    assert.deepEqual(matchKinds('cron.d/sync', `15 * * * * root sync-tool --user ops --password ${password} --all`), ['script-option-password@1']);
    // A Nagios macro or an argument is what the daemon puts there; an ordinary configuration file is not a command file.
    assert.deepEqual(matchKinds('nagios/objects/commands.cfg', '    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p $USER3$\ncommand[check_mysql]=/usr/lib/nagios/plugins/check_mysql -u nagios -p $ARG1$'), []);
    assert.deepEqual(matchKinds('app/settings.cfg', `command_line = tool -u nagios -p ${password}`), []);
  });

  it('read an LDAP bind DN given as -D with a short password option, and Samba\'s -U user%password', () => {
    assert.deepEqual(matchKinds('nrpe/nrpe.cfg', `command[check_ldap]=/usr/lib/nagios/plugins/check_ldap -H localhost -b dc=corp,dc=example -D cn=monitor,dc=corp,dc=example -P ${password}`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('samba/users.sh', `rpcclient -U admin%${weak} dc01.corp.example -c enumdomusers`), ['cli-user-percent-password@1']);
    assert.deepEqual(matchKinds('scripts/inventory.sh', `winexe -U 'CORP/admin%${password}' //ws01 'ipconfig /all'`), ['cli-user-percent-password@1']);
    assert.deepEqual(matchKinds('samba/users.sh', 'rpcclient -U "admin%${SMB_PASS}" dc01 -c enumdomusers\nsmbcacls //fs01/p docs -U %USERDOMAIN%\\%USERNAME%%SMB_PASS% --get\nps -U root -o %cpu\nssh -D 1080 -p 2222 bastion'), []);
  });

  it('read user:password given to an authentication option (check_http -a, --authorization=)', () => {
    assert.deepEqual(matchKinds('nagios/objects/intranet.cfg', `define service {\n    check_command           check_http!-H intranet.corp.example -a monitor:${password} -u /status\n}`), ['cli-auth-pair@2']);
    assert.deepEqual(matchKinds('scripts/copy.sh', 'cp -a web:/srv/data .\nnc -a 10.0.0.5:8080\nhttp -a "$API_USER:$API_PASS" GET https://x'), []);
  });

  it('read the passwords MongoDB\'s shell and ZooKeeper\'s digest login set', () => {
    assert.deepEqual(matchKinds('mongo/rotate.js', `db.getSiblingDB("app").changeUserPassword("app", "${weak}");`), ['mongo-shell-password@1']);
    assert.deepEqual(matchKinds('mongo/rotate.js', 'db.changeUserPassword("app", passwordPrompt());\ndb.createUser({ user: "app", pwd: process.env.APP_PASSWORD, roles: [] });'), []);
    assert.deepEqual(matchKinds('zookeeper/acl.sh', `zkCli.sh -server zk01:2181 <<EOC\naddauth digest admin:${password}\nEOC`), ['ops-command-password@2']);
    assert.deepEqual(matchKinds('zookeeper/acl.sh', 'addauth digest admin:$ZK_PASS'), []);
  });
});

describe('credentials in the twentieth batch of ops files, second round (the probe, not held out)', () => {
  it('read a login name given as -l, Redis\' ACL SETUSER and neo4j-admin\'s initial password', () => {
    assert.deepEqual(matchKinds('nagios/objects/postgres.cfg', `    command_line    $USER1$/check_pgsql -H $HOSTADDRESS$ -d app -l nagios -p ${password}`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('scripts/list.sh', "ls -l /srv/backups | grep -P 'daily'\nssh -l ops -p 2222 bastion.corp.example"), []);
    assert.deepEqual(matchKinds('redis/acl-bootstrap.sh', `redis-cli -h cache.corp.example ACL SETUSER app on '>${weak}' '~app:*' '+@all'`), ['redis-acl-setuser-password@1']);
    assert.deepEqual(matchKinds('redis/acl-bootstrap.sh', 'redis-cli ACL SETUSER app on ">$APP_PASSWORD" \'~app:*\''), []);
    assert.deepEqual(matchKinds('neo4j/entrypoint.sh', `neo4j-admin dbms set-initial-password ${password}`), ['script-positional-password@1']);
  });
});
