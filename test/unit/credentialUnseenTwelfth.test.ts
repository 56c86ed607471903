import * as assert from 'node:assert/strict';
import { classifyKey } from '../../src/core/detect/credentials/assignmentRules';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Laravel game-server panel, a Rust federated forum, a Symfony time tracker, an
// ASP.NET Core microservices sample, a Kotlin Android app, a Flutter app's fastlane scripts, a Spring Boot and Vue admin system
// and others (docs/evaluation.md, eighteenth session, helper cred-unseen-12). Every value here is made up and built from pieces,
// so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Vb4', 'Kq8s', 'Wm2T', 'pZ6', 'rJ3d', 'Nf9', 'Lx7c');
/** A shorter one, a password's length. */
const typed = joined('Qm7x', 'Vb2K', 'p9Lw');
/** A UUID's shape, as Firebase writes a download token. */
const uuid = joined('1f2e3d4c', '-5b6a', '-4798', '-8a9b', '-0c1d2e3f4a5b');

describe('credentials in the twelfth batch of unseen histories', () => {
  it('read one validation rule with its parameters as a rule, not a password', () => {
    const request = [
      "            'password' => 'regex:((?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{8,})',",
      "            'new_password' => ['required', 'min:8', 'regex:/^(?=.*[A-Z]).+$/'],",
      "            'password_confirmation' => 'same:password',",
    ].join('\n');
    assert.deepEqual(matchKinds('app/Http/Requests/UserRequest.php', request), []);
    // A password written in a PHP config is still one, and a user and password joined by a colon too.
    assert.deepEqual(matchKinds('config/mail.php', `    'password' => '${typed}',`), ['password@1']);
    assert.deepEqual(matchKinds('config/mail.php', `    'password' => 'admin:${typed}',`), ['password@1']);
  });

  it('read the same name qualified by a table or a row as that field, not a value', () => {
    const sql = ['UPDATE user_ u SET', '  password_encrypted = lu.password_encrypted,', '  email = lu.email', 'FROM local_user lu;'].join('\n');
    assert.deepEqual(matchKinds('migrations/2021-02-14-041356_split_user_table/down.sql', sql), []);
    assert.deepEqual(matchKinds('db/upsert.sql', 'ON CONFLICT (id) DO UPDATE SET password = EXCLUDED.password, api_token = excluded.api_token;'), []);
    // A stored procedure's parameter named as the column (T-SQL), once the column's name says whose key it is.
    const procedure = ['CREATE PROCEDURE [dbo].[Receive_Update]', '    @UserKeyWrappedPrivateKey VARCHAR(MAX)', 'AS', 'BEGIN', '    UPDATE [dbo].[Receive]', '    SET', '        [UserKeyWrappedPrivateKey] = @UserKeyWrappedPrivateKey,', '        [Secret] = @Secret', 'END'].join('\n');
    assert.deepEqual(matchKinds('src/Sql/dbo/Stored Procedures/Receive_Update.sql', procedure), []);
    // A literal set there is still a password, and another field's name qualified so is not this one's.
    assert.deepEqual(matchKinds('db/reset.sql', `UPDATE users u SET\n  password = '${typed}'`), ['password@2']);
    assert.deepEqual(matchKinds('db/reset.sql', `UPDATE users u SET\n  password = u.${typed}`), ['password@2']);
  });

  it('read a Symfony container parameter as a reference', () => {
    assert.deepEqual(matchKinds('config/packages/security.yaml', "security:\n    firewalls:\n        main:\n            remember_me:\n                secret:   '%kernel.secret%'"), []);
    assert.deepEqual(matchKinds('config/packages/lexik_jwt_authentication.yaml', "lexik_jwt_authentication:\n    pass_phrase: '%app.jwt_passphrase%'"), []);
    assert.deepEqual(matchKinds('config/packages/framework.yaml', `framework:\n    secret: '${generated}'`), ['secret@2']);
  });

  it('read a key that ends in FILEPATH as a path, and an API key qualified by its service as an API key', () => {
    assert.deepEqual(matchKinds('fastlane/.env', 'APP_STORE_API_KEY_FILEPATH=fastlane/keys/AuthKey_Q7X2.p8\nSIGNING_TOKEN_FILEPATH=keys/signing.token'), []);
    assert.equal(classifyKey('SPACESHIP_CONNECT_API_KEY_FILEPATH'), null);
    // `store`, `email`, `provider` before `api key` say whose key it is (as `STORE_PASSWORD` says whose password).
    assert.deepEqual(matchKinds('fastlane/.env', `APP_STORE_API_KEY=${generated}`), ['api-key@1']);
    assert.deepEqual(matchKinds('.env', `EMAIL_API_KEY=${generated}\nPROVIDER_API_KEY=${generated}x`), ['api-key@1', 'api-key@2']);
    assert.equal(classifyKey('storeApiKey')?.kind, 'api-key');
    // After the key, `store` is where it is kept.
    assert.equal(classifyKey('API_KEY_STORE'), null);
  });

  it('read a variable in capitals spliced between two characters as a reference', () => {
    assert.deepEqual(matchKinds('android/fastlane/envfiles/decrypt_secrets.sh', 'gpg --quiet --batch --yes --decrypt --passphrase=\\Q$STORE_JKS_DECRYPTKEY\\E \\\n--output ./keystore.jks keystore.jks.gpg'), []);
    // A literal is still a password, and so is one with a variable after more text than two characters.
    assert.deepEqual(matchKinds('android/fastlane/decrypt.sh', `gpg --batch --decrypt --passphrase=${typed} --output k.jks k.jks.gpg`), ['script-option-password@1']);
    assert.deepEqual(matchKinds('android/fastlane/decrypt.sh', `gpg --batch --decrypt --passphrase=${typed.slice(0, 5)}$STORE_KEY_PART --output k.jks k.jks.gpg`), ['script-option-password@1']);
  });

  it('read a Firebase Storage download link as a link to a file', () => {
    const topics = `[{"imageUrl": "https://firebasestorage.googleapis.com/v0/b/demo-app.appspot.com/o/img%2Fic_topic.svg?alt=media&token=${uuid}", "url": ""}]`;
    assert.deepEqual(matchKinds('core/network/src/main/assets/topics.json', topics), []);
    // The same token on another service's URL is still read as one.
    assert.deepEqual(matchKinds('core/network/src/main/assets/topics.json', `[{"imageUrl": "https://files.corp.internal/v1/o/img?alt=media&token=${uuid}"}]`), ['token@1']);
  });

  it('read a signature that reads one blob for a few hours as a download link, a longer or wider one as a credential', () => {
    const signature = joined('q7Lx', '9Vb2', 'Kp4W', 'm8Tz', 'R3dN', 'f6Hy', 'Gt1e', 'Jc5s', 'A0uP', 'Z2wE', '%3D');
    const link = (permissions: string, start: string, end: string) =>
      `INSERT INTO ai_image (id, pic_url) VALUES (1, 'https://imgstore.blob.core.windows.net/private/org/user/img-1.png?st=${start}&se=${end}&sp=${permissions}&sv=2023-11-03&sr=b&rscd=inline&rsct=image/png&sig=${signature}');`;
    assert.deepEqual(matchKinds('src/main/resources/ai_image.sql', link('r', '2024-05-29T04%3A50%3A54Z', '2024-05-29T06%3A50%3A54Z')), []);
    // Writing, or for a year, it is a credential to the store.
    assert.deepEqual(matchKinds('src/main/resources/ai_image.sql', link('rw', '2024-05-29T04%3A50%3A54Z', '2024-05-29T06%3A50%3A54Z')), ['azure-connection-string@1']);
    assert.deepEqual(matchKinds('src/main/resources/ai_image.sql', link('r', '2024-05-29T04%3A50%3A54Z', '2025-05-29T04%3A50%3A54Z')), ['azure-connection-string@1']);
  });

  it('read a template\'s interpolation named like a password scheme as no password', () => {
    assert.deepEqual(matchKinds('components/uni-datetime-picker/time-picker.vue', '<text class="uni-datetime-picker-btn-text">{{clearText}}</text>\n<text>{{plainText}}</text>'), []);
    assert.deepEqual(matchKinds('dovecot/users', `backup:{PLAIN}${typed}:5000:5000::/home/backup`), ['plain-scheme-password@1']);
  });

  it('read a field\'s generic type, an ARN\'s resource type and an ask glued to the credential\'s word as no values', () => {
    assert.deepEqual(matchKinds('docs/src/contributing_websocket_http_api.md', '    new_password: Option<String>,\n    pub auth_token: Vec<u8>,'), []);
    const arn = (id: string) => `arn:aws:secretsmanager:us-east-1:${id}:secret:db-creds-Ab12Cd`;
    assert.deepEqual(matchKinds('aws-py-secrets-manager/README.md', `    secret_id: "${arn('xxxxxxxx')}"`), []);
    assert.deepEqual(matchKinds('deploy/values.yaml', `db:\n  password: "${arn('123456789012')}"`), []);
    assert.deepEqual(matchKinds('README.ENV.md', 'ESHOP_AZURE_REDIS=cache.internal:6379,password=yourredisservicepassword,ssl=False'), []);
    assert.deepEqual(matchKinds('config/app.yaml', 'redis:\n  password: yourredisservicepassword'), []);
    // A value after `<` is still one, and a file that exists to hold the password keeps even such an ask as the password.
    assert.deepEqual(matchKinds('docs/setup.md', `password: ${typed.slice(0, 6)}<${typed.slice(6)}>`), ['password@1']);
    assert.deepEqual(matchKinds('.pgpass', 'db:5432:app:app:yourdbpassword'), ['pgpass-password@1']);
  });

  it('read a source map as code, and an ASP.NET app\'s wwwroot/lib as vendored', () => {
    const map = `{"version":3,"names":["Alert","NAME","DATA_KEY","EVENT_KEY","DATA_API_KEY","JQUERY_NO_CONFLICT"],"sourcesContent":["const DATA_API_KEY = '.data-api'\\n"]}`;
    assert.deepEqual(matchKinds('src/Web/WebMVC/wwwroot/js/dist/alert.js.map', map), []);
    // A generated key in the sources a map carries is still found, as it would be in the script.
    assert.deepEqual(matchKinds('dist/app.js.map', `{"version":3,"sourcesContent":["const apiKey = '${generated}'\\n"]}`), ['api-key@1']);
    assert.equal(contextOfPath('src/Web/WebMVC/wwwroot/lib/bootstrap/js/dist/alert.js.map'), 'vendored');
    assert.equal(contextOfPath('src/Web/WebMVC/wwwroot/js/site.js'), 'code');
    assert.equal(contextOfPath('src/lib/auth.js'), 'code');
  });
});
