import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the fifteenth batch of ops files (test/eval/opsBatch/tools-16.sh; docs/evaluation.md,
// helper cred-formats-16). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, and a weak one. */
const password = joined('Qu', 'il', '%', 'ber', 'to', '58', '26');
const weak = joined('ops', '2020');
/** Bytes a generator wrote, derived from made-up text. */
const digest = createHash('sha256').update(joined('made', '-up', ' batch', ' fifteen')).digest();

describe('credentials in the fifteenth batch of ops files', () => {
  it('read a quoted password in a brace-syntax configuration (UnrealIRCd oper and link blocks)', () => {
    assert.deepEqual(matchKinds('etc/unrealircd/unrealircd.conf', `oper netadmin {\n\tclass opers;\n\tmask *@10.0.0.*;\n\tpassword "${password}";\n}`), ['brace-config-password@4']);
    assert.deepEqual(matchKinds('unrealircd/conf/links.conf', `link hub.corp.example {\n\tpassword "${weak}";\n}`), ['brace-config-password@2']);
    assert.deepEqual(matchKinds('etc/unrealircd/unrealircd.conf', 'oper ops {\n\tpassword "{{ irc_oper_password }}";\n\tpassword "";\n}'), []);
    // Source code is not a brace-syntax configuration.
    assert.deepEqual(matchKinds('src/login.pl', `password "${password}";`), []);
  });

  it('read an Exim client authenticator\'s client_send (PLAIN `^user^password`, LOGIN `: user : password`), not an expansion', () => {
    assert.deepEqual(matchKinds('etc/exim4/conf.d/auth/30_exim4-config_smarthost', `smarthost_login:\n  driver = plaintext\n  client_send = ^relay@corp.example^${password}`), ['exim-client-send@3']);
    assert.deepEqual(matchKinds('etc/exim/exim.conf', `  client_send = : relay : ${weak}`), ['exim-client-send@1']);
    assert.deepEqual(matchKinds('etc/exim4/conf.d/auth/30_exim4-config_examples', '  client_send = ^${extract{1}{::}{$value}}^${extract{2}{::}{$value}}\n  client_send = : ops : $auth_pass'), []);
  });

  it('read ProFTPD\'s SQLConnectInfo (database, user, password)', () => {
    assert.deepEqual(matchKinds('etc/proftpd/sql.conf', `SQLBackend mysql\nSQLConnectInfo proftpd@db.corp.example proftpd ${password}`), ['proftpd-sql-connect@2']);
    assert.deepEqual(matchKinds('etc/proftpd/proftpd.conf', `  SQLConnectInfo ftp@localhost:3306 ftpd "${weak}" PERCONNECTION`), ['proftpd-sql-connect@1']);
    assert.deepEqual(matchKinds('etc/proftpd/sql.conf', 'SQLConnectInfo proftpd@db.corp.example proftpd\nSQLConnectInfo db user {{ proftpd_sql_password }}'), []);
  });

  it('read Vertica\'s vsql -w password on a command line', () => {
    assert.deepEqual(matchKinds('scripts/vertica-load.sh', `vsql -h vertica.corp.example -d analytics -U dbadmin -w ${password} -f load.sql`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/vertica.sh', `vsql -U dbadmin -w'${weak}' -c 'SELECT 1'`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/vertica.sh', 'vsql -U dbadmin -w "$VSQL_PASSWORD" -c "SELECT 1"'), []);
  });

  it('read a Tarantool user\'s password (box.schema.user.create, box.schema.user.passwd)', () => {
    assert.deepEqual(matchKinds('tarantool/init.lua', `box.once('bootstrap', function()\n    box.schema.user.create('replicator', { password = '${weak}', if_not_exists = true })\nend)`), ['tarantool-user-password@2']);
    assert.deepEqual(matchKinds('app/init.lua', `box.schema.user.passwd('admin', "${password}")`), ['tarantool-user-password@1']);
    assert.deepEqual(matchKinds('app/init.lua', "box.schema.user.create('replicator', { password = os.getenv('REPL_PASSWORD') })\nbox.schema.user.passwd('admin', pw)"), []);
  });

  it('read a Laravel APP_KEY whose base64 begins with a slash (not a file named by its type)', () => {
    const key = `/${digest.toString('base64').slice(1)}`;
    assert.deepEqual(matchKinds('bookstack/.env', `APP_URL=https://wiki.corp.example\nAPP_KEY=base64:${key}`), ['api-key@2']);
    // A file named by its table type is still a place (Postfix).
    assert.deepEqual(matchKinds('etc/postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd'), []);
  });

  it('reads WebSphere\'s {xor} text as base64 even when it begins with `/` (one short password in 64), never as a path', () => {
    // The same made-up password, XOR-ed with `_` as WebSphere does, in base64; a leading `/` is the first byte 0xFC–0xFF.
    const encoded = (text: string) => Buffer.from([0xfd, ...Buffer.from(text).map((b) => b ^ 0x5f)]).toString('base64');
    const value = encoded(weak);
    assert.ok(value.startsWith('/') && value.length < 20);
    assert.deepEqual(matchKinds('websphere/properties/soap.client.props', `com.ibm.SOAP.loginPassword={xor}${value}`), ['websphere-xor-password@1']);
  });
});
