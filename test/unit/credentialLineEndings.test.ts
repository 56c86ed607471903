// Files saved on Windows: lines that end with `\r`, a first line that begins with a byte-order mark, and lines that
// end with spaces. Rules read a line without them. Values are made up at run time, from pieces.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { scanCredentials } from '../../src/core/detect/credentials';
import { GitRunner } from '../../src/core/git/gitRunner';
import { LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { joined, matchKinds } from './helpers';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
const BOM = '\uFEFF';
const weak = joined('Harbor', '2031', '!');

describe('credentials in files saved on Windows', () => {
  it('reads lines that end with a carriage return as the lines without it', () => {
    const hash = joined('/lSYA6Sbfn', '0JPqpcNQCaxtzwHn++');
    assert.deepEqual(matchKinds('softether/vpn_server.config', crlf(`declare ServerConfiguration\n{\n\tbyte HashedPassword ${hash}\n\tuint ServerType 0\n}\n`)), ['softether-config-password@3']);
    assert.deepEqual(matchKinds('cookbooks/pg/recipes/server.rb', crlf(`postgresql_user 'app' do\n  unencrypted_password "${weak}" # set at install\nend\n`)), ['chef-resource-password@2']);
    assert.deepEqual(matchKinds('etc/ppp/peers/dsl', crlf(`user ops\npassword ${weak} # the ISP's\n`)), ['pppd-password@2']);
    assert.deepEqual(matchKinds('cfn/db.yml', crlf(`Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: ${weak}\n`)), ['password@5']);
  });

  it('reads a first line that begins with a byte-order mark as the line without it', () => {
    assert.deepEqual(matchKinds('nginx/.htpasswd', `${BOM}ops:${weak}\nreport:${weak}x\n`), ['htpasswd-entry@1', 'htpasswd-entry@2']);
    const nt = createHash('md5').update('a made-up NT hash').digest('hex').toUpperCase();
    assert.deepEqual(matchKinds('etc/samba/smbpasswd', `${BOM}ops:1001:${'X'.repeat(32)}:${nt}:[U          ]:LCT-5F3A2B1C:\n`), ['smbpasswd-hash@1']);
    // Only a file's first line can begin with one: elsewhere it is a character of the line.
    assert.deepEqual(matchKinds('nginx/.htpasswd', `ops:${weak}\n`), ['htpasswd-entry@1']);
  });

  it('reads a declaration whose name line ends with spaces', () => {
    assert.deepEqual(matchKinds('cfn/db.yml', `Parameters:\n  DbPassword:   \n    Type: String\n    Default: ${weak}\n`), ['password@4']);
  });

  it('finds a value committed in a file with Windows line endings, at its line', async function () {
    this.timeout(60_000);
    const repo = FixtureRepo.init();
    try {
      repo.write('deploy/app.env', crlf(`${BOM}# settings\nREGION=north\nGITHUB_TOKEN=${joined('gh', 'p_', randomText(36))}\n`));
      repo.write('etc/ppp/peers/dsl', crlf(`user ops\npassword ${weak} # the ISP's\n`));
      repo.write('nginx/.htpasswd', crlf(`${BOM}ops:${weak}x\n`)).commit('settings', LEAVER, '2025-01-01T00:00:00Z');
      const result = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
      assert.deepEqual(result.findings.map((f) => [f.path, f.line]).sort(), [['deploy/app.env', 3], ['etc/ppp/peers/dsl', 2], ['nginx/.htpasswd', 1]]);
    } finally {
      repo.dispose();
    }
  });
});
