import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Spring Cloud Config repository and a collection of Docker compose
// stacks and an Express API's CI settings (docs/evaluation.md, twentieth session, helper cred-unseen-16). Every value here is made up and built from
// pieces, so that none reads as a key in the source.

/** A person's weak password. */
const weak = joined('ladder', '17', 'Fern');
/** Base64 text as long as a Spring Cloud Config ciphertext (an RSA-wrapped key, then the data), made of a repeated piece. */
const cipherText = joined('AQ', 'Bd'.repeat(3), 'xY9+'.repeat(40), 'k2Q=');

describe('credentials in the sixteenth batch of unseen histories', () => {
  it('read a Spring Cloud Config `{cipher}` value as ciphertext, not a password', () => {
    assert.deepEqual(matchKinds('application.yml', `eureka:\n  password: '{cipher}${cipherText}'\n`), []);
    assert.deepEqual(matchKinds('config/app-prod.properties', `spring.datasource.password={cipher}${cipherText}`), []);
    // A key's name may come first (`{cipher}{key:prod}…`), as the config server reads it.
    assert.deepEqual(matchKinds('config/app.yml', `db:\n  password: "{cipher}{key:prod}${cipherText}"\n`), []);
    // The marker before a value that is no ciphertext (a password typed after it by hand) still leaves a password.
    assert.deepEqual(matchKinds('application.yml', `spring:\n  datasource:\n    password: '{cipher}${weak}'\n`), ['password@3']);
    // A plain value beside it is still found.
    assert.deepEqual(matchKinds('application.yml', `eureka:\n  password: '${weak}'\n`), ['password@2']);
  });

  it('read a value that only names the credential in a CI pipeline\'s settings as a stand-in', () => {
    // An Express API's `.travis.yml` sets the mail login of its test run with names, not values.
    const travis = 'env:\n  global:\n    - EMAIL_USERNAME=smtp-username\n    - EMAIL_PASSWORD=smtp-password\n';
    assert.deepEqual(matchKinds('.travis.yml', travis), []);
    assert.deepEqual(matchKinds('.github/workflows/ci.yml', 'env:\n  DB_PASSWORD: app_db_password\n'), []);
    // In a compose file that is deployed, the same text is the weak password the service runs with.
    assert.deepEqual(matchKinds('docker-compose.yml', 'services:\n  api:\n    environment:\n      - EMAIL_PASSWORD=smtp-password\n'), ['password@4']);
    // Out of CI, a script that stores the name as a password, or an env file of no deployed name, still holds a weak value.
    assert.deepEqual(matchKinds('scripts/vault-start.sh', 'vault kv put secret/web/config username="static-user" password="static-password"'), ['password@1']);
    // A value that is not a name is still found in the pipeline.
    assert.deepEqual(matchKinds('.travis.yml', `env:\n  global:\n    - EMAIL_PASSWORD=${weak}\n`), ['password@3']);
  });

  it('read a password file a compose stack mounts as a secret, wherever it sits', () => {
    // `secrets: db-password: file: db/password.txt` in compose: the file holds the password alone.
    assert.deepEqual(matchKinds('nginx-golang-mysql/db/password.txt', weak), ['secret-file@1']);
    assert.deepEqual(matchKinds('stack/db/db-password.txt', `${weak}\n`), ['secret-file@1']);
    assert.deepEqual(matchKinds('deploy/postgres_root_password.txt', weak), ['secret-file@1']);
    // A template left for the installer, and a list of many passwords (a word list), are not one secret.
    assert.deepEqual(matchKinds('db/password.txt', '${DB_PASSWORD}'), []);
    assert.deepEqual(matchKinds('wordlists/passwords.txt', `${weak}\n`), []);
    // An app's message about passwords (an email template: a line may be one word) is no password file.
    assert.deepEqual(matchKinds('app/templates/email/reset_password.txt', 'Dear {{ user.username }},\n\nSincerely,\n'), []);
    assert.deepEqual(matchKinds('app/forgot-password.txt', 'Sincerely,'), []);
    // A text file that describes passwords in sentences holds none.
    assert.deepEqual(matchKinds('docs/password.txt', 'Ask the operator for the database password.'), []);
  });
});
