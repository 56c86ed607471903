import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines and paths met in the histories of AWS CDK's examples, a Nim web front end, a Crystal web app, a Django
// project template and a Perl CGI bug tracker (docs/evaluation.md, twenty-fifth session, helper cred-unseen-27). Every value
// here is made up and built from pieces, so that none reads as a key in the source.

/** A random value, as a configuration would hold. */
const random = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k');

describe('credentials in the twenty-seventh batch of unseen histories', () => {
  it('read Perl modules, CGI scripts and Perl tests as code', () => {
    const constants = 'use constant WS_ERROR_CODE => {\n    invalid_username_or_password => 300,\n    password_too_short    => 502,\n};\n';
    assert.deepEqual(matchKinds('Bugzilla/WebService/Constants.pm', constants), []);
    assert.deepEqual(matchKinds('Bugzilla/Migrate.pm', '    my %results = (\n        pass        => @$missing ? 0 : 1,\n    );\n'), []);
    assert.deepEqual(matchKinds('editusers.cgi', "    cryptpassword => scalar $cgi->param('password'),\n"), []);
    assert.deepEqual(matchKinds('t/webservice.t', '    password_too_long => 503,\n'), []);
    // A literal of its own is found there, as in a Perl script.
    assert.deepEqual(matchKinds('lib/App/Db.pm', `use constant DB_PASSWORD => '${random}';\n`), ['password@1']);
    assert.deepEqual(matchKinds('contrib/copy.pl', `use constant DB_PASSWORD => '${random}';\n`), ['password@1']);
  });

  it('read the key\'s name shortened, in any case, as the name a value is sent under in code', () => {
    const headers = `use constant X_HEADERS => {\n    X_APP_PASSWORD => '${joined('App', '_password')}',\n    X_APP_TOKEN    => '${joined('App', '_token')}',\n};\n`;
    assert.deepEqual(matchKinds('lib/App/WebService/Util.pm', headers), []);
    assert.deepEqual(matchKinds('app/headers.py', `X_SERVICE_API_KEY = "${joined('Service', '-Api-Key')}"\n`), []);
    // A value of its own is found, and so is a weak value spelled from the key in deployed configuration.
    assert.deepEqual(matchKinds('lib/App/WebService/Util.pm', `    X_APP_PASSWORD => '${random}',\n`), ['password@1']);
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  db:\n    environment:\n      DB_ROOT_PASSWORD: ${joined('Root', '_password')}\n`), ['password@4']);
  });

  it('read the page that asks for a password as a page', () => {
    const include = (page: string) => `  [% INCLUDE "global/password-features.html.tmpl" class="flex-right" password_page="${page}" %]\n`;
    assert.deepEqual(matchKinds('template/en/default/account/reset-password.html.tmpl', include('reset_password')), []);
    assert.deepEqual(matchKinds('config/app.yml', 'password_page: confirm\n'), []);
    // Before the credential's word, a page's token is read as a token still; a password is a password.
    assert.deepEqual(matchKinds('config/app.yml', `password: ${random}\n`), ['password@1']);
  });

  it('read GitHub\'s x-oauth-basic after a token in a URL as no password', () => {
    const push = (password: string) => `      - run: git push https://\${GITHUB_PERSONAL_TOKEN}:${password}@github.com/$GITHUB_REPO.git $TAG\n`;
    assert.deepEqual(matchKinds('.circleci/config.yml', push(joined('x-oauth', '-basic'))), []);
    assert.deepEqual(matchKinds('deploy.sh', `git clone https://\${TOKEN}:${joined('X-OAuth', '-Basic')}@github.com/org/app.git\n`), []);
    assert.deepEqual(matchKinds('.circleci/config.yml', push(random)), ['url-password@1']);
  });

  it('read an ask shouted between exclamation marks as a stand-in', () => {
    const env = (value: string) => `# PostgreSQL\nPOSTGRES_HOST=postgres\nPOSTGRES_PASSWORD=${value}\n`;
    assert.deepEqual(matchKinds('{{cookiecutter.project_slug}}/.envs/.production/.postgres', env(joined('!!!SET ', 'POSTGRES_PASSWORD', '!!!'))), []);
    assert.deepEqual(matchKinds('.env', env(joined('!!!', 'CHANGE_ME', '!!!'))), []);
    // A generated password with exclamation marks in it is a value.
    assert.deepEqual(matchKinds('.env', env(joined('!!!', random))), ['password@3']);
    assert.deepEqual(matchKinds('.env', env(random)), ['password@3']);
  });

  it('read a named group of a regular expression as a pattern', () => {
    const crystal = `    continuation = response.body.match(/"token":"(?<continuation>[^"]+)"/).try &.["continuation"]?\n`;
    assert.deepEqual(matchKinds('src/invidious/channels.cr', crystal), []);
    assert.deepEqual(matchKinds('app/parse.py', `PATTERN = '"password": "(?P<password>[^"]+)"'\n`), []);
    assert.deepEqual(matchKinds('src/invidious/channels.cr', `    body = %({"token":"${random}${random}"})\n`), ['token@1']);
  });

  it('read Nim\'s --passC and --passL as compiler options', () => {
    const build = '    && nimble build -y -d:release --passC:"-flto" --passL:"-flto" \\\n';
    assert.deepEqual(matchKinds('Dockerfile', `RUN apk update \\\n${build}    && strip -s app\n`), []);
    assert.deepEqual(matchKinds('app.nimble', 'task release, "build":\n  exec "nim c --passL:-static --passC:-O3 src/app.nim"\n'), []);
    assert.deepEqual(matchKinds('Dockerfile', `RUN ./configure --pass="${random}"\n`), ['password@1']);
  });

  it('read a name exported from a Nim module as the key it is', () => {
    const consts = (line: string) => `const\n  consumerKey* = "${random}"\n${line}\n`;
    assert.deepEqual(matchKinds('src/consts.nim', consts(`  consumerSecret* = "${random}${random}"`)), ['api-key@2', 'secret@3']);
    // What an exported name holds is judged as a name's value is: a path is no secret.
    assert.deepEqual(matchKinds('src/consts.nim', 'const\n  tokenUrl* = "guest/activate.json"\n'), []);
    // In another language a star before `=` is no export marker.
    assert.deepEqual(matchKinds('src/consts.py', `consumerSecret* = "${random}${random}"\n`), []);
  });

  it('read Perl modules installed into the project as vendored', () => {
    assert.equal(contextOfPath('.github/cpm/lib/perl5/URI/ftp.pm'), 'vendored');
    assert.equal(contextOfPath('local/lib/perl5/DBI.pm'), 'vendored');
    // The project's own modules sit in lib/ itself.
    assert.equal(contextOfPath('lib/Bugzilla/User.pm'), 'code');
    assert.equal(contextOfPath('perl5/lib/App.pm'), 'code');
  });

  it('read a source file\'s path inside the project as a file', () => {
    const hook = (value: string) => `    if (exists $modules->{'GitHubAuth'}) {\n        $modules->{'GitHubAuth'} = '${value}';\n    }\n`;
    assert.deepEqual(matchKinds('extensions/GitHubAuth/Extension.pm', hook('Bugzilla/Extension/GitHubAuth/Login.pm')), []);
    assert.deepEqual(matchKinds('src/auth.ts', `const authToken = 'lib/auth/tokenStore.js';\n`), []);
    assert.deepEqual(matchKinds('extensions/GitHubAuth/Extension.pm', hook(`${random}${random}`)), ['secret@2']);
  });

  it('read a variable interpolated into a double-quoted string of Perl or PHP as text built at run time', () => {
    assert.deepEqual(matchKinds('Bugzilla/Object.pm', '            $passwd = "hashed_with_$algorithm";\n'), []);
    assert.deepEqual(matchKinds('src/Auth.php', `    $secret = "${joined('key', '_{$tenant}_')}${random}";\n`), []);
    // In single quotes Perl and PHP keep the `$`; an escaped `$` is a character; other files do not interpolate.
    assert.deepEqual(matchKinds('Bugzilla/Object.pm', `            $passwd = '${random}$x';\n`), ['password@1']);
    assert.deepEqual(matchKinds('Bugzilla/Object.pm', `            $passwd = "${random}\\$x";\n`), ['password@1']);
    assert.deepEqual(matchKinds('app/auth.py', `passwd = "${random}$x"\n`), ['password@1']);
  });

  it('read a compose file of a test run named for its variant as the suite\'s', () => {
    assert.equal(contextOfPath('docker-compose.test-mariadb.yml'), 'test');
    assert.equal(contextOfPath('docker-compose.test.pg.yaml'), 'test');
    assert.equal(contextOfPath('compose.test-sqlite.yml'), 'test');
    // The development and production compose files stay code.
    assert.equal(contextOfPath('docker-compose.yml'), 'code');
    assert.equal(contextOfPath('docker-compose.prod.yml'), 'code');
    assert.equal(contextOfPath('docker-compose.latest-db.yml'), 'code');
  });
});
