import * as assert from 'node:assert/strict';
import { classifyKey } from '../../src/core/detect/credentials/assignmentRules';
import { FileMatcher, matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { pathOfDiffLine, PatchLineParser, type CommitInfo, type FileSection, type PatchVisitor } from '../../src/core/detect/credentials/patchParser';
import { SpanMasks } from '../../src/core/detect/credentials/spanMasks';
import { isPlaceholder, isPlausibleSecret } from '../../src/core/detect/credentials/valueJudgement';
import { decoyFiles, randomText } from '../fixtures/credentialCorpus';
import { joined, matchKinds } from './helpers';


describe('credential rules', () => {
  it('recognise provider formats wherever they appear', () => {
    const cases: [string, string][] = [
      [joined('hvs.', randomText(40)), 'vault-token'],
      [joined('dop', '_v1_', randomText(64, '0123456789abcdef')), 'digitalocean-token'],
      [joined('sk-ant-', 'api03-', randomText(95)), 'anthropic-api-key'],
      [joined('sk-proj-', randomText(30), 'T3Blbk', 'FJ', randomText(30)), 'openai-api-key'],
      [joined('hf', '_', randomText(34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')), 'huggingface-token'],
      [joined('npm', '_', randomText(36)), 'npm-token'],
      [joined('whsec', '_', randomText(32)), 'stripe-webhook-secret'],
      [joined('shp', 'at_', randomText(32, '0123456789abcdef')), 'shopify-token'],
      [joined('PMAK-', randomText(24, '0123456789abcdef'), '-', randomText(34, '0123456789abcdef')), 'postman-api-key'],
      [joined('AGE-SECRET-KEY-', '1', randomText(58, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), 'age-secret-key'],
    ];
    for (const [token, kind] of cases) assert.deepEqual(matchKinds('notes.md', `see ${token} here`), [`${kind}@1`], kind);
  });

  it('read every literal under a credential\'s name in a file named for the credentials it holds, however weak', () => {
    const ownWords = joined('super', 'secret');
    const short = joined('hun', 'ter', '2');
    const kubeconfig = ['users:', '- name: admin', '  user:', `    token: ${short}`].join('\n');
    for (const path of ['.kube/config', 'clusters/prod/kubeconfig', 'ops/admin.kubeconfig', 'kubeconfig-staging.yaml']) assert.deepEqual(matchKinds(path, kubeconfig), ['token@4'], path);
    // The same lines elsewhere: seven letters under `token` are a word (a setting, a name).
    assert.deepEqual(matchKinds('deploy/values.yaml', kubeconfig), []);
    // A page or a release note named for a kubeconfig shows one: there the same value is a stand-in.
    assert.deepEqual(matchKinds('docs/kubeconfig.yaml', kubeconfig), []);
    // Code named for a kubeconfig reads one; it does not hold one.
    assert.deepEqual(matchKinds('pkg/kubeconfig.go', `token := "${short}"`), []);
    const aws = ['[default]', `aws_secret_access_key = ${ownWords}`].join('\n');
    assert.deepEqual(matchKinds('.aws/credentials', aws), ['aws-secret-access-key@2']);
    assert.deepEqual(matchKinds('docs/aws-setup.ini', aws), []);
    assert.deepEqual(matchKinds('.npmrc', `//registry.npmjs.org/:_authToken=${ownWords}`), ['npmrc-auth@1']);
    // A registry's, a cloud CLI's and a mail client's own credentials files.
    assert.deepEqual(matchKinds('home/.gem/credentials', `---\n:rubygems_api_key: ${short}`), ['api-key@2']);
    assert.deepEqual(matchKinds('.terraformrc', `credentials "app.terraform.io" {\n  token = "${short}"\n}`), ['token@2']);
    assert.deepEqual(matchKinds('.databrickscfg', `[DEFAULT]\nhost = https://x.cloud.databricks.com\ntoken = ${short}`), ['token@3']);
    assert.deepEqual(matchKinds('.muttrc', `set smtp_pass = "${joined('pass', 'word', '1')}"`), ['password@1']);
    assert.deepEqual(matchKinds('scripts/mail.py', `smtp_pass = "${joined('pass', 'word', '1')}"`), []);
    // Cloud and release CLIs' login files in a home folder (Spinnaker's Halyard and spin, linode-cli, a dbt profile): a
    // weak password there is still the login; the same lines in a project's own files, or a `{{ env_var(…) }}`, are not.
    const weak = joined('Pass', 'w0rd');
    const hal = ['deploymentConfigurations:', '- name: default', '  providers:', '    dockerRegistry:', '      accounts:', '      - name: corp', `        password: ${weak}`].join('\n');
    assert.deepEqual(matchKinds('home/ops/.hal/config', hal), ['password@7']);
    assert.deepEqual(matchKinds('spinnaker/config', hal), []);
    assert.deepEqual(matchKinds('home/ops/.spin/config', `auth:\n  basic:\n    username: ops\n    password: ${weak}`), ['password@4']);
    assert.deepEqual(matchKinds('.dbt/profiles.yml', `shop:\n  outputs:\n    prod:\n      password: ${weak}`), ['password@4']);
    assert.deepEqual(matchKinds('.dbt/profiles.yml', `shop:\n  outputs:\n    dev:\n      password: "{{ env_var('DBT_PASSWORD') }}"`), []);
    assert.deepEqual(matchKinds('bin/linode-cli', `token = ${short}`), []);
    // Perforce's `.p4config`, S3QL's `authinfo2` and Ansible Galaxy's token file are logins, however weak the value.
    assert.deepEqual(matchKinds('home/ops/.p4config', `P4PORT=ssl:perforce.corp.example:1666\nP4USER=ops\nP4PASSWD=${weak}`), ['password@3']);
    assert.deepEqual(matchKinds('home/ops/.s3ql/authinfo2', `[s3]\nstorage-url: s3://eu-west-1/backups/\nbackend-password: ${weak}`), ['password@3']);
    assert.deepEqual(matchKinds('home/ops/.ansible/galaxy_token', `token: ${short}`), ['token@1']);
    assert.deepEqual(matchKinds('home/ops/.p4config', 'P4PORT=ssl:perforce.corp.example:1666\nP4PASSWD=\nP4PASSWD=$P4_PASSWORD'), []);
    // Settings beside the credentials, a commented line, a JSONPath template and empty values are not credentials.
    const settings = ['[default]', '# aws_secret_access_key = ' + ownWords, 'aws_session_token =', 'credential_source = Ec2InstanceMetadata'].join('\n');
    assert.deepEqual(matchKinds('.aws/credentials', settings), []);
    const provider = ['users:', '- name: gke', '  user:', '    auth-provider:', '      config:', `        token-key: '{.credential.access_token}'`, `        expiry-key: '{.credential.token_expiry}'`].join('\n');
    assert.deepEqual(matchKinds('.kube/config', provider), []);
    assert.deepEqual(matchKinds('.s3cfg', ['[default]', 'access_key =', 'secret_key =', 'gpg_passphrase =', 'kms_key =', 'signature_v2 = False'].join('\n')), []);
  });

  it('read the seventh ops batch\'s credential files as such: a weak password there is the login', () => {
    const weak = joined('Pass', 'w0rd');
    // A duply profile, NUT's UPS users, a NetworkManager connection profile and Gitea's act_runner registration.
    assert.deepEqual(matchKinds('home/ops/.duply/web1/conf', `GPG_KEY='4B1E7A2C'\nGPG_PW='${weak}'`), ['password@2']);
    assert.deepEqual(matchKinds('etc/nut/upsd.users', `[monuser]\n\tpassword = ${weak}\n\tupsmon primary`), ['password@2']);
    assert.deepEqual(matchKinds('etc/NetworkManager/system-connections/office.nmconnection', `[vpn]\nusername=ops\n\n[vpn-secrets]\npassword=${weak}`), ['password@5']);
    assert.deepEqual(matchKinds('gitea-runner/.runner', `{\n  "name": "web1",\n  "token": "${weak}"\n}`), ['token@3']);
    // The eighth batch: cloud CLIs' saved logins (Alibaba Cloud, Tencent Cloud's tccli, Hetzner's hcloud, Scaleway) and Monit's control file.
    assert.deepEqual(matchKinds('home/ops/.tccli/default.credential', `{\n    "secretId": "AKIDExampleOnly",\n    "secretKey": "${weak}"\n}`), ['secret@3']);
    assert.deepEqual(matchKinds('home/ops/.config/hcloud/cli.toml', `[[contexts]]\n  name = "prod"\n  token = "${weak}"`), ['token@3']);
    assert.deepEqual(matchKinds('etc/monit/monitrc', `set httpd port 2812 and\n    allow admin:${weak}`), ['monit-httpd-allow@2']);
    assert.deepEqual(matchKinds('home/ops/.config/hcloud/cli.toml', '[[contexts]]\n  name = "prod"\n  token = "op://Ops/hcloud/token"'), []);
    assert.deepEqual(matchKinds('scripts/monit.sh', `echo 'allow admin:${weak}' >> /etc/monit/monitrc`), []);
    // The same value spelled from its word in a script, and a duply profile's own placeholder: stand-ins.
    assert.deepEqual(matchKinds('scripts/duply.sh', `GPG_PW='${weak}'`), []);
    assert.deepEqual(matchKinds('home/ops/.duply/web1/conf', "GPG_PW='_GPG_PASSWORD_'"), []);
    // Installers' answer files (389 Directory Server's dscreate `.inf`) and a daemon's extensionless conf.d fragment are deployed.
    assert.deepEqual(matchKinds('ds/corp.inf', `[slapd]\ninstance_name = corp\nroot_password = ${weak}`), ['password@3']);
    assert.deepEqual(matchKinds('etc/amavis/conf.d/50-user', `@lookup_sql_dsn = (['DBI:mysql:database=mail', 'amavis', '${weak}']);`), ['perl-dbi-password@1']);
  });

  it('read `pw` glued to or joined with whose password it is', () => {
    const value = randomText(20);
    assert.deepEqual(matchKinds('dex/config.yaml', `connectors:\n- type: ldap\n  config:\n    bindPW: ${value}`), ['password@4']);
    assert.deepEqual(matchKinds('config/ldap.yml', `ldap_bind_pw: ${value}\nadminPw: ${value}x`), ['password@1', 'password@2']);
    // Two letters alone, or inside a word, name nothing.
    assert.deepEqual(matchKinds('config/app.yml', `pwa_name: ${value}\nnpw_mode: ${value}y`), []);
    // A template's script negating a page width (`pw = -pw;`): code, not a password.
    assert.deepEqual(matchKinds('www/templates/book.tmpl', 'var pw = elem.width() + 20;\nif (x2 - x1 < pw / 2) {\n    pw = -pw;\n}'), []);
  });

  it('read the password of a key or store file, not the path of a password file', () => {
    const value = randomText(20);
    // MongoDB's `net.tls.certificateKeyFilePassword`, a PEM key file's password: the password that opens the key.
    assert.deepEqual(matchKinds('mongodb/mongod.conf', `net:\n  tls:\n    certificateKeyFile: /etc/ssl/mongodb.pem\n    certificateKeyFilePassword: ${value}`), ['password@4']);
    assert.deepEqual(matchKinds('roles/web/defaults/main.yml', `ssl_key_file_password: ${value}`), ['password@1']);
    // A file that holds the password (after the credential word), and a template: not values.
    assert.deepEqual(matchKinds('roles/web/defaults/main.yml', `ssl_key_password_file: /etc/ssl/private/${value}.pass\nkey_file_password: "{{ vault_key_file_password }}"`), []);
    // A file's download token is not a login.
    assert.deepEqual(matchKinds('app/config.yaml', `file_token: ${value}`), []);
  });

  it('read an XML entry named by its name or key attribute, its value the element\'s text or its <value> child', () => {
    const value = randomText(20);
    const cases: [string, string, string][] = [
      ['hibernate.cfg.xml', `<property name="hibernate.connection.password">${value}</property>`, 'password@1'],
      ['etc/jetty-ds.xml', `  <Set name="password">${value}</Set>`, 'password@1'],
      ['conf/app-properties.xml', `<entry key="db.password">${value}</entry>`, 'password@1'],
      ['WEB-INF/beans.xml', `<property name="password"><value>${value}</value></property>`, 'password@1'],
      ['App.config', ['<setting name="ApiKey" serializeAs="String">', `  <value>${value}</value>`, '</setting>'].join('\n'), 'api-key@2'],
    ];
    for (const [path, text, found] of cases) assert.deepEqual(matchKinds(path, text), [found], path);
    // A resource's label, a form's field, a reference and an empty entry are no settings' values.
    assert.deepEqual(matchKinds('app/src/main/res/values/strings.xml', `<string name="password">${value}</string>`), []);
    assert.deepEqual(matchKinds('forms/login.xml', `<field name="password" type="string">${value}</field>`), []);
    assert.deepEqual(matchKinds('hibernate.cfg.xml', '<property name="connection.password">${db.password}</property>\n<entry key="password"></entry>'), []);
  });

  it('read a CSV row by the credential columns of a header that also names whose account it is', () => {
    const weak = joined('Summer', '2019!');
    const strong = randomText(20);
    const iam = ['User name,Password,Access key ID,Secret access key,Console login link', `ops,${weak},${joined('AKIA', randomText(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))},${randomText(40)},https://console.example`].join('\n');
    assert.deepEqual(matchKinds('Downloads/credentials.csv', iam).sort(), ['aws-access-key-id@2', 'aws-secret-access-key@2', 'password@2']);
    // Downloaded from the console, the file exists to hold them: a password spelled from its own word is the password there.
    assert.deepEqual(matchKinds('new_user_credentials.csv', `User name,Password\nops,${joined('Pass', 'w0rd')}`), ['password@2']);
    assert.deepEqual(matchKinds('import/users.csv', `User name,Password\nops,${joined('Pass', 'w0rd')}`), []);
    const users = ['username;email;password', `alice;a@corp.example;"${strong}"`, 'bob;b@corp.example;', 'carol;c@corp.example;${CAROL_PW}'].join('\n');
    assert.deepEqual(matchKinds('import/users.csv', users), ['password@2']);
    assert.deepEqual(matchKinds('import/users.tsv', `login\tpassword\nalice\t${strong}`), ['password@2']);
    // No one's name in the header: a list of common passwords, not an account's credential.
    assert.deepEqual(matchKinds('data/common-passwords.csv', `rank,password,count\n1,${weak},50`), []);
    // A digest column is no password; a header past the first line is data.
    assert.deepEqual(matchKinds('seed/users.csv', `id,name,password_hash\n1,alice,${randomText(40, '0123456789abcdef')}`), []);
    assert.deepEqual(matchKinds('seed/notes.csv', `id,text\nname,password\nalice,${strong}`), []);
  });

  it('read a connection string\'s password and a URL\'s password parameter inside a string of code', () => {
    const value = randomText(20);
    assert.deepEqual(matchKinds('src/Db.cs', `var cs = "Data Source=db;Initial Catalog=app;User ID=sa;Password=${value}";`), ['password@1']);
    assert.deepEqual(matchKinds('src/Db.java', `String cs = "Server=db;Uid=app;Pwd=${value};";`), ['password@1']);
    assert.deepEqual(matchKinds('src/Db.java', `String url = "jdbc:mysql://db:3306/app?user=app&password=${value}&useSSL=false";`), ['password@1']);
    assert.deepEqual(matchKinds('app/db.py', `url = "postgresql://db/app?user=app&password=${encodeURIComponent(value + '&')}"`), ['password@1']);
    // Filled in by code, or a format's fields: no value.
    for (const line of [
      'var cs = $"Server={host};User Id={user};Password={password};";',
      'var cs = "Server=db;User Id=sa;Password=" + pw + ";";',
      'String url = "jdbc:mysql://db/app?user=" + u + "&password=" + p;',
      'fetch(`https://x.example/login?user=${u}&password=${p}`);',
      'String q = "password=" + value; // no connection string, no URL',
    ]) assert.deepEqual(matchKinds('src/Db.cs', line), [], line);
  });

  it('read a compose stack\'s env files named with `_` or `-` as deployed configuration, their test copies as a test runner\'s', () => {
    const line = `MYSQL_PASSWORD=${joined('my', 'sql')}`;
    for (const path of ['env/.env_db_mysql', '.env-prod', '.env.production']) assert.deepEqual(matchKinds(path, line), ['password@1'], path);
    for (const path of ['.env_test', '.env-ci', '.env.testing']) assert.deepEqual(matchKinds(path, line), [], path);
  });

  it('read a file without an extension that a language\'s interpreter runs as that language\'s code', () => {
    const body = ['password = getpass', 'db_password = raw_input', 'passwd = line.strip'].join('\n');
    for (const shebang of ['#!/usr/bin/env python3', '#!/usr/bin/node', '#!/usr/bin/env -S ruby -w']) assert.deepEqual(matchKinds('bin/rotate', `${shebang}\n${body}`), [], shebang);
    // A literal in quotes is still read; a shell script and a file with an extension keep their reading.
    assert.deepEqual(matchKinds('bin/rotate', `#!/usr/bin/env python3\nsecret = "${randomText(20)}"`), ['secret@2']);
    assert.deepEqual(matchKinds('bin/setup', `#!/bin/bash\nexport DB_PASSWORD=${joined('Summer', '2019x')}`), ['password@2']);
    // The same lines in a configuration file are literals (weak ones).
    assert.deepEqual(matchKinds('etc/rotate.conf', body), ['password@1', 'password@2', 'password@3']);
  });

  it('read a YAML plain scalar to its end: `&`, `;` and `,` are its own characters there, a shell\'s separators elsewhere', () => {
    const [head, tail] = [randomText(8), randomText(8)];
    const found: SecretMatch[] = [];
    matchText('deploy/values.yaml', `db:\n  password: ${head}&${tail};x # note`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.value]), [['password', `${head}&${tail};x`]]);
    found.length = 0;
    matchText('deploy/app.env', `DB_PASSWORD=${head}${tail}&&echo ok`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.value]), [['password', `${head}${tail}`]]);
  });

  it('read the value after a YAML anchor, not the anchor (a compose file\'s shared password)', () => {
    const value = randomText(16);
    const found: SecretMatch[] = [];
    matchText('docker-compose.yml', `x-db:\n  password: &db_password ${value}\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: *db_password`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.line, m.value]), [['password', 2, value]]);
    // An anchor on a mapping (its value on the next lines) holds no value.
    assert.deepEqual(matchKinds('docker-compose.yml', 'x-secrets: &secrets\n  DB_HOST: db'), []);
  });

  it('read no table of a generated parser or lexer as a token (Lezer\'s tokenData and tokenPrec)', () => {
    const table = `${randomText(30)}!Q![)W#[#]*d${randomText(30)}`;
    assert.deepEqual(matchKinds('src/grammar/parser.js', `export const parser = LRParser.deserialize({\n  tokenData: "${table}",\n  tokenPrec: 0\n})`), []);
    assert.deepEqual(classifyKey('tokenData'), null);
    assert.notDeepEqual(classifyKey('accessToken'), null);
    assert.notDeepEqual(classifyKey('token'), null);
  });

  it('report no decoy line, each read on its own and in its file', () => {
    for (const [path, text] of Object.entries(decoyFiles())) {
      assert.deepEqual(matchKinds(path, text), [], path);
      for (const line of text.split('\n')) assert.deepEqual(matchKinds(path, line), [], `${path}: ${line}`);
    }
  });

  it('honour handover:allow and gitleaks:allow on the line, including a private key block', () => {
    const token = joined('gh', 'p_', randomText(36));
    assert.deepEqual(matchKinds('a.env', `T=${token} # handover:allow\nU=${token}`), ['github-token@2']);
    const block = ['-----BEGIN PRIVATE KEY----- gitleaks:allow', randomText(64), randomText(64), '-----END PRIVATE KEY-----'].join('\n');
    assert.deepEqual(matchKinds('k.pem', block), []);
  });

  it('honour detect-secrets\' inline allowlist pragma on the line, and only on that line', () => {
    const value = randomText(32);
    assert.deepEqual(matchKinds('settings.py', `API_SECRET = '${value}'  # pragma: allowlist secret\nAPP_SECRET = '${value}'`), ['secret@2']);
    assert.deepEqual(matchKinds('config.ini', `[db]\npassword = ${randomText(14)}  ; pragma: allowlist secret`), []);
    assert.deepEqual(matchKinds('config.ini', `[db]\npassword = ${randomText(14)}  ; pragma: allowlist`), ['password@2']);
    // Its `nextline` form, on a line of its own, allows the line after it and no other.
    const nextline = `# pragma: allowlist nextline secret\nAPI_SECRET = '${value}'\nAPP_SECRET = '${randomText(32)}'`;
    assert.deepEqual(matchKinds('settings.py', nextline), ['secret@3']);
    assert.deepEqual(matchKinds('settings.py', `# pragma: allowlist nextline secret\n\nAPI_SECRET = '${value}'`), ['secret@3']);
  });

  it('read nothing in a secret scanner\'s list of findings to ignore (.gitleaksignore: fingerprints, never values)', () => {
    const commit = randomText(40, '0123456789abcdef');
    const lines = [`${commit}:deploy/secrets.env:generic-api-key:3`, `${commit}:app/secret_store.py:generic-api-key:12`, 'config/token.json:generic-api-key:7', `${commit}:token.json:generic-api-key:1`].join('\n');
    assert.deepEqual(matchKinds('.gitleaksignore', lines), []);
    assert.deepEqual(matchKinds('tools/.gitleaksignore', lines), []);
    // The same fingerprints anywhere else are still read (a root file's: a name inside a folder's path is no key anywhere).
    assert.notDeepEqual(matchKinds('notes.txt', lines), []);
  });

  it('read nothing in a gitleaks configuration under any name: its allowlist holds values declared not secret', () => {
    const config = ['[[rules]]', 'id = "gcp-api-key"', '[[rules.allowlists]]', 'regexes = [', `    '''${joined('AI', 'za', randomText(35))}''',`, ']'].join('\n');
    for (const path of ['.gitleaks.toml', 'config/gitleaks.toml', '.github/gitleaks-ci.toml']) assert.deepEqual(matchKinds(path, config), [], path);
    assert.deepEqual(matchKinds('config/rules.toml', config), ['gcp-api-key@5']);
  });

  it('read a PEM key across lines, and no key body that is a stand-in', () => {
    const body = [randomText(64), randomText(64)];
    assert.deepEqual(matchKinds('id_ecdsa', ['-----BEGIN EC PRIVATE KEY-----', ...body, '-----END EC PRIVATE KEY-----'].join('\n')), ['private-key@1']);
    assert.deepEqual(matchKinds('id_rsa', ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA...', '-----END RSA PRIVATE KEY-----'].join('\n')), []);
  });

  it('count a weak value as a credential in deployed configuration only, wherever else it is a stand-in', () => {
    // The same weak line: a value spelled from the credential's words, and one repeating a word of the key.
    const weak = 'ADMIN_PASSWORD=Password123!\nPOSTGRES_PASSWORD=postgres';
    const deployed = ['.env', 'deploy/.env.production', 'ops/app.env', 'config/app.ini', 'src/main/resources/application.properties', 'inventory/hosts', 'group_vars/all', 'docker/Dockerfile'];
    for (const path of deployed) assert.deepEqual(matchKinds(path, weak), ['password@1', 'password@2'], path);
    const yaml = 'services:\n  db:\n    environment:\n      ADMIN_PASSWORD: Password123!\n      POSTGRES_PASSWORD: postgres';
    assert.deepEqual(matchKinds('docker-compose.yml', yaml), ['password@4', 'password@5']);
    const elsewhere = ['.env.example', 'deploy/.env.sample', 'docs/setup.env', 'README.md', 'tests/.env', 'vendor/pkg/.env', '.env.testing', '.travis.yml', 'scripts/setup.sh'];
    for (const path of elsewhere) assert.deepEqual(matchKinds(path, weak), [], path);
    for (const path of ['.github/workflows/ci.yml', '.gitlab-ci.yml', '.circleci/config.yml', 'docker-compose.test.yml', 'docs/docker-compose.yml', '.devcontainer/docker-compose.yml']) assert.deepEqual(matchKinds(path, yaml), [], path);
    // A patch of a deployed file: its commented-out lines start with `+`.
    assert.deepEqual(matchKinds('patches/kafka/.env.patch', '+# KAFKA_SASL_PASSWORD=password\n+ADMIN_PASSWORD=Password123!'), []);
    // Commented out, a deployed file's line documents it; a key's own name passes a parameter on; markers stay markers.
    assert.deepEqual(matchKinds('.env', '# ADMIN_PASSWORD=Password123!\nadminPassword=adminPassword\nDB_PASSWORD=changeme\nSMTP_PASSWORD=your-password-here'), []);
    // In source code a quoted weak literal is still judged by its looks.
    assert.deepEqual(matchKinds('src/seed.py', 'ADMIN_PASSWORD = "Password123!"'), []);
  });

  it('count a weak value as deployed in a Salt pillar and in a tool\'s configuration written as Ruby (gitlab.rb, Chef)', () => {
    assert.deepEqual(matchKinds('srv/pillar/mysql.sls', 'mysql:\n  server:\n    root_password: Password123!'), ['password@3']);
    const omnibus = 'gitlab_rails[\'smtp_password\'] = "Password123!"\ngitlab_rails[\'initial_root_password\'] = "admin123"';
    for (const path of ['gitlab/gitlab.rb', 'roles/gitlab/files/gitlab.rb', '.chef/knife.rb']) assert.deepEqual(matchKinds(path, omnibus), ['password@1', 'password@2'], path);
    // A library's module named gitlab, a state's documentation and a test stay as they were: a weak value there is a stand-in.
    for (const path of ['lib/gitlab.rb', 'spec/gitlab.rb']) assert.deepEqual(matchKinds(path, 'SMTP_PASSWORD = "Password123!"'), [], path);
    for (const path of ['docs/pillar/mysql.sls', 'test/pillar/mysql.sls']) assert.deepEqual(matchKinds(path, 'mysql:\n  root_password: Password123!'), [], path);
  });

  it('read a quoted passphrase of words under a password\'s name in deployed configuration, and prose anywhere as prose', () => {
    const words = ['correct', 'horse', 'battery', 'staple'].map((w) => `${w}${randomText(2, 'abcdefghijklmnopqrstuvwxyz')}`).join(' ');
    assert.deepEqual(matchKinds('.env', `DB_PASSWORD="${words}"`), ['password@1']);
    assert.deepEqual(matchKinds('deploy/app.env', `SMTP_PASSWORD='${words}'`), ['password@1']);
    assert.deepEqual(matchKinds('docker/Dockerfile', `FROM alpine\nENV DB_PASSWORD="${words}"\nENV ADMIN_PASSWORD "${words}"`), ['password@2', 'dockerfile-env-secret@3']);
    assert.deepEqual(matchKinds('config/app.yml', `db:\n  password: "${words}"`), ['password@2']);
    // Unquoted, in code, in an example copy or a test, or worded as an instruction: not a passphrase.
    for (const [path, text] of [['config/app.yml', `password: ${words}`], ['src/db.py', `DB_PASSWORD = "${words}"`], ['.env.example', `DB_PASSWORD="${words}"`], ['tests/.env', `DB_PASSWORD="${words}"`],
      ['.env', 'DB_PASSWORD="use the one from vault"\nADMIN_PASSWORD="change me before deploying"\nAPP_PASSWORD="Admin Password"\nROOT_PASSWORD="${ROOT_PASSWORD} twice"'],
      // The example every explanation of passphrases gives, shown in a role's documentation block.
      ['roles/secret/meta/main.yml', '    ---\n    mysql_root_password: "correct horse battery staple"']]) assert.deepEqual(matchKinds(path, text), [], path);
  });

  it('read `<service>_KEY` in deployed configuration when its value looks generated, and not a publishable key or a setting', () => {
    const key = randomText(32);
    assert.deepEqual(matchKinds('.env', `MAILGUN_KEY=key-${key}\nSENDGRID_KEY=${key}`), ['api-key@1', 'api-key@2']);
    assert.deepEqual(matchKinds('config/services.yml', `mailgun:\n  mailgun_key: ${key}`), ['api-key@2']);
    // A publishable key, a setting's name or a word, a reference, reCAPTCHA's public site key, a key pair's file: not an API key.
    assert.deepEqual(matchKinds('.env', `STRIPE_KEY=pk_live_${key}\nCACHE_KEY=users:v1\nSORT_KEY=created_at\nTHEME_KEY=dark-mode\nMAILGUN_KEY=\${MAILGUN_KEY}\nSITE_KEY=${key}\nSSH_KEY=~/.ssh/id_rsa\n# MAILGUN_KEY=${key}`), []);
    // Outside deployed configuration (an example copy, a test, code), the name alone is not read, as before.
    for (const path of ['.env.example', 'tests/.env', 'src/mail.js']) assert.deepEqual(matchKinds(path, `MAILGUN_KEY = "${key}"`), [], path);
  });

  it('read an INI value continued on the indented line after its name (Python\'s configparser)', () => {
    const pw = randomText(16);
    assert.deepEqual(matchKinds('config/app.ini', `[db]\npassword =\n    ${pw}\nuser = app`), ['password@3']);
    assert.deepEqual(matchKinds('setup.cfg', `[upload]\ntoken =\n\t${randomText(32)}`), ['token@3']);
    // An interpolation, a comment, a name whose value is empty and the next name, another format, a name that is no credential's.
    for (const [path, text] of [['config/app.ini', '[db]\npassword =\n    %(DB_PASS)s'], ['config/app.ini', `[db]\npassword =\n    # ${pw}`], ['config/app.ini', `[db]\npassword =\nuser = ${pw}`],
      ['config/app.conf', `[db]\npassword =\n    ${pw}`], ['config/app.ini', `[db]\nhosts =\n    ${pw}`]]) assert.deepEqual(matchKinds(path, text), [], `${path}: ${text}`);
  });

  it('read a YAML list under a `passwords` name in deployed configuration as passwords, and no list of passwords to refuse', () => {
    const [a, b] = [randomText(14), randomText(14)];
    assert.deepEqual(matchKinds('group_vars/all.yml', `mysql_passwords:\n  - ${a}\n  - "${b}"\nmysql_port: 3306\n  - ${a}x`), ['password@2', 'password@3']);
    assert.deepEqual(matchKinds('config/app.yml', `vpn:\n  passwords:\n  - ${a}\n  # the second site\n  - ${b}`), ['password@3', 'password@5']);
    // A `#` inside a plain item is part of it (a comment starts only after a space).
    const hashed = `${a.slice(0, 2)}#${a.slice(2)}`;
    const found: SecretMatch[] = [];
    matchText('group_vars/all.yml', `mysql_passwords:\n  - ${hashed}  # the primary`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.value]), [['password', hashed]]);
    // A deny list, templates, a list of maps (its own `password:` keys are read as before), documentation, code.
    for (const [path, text] of [['config/app.yml', `banned_passwords:\n  - ${a}\ncommon_passwords:\n  - ${b}`], ['config/app.yml', 'passwords:\n  - "{{ vault_pw }}"\n  - ${PW}'],
      ['config/app.yml', 'passwords:\n  - name: admin\n    user: ops'], ['docs/app.yml', `passwords:\n  - ${a}`], ['src/app.py', `passwords:\n  - ${a}`]]) assert.deepEqual(matchKinds(path, text), [], `${path}: ${text}`);
  });

  it('read a credential file\'s line quoted in documentation as the page is read: an ask is no value there, a random one still is', () => {
    const ask = ['your', 'ipsec', 'pre', 'shared', 'key'].join('_');
    assert.deepEqual(matchKinds('README.md', `\`\`\`\n%any  %any  : PSK "${ask}"\n\`\`\``), []);
    assert.deepEqual(matchKinds('docs/vpn.md', `: PSK "${['my', 'secret', '123'].join('')}"`), []);
    assert.deepEqual(matchKinds('README.md', `\`\`\`\n%any  %any  : PSK "${randomText(18)}"\n\`\`\``), ['ipsec-psk@2']);
    // In the credential file itself, whatever it holds is the live value.
    assert.deepEqual(matchKinds('etc/ipsec.secrets', `%any  %any  : PSK "${ask}"`), ['ipsec-psk@1']);
  });

  it('read a list of passwords written on its name\'s line (a YAML or JSON flow list), each item where it stands', () => {
    const [a, b] = [randomText(14), randomText(16)];
    for (const [path, text] of [['group_vars/all.yml', `mysql_passwords: [${a}, "${b}"]`], ['config/app.yml', `vpn:\n  passwords: ['${a}', ${b}]  # two sites`], ['config/app.json', `{\n  "passwords": ["${a}", "${b}"]\n}`]]) {
      const found: SecretMatch[] = [];
      matchText(path, text, (m) => found.push(m));
      assert.deepEqual(found.map((m) => [m.kind, m.value]), [['password', a], ['password', b]], path);
      const line = text.split('\n')[found[0]!.line - 1] ?? '';
      for (const m of found) assert.equal(line.slice(m.start, m.end), m.value, path);
    }
    // A deny list, templates and references, an empty list, a list of maps, documentation, JSON's bare words, code.
    for (const [path, text] of [['config/app.yml', `banned_passwords: [${a}, ${b}]`], ['config/app.yml', 'passwords: ["{{ vault_pw }}", ${PW}]'], ['config/app.yml', 'passwords: []'],
      ['config/app.yml', 'passwords: [{name: admin}]'], ['docs/app.yml', `passwords: [${a}]`], ['config/app.json', `{"passwords": [${a}]}`], ['src/app.py', `passwords = ["${a}"]`]]) {
      assert.deepEqual(matchKinds(path, text), [], `${path}: ${text}`);
    }
  });

  it('count a weak value as deployed in a service\'s environment file, a RouterOS export, git\'s configuration and Magento\'s env.php', () => {
    for (const path of ['etc/default/minio', 'deploy/etc/sysconfig/grafana-server']) assert.deepEqual(matchKinds(path, 'MINIO_ROOT_USER=ops\nMINIO_ROOT_PASSWORD=Password123!'), ['password@2'], path);
    assert.deepEqual(matchKinds('network/mikrotik.rsc', '/user\nadd group=full name=ops password=Password123!'), ['password@2']);
    assert.deepEqual(matchKinds('magento/app/etc/env.php', "<?php\nreturn [\n    'db' => ['connection' => ['default' => [\n        'password' => 'Password123!',\n    ]]],\n];"), ['password@4']);
    assert.deepEqual(matchKinds('.gitconfig', '[http "https://git.corp.example/"]\n\textraHeader = Authorization: Basic ' + Buffer.from('ops:Password123!').toString('base64')).length, 1);
    // A script in the same folders, a documentation copy and Magento's code outside app/etc stay as they were.
    for (const path of ['etc/default/minio.sh', 'docs/etc/default/minio', 'app/code/Vendor/Module/etc/env.php.sample']) assert.deepEqual(matchKinds(path, 'MINIO_ROOT_PASSWORD=Password123!'), [], path);
  });

  it('count a weak value as deployed in Postfix lookup tables, yum repositories, Grafana Alloy, Puppet manifests, Prosody, a Chef cookbook\'s attributes, registry files, autofs maps and Bundler\'s config', () => {
    assert.deepEqual(matchKinds('etc/postfix/mysql-virtual-mailbox-maps.cf', 'user = mailuser\npassword = Password123!\nhosts = 127.0.0.1'), ['password@2']);
    assert.deepEqual(matchKinds('etc/yum.repos.d/corp.repo', '[corp]\nbaseurl=https://rpm.corp.example/el9/\nusername=ops\npassword=Password123!'), ['password@4']);
    assert.deepEqual(matchKinds('alloy/config.alloy', 'basic_auth {\n  username = "ops"\n  password = "Password123!"\n}'), ['password@3']);
    assert.deepEqual(matchKinds('modules/profile/manifests/db.pp', "class { 'mysql::server':\n  root_password => 'Password123!',\n}"), ['password@2']);
    assert.deepEqual(matchKinds('etc/prosody/prosody.cfg.lua', 'authentication = "ldap"\nldap_rootdn = "cn=prosody,dc=corp,dc=example"\nldap_password = "Password123!"'), ['password@3']);
    assert.deepEqual(matchKinds('cookbooks/db/attributes/default.rb', "default['mysql']['server_root_password'] = 'Password123!'"), ['password@1']);
    assert.deepEqual(matchKinds('windows/autologon.reg', 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n"DefaultUserName"="kiosk"\r\n"DefaultPassword"="Password123!"'), ['password@5']);
    assert.deepEqual(matchKinds('etc/auto.cifs', 'share -fstype=cifs,rw,username=ops,password=Password123! ://fs01.corp.example/share'), ['password@1']);
    assert.deepEqual(matchKinds('.bundle/config', '---\nBUNDLE_GEMS__CONTRIBSYS__COM: "ops:Password123!"'), ['user-pair-option@2']);
    // The same lines in code, a script and documentation stay stand-ins: a Lua module, a recipe, a page.
    for (const [path, text] of [['src/db.lua', 'local password = "Password123!"'], ['cookbooks/db/recipes/default.rb', "password = 'Password123!'"], ['docs/postfix/mysql.cf.md', 'password = Password123!'], ['scripts/db.pp.sh', 'password=Password123!'], ['etc/auto.master', '/mnt/share /etc/auto.cifs --timeout=60 password=Password123!']]) {
      assert.deepEqual(matchKinds(path, text), [], path);
    }
  });

  it('count a weak value in zypper\'s, the influx CLI\'s, SnowSQL\'s, salt-ssh\'s and Firebird\'s saved logins (files that exist to hold them)', () => {
    assert.deepEqual(matchKinds('etc/zypp/credentials.d/SCCcredentials', 'username=SCC_ops\npassword=Password123!'), ['password@2']);
    assert.deepEqual(matchKinds('home/ops/.influxdbv2/configs', '[default]\n  url = "https://influx.corp.example"\n  token = "Password123!"'), ['token@3']);
    assert.deepEqual(matchKinds('home/ops/.snowsql/config', '[connections]\nusername = ops\npassword = Password123!'), ['password@3']);
    assert.deepEqual(matchKinds('etc/salt/roster', 'web1:\n  host: 10.0.0.2\n  user: root\n  passwd: Password123!'), ['password@4']);
    assert.deepEqual(matchKinds('firebird/SYSDBA.password', 'ISC_USER=SYSDBA\nISC_PASSWD=Password123!'), ['password@2']);
    assert.deepEqual(matchKinds('docs/salt/roster.md', 'web1:\n  passwd: Password123!'), []);
  });

  it('count a weak value in the saved logins of cqlsh, lftp, the JFrog CLI and nullmailer (files that exist to hold them)', () => {
    assert.deepEqual(matchKinds('home/ops/.cassandra/cqlshrc', '[authentication]\nusername = cassandra\npassword = Password123!'), ['password@3']);
    assert.deepEqual(matchKinds('home/ops/.local/share/lftp/bookmarks', 'backup ftp://ops:Password123!@ftp.corp.example/backup').length, 1);
    assert.deepEqual(matchKinds('docs/cqlshrc.sample', '[authentication]\nusername = cassandra\npassword = Password123!'), []);
    assert.deepEqual(matchKinds('home/ops/.jfrog/jfrog-cli.conf.v6', '{"servers": [{"url": "https://corp.jfrog.io/", "user": "ops", "password": "Password123!"}]}').length, 1);
    assert.deepEqual(matchKinds('etc/nullmailer/remotes', 'smtp.corp.example smtp --port=587 --starttls --user=ops --pass=Password123!').length, 1);
  });

  it('report a MongoDB replica set keyfile by its path, once, whatever its text holds', () => {
    const presence = (path: string) => new FileMatcher(path).presence('0123456789abcdef0123456789abcdef01234567').map((m) => m.kind);
    for (const path of ['mongodb/keyfile', 'docker/mongo-keyfile', 'deploy/mongodb_keyfile', 'etc/mongodb.key', 'rs/mongo-replica.key']) assert.deepEqual(presence(path), ['mongodb-keyfile'], path);
    for (const path of ['src/keyfile.ts', 'docs/mongodb-keyfile.md', 'mongodb/mongod.conf', 'etc/ssl/server.key']) assert.deepEqual(presence(path), [], path);
  });

  it('report a Kerberos keytab by its name, its blob standing for its binary keys', () => {
    const blob = '0123456789abcdef0123456789abcdef01234567';
    const presence = (path: string) => new FileMatcher(path).presence(blob).map((m) => `${m.kind} ${m.value}`);
    for (const path of ['etc/krb5.keytab', 'roles/web/files/http.keytab']) assert.deepEqual(presence(path), [`kerberos-keytab blob:${blob}`], path);
    // The configuration that names a keytab, and a page about one, are not one.
    for (const path of ['etc/krb5.conf', 'docs/keytab.md', 'roles/web/templates/krb5.keytab.j2']) assert.deepEqual(presence(path), [], path);
  });

  it('name secrets by their key, and leave metadata keys alone', () => {
    assert.equal(classifyKey('DB_PASSWORD')?.kind, 'password');
    assert.equal(classifyKey('clientSecret')?.kind, 'secret');
    assert.equal(classifyKey('SECRET_KEY')?.kind, 'secret');
    assert.equal(classifyKey('x-api-key')?.kind, 'api-key');
    assert.equal(classifyKey('aws_secret_access_key')?.kind, 'aws-secret-access-key');
    assert.equal(classifyKey('refresh_token')?.kind, 'token');
    // Encryption at rest's key (Mattermost's `AtRestEncryptKey`); a timestamp's `at` still names metadata.
    assert.equal(classifyKey('AtRestEncryptKey')?.kind, 'api-key');
    assert.equal(classifyKey('at_rest_encryption_key')?.kind, 'api-key');
    for (const name of ['token_created_at', 'secret_rotated_at', 'at_token']) assert.equal(classifyKey(name), null, name);
    for (const name of ['password_file', 'token_url', 'secret_name', 'public_key', 'primary_key', 'max_tokens', 'passwordless', 'author', 'keyboard', 'monkey', 'token_expires_in', 'rbd_secret_uuid', 'secretGuid', 'update_password']) {
      assert.equal(classifyKey(name), null, name);
    }
  });

  it('judge assigned values: real ones kept, stand-ins and references dropped', () => {
    assert.ok(isPlausibleSecret('Tr0ub4dor&3x', 'password'));
    assert.ok(isPlausibleSecret(randomText(24), 'token'));
    assert.ok(isPlausibleSecret(`${randomText(20)}/${randomText(19)}`, 'token'), 'base64 with a slash is not a path');
    // A short marker counts as a word of its own, not as three letters inside generated text.
    assert.ok(isPlaceholder('TBD') && isPlaceholder('token-tbd') && isPlaceholder('TODO: set me'));
    assert.ok(!isPlaceholder('q8RtbdW2mZ7vXk4LpN9sYc3H') && isPlausibleSecret('q8RtbdW2mZ7vXk4LpN9sYc3H', 'token'));
    for (const value of ['${DB_PASS}', '$DB_PASS', '{{ pass }}', '<your-password>', 'changeme', 'P@ssw0rd1', 'aaaaaaaaaaaa', 'abcdef123456', 'xxxxxxxx', '********', 'qwertyuiop', 'ENC[AES256_GCM,data:...]']) {
      assert.ok(isPlaceholder(value) || !isPlausibleSecret(value, 'password'), value);
    }
    for (const value of ['0123456789abcdef0123456789abcdef01234567', 'sha256:' + randomText(64, '0123456789abcdef'), '3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f', '/etc/app/secret.key', 'secrets/db/password', 'true', '8080', 'ops@corp.example', 'https://vault.corp.example/v1/kv', 'DB_PASSWORD', 'dbPassword']) {
      assert.ok(!isPlausibleSecret(value, 'token'), value);
    }
  });

  it('count a weak value as deployed in installers\' answer files of other shapes and in a daemon\'s extensionless available/enabled fragments', () => {
    const weak = joined('Pass', 'w0rd');
    // Oracle's response file, a preseed `.seed`, a kickstart `.ks` and cloud-init's user-data set the installed system's logins.
    assert.deepEqual(matchKinds('oracle/db_install.rsp', `oracle.install.option=INSTALL_DB_AND_CONFIG\noracle.install.db.config.starterdb.password.ALL=${weak}`), ['password@2']);
    assert.deepEqual(matchKinds('cloud-init/user-data', `#cloud-config\nusers:\n  - name: deploy\n    plain_text_passwd: ${weak}`), ['password@4']);
    assert.deepEqual(matchKinds('installer/db.seed', `d-i passwd/root-password password ${weak}`).length, 1);
    // FreeRADIUS' module and nginx's site fragments have no extension; they are the daemon's configuration as deployed.
    assert.deepEqual(matchKinds('etc/freeradius/3.0/mods-available/sql', `sql {\n\tlogin = "radius"\n\tpassword = "${weak}"\n}`), ['password@3']);
    // Dovecot's included files (`*.conf.ext`): its SQL and LDAP logins.
    assert.deepEqual(matchKinds('etc/dovecot/dovecot-sql.conf.ext', `driver = pgsql\nconnect = host=db1 dbname=mail user=dovecot password=${weak}`).length, 1);
    // The same lines in a script, a document and a library's source stay stand-ins.
    for (const path of ['scripts/install.sh', 'docs/cloud-init/user-data.md', 'src/mods-available/sql.py']) assert.deepEqual(matchKinds(path, `password = "${weak}"`), [], path);
  });

  it('count a weak value as deployed in openHAB\'s `.things` files, Terraria\'s `serverconfig.txt` and Kconfig files, and as a credential file\'s in n8n\'s instance file and `*.secrets` files', () => {
    const weak = joined('Pass', 'w0rd');
    assert.deepEqual(matchKinds('openhab/conf/things/mqtt.things', `Bridge mqtt:broker:home "Broker" [ host="10.0.0.5", username="openhab", password="${weak}" ]`), ['password@1']);
    assert.deepEqual(matchKinds('terraria/serverconfig.txt', `worldname=ops\nmaxplayers=8\npassword=${weak}`), ['password@3']);
    assert.deepEqual(matchKinds('.n8n/config', `{\n\t"encryptionKey": "${weak}"\n}`).length, 1);
    // Kconfig configurations a firmware or an image is built with, and a file named for its secrets.
    assert.deepEqual(matchKinds('esp-idf/sdkconfig', `CONFIG_ESP_WIFI_SSID="office"\nCONFIG_ESP_WIFI_PASSWORD="${weak}"`), ['password@2']);
    assert.deepEqual(matchKinds('configs/board_defconfig', `BR2_TARGET_GENERIC_ROOT_PASSWD="${weak}"`).length, 1);
    assert.deepEqual(matchKinds('moonraker/config/moonraker.secrets', `[mqtt_credentials]\nusername: moonraker\npassword: ${weak}`), ['password@3']);
    // The same values in a note and in a tool's source stay stand-ins.
    for (const path of ['docs/serverconfig.txt.md', 'notes/server.txt', 'src/n8n/instance.ts', 'docs/sdkconfig.md', 'docs/moonraker.secrets.md']) assert.deepEqual(matchKinds(path, `password = "${weak}"`), [], path);
  });

  it('judge a Gradle Kotlin build script\'s quoted settings as configuration\'s literals, as a Groovy build script\'s', () => {
    const weak = joined('admin', '123');
    const signing = (password: string) => `android {\n    signingConfigs {\n        create("release") {\n            storePassword = ${password}\n        }\n    }\n}`;
    assert.deepEqual(matchKinds('android/app/build.gradle.kts', signing(`"${weak}"`)), ['password@4']);
    assert.deepEqual(matchKinds('android/app/build.gradle.kts', signing('System.getenv("KEYSTORE_PASSWORD")')), []);
    assert.deepEqual(matchKinds('android/app/build.gradle.kts', signing('keystoreProperties["storePassword"] as String')), []);
    // Other Kotlin source stays code.
    assert.deepEqual(matchKinds('app/src/main/kotlin/Login.kt', `val storePassword = "${weak}"`), []);
  });

  it('read a network key written as a YAML block list of its 16 bytes, and no shorter list or one broken by another line', () => {
    const bytes = Array.from({ length: 16 }, () => String(Math.floor(Math.random() * 256)));
    const list = (items: string[]) => items.map((b) => `    - ${b}`).join('\n');
    assert.deepEqual(matchKinds('zigbee2mqtt/data/configuration.yaml', `advanced:\n  pan_id: 6754\n  network_key:\n${list(bytes)}\n  channel: 11`), ['mesh-network-key@19']);
    assert.deepEqual(matchKinds('zigbee2mqtt/data/configuration.yaml', `advanced:\n  ext_pan_id:\n${list(bytes.slice(0, 8))}\n  network_key:\n${list(bytes.slice(0, 15))}\n  channel: 11`), []);
    assert.deepEqual(matchKinds('zigbee2mqtt/data/configuration.yaml', `advanced:\n  network_key:\n${list(bytes.slice(0, 8))}\n  # half\n${list(bytes.slice(8))}`), []);
  });

  it('read `pass` glued to the bind DN it is the password of (Dovecot\'s LDAP `dnpass`), and no other word ending in `pass`', () => {
    const value = randomText(16);
    assert.deepEqual(matchKinds('etc/dovecot/dovecot-ldap.conf.ext', `hosts = ldap1.corp.example\ndn = cn=dovecot,dc=corp,dc=example\ndnpass = ${value}`), ['password@3']);
    assert.deepEqual(matchKinds('etc/app.conf', `renderpass = ${value}\nbypass = ${value}`), []);
  });

  it('count a weak value in the root password file Omnibus GitLab writes (a file that exists to hold it)', () => {
    const weak = joined('Pass', 'w0rd');
    assert.deepEqual(matchKinds('etc/gitlab/initial_root_password', `# WARNING: This value is valid only in the following conditions\n\nPassword: ${weak}\n`), ['password@3']);
    assert.deepEqual(matchKinds('docs/gitlab/initial_root_password.md', `Password: ${weak}`), []);
  });

  it('read a value whose credential name stands on a line before it: Kubernetes env entries, Hadoop properties, Windows answer files', () => {
    const pw = `${randomText(10)}#7a`;
    const env = ['env:', '  - name: DB_PASSWORD', `    value: "${pw}"`, '  - name: LOG_LEVEL', '    value: debug', '  - name: API_TOKEN', '    valueFrom:', '      secretKeyRef: {name: api, key: token}', '  - name: REDIS_PASSWORD', '    value: {{ .Values.redis.password | quote }}'].join('\n');
    assert.deepEqual(matchKinds('k8s/deploy.yaml', env), ['password@3']);
    // The value must come within three lines of its name, and a new entry's name replaces the last.
    assert.deepEqual(matchKinds('k8s/deploy.yaml', ['- name: DB_PASSWORD', '  # set by the operator', '  # nothing here', '  # nor here', `  value: "${pw}"`].join('\n')), []);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', ['- name: DB_PASSWORD', '- name: DB_HOST', `  value: "${pw}"`].join('\n')), []);
    const xml = ['<property>', '  <name>fs.s3a.endpoint</name>', '  <value>s3.internal</value>', '</property>', '<property>', '  <name>javax.jdo.option.ConnectionPassword</name>', `  <value>${pw}</value>`, '</property>'].join('\n');
    assert.deepEqual(matchKinds('hive/conf/hive-site.xml', xml), ['password@7']);
    assert.deepEqual(matchKinds('windows/autounattend.xml', ['<AdministratorPassword>', `  <Value>${pw}</Value>`, '  <PlainText>true</PlainText>', '</AdministratorPassword>'].join('\n')), ['password@2']);
    // In Bicep (and Terraform, and code) a bare word is an expression, not a value.
    assert.deepEqual(matchKinds('infra/app.bicep', ["      name: 'registry-password'", '      value: registry.listCredentials().passwords[0].value'].join('\n')), []);
    assert.deepEqual(matchKinds('infra/app.bicep', ["      name: 'registry-password'", `      value: '${pw}'`].join('\n')), ['password@2']);
    // In ordinary code the value must still look like a secret.
    assert.deepEqual(matchKinds('src/build.gradle', ['name: passwordField', '  value: hunter'].join('\n')), []);
    // A secret store's path as the name (External Secrets' fake provider): its last segment says what the value is.
    const store = ['      data:', '      - key: "/prod/db/password"', `        value: "${pw}"`, '        version: "v1"', '      - key: "/prod/db/host"', '        value: "db.corp.example"'].join('\n');
    assert.deepEqual(matchKinds('external-secrets/fake-store.yaml', store), ['password@3']);
    assert.deepEqual(matchKinds('external-secrets/fake-store.yaml', ['      - key: "/prod/db/password-rotation"', `        value: "${pw}"`].join('\n')), []);
  });

  it('read an Envoy DataSource written in under a credential\'s name, and not a block scalar or a CA', () => {
    const value = `${randomText(12)}7q`;
    const generic = ['static_resources:', '  secrets:', '  - name: token', '    generic_secret:', '      secret:', `        inline_string: "${value}"`].join('\n');
    assert.deepEqual(matchKinds('envoy/envoy.yaml', generic), ['secret@6']);
    const redis = ['        prefix_routes: {}', '        downstream_auth_password:', `          inline_string: ${value}`].join('\n');
    assert.deepEqual(matchKinds('envoy/redis-proxy.yaml', redis), ['password@3']);
    // JSON, as Envoy's bootstrap is also written.
    assert.deepEqual(matchKinds('envoy/bootstrap.json', ['      "secret": {', `        "inline_string": "${value}"`, '      }'].join('\n')), ['secret@2']);
    // A CA bundle's DataSource, a file, an empty value and a block scalar's marker are not values.
    const other = ['      validation_context:', '        trusted_ca:', `          inline_string: "${value}"`, '      secret:', '        filename: /etc/envoy/token', '      hmac_secret:', '        inline_bytes: ""', '      client_secret:', '        inline_string: |'].join('\n');
    assert.deepEqual(matchKinds('envoy/envoy.yaml', other), []);
    // The DataSource is the name's first child only: further down it belongs to something else.
    assert.deepEqual(matchKinds('envoy/envoy.yaml', ['      secret:', '        name: token', '        sds_config: {}', `        inline_string: "${value}"`].join('\n')), []);
  });

  it('read SoftEther VPN\'s typed password and secret items in its .config files, and not a C# property', () => {
    const hashed = Buffer.from(randomText(20)).toString('base64');
    const server = ['declare root', '{', '\tdeclare ServerConfiguration', '\t{', `\t\tbyte HashedPassword ${hashed}`, '\t\tuint ServerType 0', '\t}', '}'].join('\n');
    assert.deepEqual(matchKinds('softether/vpn_server.config', server), ['softether-config-password@5']);
    assert.deepEqual(matchKinds('vpnbridge/vpn_bridge.config', `\t\tstring IPsec_Secret ${randomText(12)}`), ['softether-config-password@1']);
    assert.deepEqual(matchKinds('src/Models/Account.cs', `\t\tbyte HashedPassword ${hashed}`), []);
  });

  it('read a name and its value written as one entry on one line (a JSON settings list, a YAML flow entry)', () => {
    const value = `${randomText(12)}4k`;
    const duplicati = ['    "Settings": [', '      {"Filter": "", "Name": "encryption-module", "Value": "aes"},', `      {"Filter": "", "Name": "passphrase", "Value": "${value}"}`, '    ]'].join('\n');
    assert.deepEqual(matchKinds('duplicati/web1-backup.json', duplicati), ['password@3']);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', ['        env:', '        - {name: DB_HOST, value: db}', `        - {name: DB_PASSWORD, value: ${value}}`].join('\n')), ['password@3']);
    assert.deepEqual(matchKinds('ssm/params.json', `[{"Key": "/prod/api/secret-key", "Value": "${value}"}]`), ['secret@1']);
    assert.deepEqual(matchKinds('cloudformation/params.json', `  {"ParameterKey": "DBPassword", "ParameterValue": "${value}"},`), ['password@1']);
    assert.deepEqual(matchKinds('beanstalk/options.json', `  {"Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "SMTP_PASSWORD", "Value": "${value}"}`), ['password@1']);
    assert.deepEqual(matchKinds('ssm/export.json', `{"Parameters": [{"Name": "/prod/api/secret-key", "Type": "SecureString", "Value": "${value}"}]}`), ['secret@1']);
    // Not a credential's name, an empty value, a variable, and in code an expression.
    const none = ['      {"Name": "encryption-module", "Value": "aes"},', '      {"Name": "passphrase", "Value": ""},', '        - {name: DB_PASSWORD, value: "${DB_PASSWORD}"}'].join('\n');
    assert.deepEqual(matchKinds('config/settings.json', none), []);
    assert.deepEqual(matchKinds('src/form.ts', 'fields.push({ name: "password", value: password });'), []);
  });

  it('read both passwords of a rancid .cloginrc line, the login one and the enable one', () => {
    const login = `${randomText(10)}#7a`;
    const enable = `${randomText(10)}%3b`;
    const line = `add password core1.corp.example {${login}} {${enable}}`;
    const found: SecretMatch[] = [];
    matchText('rancid/.cloginrc', `add user core1.corp.example ops\n${line}`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.line, m.value]), [[2, login], [2, enable]]);
  });

  it('read a shell parameter\'s default without its operator, as the same value written elsewhere', () => {
    const pw = `${randomText(10)}#7a`;
    for (const line of [`  password=\${DB_ROOT_PASSWORD:-${pw}}`, `: \${DB_ROOT_PASSWORD:=${pw}}`, `DB_ROOT_PASSWORD=${pw}`]) {
      const found: SecretMatch[] = [];
      matchText('docker/db/start.sh', line, (m) => found.push(m));
      assert.deepEqual(found.map((m) => [m.kind, m.value, line.slice(m.start, m.end)]), [['password', pw, pw]], line);
    }
  });

  it('read the password of a URL that leaves its host out before a port (a listener on every address)', () => {
    const pw = `${randomText(12)}9x`;
    const line = `ExecStart=/usr/local/bin/gost -L socks5://alice:${pw}@:1080`;
    const found: SecretMatch[] = [];
    matchText('systemd/gost.service', `[Service]\n${line}`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.value, line.slice(m.start, m.end)]), [['url-password', pw, pw]]);
    // No port after the `@`, or a template's password: nothing.
    for (const text of [`proxy = socks5://alice:${pw}@:`, 'proxy = socks5://alice:${PROXY_PASSWORD}@:1080']) assert.deepEqual(matchKinds('etc/app.conf', text), [], text);
  });

  it('read the password of a URL with several hosts, each with its user, as the first host\'s', () => {
    const pw = `${randomText(12)}9x`;
    const hosts = [1, 2, 3].map((n) => `openstack:${pw}@10.0.0.${n}:5672`).join(',');
    const line = `transport_url = rabbit://${hosts}//`;
    const found: SecretMatch[] = [];
    matchText('etc/nova/nova.conf', `[DEFAULT]\n${line}`, (m) => found.push(m));
    assert.deepEqual(found.map((m) => [m.kind, m.value, line.slice(m.start, m.end)]), [['url-password', pw, pw]]);
  });

  it('take the secret of a Kubernetes Secret from its base64, and of a Basic Authorization from its pair', () => {
    const password = `${randomText(12)}#7a`;
    const b64 = Buffer.from(password).toString('base64');
    assert.deepEqual(matchKinds('s.yaml', `kind: Secret\ndata:\n  api-token: ${b64}`), ['kubernetes-secret@3']);
    const basic = Buffer.from(`svc:${password}`).toString('base64');
    const found: SecretMatch[] = [];
    matchText('client.http', `Authorization: Basic ${basic}`, (m) => found.push(m));
    assert.equal(found.length, 1);
    assert.equal(found[0]?.kind, 'bearer-token');
    assert.equal(found[0]?.value, password);
  });
});

/** Feeds `lines` to a PatchLineParser and returns what its visitor was told, one event a line. */
function parsePatch(lines: readonly string[]): string[] {
  const events: string[] = [];
  const visitor: PatchVisitor = {
    commit: (c: CommitInfo) => events.push(`commit ${c.sha} ${c.parents.join(',')} ${c.authorName} ${c.authorTime}`),
    commitEnd: () => events.push('end'),
    file: (p) => events.push(`file ${p}`),
    hunk: (section) => events.push(section ? `hunk ${section}` : 'hunk'),
    added: (t, n) => events.push(`+${n} ${t}`),
    removed: (t) => events.push(`- ${t}`),
    fileEnd: (s: FileSection) => events.push(`fileEnd ${s.oldBlob ?? '-'} ${s.newBlob ?? '-'} ${s.binary}`),
  };
  const parser = new PatchLineParser(visitor);
  for (const line of lines) parser.feed(line);
  parser.end();
  return events;
}

describe('patch parser', () => {
  it('reads paths as git writes them: spaces, quotes, tabs, non-ASCII', () => {
    assert.equal(pathOfDiffLine('diff --git a/my file.env b/my file.env'), 'my file.env');
    assert.equal(pathOfDiffLine('diff --git a/a b/c b/a b/c'), 'a b/c');
    assert.equal(pathOfDiffLine('diff --git "a/tab\\there" "b/tab\\there"'), 'tab\there');
    assert.equal(pathOfDiffLine('diff --git "a/caf\\303\\251.env" "b/caf\\303\\251.env"'), 'café.env');
    assert.equal(pathOfDiffLine('diff --git "a/q\\"uote" "b/q\\"uote"'), 'q"uote');
  });

  it('gives added lines with their numbers, removed lines, blobs and binary files', () => {
    const lines = [
      '\x1eabc\x1fp1 p2\x1fAnn\x1fann@x.example\x1f100\x1f200',
      '',
      'diff --git a/x.env b/x.env',
      'index 1111111..2222222 100644',
      '--- a/x.env',
      '+++ b/x.env',
      '@@ -2 +2,2 @@',
      '--- removed line that looks like a header',
      '+++ added line that looks like a header',
      '+second',
      '\\ No newline at end of file',
      'diff --git a/k.p12 b/k.p12',
      'new file mode 100644',
      'index 0000000..3333333',
      'Binary files /dev/null and b/k.p12 differ',
    ];
    assert.deepEqual(parsePatch(lines), [
      'commit abc p1,p2 Ann 100',
      'file x.env',
      'hunk',
      '- -- removed line that looks like a header',
      '+2 ++ added line that looks like a header',
      '+3 second',
      'fileEnd 1111111 2222222 false',
      'file k.p12',
      'fileEnd - 3333333 true',
      'end',
    ]);
  });

  it('gives only the lines a merge adds itself from a combined diff, numbered in the merge\'s file', () => {
    const lines = [
      '\x1em1\x1fp1 p2\x1fAnn\x1fann@x.example\x1f100\x1f200',
      '',
      'diff --cc app/.env',
      'index 1111111,2222222..3333333',
      '--- a/app/.env',
      '+++ b/app/.env',
      '@@@ -1,1 -1,1 +1,4 @@@',
      ' +LOG_LEVEL=info', // from the first parent
      '+ API_TOKEN=from-the-branch', // from the second parent
      '- OLD=gone', // in the first parent, not in the merge
      '++DB_PASSWORD=new-in-the-merge',
      '++SMTP_PASSWORD=also-new',
      'diff --cc "deploy/caf\\303\\251.env"',
      'new file mode 100644',
      'index 0000000,0000000..4444444',
      '--- /dev/null',
      '+++ b/deploy/café.env',
      '@@@ -0,0 -0,0 +1,1 @@@',
      '++KEY=new-file',
      '\x1em2\x1fp1 p2 p3\x1fAnn\x1fann@x.example\x1f100\x1f200',
      'diff --cc octopus.env',
      '@@@@ -1,0 -1,0 -1,0 +2,2 @@@@',
      '++ X=from-one-side',
      '+++Y=in-no-parent',
    ];
    assert.deepEqual(parsePatch(lines), [
      'commit m1 p1,p2 Ann 100',
      'file app/.env',
      'hunk',
      '+3 DB_PASSWORD=new-in-the-merge',
      '+4 SMTP_PASSWORD=also-new',
      'fileEnd 1111111 3333333 false',
      'file deploy/café.env',
      'hunk',
      '+1 KEY=new-file',
      'fileEnd - 4444444 false',
      'end',
      'commit m2 p1,p2,p3 Ann 100',
      'file octopus.env',
      'hunk',
      '+3 Y=in-no-parent',
      'fileEnd - - false',
      'end',
    ]);
  });
});


describe('patch parser: line numbers and markers', () => {
  it('numbers lines from hunk headers of any width, plain and combined, and keeps each hunk\'s section text', () => {
    const lines = [
      '\x1ec1\x1fp1\x1fAnn\x1fann@x.example\x1f100\x1f200',
      'diff --git a/conf/app.yml b/conf/app.yml',
      'index 1a2b3c4..5d6e7f8 100644',
      '@@ -112,3 +1405,2 @@ database:',
      '-  old: 1',
      '+  password: first',
      '+  user: ops',
      '\x1em1\x1fp1 p2\x1fAnn\x1fann@x.example\x1f100\x1f200',
      'diff --combined conf/db.yml',
      'index 1a2b3c4,9f8e7d6..0a0b0c0',
      '@@@ -120,3 -118,2 +2047,3 @@@ primary:',
      '++  password: merged',
      '\\ No newline at end of file',
      ' +  from: parent-one',
      '++  token: also-merged',
    ];
    assert.deepEqual(parsePatch(lines), [
      'commit c1 p1 Ann 100',
      'file conf/app.yml',
      'hunk database:',
      '-   old: 1',
      '+1405   password: first',
      '+1406   user: ops',
      'fileEnd 1a2b3c4 5d6e7f8 false',
      'end',
      'commit m1 p1,p2 Ann 100',
      'file conf/db.yml',
      'hunk primary:',
      '+2047   password: merged',
      '+2049   token: also-merged',
      'fileEnd 1a2b3c4 0a0b0c0 false',
      'end',
    ]);
  });
});

describe('span masks', () => {
  it('mask every occurrence of a noted value, and nothing else', () => {
    const masks = new SpanMasks();
    masks.note('a/S3cr3tV4lue!/b-S3cr3tV4lue!.txt', 'S3cr3tV4lue!');
    assert.equal(masks.apply('a/S3cr3tV4lue!/b-S3cr3tV4lue!.txt'), 'a/[masked]/b-[masked].txt');
    assert.equal(masks.apply('other/path'), 'other/path');
    assert.equal(masks.applyWithin("fatal: path 'a/S3cr3tV4lue!/b-S3cr3tV4lue!.txt' is broken"), "fatal: path 'a/[masked]/b-[masked].txt' is broken");
  });
});
