import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the thirteenth batch of ops files (test/eval/opsBatch/tools-14.sh; docs/evaluation.md,
// helper cred-formats-14). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose. */
const password = joined('Ko', 'rb', '%', 'el', 'mi', '58', '31');
/** Hex a generator wrote, derived from made-up text, and a UUID cut from it. */
const hex64 = createHash('sha256').update(joined('made', '-up', ' batch', ' thirteen')).digest('hex');
const uuid = `${hex64.slice(0, 8)}-${hex64.slice(8, 12)}-${hex64.slice(12, 16)}-${hex64.slice(16, 20)}-${hex64.slice(20, 32)}`;

describe('credentials in the thirteenth batch of ops files', () => {
  it('read a Perl hash element assigned a literal (OTRS and Znuny Config.pm), not a match or a pair', () => {
    assert.deepEqual(matchKinds('otrs/Kernel/Config.pm', `    $Self->{DatabaseUser} = 'otrs';\n    $Self->{DatabasePw} = '${password}';`), ['password@2']);
    assert.deepEqual(matchKinds('lib/Shop/Conf.pm', `$conf{'db_pass'} = "${password}";`), ['password@1']);
    // A name qualified by its module keeps its last part (Znuny's LDAP auth); Request Tracker's `Set($Name, '…')`.
    assert.deepEqual(matchKinds('znuny/Kernel/Config.pm', `    $Self->{'AuthModule::LDAP::SearchUserPw'} = '${password}';`), ['password@1']);
    assert.deepEqual(matchKinds('opt/rt5/etc/RT_SiteConfig.pm', `Set($DatabaseUser, 'rt_user');\nSet($DatabasePassword, '${password}');`), ['password@2']);
    assert.deepEqual(matchKinds('opt/rt5/etc/RT_SiteConfig.pm', "Set($DatabasePassword, $ENV{RT_DB_PASSWORD});\nSet(@Plugins, 'RT::Extension::Password');"), []);
    assert.deepEqual(matchKinds('otrs/Kernel/Config.pm', "    $Self->{DatabasePw} = '{{ otrs_db_password }}';"), []);
    // A bare word given to a hash element is a call or a constant (met in imapsync, in mailcow-dockerized's history).
    assert.deepEqual(matchKinds('dovecot/imapsync', '\t\t$mysync->{password1} = firstline ( $passfile1 ) ;\n$h{token} = DEFAULT_TOKEN;'), []);
    assert.deepEqual(matchKinds('lib/Check.pm', 'if ($args{password} =~ /^\\s*$/) { die }\nmy %h = ($opt{token} => 1);'), []);
  });

  it('judge OTRS\' and Request Tracker\'s Perl configuration as deployed: a weak value spelled from its word is a weak value there', () => {
    const spelled = joined('Pass', 'w0rd');
    assert.deepEqual(matchKinds('otrs/Kernel/Config.pm', `    $Self->{DatabasePw} = '${spelled}';`), ['password@1']);
    assert.deepEqual(matchKinds('opt/rt5/etc/RT_SiteConfig.pm', `Set($DatabasePassword, '${spelled}');`), ['password@1']);
    assert.deepEqual(matchKinds('lib/Shop/Conf.pm', `$conf{'db_pass'} = "${spelled}";`), []);
  });

  it('read a key named for the encryption library it is for (WAL-G\'s libsodium key)', () => {
    assert.deepEqual(matchKinds('etc/wal-g.d/env', `WALG_S3_PREFIX=s3://pg-backups/main\nWALG_LIBSODIUM_KEY=${hex64}`), ['api-key@2']);
    assert.deepEqual(matchKinds('etc/wal-g.d/env', 'WALG_LIBSODIUM_KEY=${LIBSODIUM_KEY}'), []);
  });

  it('read a Healthchecks ping URL by its UUID or ping key, not a stand-in', () => {
    assert.deepEqual(matchKinds('etc/cron.d/pg-backup', `30 2 * * * postgres /usr/local/bin/pg-backup.sh && curl -fsS https://hc-ping.com/${uuid} >/dev/null`), ['healthchecks-ping-url@1']);
    // A self-hosted instance's `/ping/<uuid>` is not read: Healthchecks' own pages give one as their example.
    assert.deepEqual(matchKinds('templates/docs.html', `<pre>\nwget https://healthchecks.io/ping/${uuid}/\n</pre>`), []);
    assert.deepEqual(matchKinds('etc/cron.d/pg-backup', 'curl -fsS https://hc-ping.com/your-uuid-here\ncurl -fsS https://hc-ping.com/${HC_UUID}'), []);
  });

  it('read stunnel\'s PSK secrets file and a Vault agent\'s AppRole secret ID file', () => {
    assert.deepEqual(matchKinds('etc/stunnel/psk.txt', `# identity:key\nredis-client1:${password}${password}\nclient2:`), ['stunnel-psk@2']);
    assert.deepEqual(matchKinds('etc/vault-agent/approle-secret-id', uuid), ['secret-file@1']);
    assert.deepEqual(matchKinds('vault-agent/secret_id', '{{ vault_secret_id }}'), []);
    assert.deepEqual(matchKinds('etc/vault-agent/role-id', uuid), []);
  });
});
