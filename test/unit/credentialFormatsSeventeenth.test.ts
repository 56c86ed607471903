import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the sixteenth batch of ops files (test/eval/opsBatch/tools-17.sh; docs/evaluation.md,
// helper cred-formats-17). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, a weak one, and one spelled from its own word. */
const password = joined('Ve', 'ra', '%', 'nda', 'lo', '47', '19');
const weak = joined('ops', '2020');
const spelled = joined('Pass', 'w0rd');

describe('credentials in the sixteenth batch of ops files', () => {
  it('read saved logins of developer tools: .cvspass, CPAN\'s .pause, cabal\'s config', () => {
    assert.deepEqual(matchKinds('.cvspass', `/1 :pserver:dev@cvs.corp.example:2401/cvsroot A${password}`), ['cvs-password@1']);
    assert.deepEqual(matchKinds('home/dev/.cvspass', `:pserver:dev@cvs.corp.example:/cvsroot A${weak}`), ['cvs-password@1']);
    assert.deepEqual(matchKinds('.cvspass', '/1 :pserver:anonymous@cvs.corp.example:2401/cvsroot A'), []);
    assert.deepEqual(matchKinds('.pause', `user CORPDEV\npassword ${password}`), ['pause-password@2']);
    assert.deepEqual(matchKinds('.pause', 'user CORPDEV\npassword'), []);
    // A cabal config holds the Hackage upload login: a weak value spelled from its word is still one there.
    assert.deepEqual(matchKinds('.cabal/config', `username: corpdev\npassword: ${spelled}`).length, 1);
    assert.deepEqual(matchKinds('.cabal/config', 'username: corpdev\npassword-command: pass show hackage'), []);
  });

  it('read cluster and VPN secret files: ha.d/authkeys, racoon psk.txt, xl2tpd l2tp-secrets, OpenNebula one_auth', () => {
    assert.deepEqual(matchKinds('etc/ha.d/authkeys', `auth 1\n1 sha1 ${password}`), ['heartbeat-authkey@2']);
    assert.deepEqual(matchKinds('etc/ha.d/authkeys', `auth 3\n3 md5 ${weak}`), ['heartbeat-authkey@2']);
    assert.deepEqual(matchKinds('etc/ha.d/authkeys', 'auth 2\n2 crc'), []);
    assert.deepEqual(matchKinds('etc/racoon/psk.txt', `# IPv4/v6 addresses\n203.0.113.5\t${password}`), ['racoon-psk@2']);
    assert.deepEqual(matchKinds('etc/xl2tpd/l2tp-secrets', `# us them secret\n*\t*\t${weak}`), ['l2tp-secret@2']);
    assert.deepEqual(matchKinds('etc/xl2tpd/l2tp-secrets', '*\t*\t${L2TP_SECRET}'), []);
    assert.deepEqual(matchKinds('.one/one_auth', `oneadmin:${password}`), ['opennebula-auth@1']);
    assert.deepEqual(matchKinds('.one/one_auth', 'oneadmin:'), []);
  });

  it('read mail servers\' logins: Sympa db_passwd, Postfix static: SASL map, Zimbra localconfig, Haraka [users]', () => {
    assert.deepEqual(matchKinds('etc/sympa/sympa.conf', `db_user\tsympa\ndb_passwd\t${password}`), ['sympa-db-password@2']);
    assert.deepEqual(matchKinds('etc/postfix/main.cf', `smtp_sasl_password_maps = static:relay@corp.example:${weak}`), ['postfix-static-sasl@1']);
    assert.deepEqual(matchKinds('etc/postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd'), []);
    // Zimbra's localconfig.xml names the key on one line and gives its value on the next.
    assert.equal(matchKinds('opt/zimbra/conf/localconfig.xml', `<localconfig>\n  <key name="zimbra_ldap_password">\n    <value>${password}</value>\n  </key>\n</localconfig>`).length, 1);
    assert.deepEqual(matchKinds('opt/zimbra/conf/localconfig.xml', '<localconfig>\n  <key name="zimbra_ldap_password">\n    <value></value>\n  </key>\n</localconfig>'), []);
    assert.deepEqual(matchKinds('haraka/config/auth_flat_file.ini', `[core]\nmethods=PLAIN,LOGIN\n\n[users]\nrelay@corp.example=${weak}`), ['ini-users-password@5']);
  });

  it('read Glances\' [passwords] section, not its settings', () => {
    assert.deepEqual(matchKinds('etc/glances/glances.conf', `[global]\ncheck_update=false\n\n[passwords]\nweb1=${password}`), ['ini-users-password@5']);
    assert.deepEqual(matchKinds('.config/glances/glances.conf', '[global]\nrefresh=2\n[outputs]\ncurse_theme=black'), []);
  });

  it('read IRC server links (InspIRCd sendpass, recvpass) and Odyssey\'s unterminated password lines', () => {
    assert.deepEqual(matchKinds('etc/inspircd/inspircd.conf', `<link name="hub.corp.example"\n      sendpass="${password}"\n      recvpass="${weak}">`), ['irc-link-password@2', 'irc-link-password@3']);
    assert.deepEqual(matchKinds('etc/inspircd/inspircd.conf', '<link name="hub" sendpass="&env.LINK_PASS;" recvpass="&linkpass;">'), []);
    assert.deepEqual(matchKinds('etc/odyssey/odyssey.conf', `database "app" {\n\tuser "app" {\n\t\tpassword "${password}"\n\t\tstorage_password "${weak}"\n\t}\n}`), ['brace-config-password@3', 'brace-config-password@4']);
    assert.deepEqual(matchKinds('etc/odyssey/odyssey.conf', '\t\tpassword "{{ odyssey_app_password }}"'), []);
  });

  it('read LXD\'s trust password, SurrealDB\'s --pass and XenServer\'s xe -pw on a command line', () => {
    assert.deepEqual(matchKinds('scripts/lxd-init.sh', `lxc config set core.trust_password ${password}`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/surreal.sh', `exec surreal start --user root --pass ${weak} rocksdb:/data/app.db`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/xen.sh', `xe -s xen1.corp.example -u root -pw "${password}" vm-list`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/xen.sh', 'xe -s xen1 -u root -pw "$XE_PASSWORD" vm-list\nsurreal start --pass "$SURREAL_PASS"'), []);
  });

  it('read a weak password in /etc/fstab: `//server/share` opens a mount line, not a comment', () => {
    assert.equal(matchKinds('etc/fstab', `//nas.corp.example/backup /mnt/backup cifs username=backup,password=${weak},uid=1000 0 0`).length, 1);
    assert.deepEqual(matchKinds('etc/fstab', '//nas.corp.example/backup /mnt/backup cifs credentials=/etc/samba/creds,uid=1000 0 0'), []);
    // A C-style comment is still one.
    assert.deepEqual(matchKinds('etc/app.conf', `// password=${weak}`), []);
  });

  it('read a weak password in BackupPC\'s per-host Perl configuration', () => {
    assert.equal(matchKinds('etc/backuppc/pc/winbox.pl', `$Conf{SmbShareUserName} = 'backup';\n$Conf{SmbSharePasswd} = '${weak}';`).length, 1);
    assert.deepEqual(matchKinds('etc/backuppc/pc/winbox.pl', "$Conf{SmbSharePasswd} = '';"), []);
  });
});
