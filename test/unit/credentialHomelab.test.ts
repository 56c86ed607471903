import * as assert from 'node:assert/strict';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';

// Classes of lines met in the histories of homelab and self-hosting repositories: an Ansible NAS with a role per
// application, a compose collection, Ansible and cloud-init for a home server (docs/evaluation.md, fifteenth session,
// homelab histories). Every value here is made up and built from pieces, so that none reads as a key in the source.

function kinds(path: string, text: string): string[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m));
  return found.map((m) => `${m.kind}@${m.line}`);
}

const j = (...parts: string[]) => parts.join('');
/** A weak but chosen password: a word, a sign and digits. */
const weak = j('Hel', 'iotrope', '-', '73');
/** A value a generator wrote. */
const generated = j('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c', 'Hy3');
const defaults = 'roles/app/defaults/main.yml';

describe('credentials in homelab and self-hosting histories', () => {
  it('read an Ansible role\'s Molecule scenarios as tests', () => {
    for (const path of ['roles/app/molecule/default/molecule.yml', 'roles/app/molecule/default/converge.yml', 'molecule/default/verify.yml']) {
      assert.equal(contextOfPath(path), 'test', path);
    }
    assert.equal(contextOfPath('roles/molecular/defaults/main.yml'), 'code');
  });

  it('read a token\'s or an API key\'s length shown by repeated runs as a template\'s filler', () => {
    const filler = [
      `cloud_dns_token: "${j('abcd', 'abcd', 'abcd', '1234', '1234', '1234')}"`,
      `DNS_API_TOKEN: "${j('abcd', 'abcd', '1234', '1234', '1234')}"`,
      `cloud_api_key: ${j('abcde', 'abcde', 'abcde', 'abcde', '12345', '12345')}`,
    ].join('\n');
    assert.deepEqual(kinds(defaults, filler), []);
    // Runs said once each, a chosen secret of repeated letters, a password of runs, a generated token: each still a value.
    const values = [
      `admin_token: ${j('qwerty', 'uiop', '1234567890', 'poiuytrewq')}`,
      `auth_secret_key: "${j('aaaa', 'bbbb', 'cccc', 'dddd')}"`,
      `app_password: ${j('abcd', 'abcd', '1234', '1234')}`,
      `cloud_dns_token: "${generated}"`,
      `cloud_api_key: ${j('abcd', '1234', 'efgh', '5678')}`,
    ].join('\n');
    assert.deepEqual(kinds(defaults, values), ['token@1', 'secret@2', 'password@3', 'token@4', 'api-key@5']);
  });

  it('read a bare word that a template goes on as a prefix of a rendered value', () => {
    const template = ['    Pass       = plain#{{ app_user_password }}', '    Pass       = sha256#{% if hashed %}{{ app_hash }}{% endif %}', 'APP_TOKEN=tk-${TOKEN_SUFFIX}'].join('\n');
    assert.deepEqual(kinds('roles/app/templates/app.conf.j2', template), []);
    assert.deepEqual(kinds('roles/app/templates/app.conf.j2', `    Pass       = plain#${weak}`), ['password@1']);
  });

  it('read what happens after a wrong password as settings', () => {
    const conf = ['WrongPass.BanTime = 600', 'WrongPass.MaxCount = 5', 'WrongPass.BanType = 0', 'failed_password_attempts = 3', 'password_retries = 4'].join('\n');
    assert.deepEqual(kinds('docker/game/etc/authserver.conf', conf), []);
    assert.deepEqual(kinds('docker/game/etc/authserver.conf', `LoginDatabase.Password = ${weak}\nAdminPass = 1234`), ['password@1', 'password@2']);
  });

  it('read a name of several words under a key that says what the secret signs as the secret', () => {
    const config = [`jwt_secret: ${j('a_very', '_important', '_secret')}`, `JWT_SECRET=${j('shop', '-signing-', 'phrase')}`, `cookie_secret: ${j('my', '_cookie', '_jar')}`].join('\n');
    assert.deepEqual(kinds('docker/auth/configuration.yml', config), ['secret@1', 'secret@2', 'secret@3']);
    // One lower-case word there is the secret too, as under a key pair's secret half.
    assert.deepEqual(kinds('docker/auth/configuration.yml', `jwt_secret: ${j('something', 'something', 'random')}`), ['secret@1']);
    // A Secret's name under `secret:` alone or a TLS secret, a single word, a file: still names.
    const names = ['tls_secret: ingress-tls-secret', 'secret: app-credentials', 'jwt_secret: Bearer', 'signing_key: /etc/keys/sign.pem'].join('\n');
    assert.deepEqual(kinds('values.yaml', names), []);
    // In source code such a name is still a variable's or a constant's.
    assert.deepEqual(kinds('app/auth.py', `jwt_secret = "${j('a_very', '_important', '_secret')}"`), []);
  });

  it('read a value of a Secret\'s `data:` that is not base64 as a stand-in the API server refuses', () => {
    const head = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: panel\ntype: Opaque\n';
    assert.deepEqual(kinds('kubernetes/panel/secret.yml', `${head}data:\n  DB_PASSWORD: ${j('some-base-', '64-encoded-', 'password')}\n  REDIS_PASSWORD: ${weak}`), []);
    // Base64 there is the value; `stringData:` holds it as text; a ConfigMap's `data:` after the Secret is plain text.
    const encoded = Buffer.from(weak).toString('base64');
    assert.deepEqual(kinds('kubernetes/panel/secret.yml', `${head}data:\n  DB_PASSWORD: ${encoded}`), ['kubernetes-secret@7']);
    assert.deepEqual(kinds('kubernetes/panel/secret.yml', `${head}stringData:\n  DB_PASSWORD: ${weak}`), ['kubernetes-secret@7']);
    const configMap = `${head}data:\n  DB_PASSWORD: ${encoded}\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  DB_PASSWORD: ${weak}`;
    assert.deepEqual(kinds('kubernetes/panel/all.yml', configMap), ['kubernetes-secret@7', 'password@12']);
  });

  it('read a name of several words set as an environment variable in deployed configuration as the secret', () => {
    const phrase = j('super', '-duper-', 'secret');
    assert.deepEqual(kinds('group_vars/server.yaml', `      - DRONE_RPC_SECRET=${phrase}\n      - "APP_SECRET=${j('my', '_app', '_phrase')}"`), ['secret@1', 'secret@2']);
    assert.deepEqual(kinds('.env', `DRONE_RPC_SECRET=${phrase}`), ['secret@1']);
    // An example copy, a script, a Secret's name in YAML, a lone credential word and an access key's id: as before.
    assert.deepEqual(kinds('.env.example', `DRONE_RPC_SECRET=${phrase}`), []);
    assert.deepEqual(kinds('deploy.sh', `export DRONE_RPC_SECRET=${phrase}`), []);
    assert.deepEqual(kinds('docker/Dockerfile', `RUN DEBUG=False SECRET_KEY=${j('build', '-key')} ./manage.py collectstatic --noinput`), []);
    assert.deepEqual(kinds('.env', `DRONE_RPC_SECRET=${phrase} # shared with the runners`), ['secret@1']);
    assert.deepEqual(kinds('values.yaml', `  RPC_SECRET: ${phrase}`), []);
    assert.deepEqual(kinds('group_vars/server.yaml', '      - SECRET_KEY=secret\n      - MINIO_ACCESS_KEY=minio-admin-user'), []);
    // A word after the credential's names something about it; a sentence joined by underscores, an issuer's prefix before a typed filler: not values.
    assert.deepEqual(kinds('docker-compose.yml', `      - REGISTRY_AUTH_TOKEN_ISSUER=${j('gitlab', '-issuer')}\n      - REGISTRY_AUTH_TOKEN_SERVICE=${j('container', '_registry')}`), []);
    assert.deepEqual(kinds('src/main/resources/application.properties', `SPECIAL_K8S_SECRET = ${j('this_is', '_not', '_cluster')}`), []);
    assert.deepEqual(kinds('.env', `APP_MCP_SECRET=${j('if_you_see', '_this_please', '_call_the_endpoint')}\nTS_AUTHKEY=${j('tskey', '-auth-', 'abc', '123')}`), []);
  });

  it('read text under a password digest\'s name that is no digest as a description of the value', () => {
    assert.deepEqual(kinds('docker/graylog/config/graylog.conf', `root_password_sha2 = ${j('some-', 'password-', 'sha')}\nadmin_password_md5 = ${weak}`), []);
    const digest = j('9f3a71c2', 'e84b0d56', '1ac7f29e', '63b48d0f', '5e27c91a', 'b06d4e83', 'f17a2c59', '84e0b3d6');
    assert.deepEqual(kinds('docker/graylog/config/graylog.conf', `root_password_sha2 = ${digest}`), ['password@1']);
  });
});
