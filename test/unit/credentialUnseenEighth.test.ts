import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Django site, a Go CLI for a cloud's API, a Kubernetes operator with its
// charts and OLM bundles, a PowerShell DSC module, a Spring Boot admin and a data-engineering course (docs/evaluation.md,
// fifteenth session, eighth batch). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c', 'Hy3');
/** The same, in base64, as a Secret's `data:` holds it. */
const generatedBase64 = Buffer.from(generated).toString('base64');
/** 32 hex digits, as a generated API key or a heading anchor's hash is written. */
const hex32 = joined('3d7a', '91fc', '0b62', 'e48d', '5a1f', '77c0', '9e3b', '2d64');

describe('credentials in the eighth batch of unseen histories', () => {
  it('read a Secret\'s entries only in the Secret\'s own document, not in a later document of another kind', () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: kes-config',
      'stringData:',
      '  server-config.yaml: |-',
      '    address: 0.0.0.0:7373',
      '---',
      'apiVersion: minio.min.io/v2',
      'kind: Tenant',
      'metadata:',
      '  name: storage',
      'spec:',
      '  image: minio/minio:RELEASE.2020-08-26T00-00-49Z',
      '  kes:',
      '    image: minio/kes:v0.11.0',
    ].join('\n');
    assert.deepEqual(matchKinds('deploy/tenant.yaml', manifest), []);
    // A Secret after the other document is read again, its entries found.
    assert.deepEqual(matchKinds('deploy/tenant.yaml', `${manifest}\n---\napiVersion: v1\nkind: Secret\ndata:\n  session: ${generatedBase64}`), ['kubernetes-secret@21']);
  });

  it('read an ask in capitals glued into one word, which an example Secret\'s base64 decodes to, as no value', () => {
    const ask = Buffer.from(joined('YOUR', 'CONSOLE', 'SECRET')).toString('base64');
    assert.deepEqual(matchKinds('deploy/console-secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  CONSOLE_SECRET_KEY: ${ask}`), []);
    assert.deepEqual(matchKinds('deploy/console-secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  CONSOLE_SECRET_KEY: ${generatedBase64}`), ['kubernetes-secret@4']);
  });

  it('read a printf verb with the escaped line ends of its format string as filled in by code', () => {
    const line = 'fmt.Printf("\\t$ mc alias set %s %s://localhost:%d %s %s\\n\\n", name, scheme, port, user, pwd)';
    assert.deepEqual(matchKinds('cmd/tenant-create.go', line), []);
    assert.deepEqual(matchKinds('scripts/setup.sh', `mc alias set store https://s3.example.org ops ${generated}`), ['cloud-cli-secret@1']);
  });

  it('read an angle-bracket placeholder and a backtick command substitution cut at their space as no value on a command line', () => {
    const lines = ['   docker login -u ops -p <from the password manager>', 'podman login -u `oc whoami` -p `oc whoami --show-token` $registry'].join('\n');
    assert.deepEqual(matchKinds('scripts/snap_image.sh', lines), []);
    assert.deepEqual(matchKinds('scripts/snap_image.sh', `docker login -u ops -p ${generated}`), ['command-line-password@1']);
  });

  it('read a name inside an HTML element\'s identifying attribute, glued to a hash, as no key', () => {
    const page = [`<h2 id="doit-auth:${hex32}">doit auth</h2>`, `&lt;h2 id=&#34;doit-compute-auth:${hex32}&#34;&gt;doit compute auth&lt;/h2&gt;`].join('\n');
    assert.deepEqual(matchKinds('public/index.xml', page), []);
    // Outside an attribute's value the same pair is a key and its value.
    assert.deepEqual(matchKinds('deploy/app.properties', `auth:${generated}`), ['secret@1']);
  });

  it('read `annotation` after the credential\'s word as the name of what asks for it', () => {
    assert.deepEqual(matchKinds('do/serverless.go', 'ForbiddenConfigProvideAPIKeyAnnotation = "provideAPIKeyAnnotation"'), []);
    assert.deepEqual(matchKinds('do/serverless.go', `ProvideAPIKey = "${generated}"`), ['api-key@1']);
  });

  it('read PowerShell\'s bare words after `=` as commands, and its localized string data as messages', () => {
    const script = ['            Password = New-Object `', '$password = Get-StoredSecret', '$p = @{ Password = Read-Host -AsSecureString }'].join('\n');
    assert.deepEqual(matchKinds('source/Public/Set-Login.ps1', script), []);
    assert.deepEqual(matchKinds('source/en-US/SqlLogin.strings.psd1', "    SetPassword = Setting the password for the login '{0}' on the instance '{1}'."), []);
    assert.deepEqual(matchKinds('source/DSCResources/DSC_SqlLogin/de-DE/DSC_SqlLogin.psd1', 'SetPassword = Das Kennwort wird gesetzt.'), []);
    // A quoted value is a value; so is a bare one alone on its line (what a here-string writes into a file).
    assert.deepEqual(matchKinds('source/Public/Set-Login.ps1', `$p = @{ Password = '${generated}' }\npassword=${generated}`), ['password@1', 'password@2']);
    assert.deepEqual(matchKinds('config/Nodes.psd1', `    Password = '${generated}'`), ['password@1']);
  });

  it('end a value at the `&` of a URL\'s query string in YAML', () => {
    assert.deepEqual(matchKinds('tests/vcr/event.yaml', '    uri: https://api.example.org/rest/?method=people.get&api_key=None&user_id=None&format=json'), []);
    assert.deepEqual(matchKinds('tests/vcr/event.yaml', `    uri: https://api.example.org/rest/?method=people.get&api_key=${generated}&format=json`), ['api-key@1']);
    // A plain scalar outside a query keeps its `&`.
    assert.deepEqual(matchKinds('deploy/app.yml', `password: ${joined('ab', '&', 'cd9', ';', 'ef7')}`), ['password@1']);
  });

  it('read a URN as an identifier, not a token', () => {
    assert.deepEqual(matchKinds('webdav/if_test.go', '\t\t\t\t\tToken: `urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6`,'), []);
    assert.deepEqual(matchKinds('webdav/client.go', `\t\tToken: \`${generated}\`,`), ['token@1']);
  });

  it('read a merge\'s leftover or a backup copy as the file it copies', () => {
    const swift = ['            viewModel.password.value = textField.text', '              let password = viewModel.password.value else {'].join('\n');
    assert.deepEqual(matchKinds('App/Register/RegisterViewController.swift.orig', swift), []);
    assert.deepEqual(matchKinds('app/settings.py.bak', 'DB_PASSWORD = db_password_from_vault'), []);
    // A literal in the copy is still one, and a copy of configuration is configuration.
    assert.deepEqual(matchKinds('App/Register/RegisterViewController.swift.orig', `let password = "${generated}"`), ['password@1']);
    assert.deepEqual(matchKinds('deploy/app.env.orig', `DB_PASSWORD=${generated}`), ['password@1']);
  });

  it('put a dbt project\'s installed packages with vendored code', () => {
    assert.equal(contextOfPath('dev/dags/dbt/simple/dbt_packages/dbt_date/.circleci/config.yml'), 'vendored');
    assert.equal(contextOfPath('dev/dags/dbt/simple/models/staging/stg_orders.sql'), 'code');
  });

  it('read who may retrieve a managed password, and when a password was last set, as settings', () => {
    const config = ["            ManagedPasswordPrincipals = 'User01', 'Computer01$'", "    PrincipalsAllowedToRetrieveManagedPassword = 'CN=User01,OU=Users,DC=corp,DC=example'", "$adUser['pwdLastSet'] = 12345678"].join('\n');
    assert.deepEqual(matchKinds('source/Examples/ADManagedServiceAccount_Config.ps1', config), []);
    // One principal's password (a keytab's) is a password; so is a password named before `last` is not.
    assert.deepEqual(matchKinds('deploy/kerberos.env', `KERBEROS_PRINCIPAL_PASSWORD=${generated}
LAST_PASSWORD=${generated}`), ['password@1', 'password@2']);
  });

  it('put a test run\'s coverage report with the tests', () => {
    for (const path of ['htmlcov/_env_lib_python3_7_site-packages_django_views_decorators_debug_py.html', 'coverage/lcov-report/src/index.js.html']) assert.equal(contextOfPath(path), 'test', path);
    assert.equal(contextOfPath('src/coverage/policy.py'), 'code');
  });
});
