import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a game server manager's scripts and default configurations, a C++ database
// proxy with its sample configurations and CI, a mail server's container image with its Makefile and test
// configurations, an Android app's CI and a dbt package (docs/evaluation.md, twenty-second session, helper
// cred-unseen-25). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A random value, as a configuration would hold. */
const random = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k');

describe('credentials in the twenty-fifth batch of unseen histories', () => {
  it('read a redaction\'s word alone between punctuation as no value', () => {
    const strip = (replacement: string) => `fn_display_details | sed -e 's/password: .*/password: ${replacement}/' |\n`;
    assert.deepEqual(matchKinds('lgsm/functions/command_postdetails.sh', strip(joined('--', 'stripped', '--'))), []);
    assert.deepEqual(matchKinds('config/server.cfg', `server_password = "${joined('[', 'censored', ']')}"\n`), []);
    // A value written in as the replacement is found still; so is a value that holds the word beside other text.
    assert.deepEqual(matchKinds('lgsm/functions/command_postdetails.sh', strip(random)), ['password@1']);
    assert.deepEqual(matchKinds('config/server.cfg', `server_password = "${joined('stripped', '-Q7r!x9')}"\n`), ['password@1']);
  });

  it('read a grep pattern\'s lookaround and \\K as the pattern, not a value', () => {
    const line = `\t\tserverpassword=$(grep -Po '${joined('password="', '\\K.*(?=")')}' "\${servercfgfullpath}")\n`;
    assert.deepEqual(matchKinds('lgsm/functions/info_config.sh', line), []);
    assert.deepEqual(matchKinds('lgsm/functions/info_config.sh', `\t\tadminpassword=$(grep -oP '${joined('(?<=adminpassword=)', '.*')}' "\${cfg}")\n`), []);
    // A value with parentheses and an equals sign in it is a value still.
    assert.deepEqual(matchKinds('lgsm/functions/info_config.sh', `\t\tserverpassword="${joined('Zp2w(', 'Lm9x=', 'Vb4k)')}"\n`), ['password@1']);
  });

  it('read a terminal\'s colour escape as a message a script prints', () => {
    const shown = (text: string) => `\tif [ -z "\${serverpassword}" ]; then\n\t\tserverpassword="${text}"\n\tfi\n`;
    assert.deepEqual(matchKinds('functions/fn_details_config', shown(joined('\\e[0;31m', 'UNAVAILABLE', '\\e[0m'))), []);
    assert.deepEqual(matchKinds('functions/fn_details_config', shown(joined('\\033[1;33m', 'NOTSETYET', '\\033[0m'))), []);
    assert.deepEqual(matchKinds('functions/fn_details_config', shown(random)), ['password@2']);
  });

  it('read an LDAP search filter as the query for the account, not a password', () => {
    const filter = joined('(&(objectClass=', 'PostfixBookMailAccount)', '(uniqueIdentifier=%n))');
    assert.deepEqual(matchKinds('Makefile', `\t\t-e DOVECOT_PASS_FILTER="${filter}" \\\n`), []);
    assert.deepEqual(matchKinds('test/tests/serial/mail_with_ldap.bats', `    --env DOVECOT_PASS_FILTER='${joined('(&(objectClass=', 'mailAccount)(userID=%n))')}'\n`), []);
    assert.deepEqual(matchKinds('target/dovecot/dovecot-ldap.conf.ext', `pass_filter = ${joined('(uid=', '%u)')}\n`), []);
    // A quoted password that opens with a parenthesis is a password still, an `=` in it too.
    assert.deepEqual(matchKinds('target/dovecot/dovecot-ldap.conf.ext', `dnpass = "${joined('(q7Rt!', 'Zp2w')}"\n`), ['password@1']);
    assert.deepEqual(matchKinds('mailserver.env', `LDAP_BIND_PW="${joined('(q7Rt=', 'Zp2w)x')}"\n`), ['password@1']);
  });

  it('read a field\'s glued name in capitals as the ask to put the value there', () => {
    assert.deepEqual(matchKinds('lgsm/config-default/config-lgsm/wurmserver/_default.cfg', `adminpassword="${joined('ADMIN', 'PASSWORD')}"\n`), []);
    assert.deepEqual(matchKinds('lgsm/config-default/config-lgsm/gameserver/_default.cfg', `rconpassword="${joined('RCON', 'PASSWORD')}"\n`), []);
    // Random capitals are a value; the name in lower case in deployed configuration is the weak value itself (the lead's decision).
    assert.deepEqual(matchKinds('lgsm/config-default/config-lgsm/wurmserver/_default.cfg', `adminpassword="${joined('QXRT', 'ZPWL', 'MVBK')}"\n`), ['password@1']);
    assert.deepEqual(matchKinds('lgsm/config-default/config-lgsm/wurmserver/_default.cfg', `adminpassword="${joined('admin', 'password')}"\n`), ['password@1']);
    // Words that are no field's name glued in capitals are a value too.
    assert.deepEqual(matchKinds('lgsm/config-default/config-lgsm/wurmserver/_default.cfg', `adminpassword="${joined('PURPLE', 'MONKEY', 'PASSWORD')}"\n`), ['password@1']);
  });

  it('read a sed substitution delimited by a tilde as its pattern and replacement', () => {
    const sed = (from: string, to: string) => `        sed -i -e 's~${from}~${to}~g' /etc/dovecot/conf.d/10-auth.conf\n`;
    assert.deepEqual(matchKinds('target/start-mailserver.sh', sed('#disable_plaintext_auth = yes', 'disable_plaintext_auth = no')), []);
    // A password the replacement writes is found, and ends at the delimiter.
    assert.deepEqual(matchKinds('target/start-mailserver.sh', sed('db_password = old', `db_password = ${random}`)), ['password@1']);
  });

  it('read a count of failures after PASS: as a test run\'s verdicts', () => {
    assert.deepEqual(matchKinds('.github/workflows/ci-connector.yml', `        run: |\n          echo "Baseline PASS: ${joined('FA', 'ILS')} = \${FAILS}"\n`), []);
    // A password under `PASS:` in a deployed file is one still.
    assert.deepEqual(matchKinds('deploy/compose.yml', `services:\n  app:\n    environment:\n      PASS: ${random}\n`), ['password@4']);
  });

  it('read a published SHA-crypt test vector as no account\'s hash', () => {
    const body = (n: number) => joined('Kx9.Lm2', 'Qp7/Vb4', 'Zr8Tn3W').repeat(5).slice(0, n);
    const vector = (salt: string, n: number) => `{ "${joined('$5$', salt)}", "Hello world!",\n    "${joined('$5$', salt, '$', body(n))}" },\n`;
    assert.deepEqual(matchKinds('lib/SHA-crypt.txt', vector('saltstring', 43)), []);
    assert.deepEqual(matchKinds('lib/sha512crypt.c', `    "${joined('$6$', 'rounds=77777$', 'short$', body(86))}"\n`), []);
    // A hash with a salt of its own is an account's.
    assert.deepEqual(matchKinds('etc/shadow.bak', `root:${joined('$6$', 'Xq7Rt2pLm9xVb4kZ', '$', body(86))}:19000:0:99999:7:::\n`), ['password-hash@1']);
  });

  it('read the entries of a setting that maps names to names as fields', () => {
    const attrs = (map: string) => `hosts = mail.example.test\npass_attrs = ${map}\n`;
    assert.deepEqual(matchKinds('target/dovecot/dovecot-ldap.conf.ext', attrs(joined('uniqueIdentifier=user,', 'userPassword=password'))), []);
    assert.deepEqual(matchKinds('config/ldap.conf', `attribute_map = uid=user,${joined('userPassword=', 'password')}\n`), []);
    // A password among a setting's options is one still, and so is one in an object whose name holds `attr`.
    assert.deepEqual(matchKinds('config/ldap.conf', `connect_options = user=app,password=${random}\n`), ['password@1']);
    assert.deepEqual(matchKinds('config/ldap.conf', `bind_attrs = user=app,password=${random}\n`), ['password@1']);
    assert.deepEqual(matchKinds('web/templates/base.twig', `        attrPayload = {password: '${joined('kettle', '42', 'Moss')}'};\n`), ['password@1']);
  });

  it('read a password mechanism\'s extensions as no password', () => {
    const groups = `{\n  "${joined('test_sqlite3_pass_', 'exts-t')}" : [ "default", "mysql-multiplexing=false", "mysql-query_digests=0" ],\n}\n`;
    assert.deepEqual(matchKinds('test/tap/groups/groups.json', groups), []);
    assert.deepEqual(matchKinds('config/app.json', `{ "password": "${random}" }\n`), ['password@1']);
  });

  it('read a member through an arrow as code', () => {
    assert.deepEqual(matchKinds('doc/internal/Authentication.md', `P1MySQL["password = ${joined('GloMyAuth', '->lookup()')}"]\n`), []);
    assert.deepEqual(matchKinds('deps/client/libclient.c.patch', `+    mysql->host_info=mysql->user=${joined('mysql->passwd=', 'mysql->db=0;')}\n`), []);
    // A value with a hyphen before a `>` that is no member is read as before.
    assert.deepEqual(matchKinds('config/app.conf', `password = ${joined('q7Rt-', 'Zp2w>Lm9x')}\n`), ['password@1']);
  });
});
