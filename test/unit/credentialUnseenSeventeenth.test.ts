import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines and files met in the histories of a Home Assistant configuration, a Firebase Android sample, Intune's
// PowerShell samples, a GKE Terraform module and a Ruby API client (docs/evaluation.md, twentieth session, helper
// cred-unseen-17). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A person's weak password. */
const weak = joined('ladder', '17', 'Fern');
/** Random-looking text of a token's length. */
const tokenLike = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k', 'Hs8d', 'Nc3f');

describe('credentials in the seventeenth batch of unseen histories', () => {
  it('put a file named as a stand-in for another among tests, not code', () => {
    // Home Assistant configurations check their YAML in CI with a stand-in for the ignored `secrets.yaml`.
    assert.equal(contextOfPath('travis_secrets.yaml'), 'test');
    assert.equal(contextOfPath('config/travis_secrets.yaml'), 'test');
    // A sample app's CI builds with a mock of the Firebase file; other stand-ins are named fake or dummy.
    assert.equal(contextOfPath('mock-google-services.json'), 'test');
    assert.equal(contextOfPath('app/fake_secrets.yaml'), 'test');
    assert.equal(contextOfPath('deploy/secrets.dummy.env'), 'test');
    // The real files, and names where the word is only part of another word, stay code.
    assert.equal(contextOfPath('config/secrets.yaml'), 'code');
    assert.equal(contextOfPath('app/google-services.json'), 'code');
    assert.equal(contextOfPath('bin/fakeroot.sh'), 'code');
    assert.equal(contextOfPath('src/mockingbird/config.json'), 'code');
    // nginx's status endpoint and systemd's resolver stub are real configuration.
    assert.equal(contextOfPath('nginx/conf.d/stub_status.conf'), 'code');
    // The stand-in's values are still found, only listed after the ones in code.
    assert.deepEqual(matchKinds('travis_secrets.yaml', `http_api_password: ${weak}\n`), ['password@1']);
  });

  it('read translations kept in a folder whose name begins with a dot as labels', () => {
    // An integration's `.translations/zh-Hans.json`: the label of a token's field, in Chinese.
    const label = '{\n  "config": {\n    "token": "GitHub\u4e2a\u4eba\u8bbf\u95ee\u4ee4\u724c"\n  }\n}\n';
    assert.deepEqual(matchKinds('config/custom_components/hacs/.translations/zh-Hans.json', label), []);
    assert.deepEqual(matchKinds('custom_components/x/.translations/en.json', '{ "password": "Password" }'), []);
    // A hidden folder of another name is not a translation: a token there is still found.
    assert.deepEqual(matchKinds('config/.storage/auth.json', `{\n  "token": "${tokenLike}"\n}\n`), ['token@2']);
  });

  it('read a parameter name and its `=` as text to look for, not a value', () => {
    // Intune's samples cut an OData paging link after `skiptoken=`.
    assert.deepEqual(matchKinds('AppleEnrollment/BulkAssignProfile.ps1', '    $token = "skiptoken="\n    [System.Int32]$index = $response.IndexOf($token)\n'), []);
    assert.deepEqual(matchKinds('scripts/page.sh', 'TOKEN="continuation="\n'), []);
    // A value with more than a word before its `=` (base64 padding, a weak password ending so) is still a value.
    assert.deepEqual(matchKinds('scripts/page.ps1', `$password = "${weak}="\n`), ['password@1']);
    assert.deepEqual(matchKinds('scripts/page.ps1', `$token = "${tokenLike}="\n`), ['token@1']);
  });

  it('read a Google Cloud IAM role as a role, not a secret', () => {
    // A module's test setup grants each submodule a role, one of them named `auth`.
    assert.deepEqual(matchKinds('test/setup/iam.tf', '  per_module_roles = {\n    auth                 = ["roles/editor"],\n  }\n'), []);
    assert.deepEqual(matchKinds('modules/app/main.tf', '  secret_accessor_role = "roles/secretmanager.secretAccessor"\n'), []);
    assert.deepEqual(matchKinds('modules/app/values.yaml', 'token_creator: projects/my-project/roles/tokenMinter\n'), []);
    // A secret's literal beside them is still found.
    assert.deepEqual(matchKinds('modules/app/main.tf', `  secret = "${tokenLike}"\n`), ['secret@1']);
  });

  it('read Ruby\'s inspect text of a block as no MySQL DSN', () => {
    // A Proc's address and its file (`#<Proc:0x…@/path/file.rb:53>`) in an issue's body a test keeps as a fixture.
    const inspect = joined('"body": "run only :if=>#<Proc:0x0000', '0001a7d1f0@/home/dev/.rvm/gems/rspec-core-2.1.0/lib/rspec/core/world.rb:52>} is excluding"');
    assert.deepEqual(matchKinds('spec/fixtures/v3/list_commit_comments.json', inspect), []);
    // A DSN with no address is still read.
    assert.deepEqual(matchKinds('internal/db/open.go', `\treturn sql.Open("mysql", "shop:${weak}@/shop?parseTime=true")`), ['go-mysql-dsn@1']);
  });

  it('read the anchor of a Ruby setter\'s documentation as no value', () => {
    // YARD's pages name a setter's section `access_token=-instance_method`, in a gem's docs site on its gh-pages branch.
    assert.deepEqual(matchKinds('Octokit/Configurable.html', '      <span id="access_token=-instance_method"></span>\n'), []);
    assert.deepEqual(matchKinds('doc/Client.html', '<a href="#client_secret=-class_method" title="#client_secret= (class method)">\n'), []);
    // A token written in the same page's example is still found.
    assert.deepEqual(matchKinds('doc/Client.html', `<pre>access_token = "${tokenLike}"</pre>\n`), ['token@1']);
  });
});
