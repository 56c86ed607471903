import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of an Open edX Ansible repository, a mail server's compose stack (with a
// bundled webmail), a wiki in TypeScript, a Django app and a Puppet module (docs/evaluation.md, fifteenth session,
// fifth batch). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A weak but chosen password: a word, a sign and digits. */
const weak = joined('Mar', 'igold', '-', '52');
const defaults = 'playbooks/roles/app/defaults/main.yml';

describe('credentials in the fifth batch of unseen histories', () => {
  it('read an ask to set the value, a stand-in for each environment and YAML\'s null tag as no values in deployed configuration', () => {
    for (const value of [`'${joined('SET', '-ME-', 'PLEASE')}'`, `"${joined('SET', '-ME-TO-A-', 'LONG-RANDOM-STRING')}"`, `'${joined('set', '_me')}'`, `'${joined('hidden', '-prod')}'`, `'${joined('masked', '_stage')}'`, joined('!!', 'null')]) {
      assert.deepEqual(matchKinds(defaults, `APP_DB_PASSWORD: ${value}`), [], value);
    }
    assert.deepEqual(matchKinds(defaults, `APP_DB_PASSWORD: '${weak}'\nAPP_SECRET_KEY: '${joined('hidden', weak)}'`), ['password@1', 'secret@2']);
  });

  it('read an escaped command substitution and an indexed interpolation as references', () => {
    const manifest = [
      `    "mysqladmin -u root --password=\\$(grep -o '[^ ]\\\\+\\$' \${secret_file}) password ''",`,
      `  default: { $old_pw="-p'\${options[old_root_password]}'" }`,
    ].join('\n');
    assert.deepEqual(matchKinds('manifests/server/root_password.pp', manifest), []);
    assert.deepEqual(matchKinds('manifests/server/root_password.pp', `    "mysqladmin -u root --password=${weak} password ''",\n  $root_password = "-p'${weak}'"`), ['command-line-password@1', 'password@2']);
  });

  it('read a positional field of a format string as a template', () => {
    assert.deepEqual(matchKinds('app/utils/cache.py', "    EXERCISE_API_KEY = 'base-uuid-{0}'\n    SESSION_TOKEN = 'token-{1}:{0}'"), []);
    const generated = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c');
    assert.deepEqual(matchKinds('app/utils/cache.py', `    EXERCISE_API_KEY = '${generated}'`), ['api-key@1']);
  });

  it('read a chain of Postfix table types before a path, a password policy\'s pattern and nginx\'s regular expression as no values', () => {
    const mainCf = 'smtp_sasl_password_maps = proxy:mysql:/opt/postfix/conf/sql/sasl_passwd.cf\n  -o smtp_sasl_password_maps=proxy:mysql:/opt/postfix/conf/sql/sasl_passwd_transport.cf';
    assert.deepEqual(matchKinds('data/conf/postfix/main.cf', mainCf), []);
    assert.deepEqual(matchKinds('data/web/inc/vars.inc.php', "$PASSWD_REGEP = '^(?=.*[0-9])(?=.*[A-Za-z]).{6,}$';"), []);
    assert.deepEqual(matchKinds(defaults, "APP_CREDENTIALS_SECRET_HOSTNAME: '~^((stage|prod)-)?credentials.*'"), []);
    assert.deepEqual(matchKinds('data/conf/postfix/main.cf', `smtp_sasl_password = ${weak}`), ['password@1']);
  });

  it('read the settings of a service named after credentials as settings, and its credentials as credentials', () => {
    const settings = ["CREDENTIALS_LANGUAGE_CODE: 'en_US.UTF-8'", "CREDENTIALS_GUNICORN_EXTRA: '--reload'", "CREDENTIALS_HOSTNAME: 'credentials.corp.example'"].join('\n');
    assert.deepEqual(matchKinds('playbooks/roles/credentials/defaults/main.yml', settings), []);
    const secrets = [`CREDENTIALS_MYSQL_PASSWORD: '${weak}'`, `CREDENTIALS_JSON: '${joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c')}'`, `credentials: '${weak}'`].join('\n');
    assert.deepEqual(matchKinds('playbooks/roles/credentials/defaults/main.yml', secrets), ['password@1', 'secret@2', 'secret@3']);
  });

  it('read the settings of a password-changing plugin as settings', () => {
    const plugin = ["$config['password_driver'] = 'sql';", "$config['password_ldap_basedn'] = 'dc=exemple,dc=com';", "$config['password_ldap_encodage'] = 'crypt';", "$config['password_ldap_pwattr'] = 'userPassword';", "$config['password_ldap_ppolicy_cmd'] = 'change_ldap_pass.pl';", 'PassCmd "gpg -dq ~/.mailpass.gpg"'].join('\n');
    assert.deepEqual(matchKinds('plugins/password/config.inc.php', plugin), []);
    assert.deepEqual(matchKinds('plugins/password/config.inc.php', `$config['password_ldap_adminPW'] = '${weak}';`), ['password@1']);
  });

  it('read a message broker\'s and an output database\'s password as passwords', () => {
    assert.deepEqual(matchKinds('docker/build/app/lms.yml', `CELERY_BROKER_PASSWORD: ${weak}\nFLOWER_BROKER_PASSWORD: "${weak}x"`), ['password@1', 'password@2']);
    assert.deepEqual(matchKinds(defaults, `PIPELINE_OUTPUT_DATABASE_PASSWORD: ${weak}`), ['password@1']);
    assert.deepEqual(matchKinds('etc/ssl/openssl.cnf', `output_password = ${weak}x`), ['password@1']);
    // A page's toggle that shows the password field is not one (`input` before the word names the field).
    assert.deepEqual(matchKinds('templates/login.twig', `<input type="password" name="password" data-input-show-password="showPassword('master-password')">`), []);
    // After the credential word these still name something else: a broker service, a form's field.
    assert.deepEqual(matchKinds('config/auth.php', "    'passwords' => ['users' => ['provider' => 'users']],\nAUTH_PASSWORD_BROKER=users\n    password_input: '#login-password'"), []);
  });

  it('read the default of django-environ\'s typed lookups as the value deployed when the variable is unset', () => {
    const settings = `SECRET_KEY = env.str('SECRET_KEY', '${joined('app-docker-', 'Qx7Lm2pRt9VwK4', '-', weak)}')\nEMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="${weak}")`;
    assert.deepEqual(matchKinds('settings/main.py', settings), ['env-default-secret@1', 'env-default-secret@2']);
    assert.deepEqual(matchKinds('settings/main.py', "SECRET_KEY = env.str('SECRET_KEY')\nDB_URL = env.str('DJANGO_DB_PASSWORD', '')"), []);
  });

  it('read find\'s predicates after a path or a name holding mysql as no password', () => {
    const lines = ["RUN find /etc/mysql/ -name '*.cnf' -print0 | xargs -0 grep -lZE '^(bind-address|log)'", "SEL=$(find \"$DIR\" -maxdepth 1 -type f,d \\( -name '*.gz' -o -name 'mysql' \\) -printf '%f\\n')"].join('\n');
    assert.deepEqual(matchKinds('helper-scripts/backup.sh', lines), []);
    assert.deepEqual(matchKinds('helper-scripts/backup.sh', `mysql -u root -p${weak} app < dump.sql`), ['command-line-password@1']);
  });

  it('read a URL whose user says it is made up, or whose host is reserved for documentation, as an example', () => {
    assert.deepEqual(matchKinds(defaults, "ALTON_REDIS_URL: 'redis://fakeuser:redispassword@redis.url:port'"), []);
    assert.deepEqual(matchKinds('server/modules/search/definition.yml', '  hint: Hosts to connect to, with the user and password if needed (e.g. https://user:pass@es1.example.com:9200)'), []);
    // A company's own host (the `.example` top-level domain stands for one) and an ordinary user keep the password.
    assert.deepEqual(matchKinds(defaults, `ALTON_REDIS_URL: 'redis://alton:${weak}@redis.corp.example:6379'`), ['url-password@1']);
  });

  it('read a GraphQL schema\'s fields as fields and their types as types', () => {
    assert.deepEqual(matchKinds('server/graph/schemas/user.graphql', 'type UserProfile {\n  passwordRaw: String!\n  mustChangePassword: Boolean!\n  tokens: [String!]!\n}'), []);
    // A query's literal argument is text written in.
    assert.deepEqual(matchKinds('client/graph/login.graphql', `mutation {\n  login(username: "ops", password: "${weak}") { jwt }\n}`), ['password@2']);
  });

  it('read a key inside a string that code goes on joining, a bundler\'s renamed binding and a numbered form variable as code', () => {
    assert.deepEqual(matchKinds('views/pages/account.pug', "          = t('auth:providers.' + user.provider)"), []);
    assert.deepEqual(matchKinds('web/_apidocs.html', '        axios.CancelToken = CancelToken_1;\n        lib.AccessToken = AccessToken$2;'), []);
    assert.deepEqual(matchKinds('web/templates/base.twig', '        attrPayload = {password: newPw, password2: newPw2};'), []);
    assert.deepEqual(matchKinds('web/templates/base.twig', `        attrPayload = {password: '${weak}'};`), ['password@1']);
  });

  it('read a name closed by a colon in prose, a sentence joined by hyphens and a typed hash body as no values', () => {
    assert.deepEqual(matchKinds('util/jenkins/check_upgrades.yml', '#  --private-key=PATH_TO_PRIVATE_KEY_FILE: ssh key to use when connecting to the new host'), []);
    assert.deepEqual(matchKinds(defaults, "APP_JWT_SECRET_KEY: 'generated-key-that-matches-APP_API_SIGNING_KEY-in-the-lms'"), []);
    const hash = joined('{SSHA256}', 'C456C456C654C654', 'D654D654D456D456', 'C456E567C654D456');
    assert.deepEqual(matchKinds('bootstrap-sogo.sh', `SELECT if(a LIKE '%1%', password, '${hash}'), mailbox.name FROM mailbox`), []);
    assert.deepEqual(matchKinds('plugins/password/config.inc.php', `// Enables use of password with method prefix, e.g. {MD5}${joined('$1$', 'Qx7Lm2pR', '$', 'fEkgT9wLr6Mb2X7be4i1/')}`), []);
    // A hash of a digest's spread, and one in a comment that is not an example, are still read.
    const real = joined('{SSHA256}', 'q8Vz1', 'Lw0+kT', 'r3Nf6Hb', 'Xy2Pm9', 'Dc5Ej7', 'Ga4Ru', 'Zi1Ko8', 'Yt==');
    assert.deepEqual(matchKinds('bootstrap-sogo.sh', `INSERT INTO admin VALUES ('admin', '${real}');\n# admin: ${real}`), ['password-hash@1', 'password-hash@2']);
  });

  it('place capitalised prose files without an extension, API descriptions and docs search indexes among the docs', () => {
    for (const path of ['data/web/rc/CHANGELOG', 'plugins/password/README', 'NEWS', 'INSTALL.txt', 'data/web/api/openapi.yaml', 'api/swagger.json', 'spec/api.swagger.yml', 'mkdocs/search_index.json', 'site/searchindex.js']) {
      assert.equal(contextOfPath(path), path.startsWith('spec/') ? 'test' : 'docs', path);
    }
    // A lower-case script without an extension is code.
    for (const path of ['install', 'scripts/upgrade', 'bin/news']) assert.equal(contextOfPath(path), 'code', path);
  });

  it('read the next option after an empty one as no value', () => {
    assert.deepEqual(matchKinds('dovecot/docker-entrypoint.sh', '  args = password= allow_real_nets=${IPV4_NETWORK}.248/32'), []);
    assert.deepEqual(matchKinds('dovecot/docker-entrypoint.sh', `  args = password=${weak} allow_real_nets=10.0.0.0/8`), ['password@1']);
  });

  it('read a class\'s file named in PascalCase as code, not as configuration written in code', () => {
    const constants = "    const string KEY_BORG_PASSWORD = 'borg_backup_password';\n    const string KEY_PASSWORD = 'password';";
    assert.deepEqual(matchKinds('php/src/Data/ConfigFile.php', constants), []);
    // The same lines in a configuration file written in PHP are weak values; a class file still holds a generated one.
    assert.deepEqual(matchKinds('php/config.php', constants), ['password@1', 'password@2']);
    assert.deepEqual(matchKinds('php/src/Data/ConfigFile.php', `    const string KEY_PASSWORD = '${joined('Qx7', 'Lm2p', 'Rt9V', 'wK4')}';`), ['password@1']);
  });

  it('place a test folder set apart by a leading underscore among the tests', () => {
    assert.equal(contextOfPath('_unit-test/create-backup.sh'), 'test');
    assert.equal(contextOfPath('.e2e-tests/run.sh'), 'test');
    assert.equal(contextOfPath('_build/run.sh'), 'code');
  });

  it('read a webmail\'s localization folder as translations', () => {
    assert.deepEqual(matchKinds('program/localization/de_CH/labels.inc', "$labels['password']  = 'Passwort';\n$labels['newpassword'] = 'Neues Passwort';"), []);
    assert.deepEqual(matchKinds('program/include/labels.inc', `$labels['password']  = '${weak}';`), ['password@1']);
  });
});
