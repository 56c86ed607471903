import * as assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a reverse proxy's two test suites, a Nomad and Vault guide, a network
// automation library with its encrypted device files and a PowerShell DSC module with C# inside it (docs/evaluation.md,
// twenty-first session, helper cred-unseen-19). Every value here is made up and built from pieces, or made at run time,
// so that none reads as a key in the source.

/** Random-looking text of a token's length. */
const tokenLike = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k', 'Hs8d', 'Nc3f');

describe('credentials in the nineteenth batch of unseen histories', () => {
  it('read a numbered test folder as a test folder', () => {
    // A second suite beside the first (`test/` with bats, `test2/` with pytest), its certificates' keys inside.
    assert.equal(contextOfPath('test2/certs/web.example.tld.key'), 'test');
    assert.equal(contextOfPath('tests3/fixtures.yml'), 'test');
    assert.equal(contextOfPath('src/Test12/Config.cs'), 'test');
    // Words that only begin with the letters are not.
    assert.equal(contextOfPath('testament2/config.yml'), 'code');
    assert.equal(contextOfPath('tester2/config.yml'), 'code');
    assert.equal(contextOfPath('test2024/config.yml'), 'code');
  });

  it('read a C# declaration inside a PowerShell module as code, its member access as no value', () => {
    // A module's `Add-Type` here-string declares P/Invoke helpers in C#.
    assert.deepEqual(matchKinds('DSCResources/MSFT_User/MSFT_User.psm1', '            IntPtr unmanagedPassword = IntPtr.Zero;\n'), []);
    assert.deepEqual(matchKinds('Modules/Helper.ps1', '    string adminPassword = String.Empty;\n'), []);
    assert.deepEqual(matchKinds('Modules/Helper.ps1', '    SecureString userSecret = Marshal.Empty ;\n'), []);
    assert.deepEqual(matchKinds('DSCResources/MSFT_User/MSFT_User.psm1', '                unmanagedPassword = IntPtr.Zero;\n'), []);
    // A literal in the same declaration is still found, and a connection string's member-looking password in a here-string.
    assert.deepEqual(matchKinds('Modules/Helper.ps1', `    string adminPassword = "${tokenLike}";\n`), ['password@1']);
    assert.deepEqual(matchKinds('Modules/Helper.ps1', joined('Server=db01;User Id=sa;Password=Spring', '.Rain', '42;\n')), ['password@1']);
  });

  it('read a value in an encrypted envelope as ciphertext, not a password', () => {
    // A network automation library's encrypted device file: a marker, base64 of a salt, a colon, the ciphertext.
    const salt = randomBytes(16).toString('base64');
    const ciphertext = randomBytes(32).toString('base64');
    assert.deepEqual(matchKinds('inventory/devices.yml', `cisco1:\n  password: __encrypt__${salt}:${ciphertext}\n`), []);
    assert.deepEqual(matchKinds('inventory/devices.yml', `cisco1:\n  secret: "__encrypt__${salt}:${ciphertext}"\n`), []);
    // A password beside it is still found, and the marker with no ciphertext after it is no envelope.
    assert.deepEqual(matchKinds('inventory/devices.yml', `cisco1:\n  password: ${tokenLike}\n`), ['password@2']);
    assert.deepEqual(matchKinds('inventory/devices.yml', `cisco1:\n  password: __encrypt__${tokenLike}\n`), ['password@2']);
  });

  it('read a placeholder in angle brackets escaped for HTML as a placeholder', () => {
    // A README written with HTML entities: a connection string's password to fill in.
    assert.deepEqual(matchKinds('PullServer/README.md', '- &lt;add key="dbconnectionstr" value="Data Source=&lt;ServerName&gt;;User ID=sa;Password=&lt;sapassword&gt;;Initial Catalog=master;"/&gt;\n'), []);
    assert.deepEqual(matchKinds('docs/setup.md', 'password: &lt;your-password&gt;\n'), []);
    // A password written in the same place is still found.
    assert.deepEqual(matchKinds('PullServer/README.md', `- &lt;add key="dbconnectionstr" value="Data Source=db01;User ID=sa;Password=${tokenLike};"/&gt;\n`), ['password@1']);
  });

  it('read a path to a response\'s field under a token\'s name as a name', () => {
    // An SDK's pagination specification (JMESPath) and its generated code, vendored into a CLI.
    assert.deepEqual(matchKinds('models/apis/cloudfront/paginators-1.json', '      "output_token": "CloudFrontOriginAccessIdentityList.NextMarker",\n'), []);
    assert.deepEqual(matchKinds('models/apis/kinesis/paginators-1.json', '      "output_token": "StreamDescription.Shards[-1].ShardId",\n'), []);
    assert.deepEqual(matchKinds('models/apis/kinesis/paginators-1.json', '      "output_token": "StreamNames[-1]",\n'), []);
    assert.deepEqual(matchKinds('service/cloudfront/api.go', '\t\t\tTruncationToken: "StreamingDistributionList.IsTruncated",\n'), []);
    // A token under the same key is still a value.
    assert.deepEqual(matchKinds('models/apis/kinesis/paginators-1.json', `      "output_token": "${tokenLike}",\n`), ['token@1']);
  });

  it('read a Vault lease id as a path, not a secret', () => {
    // An app's log, pasted in its README: the lease it renews, under its mount and role.
    const lease = `mysql/creds/app/${randomUUID()}`;
    assert.deepEqual(matchKinds('vault-examples/goapp/README.md', `2017/12/28 19:41:52 Renewing credentials: ${lease}\n`), []);
    assert.deepEqual(matchKinds('app/log.txt', `secret: database/creds/readonly/${randomUUID()}\n`), []);
    // A bare UUID under the same words is still a value.
    assert.deepEqual(matchKinds('vault-examples/goapp/README.md', `2017/12/28 19:41:52 dynamic_password: ${randomUUID()}\n`), ['password@1']);
  });
});
