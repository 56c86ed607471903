import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Readings added by the lead in the twenty-third session (docs/evaluation.md, "Twenty-third session: secrets given as a
// command's arguments, and Terraform's name/value pairs"). Every value here is made up and built from pieces.

const password = joined('Qu', 'ar', '!', 'tz', 'mo', '71', '4b');
const weak = joined('admin', '123');
const token = joined('t', 'K9x', 'Lm2', 'Pq7', 'Rz4', 'Wn8', 'Yb3', 'Cd6', 'Fg1', 'Hj5');

describe('credentials stored by a command under a name, in scripts', () => {
  it('read a setting or key path naming a credential, followed by its value', () => {
    assert.deepEqual(matchKinds('scripts/seed.sh', `consul kv put app/db/password ${weak}`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('scripts/seed.sh', `redis-cli -h cache SET config:smtp:password ${password}`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('scripts/prefs.sh', `defaults write com.corp.uploader apiToken ${token}`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('scripts/infra.sh', `pulumi config set --secret dbPassword ${password}`), ['script-named-secret@1']);
  });

  it('read a name and a value given to two options, and a secret manager\'s set command whatever the name', () => {
    assert.deepEqual(matchKinds('windows/autologon.cmd', `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${weak} /f`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('scripts/ssm.sh', `aws ssm put-parameter --name /prod/db/password --value ${password} --type SecureString`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('ci/secrets.sh', `gh secret set DEPLOY_KEY --body "${token}" --repo corp/app`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('ci/secrets.sh', `az keyvault secret set --vault-name kv --name SqlAdmin --value ${weak}`), ['script-named-secret@1']);
  });

  it('leave out variables, files, options, prose and names that only contain a credential\'s word', () => {
    const lines = [
      'consul kv put app/db/password "$DB_PASSWORD"',
      'consul kv put app/db/password @pw.txt',
      'aws ssm put-parameter --name /prod/db/password --value "$(cat /run/secrets/db)"',
      'kubectl create secret generic db-password --from-file=password=./pw',
      'kubectl create token deployer',
      'git config --global credential.helper store',
      'echo Now set the ADMIN_PASSWORD variable first',
      '# set the ADMIN_PASSWORD variable before running',
      '# to enable it, set the SERVER_ID and SERVER_TOKEN variables.',
      'gh secret set DEPLOY_KEY < deploy_key',
    ];
    assert.deepEqual(matchKinds('scripts/seed.sh', lines.join('\n')), []);
    // Documentation shows the command; it holds no secret of the repository's.
    assert.deepEqual(matchKinds('docs/seed.md', `consul kv put app/db/password ${password}`), []);
  });
});

describe('passwords hashed, fed or used to encrypt on a script\'s command line', () => {
  it('read openssl passwd, mkpasswd, here-strings and archive passwords', () => {
    assert.deepEqual(matchKinds('scripts/user.sh', `useradd -m -p "$(openssl passwd -6 ${password})" deploy`), ['script-inline-password@1']);
    assert.deepEqual(matchKinds('scripts/root.sh', `usermod -p "$(mkpasswd -m sha-512 ${weak})" root`), ['script-inline-password@1']);
    assert.deepEqual(matchKinds('scripts/root.sh', `chpasswd <<< "root:${password}"`), ['script-inline-password@1']);
    assert.deepEqual(matchKinds('scripts/krb.sh', `kinit svc_etl@CORP.EXAMPLE <<< '${password}'`), ['script-inline-password@1']);
    assert.deepEqual(matchKinds('scripts/restore.sh', `unzip -P ${weak} /backup/db.zip`), ['script-inline-password@1']);
  });

  it('leave out a secret read from standard input, a file or a variable, and a command word inside another', () => {
    const lines = ['openssl passwd -6 -stdin < /run/secrets/root', 'mkpasswd -m sha-512 -s < pw.txt', 'kinit svc@CORP <<< "$KRB_PASS"', 'rar a -p /backup/x.rar /srv', '- name: Save temporary grub-mkpasswd formatted password in secrets'];
    assert.deepEqual(matchKinds('scripts/users.sh', lines.join('\n')), []);
  });
});

describe('Terraform\'s name/value pairs', () => {
  it('read a helm_release set block and an inline { name, value } entry whose name is a credential\'s', () => {
    assert.deepEqual(matchKinds('infra/grafana.tf', `resource "helm_release" "grafana" {\n  set {\n    name  = "adminPassword"\n    value = "${password}"\n  }\n}`), ['password@4']);
    assert.deepEqual(matchKinds('infra/env.tf', `locals {\n  env = [\n    { name = "SMTP_PASSWORD", value = "${weak}" },\n  ]\n}`), ['password@3']);
  });

  it('leave out references, and values of names that are not a credential\'s', () => {
    const text = 'resource "helm_release" "x" {\n  set_sensitive {\n    name  = "auth.password"\n    value = var.db_password\n  }\n  set {\n    name = "admin.password"\n    value = random_password.admin.result\n  }\n  set {\n    name  = "image.tag"\n    value = "v1.2.3-abcdef"\n  }\n}';
    assert.deepEqual(matchKinds('infra/refs.tf', text), []);
  });
});

describe('a credential set in code by a call that names it', () => {
  it('read a property, a setting or an environment variable set with a literal', () => {
    assert.deepEqual(matchKinds('src/main/java/App.java', `System.setProperty("javax.net.ssl.keyStorePassword", "${password}");`), ['password@1']);
    assert.deepEqual(matchKinds('cmd/root.go', `\tos.Setenv("DB_PASSWORD", "${password}")`), ['password@1']);
    assert.deepEqual(matchKinds('cmd/root.go', `\tviper.SetDefault("database.password", "${password}")`), ['password@1']);
    assert.deepEqual(matchKinds('Program.cs', `Environment.SetEnvironmentVariable("API_TOKEN", "${token}");`), ['token@1']);
    assert.deepEqual(matchKinds('bootstrap.php', `putenv("DB_PASSWORD=${password}");`), ['password@1']);
    assert.deepEqual(matchKinds('config/app.php', `Config::set('services.stripe.secret', '${token}');`), ['secret@1']);
    assert.deepEqual(matchKinds('tools/setup.py', `cfg.set("database", "password", "${password}")`), ['password@1']);
  });

  it('leave out a value read from elsewhere, a name that is not a credential\'s, and a weak word in code', () => {
    const text = [
      'System.setProperty("javax.net.ssl.keyStorePassword", System.getenv("KS_PASS"));',
      'os.Setenv("DB_HOST", "db.internal")',
      'putenv("APP_ENV=production");',
      'cfg.set("database", "host", "localhost")',
      'System.setProperty("javax.net.ssl.trustStorePassword", "changeit");',
    ].join('\n');
    assert.deepEqual(matchKinds('src/Main.java', text), []);
  });
});

describe('ops idioms that hold a plain-text password beside what is made of it', () => {
  it('read crudini\'s option, the text ansible-vault is given to encrypt, and a literal hashed by password_hash', () => {
    assert.deepEqual(matchKinds('openstack/nova.sh', `crudini --set /etc/nova/nova.conf database password ${password}`), ['script-named-secret@1']);
    assert.deepEqual(matchKinds('scripts/vault-vars.sh', `ansible-vault encrypt_string --vault-id prod@prompt '${password}' --name 'db_password'`), ['script-inline-password@1']);
    assert.deepEqual(matchKinds('roles/base/tasks/main.yml', `    password: "{{ '${weak}' | password_hash('sha512') }}"`), ['template-hashed-password@1']);
  });

  it('leave out an option that names no credential, a variable encrypted, and a variable hashed', () => {
    assert.deepEqual(matchKinds('openstack/nova.sh', 'crudini --set /etc/nova/nova.conf database connection mysql+pymysql://nova@db/nova\ncrudini --set /etc/nova/nova.conf database password "$NOVA_DBPASS"'), []);
    assert.deepEqual(matchKinds('scripts/vault-vars.sh', 'ansible-vault encrypt_string "$DB_PASSWORD" --name db_password\nansible-vault encrypt_string --stdin-name db_password'), []);
    assert.deepEqual(matchKinds('roles/base/tasks/main.yml', '    password: "{{ deploy_password | password_hash(\'sha512\') }}"'), []);
  });
});

describe('libpq\'s keyword/value connection string', () => {
  it('reads its password beside another of its keywords', () => {
    assert.deepEqual(matchKinds('internal/db/db.go', `\tdb, err := sql.Open("postgres", "host=db user=app password=${password} dbname=app sslmode=disable")`), ['password@1']);
    assert.deepEqual(matchKinds('etl/load.py', `conn = psycopg2.connect("dbname=etl user=loader password=${password}")`), ['password@1']);
  });

  it('leaves out a format verb, a variable and a password= without any other keyword', () => {
    const text = ['dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s", h, u, p, d)', 'conn = psycopg2.connect(f"host={host} user=app password={pw}")', 'DSN="host=db user=app password=${PGPASSWORD}"', `echo "password=${password}" > /dev/null`, 'self.conn.connect(hostname=self.ip, port=self.port, username=self.username, password=self.password)', `#   connect = host=sql.example.com dbname=virtual user=virtual password=${password}`].join('\n');
    assert.deepEqual(matchKinds('internal/db/db.go', text), []);
  });
});

describe('Redis\' password settings under any syntax', () => {
  it('read requirepass and masterauth as a password\'s keys (a chart\'s values, a YAML config)', () => {
    assert.deepEqual(matchKinds('charts/cache/values.yaml', `redis:\n  requirepass: ${password}`), ['password@2']);
    assert.deepEqual(matchKinds('config/redis.yml', `replica:\n  masterauth: "${password}"`), ['secret@2']);
    assert.deepEqual(matchKinds('charts/cache/values.yaml', 'redis:\n  requirepass: ""\n  requirepass: true\n  masterauth: ${REDIS_PASSWORD}'), []);
  });
});
