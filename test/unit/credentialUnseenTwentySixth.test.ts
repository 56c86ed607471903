import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines and paths met in the histories of a Puppet control repository with its Hiera data, a Spring Boot
// service registry, a .NET desktop app with its uploaders' keys, a Rust identity server and a Laravel app (docs/evaluation.md,
// twenty-fourth session, helper cred-unseen-26). Every value here is made up and built from pieces, so that none reads as a
// key in the source.

/** A random value, as a configuration would hold. */
const random = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k');

describe('credentials in the twenty-sixth batch of unseen histories', () => {
  it('read a package NuGet restored into a solution\'s packages/ folder as vendored', () => {
    assert.equal(contextOfPath('packages/MegaApiClient.1.0.0/lib/MegaApiClient.xml'), 'vendored');
    assert.equal(contextOfPath('packages/Newtonsoft.Json.12.0.3/lib/net45/Newtonsoft.Json.xml'), 'vendored');
    assert.equal(contextOfPath('src/packages/Foo.Bar.2.0.0-beta1/content/App.config'), 'vendored');
    // A workspace's own packages carry no version in their names: they are the project's code.
    assert.equal(contextOfPath('packages/api-client/src/config.ts'), 'code');
    assert.equal(contextOfPath('packages/core.utils/index.js'), 'code');
    assert.equal(contextOfPath('lib/MegaApiClient.1.0.0/config.json'), 'code');
    assert.deepEqual(matchKinds('packages/api-client/src/config.ts', `export const password = '${random}';\n`), ['password@1']);
  });

  it('read the ask to change a value before production, written into it, as a stand-in', () => {
    const jwt = (secret: string) => `jhipster:\n  security:\n    authentication:\n      jwt:\n        secret: ${secret}\n`;
    assert.deepEqual(matchKinds('src/main/resources/config/application-dev.yml', jwt(joined('my-secret-token-', 'to-change-in-', 'production'))), []);
    assert.deepEqual(matchKinds('config/app.yml', `api_token: ${joined('token-', 'to-be-', 'changed')}\n`), []);
    assert.deepEqual(matchKinds('.env', `APP_SECRET=${joined('s3cret_', 'change_in_', 'prod')}\n`), []);
    // A value of its own is a row, and so is a weak value in deployed configuration.
    assert.deepEqual(matchKinds('src/main/resources/config/application-dev.yml', jwt(random)), ['secret@5']);
    assert.deepEqual(matchKinds('src/main/resources/config/application-dev.yml', jwt(joined('my-secret-', 'token'))), ['secret@5']);
  });

  it('read a service\'s key in a source file named for the API keys it holds', () => {
    const hex = joined('fbe0', '42fa', 'a01e', '6af0', '371b', '6d87', 'be75', '436a').replace(/0/g, '9');
    const keys = (line: string) => `namespace ShareX.UploadersLib\n{\n    public static class APIKeys\n    {\n${line}\n    }\n}\n`;
    assert.deepEqual(matchKinds('ShareX.UploadersLib/APIKeys/APIKeysLocal.cs', keys(`        public static readonly string FlickrKey = "${hex}";`)), ['api-key@5']);
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.cs', keys(`        public const string PastebinCaKey = "${random}";`)), ['api-key@5']);
    assert.deepEqual(matchKinds('app/keys/api_keys.py', `GE_TT_KEY = "${random}"\n`), ['api-key@1']);
    // Words, a record's key, an id and another file keep such a name a name.
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.cs', keys('        public const string LanguageKey = "colorpicker_title";')), []);
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.cs', keys(`        public const string CacheKey = "${random}";`)), []);
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.cs', keys(`        public const string RegistryKey = "${random}";`)), []);
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.cs', keys(`        public const string FlickrPublicKey = "${random}";`)), []);
    assert.deepEqual(matchKinds('UploadersLib/FileUploaders/Flickr.cs', keys(`        public const string FlickrKey = "${hex}";`)), []);
    assert.deepEqual(matchKinds('UploadersLib/ApiKeys/ApiKeys.test.cs', keys(`        public const string FlickrKey = "${hex}";`)), []);
  });

  it('read Laravel\'s model factories as test data', () => {
    assert.equal(contextOfPath('database/factories/UserFactory.php'), 'test');
    assert.equal(contextOfPath('api/database/factories/ModelFactory.php'), 'test');
    // A factories package of the app's own code, and Laravel's seeders, stay code.
    assert.equal(contextOfPath('src/factories/connection.ts'), 'code');
    assert.equal(contextOfPath('database/seeders/AdminSeeder.php'), 'code');
  });

  it('read a local development environment\'s settings (DDEV, Lando) as a development container\'s', () => {
    const ddev = (value: string) => `name: app\ntype: laravel\nweb_environment:\n  - DB_HOST=db\n  - DB_PASSWORD=${value}\n`;
    assert.deepEqual(matchKinds('.ddev/config.yaml', ddev('db')), []);
    assert.deepEqual(matchKinds('.lando.yml', `services:\n  database:\n    creds:\n      password: ${joined('pass', 'word')}\n`), []);
    // A value that does not look like a default is found there still, and the same weak value in deployed configuration is one.
    assert.deepEqual(matchKinds('.ddev/config.yaml', ddev(random)), ['password@5']);
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  app:\n    environment:\n      - DB_HOST=db\n      - DB_PASSWORD=db\n`), ['password@5']);
  });

  it('read the ask to set the value, written as its name, as a stand-in', () => {
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  app:\n    environment:\n      - APP_KEY=${joined('SetYour', 'AppKey', 'Here')}\n`), []);
    assert.deepEqual(matchKinds('.env', `MAIL_PASSWORD=${joined('set_your_', 'password')}\n`), []);
    assert.deepEqual(matchKinds('.env', `APP_KEY=${joined('base64:', random, random)}\n`), ['api-key@1']);
  });

  it('read the owner named after a token\'s word as whose token it is', () => {
    const ldif = (owner: string) => `dn: ipatokenUniqueID=a1,cn=otp,dc=example,dc=test\nipatokenOwner: ${owner}\nipatokenDisabled: FALSE\n`;
    assert.deepEqual(matchKinds('iam_migrations/freeipa/notes.txt', ldif(joined('uid=testuser,', 'cn=users,cn=accounts,', 'dc=example,dc=test'))), []);
    assert.deepEqual(matchKinds('config/app.yml', `token_owner: ${random}\n`), []);
    // Before the credential's word, an owner's password is a password.
    assert.deepEqual(matchKinds('config/app.yml', `owner_password: ${random}\n`), ['password@1']);
  });
});
