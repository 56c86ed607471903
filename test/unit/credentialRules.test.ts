import * as assert from 'node:assert/strict';
import { classifyKey } from '../../src/core/detect/credentials/assignmentRules';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { pathOfDiffLine, PatchLineParser, type CommitInfo, type FileSection, type PatchVisitor } from '../../src/core/detect/credentials/patchParser';
import { SpanMasks } from '../../src/core/detect/credentials/spanMasks';
import { isPlaceholder, isPlausibleSecret } from '../../src/core/detect/credentials/valueJudgement';
import { decoyFiles, randomText } from '../fixtures/credentialCorpus';

function kinds(path: string, text: string): string[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m));
  return found.map((m) => `${m.kind}@${m.line}`);
}

const j = (...parts: string[]) => parts.join('');

describe('credential rules', () => {
  it('recognise provider formats wherever they appear', () => {
    const cases: [string, string][] = [
      [j('hvs.', randomText(40)), 'vault-token'],
      [j('dop', '_v1_', randomText(64, '0123456789abcdef')), 'digitalocean-token'],
      [j('sk-ant-', 'api03-', randomText(95)), 'anthropic-api-key'],
      [j('sk-proj-', randomText(30), 'T3Blbk', 'FJ', randomText(30)), 'openai-api-key'],
      [j('hf', '_', randomText(34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')), 'huggingface-token'],
      [j('npm', '_', randomText(36)), 'npm-token'],
      [j('whsec', '_', randomText(32)), 'stripe-webhook-secret'],
      [j('shp', 'at_', randomText(32, '0123456789abcdef')), 'shopify-token'],
      [j('PMAK-', randomText(24, '0123456789abcdef'), '-', randomText(34, '0123456789abcdef')), 'postman-api-key'],
      [j('AGE-SECRET-KEY-', '1', randomText(58, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), 'age-secret-key'],
    ];
    for (const [token, kind] of cases) assert.deepEqual(kinds('notes.md', `see ${token} here`), [`${kind}@1`], kind);
  });

  it('report no decoy line, each read on its own and in its file', () => {
    for (const [path, text] of Object.entries(decoyFiles())) {
      assert.deepEqual(kinds(path, text), [], path);
      for (const line of text.split('\n')) assert.deepEqual(kinds(path, line), [], `${path}: ${line}`);
    }
  });

  it('honour handover:allow and gitleaks:allow on the line, including a private key block', () => {
    const token = j('gh', 'p_', randomText(36));
    assert.deepEqual(kinds('a.env', `T=${token} # handover:allow\nU=${token}`), ['github-token@2']);
    const block = ['-----BEGIN PRIVATE KEY----- gitleaks:allow', randomText(64), randomText(64), '-----END PRIVATE KEY-----'].join('\n');
    assert.deepEqual(kinds('k.pem', block), []);
  });

  it('read nothing in a secret scanner\'s list of findings to ignore (.gitleaksignore: fingerprints, never values)', () => {
    const commit = randomText(40, '0123456789abcdef');
    const lines = [`${commit}:deploy/secrets.env:generic-api-key:3`, `${commit}:app/secret_store.py:generic-api-key:12`, 'config/token.json:generic-api-key:7', `${commit}:token.json:generic-api-key:1`].join('\n');
    assert.deepEqual(kinds('.gitleaksignore', lines), []);
    assert.deepEqual(kinds('tools/.gitleaksignore', lines), []);
    // The same fingerprints anywhere else are still read (a root file's: a name inside a folder's path is no key anywhere).
    assert.notDeepEqual(kinds('notes.txt', lines), []);
  });

  it('read nothing in a gitleaks configuration under any name: its allowlist holds values declared not secret', () => {
    const config = ['[[rules]]', 'id = "gcp-api-key"', '[[rules.allowlists]]', 'regexes = [', `    '''${j('AI', 'za', randomText(35))}''',`, ']'].join('\n');
    for (const path of ['.gitleaks.toml', 'config/gitleaks.toml', '.github/gitleaks-ci.toml']) assert.deepEqual(kinds(path, config), [], path);
    assert.deepEqual(kinds('config/rules.toml', config), ['gcp-api-key@5']);
  });

  it('read a PEM key across lines, and no key body that is a stand-in', () => {
    const body = [randomText(64), randomText(64)];
    assert.deepEqual(kinds('id_ecdsa', ['-----BEGIN EC PRIVATE KEY-----', ...body, '-----END EC PRIVATE KEY-----'].join('\n')), ['private-key@1']);
    assert.deepEqual(kinds('id_rsa', ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA...', '-----END RSA PRIVATE KEY-----'].join('\n')), []);
  });

  it('count a weak value as a credential in deployed configuration only, wherever else it is a stand-in', () => {
    // The same weak line: a value spelled from the credential's words, and one repeating a word of the key.
    const weak = 'ADMIN_PASSWORD=Password123!\nPOSTGRES_PASSWORD=postgres';
    const deployed = ['.env', 'deploy/.env.production', 'ops/app.env', 'config/app.ini', 'src/main/resources/application.properties', 'inventory/hosts', 'group_vars/all', 'docker/Dockerfile'];
    for (const path of deployed) assert.deepEqual(kinds(path, weak), ['password@1', 'password@2'], path);
    const yaml = 'services:\n  db:\n    environment:\n      ADMIN_PASSWORD: Password123!\n      POSTGRES_PASSWORD: postgres';
    assert.deepEqual(kinds('docker-compose.yml', yaml), ['password@4', 'password@5']);
    const elsewhere = ['.env.example', 'deploy/.env.sample', 'docs/setup.env', 'README.md', 'tests/.env', 'vendor/pkg/.env', '.env.testing', '.travis.yml', 'scripts/setup.sh'];
    for (const path of elsewhere) assert.deepEqual(kinds(path, weak), [], path);
    for (const path of ['.github/workflows/ci.yml', '.gitlab-ci.yml', '.circleci/config.yml', 'docker-compose.test.yml', 'docs/docker-compose.yml', '.devcontainer/docker-compose.yml']) assert.deepEqual(kinds(path, yaml), [], path);
    // A patch of a deployed file: its commented-out lines start with `+`.
    assert.deepEqual(kinds('patches/kafka/.env.patch', '+# KAFKA_SASL_PASSWORD=password\n+ADMIN_PASSWORD=Password123!'), []);
    // Commented out, a deployed file's line documents it; a key's own name passes a parameter on; markers stay markers.
    assert.deepEqual(kinds('.env', '# ADMIN_PASSWORD=Password123!\nadminPassword=adminPassword\nDB_PASSWORD=changeme\nSMTP_PASSWORD=your-password-here'), []);
    // In source code a quoted weak literal is still judged by its looks.
    assert.deepEqual(kinds('src/seed.py', 'ADMIN_PASSWORD = "Password123!"'), []);
  });

  it('name secrets by their key, and leave metadata keys alone', () => {
    assert.equal(classifyKey('DB_PASSWORD')?.kind, 'password');
    assert.equal(classifyKey('clientSecret')?.kind, 'secret');
    assert.equal(classifyKey('SECRET_KEY')?.kind, 'secret');
    assert.equal(classifyKey('x-api-key')?.kind, 'api-key');
    assert.equal(classifyKey('aws_secret_access_key')?.kind, 'aws-secret-access-key');
    assert.equal(classifyKey('refresh_token')?.kind, 'token');
    for (const name of ['password_file', 'token_url', 'secret_name', 'public_key', 'primary_key', 'max_tokens', 'passwordless', 'author', 'keyboard', 'monkey', 'token_expires_in']) {
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

  it('read a value whose credential name stands on a line before it: Kubernetes env entries, Hadoop properties, Windows answer files', () => {
    const pw = `${randomText(10)}#7a`;
    const env = ['env:', '  - name: DB_PASSWORD', `    value: "${pw}"`, '  - name: LOG_LEVEL', '    value: debug', '  - name: API_TOKEN', '    valueFrom:', '      secretKeyRef: {name: api, key: token}', '  - name: REDIS_PASSWORD', '    value: {{ .Values.redis.password | quote }}'].join('\n');
    assert.deepEqual(kinds('k8s/deploy.yaml', env), ['password@3']);
    // The value must come within three lines of its name, and a new entry's name replaces the last.
    assert.deepEqual(kinds('k8s/deploy.yaml', ['- name: DB_PASSWORD', '  # set by the operator', '  # nothing here', '  # nor here', `  value: "${pw}"`].join('\n')), []);
    assert.deepEqual(kinds('k8s/deploy.yaml', ['- name: DB_PASSWORD', '- name: DB_HOST', `  value: "${pw}"`].join('\n')), []);
    const xml = ['<property>', '  <name>fs.s3a.endpoint</name>', '  <value>s3.internal</value>', '</property>', '<property>', '  <name>javax.jdo.option.ConnectionPassword</name>', `  <value>${pw}</value>`, '</property>'].join('\n');
    assert.deepEqual(kinds('hive/conf/hive-site.xml', xml), ['password@7']);
    assert.deepEqual(kinds('windows/autounattend.xml', ['<AdministratorPassword>', `  <Value>${pw}</Value>`, '  <PlainText>true</PlainText>', '</AdministratorPassword>'].join('\n')), ['password@2']);
    // In Bicep (and Terraform, and code) a bare word is an expression, not a value.
    assert.deepEqual(kinds('infra/app.bicep', ["      name: 'registry-password'", '      value: registry.listCredentials().passwords[0].value'].join('\n')), []);
    assert.deepEqual(kinds('infra/app.bicep', ["      name: 'registry-password'", `      value: '${pw}'`].join('\n')), ['password@2']);
    // In ordinary code the value must still look like a secret.
    assert.deepEqual(kinds('src/build.gradle', ['name: passwordField', '  value: hunter'].join('\n')), []);
  });

  it('take the secret of a Kubernetes Secret from its base64, and of a Basic Authorization from its pair', () => {
    const password = `${randomText(12)}#7a`;
    const b64 = Buffer.from(password).toString('base64');
    assert.deepEqual(kinds('s.yaml', `kind: Secret\ndata:\n  api-token: ${b64}`), ['kubernetes-secret@3']);
    const basic = Buffer.from(`svc:${password}`).toString('base64');
    const found: SecretMatch[] = [];
    matchText('client.http', `Authorization: Basic ${basic}`, (m) => found.push(m));
    assert.equal(found.length, 1);
    assert.equal(found[0]?.kind, 'bearer-token');
    assert.equal(found[0]?.value, password);
  });
});

describe('patch parser', () => {
  it('reads paths as git writes them: spaces, quotes, tabs, non-ASCII', () => {
    assert.equal(pathOfDiffLine('diff --git a/my file.env b/my file.env'), 'my file.env');
    assert.equal(pathOfDiffLine('diff --git a/a b/c b/a b/c'), 'a b/c');
    assert.equal(pathOfDiffLine('diff --git "a/tab\\there" "b/tab\\there"'), 'tab\there');
    assert.equal(pathOfDiffLine('diff --git "a/caf\\303\\251.env" "b/caf\\303\\251.env"'), 'café.env');
    assert.equal(pathOfDiffLine('diff --git "a/q\\"uote" "b/q\\"uote"'), 'q"uote');
  });

  it('gives added lines with their numbers, removed lines, blobs and binary files', () => {
    const events: string[] = [];
    const visitor: PatchVisitor = {
      commit: (c: CommitInfo) => events.push(`commit ${c.sha} ${c.parents.join(',')} ${c.authorName} ${c.authorTime}`),
      commitEnd: () => events.push('end'),
      file: (p) => events.push(`file ${p}`),
      hunk: () => events.push('hunk'),
      added: (t, n) => events.push(`+${n} ${t}`),
      removed: (t) => events.push(`- ${t}`),
      fileEnd: (s: FileSection) => events.push(`fileEnd ${s.oldBlob ?? '-'} ${s.newBlob ?? '-'} ${s.binary}`),
    };
    const parser = new PatchLineParser(visitor);
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
    for (const line of lines) parser.feed(line);
    parser.end();
    assert.deepEqual(events, [
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
