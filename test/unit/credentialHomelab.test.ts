import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of homelab and self-hosting repositories: an Ansible NAS with a role per
// application, a compose collection, Ansible and cloud-init for a home server (docs/evaluation.md, fifteenth session,
// homelab histories). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A weak but chosen password: a word, a sign and digits. */
const weak = joined('Hel', 'iotrope', '-', '73');
/** A value a generator wrote. */
const generated = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c', 'Hy3');
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
      `cloud_dns_token: "${joined('abcd', 'abcd', 'abcd', '1234', '1234', '1234')}"`,
      `DNS_API_TOKEN: "${joined('abcd', 'abcd', '1234', '1234', '1234')}"`,
      `cloud_api_key: ${joined('abcde', 'abcde', 'abcde', 'abcde', '12345', '12345')}`,
    ].join('\n');
    assert.deepEqual(matchKinds(defaults, filler), []);
    // Runs said once each, a chosen secret of repeated letters, a password of runs, a generated token: each still a value.
    const values = [
      `admin_token: ${joined('qwerty', 'uiop', '1234567890', 'poiuytrewq')}`,
      `auth_secret_key: "${joined('aaaa', 'bbbb', 'cccc', 'dddd')}"`,
      `app_password: ${joined('abcd', 'abcd', '1234', '1234')}`,
      `cloud_dns_token: "${generated}"`,
      `cloud_api_key: ${joined('abcd', '1234', 'efgh', '5678')}`,
    ].join('\n');
    assert.deepEqual(matchKinds(defaults, values), ['token@1', 'secret@2', 'password@3', 'token@4', 'api-key@5']);
  });

  it('read a bare word that a template goes on as a prefix of a rendered value', () => {
    const template = ['    Pass       = plain#{{ app_user_password }}', '    Pass       = sha256#{% if hashed %}{{ app_hash }}{% endif %}', 'APP_TOKEN=tk-${TOKEN_SUFFIX}'].join('\n');
    assert.deepEqual(matchKinds('roles/app/templates/app.conf.j2', template), []);
    assert.deepEqual(matchKinds('roles/app/templates/app.conf.j2', `    Pass       = plain#${weak}`), ['password@1']);
  });

  it('read what happens after a wrong password as settings', () => {
    const conf = ['WrongPass.BanTime = 600', 'WrongPass.MaxCount = 5', 'WrongPass.BanType = 0', 'failed_password_attempts = 3', 'password_retries = 4'].join('\n');
    assert.deepEqual(matchKinds('docker/game/etc/authserver.conf', conf), []);
    assert.deepEqual(matchKinds('docker/game/etc/authserver.conf', `LoginDatabase.Password = ${weak}\nAdminPass = 1234`), ['password@1', 'password@2']);
  });

  it('read a name of several words under a key that says what the secret signs as the secret', () => {
    const config = [`jwt_secret: ${joined('a_very', '_important', '_secret')}`, `JWT_SECRET=${joined('shop', '-signing-', 'phrase')}`, `cookie_secret: ${joined('my', '_cookie', '_jar')}`].join('\n');
    assert.deepEqual(matchKinds('docker/auth/configuration.yml', config), ['secret@1', 'secret@2', 'secret@3']);
    // One lower-case word there is the secret too, as under a key pair's secret half.
    assert.deepEqual(matchKinds('docker/auth/configuration.yml', `jwt_secret: ${joined('something', 'something', 'random')}`), ['secret@1']);
    // A Secret's name under `secret:` alone or a TLS secret, a single word, a file: still names.
    const names = ['tls_secret: ingress-tls-secret', 'secret: app-credentials', 'jwt_secret: Bearer', 'signing_key: /etc/keys/sign.pem'].join('\n');
    assert.deepEqual(matchKinds('values.yaml', names), []);
    // In source code such a name is still a variable's or a constant's.
    assert.deepEqual(matchKinds('app/auth.py', `jwt_secret = "${joined('a_very', '_important', '_secret')}"`), []);
  });

  it('read a value of a Secret\'s `data:` that is not base64 as a stand-in the API server refuses', () => {
    const head = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: panel\ntype: Opaque\n';
    assert.deepEqual(matchKinds('kubernetes/panel/secret.yml', `${head}data:\n  DB_PASSWORD: ${joined('some-base-', '64-encoded-', 'password')}\n  REDIS_PASSWORD: ${weak}`), []);
    // Base64 there is the value; `stringData:` holds it as text; a ConfigMap's `data:` after the Secret is plain text.
    const encoded = Buffer.from(weak).toString('base64');
    assert.deepEqual(matchKinds('kubernetes/panel/secret.yml', `${head}data:\n  DB_PASSWORD: ${encoded}`), ['kubernetes-secret@7']);
    assert.deepEqual(matchKinds('kubernetes/panel/secret.yml', `${head}stringData:\n  DB_PASSWORD: ${weak}`), ['kubernetes-secret@7']);
    const configMap = `${head}data:\n  DB_PASSWORD: ${encoded}\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  DB_PASSWORD: ${weak}`;
    assert.deepEqual(matchKinds('kubernetes/panel/all.yml', configMap), ['kubernetes-secret@7', 'password@12']);
  });

  it('read a name of several words set as an environment variable in deployed configuration as the secret', () => {
    const phrase = joined('super', '-duper-', 'secret');
    assert.deepEqual(matchKinds('group_vars/server.yaml', `      - DRONE_RPC_SECRET=${phrase}\n      - "APP_SECRET=${joined('my', '_app', '_phrase')}"`), ['secret@1', 'secret@2']);
    assert.deepEqual(matchKinds('.env', `DRONE_RPC_SECRET=${phrase}`), ['secret@1']);
    // An example copy, a script, a Secret's name in YAML, a lone credential word and an access key's id: as before.
    assert.deepEqual(matchKinds('.env.example', `DRONE_RPC_SECRET=${phrase}`), []);
    assert.deepEqual(matchKinds('deploy.sh', `export DRONE_RPC_SECRET=${phrase}`), []);
    assert.deepEqual(matchKinds('docker/Dockerfile', `RUN DEBUG=False SECRET_KEY=${joined('build', '-key')} ./manage.py collectstatic --noinput`), []);
    assert.deepEqual(matchKinds('.env', `DRONE_RPC_SECRET=${phrase} # shared with the runners`), ['secret@1']);
    assert.deepEqual(matchKinds('values.yaml', `  RPC_SECRET: ${phrase}`), []);
    assert.deepEqual(matchKinds('group_vars/server.yaml', '      - SECRET_KEY=secret\n      - MINIO_ACCESS_KEY=minio-admin-user'), []);
    // A word after the credential's names something about it; a sentence joined by underscores, an issuer's prefix before a typed filler: not values.
    assert.deepEqual(matchKinds('docker-compose.yml', `      - REGISTRY_AUTH_TOKEN_ISSUER=${joined('gitlab', '-issuer')}\n      - REGISTRY_AUTH_TOKEN_SERVICE=${joined('container', '_registry')}`), []);
    assert.deepEqual(matchKinds('src/main/resources/application.properties', `SPECIAL_K8S_SECRET = ${joined('this_is', '_not', '_cluster')}`), []);
    assert.deepEqual(matchKinds('.env', `APP_MCP_SECRET=${joined('if_you_see', '_this_please', '_call_the_endpoint')}\nTS_AUTHKEY=${joined('tskey', '-auth-', 'abc', '123')}`), []);
  });

  it('read text under a password digest\'s name that is no digest as a description of the value', () => {
    assert.deepEqual(matchKinds('docker/graylog/config/graylog.conf', `root_password_sha2 = ${joined('some-', 'password-', 'sha')}\nadmin_password_md5 = ${weak}`), []);
    const digest = joined('9f3a71c2', 'e84b0d56', '1ac7f29e', '63b48d0f', '5e27c91a', 'b06d4e83', 'f17a2c59', '84e0b3d6');
    assert.deepEqual(matchKinds('docker/graylog/config/graylog.conf', `root_password_sha2 = ${digest}`), ['password@1']);
  });
});
