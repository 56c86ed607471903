import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the twenty-first batch of ops files (test/eval/opsBatch/tools-22.sh; docs/evaluation.md,
// helper cred-formats-22). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A generated value, and a weak one (in code, a weak value of this shape is taken for a name or a stand-in). */
const generated = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'Hd8', 'Zs3n');
const weak = joined('admin', '123');

describe('credentials in the twenty-first batch of ops files', () => {
  it('read an application\'s salt as its secret, a password\'s salt as metadata', () => {
    assert.deepEqual(matchKinds('WEB-INF/classes/bigbluebutton.properties', `securitySalt=${generated}`), ['secret@1']);
    assert.deepEqual(matchKinds('bbb/bigbluebutton.properties', `securitySalt=${weak}`), ['secret@1']);
    assert.deepEqual(matchKinds('site/.env', `AUTH_SALT='${generated}'\nLOGGED_IN_SALT='${weak}'`), ['secret@1', 'secret@2']);
    assert.deepEqual(matchKinds('config/app_local.php', `        'salt' => env('SECURITY_SALT', '${weak}'),`), ['env-default-secret@1']);
    assert.deepEqual(matchKinds('config/app.yml', `password_salt: ${generated}\nuser_salt: ${generated}\nsalt: ${generated}\nSECURITY_SALT_LENGTH: 64`), []);
    assert.deepEqual(matchKinds('config/app_local.php', "        'salt' => env('SECURITY_SALT'),\n        'rounds' => env('PASSWORD_SALT', 'gen'),"), []);
  });

  it('read a validation key named for what it signs (Yii\'s cookieValidationKey)', () => {
    assert.deepEqual(matchKinds('config/web.php', `            'cookieValidationKey' => '${weak}',`), ['api-key@1']);
    assert.deepEqual(matchKinds('web/Web.config', '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />'), []);
  });

  it('read a site\'s own settings in PascalCase (LocalSettings.php, LocalConfiguration.php) as configuration', () => {
    assert.deepEqual(matchKinds('typo3conf/LocalConfiguration.php', `        'encryptionKey' => '${weak}',`), ['api-key@1']);
    assert.deepEqual(matchKinds('w/LocalSettings.php', `$wgDBpassword = "${weak}";`), ['password@1']);
    // A class's file stays code: a weak value there is a name.
    assert.deepEqual(matchKinds('src/Data/ConfigFile.php', `    const KEY_PASSWORD = '${weak}';`), []);
    assert.deepEqual(matchKinds('src/Data/LocalCache.php', `    const PASSWORD = '${weak}';`), []);
  });

  it('read a database tool\'s settings in code named for the tool (knexfile.js) as configuration', () => {
    assert.deepEqual(matchKinds('knexfile.js', `  production: { client: 'pg', connection: { user: 'app', password: '${weak}' } }`), ['password@1']);
    assert.deepEqual(matchKinds('src/db.js', `const db = { user: 'app', password: '${weak}' };`), []);
    assert.deepEqual(matchKinds('knexfile.js', '      password: process.env.DB_PASSWORD'), []);
  });
});
