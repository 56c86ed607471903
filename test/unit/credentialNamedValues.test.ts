// A value whose name stands on the line before it (a Kubernetes env entry's `name:` then `value:`, a property's
// `<name>` then `<value>`) is judged as `name = value` on one line is: by the table's rule for that name, when one owns it.
// Values are made up at run time, from pieces and hashes of labels.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { joined, matchKinds } from './helpers';

const hex40 = (label: string): string => createHash('sha1').update(label).digest('hex');
const base32 = (label: string, length: number): string => [...createHash('sha512').update(label).digest()].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('').slice(0, length);
const envEntry = (name: string, value: string): string => `spec:\n  containers:\n    - name: app\n      env:\n        - name: ${name}\n          value: "${value}"\n`;

describe('credentials named on the line before their value', () => {
  it('judges a Deployment env entry by the rule that owns its name', () => {
    // A classic GitHub token is 40 hex: under GITHUB_TOKEN the token, not a commit id.
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('GITHUB_TOKEN', hex40('a made-up token'))), ['github-classic-token@6']);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('NEW_RELIC_LICENSE_KEY', hex40('a made-up licence'))), ['newrelic-license-key@6']);
    // Names only a rule of the table knows for a credential: an Azure DevOps token, an Erlang cookie.
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('AZURE_DEVOPS_EXT_PAT', base32('a made-up pat', 52))), ['azure-devops-pat-legacy@6']);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('RABBITMQ_ERLANG_COOKIE', joined('QWhx', 'PLMZ', 'TRVB', 'KSND', 'EUAY'))), ['erlang-cookie-setting@6']);
  });

  it('still reads what such a rule refuses as that rule does', () => {
    // A commit id under a build's revision name stays no credential; a reference stays a reference.
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('GIT_COMMIT', hex40('a commit'))), []);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('AZURE_DEVOPS_EXT_PAT', '$(System.AccessToken)')), []);
    assert.deepEqual(matchKinds('k8s/deploy.yaml', envEntry('RABBITMQ_ERLANG_COOKIE', '')), []);
  });

  it('reads a one-word value under a YAML block scalar as that name\'s value', () => {
    const value = joined('Kq7v', 'Rz2m', 'Wp9s', 'Lx4T');
    assert.deepEqual(matchKinds('deploy/values.yaml', `db:\n  password: >-\n    ${value}\n  user: app\n`), ['password@3']);
    assert.deepEqual(matchKinds('k8s/secret.yaml', `stringData:\n  api_token: |\n    ${value}\n`), ['token@3']);
    // A template, a setting's text and a key's block are not such a value.
    assert.deepEqual(matchKinds('deploy/values.yaml', 'db:\n  password: |\n    {{ .Values.db.password }}\n'), []);
    assert.deepEqual(matchKinds('deploy/values.yaml', `db:\n  description: |\n    ${value}\n`), []);
    // Another name's block between an entry's name and its value leaves the entry open.
    assert.deepEqual(matchKinds('roles/mail/defaults/main.yml', `settings:\n  - name: 'cpanel_password'\n    comment: |\n      The admin password\n    value: '${value}'\n`), ['password@5']);
  });

  it('reads a credential\'s name and its value parted by spaces in configuration', () => {
    const value = joined('Kq7v', 'Rz2m', 'Wp9s', 'Lx4T');
    assert.deepEqual(matchKinds('gradle.properties', `org.gradle.jvmargs -Xmx2g\nnexusPassword ${value}\n`), ['password@2']);
    assert.deepEqual(matchKinds('deploy/app.conf', `listen 8080\nDB_PASSWORD "${value}"\n`), ['password@2']);
    assert.deepEqual(matchKinds('etc/network/interfaces.d/vip', `iface eth0 inet static\n    vrrp-auth-password ${value}\n`), ['password@2']);
    // Settings about credentials, paths and numbers are no values; prose and code are not read so.
    const settings = 'PasswordAuthentication no\npassword_encryption scram-sha-256\nsecret_key_file /etc/app/secret.key\ntoken_ttl 3600\nauth_method md5\n';
    assert.deepEqual(matchKinds('etc/app/app.conf', settings), []);
    assert.deepEqual(matchKinds('docs/setup.md', `password ${value}\n`), []);
    assert.deepEqual(matchKinds('src/app.py', `password ${value}\n`), []);
  });
});

