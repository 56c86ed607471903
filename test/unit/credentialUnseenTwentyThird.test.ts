import * as assert from 'node:assert/strict';
import { matchText } from '../../src/core/detect/credentials/fileMatcher';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of an Ansible collection for network devices, a Kubernetes operator in Go
// with its CRDs and samples, a message broker's Kubernetes operator with its charts and CI, and a .NET web app with its
// appsettings and generated manifests (docs/evaluation.md, twenty-second session, helper cred-unseen-23). Every value
// here is made up and built from pieces, so that none reads as a key in the source.

/** A random value, as a Secret or a configuration would hold. */
const random = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k');

describe('credentials in the twenty-third batch of unseen histories', () => {
  it('read a file held whole in a Secret\'s stringData as that file, not as the Secret\'s entries', () => {
    const secret = (inner: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: alertmanager-main\ntype: Opaque\nstringData:\n  alertmanager.yaml: |-\n${inner}`;
    // An alerting route's regular expression under `match_re:` is no entry of the Secret.
    assert.deepEqual(matchKinds('observability/alertmanager/slack.yml', secret("    route:\n      routes:\n      - match_re:\n          rulesgroup: '^broker$|^broker-operator$'\n        receiver: slack\n")), []);
    // A credential in the embedded file is still found, by the rules that read that file's lines.
    assert.deepEqual(matchKinds('k8s/secret.yaml', secret(`    global:\n      smtp_auth_password: '${random}'\n`)), ['password@9']);
    // The entry after the file is the Secret's again.
    assert.deepEqual(matchKinds('k8s/secret.yaml', secret(`    route:\n      receiver: 'null'\n\n  api-token: ${random}\n`)), ['kubernetes-secret@11']);
  });

  it('read a camel-case name ending a quoted key\'s entry as a variable', () => {
    const template = (value: string) => `template: |\n  local adminPassword = admin[0].data['password'];\n  {\n    "username": adminUsername,\n    "password": ${value},\n    "dashboard_url": mgmtURI,\n  }\n`;
    assert.deepEqual(matchKinds('charts/cluster/bind.yaml', template('adminPassword')), []);
    assert.deepEqual(matchKinds('charts/cluster/bind.yaml', template('defaultUserPassword')), []);
    // Random letters in camel humps are a value still; so is a quoted value.
    assert.deepEqual(matchKinds('charts/cluster/bind.yaml', template(joined('xKm', 'PqL', 'zWv', 'Rt'))), ['password@5']);
    assert.deepEqual(matchKinds('charts/cluster/bind.yaml', template(`"${random}"`)), ['password@5']);
  });

  it('read a Vault KV path as where the secret is kept', () => {
    const path = joined('secret_', 'broker/kv/', 'Shared-Shared-Broker%2F', 'broker-ci/details');
    assert.deepEqual(matchKinds('.github/workflows/publish.yml', `    env:\n      # BROKER_CI_TOKEN: ${path}\n      BROKER_CI_PASSWORD: ${joined('secret/', 'data/', 'ci/registry')}\n`), []);
    // Random text with slashes is a value still.
    assert.deepEqual(matchKinds('.github/workflows/publish.yml', `    env:\n      BROKER_CI_TOKEN: ${joined('q7RtZp2w', '/Lm9xVb4k', 'Hs8dNc3f')}\n`), ['token@2']);
  });

  it('read an encoding\'s name before the credential\'s word as an ask', () => {
    const literals = (value: string) => `secretGenerator:\n  - name: broker\n    literals:\n      # format is:\n      # - erlang-cookie=${value}\n`;
    assert.deepEqual(matchKinds('manifests/kustomization.yaml', literals(joined('base64', 'cookie'))), []);
    assert.deepEqual(matchKinds('deploy/app.yaml', `db:\n  password: ${joined('base64', '-encoded-', 'password')}\n`), []);
    // A weak value of the credential's words stays one in deployed configuration.
    assert.deepEqual(matchKinds('manifests/kustomization.yaml', literals(joined('secret', 'cookie'))), ['erlang-cookie-setting@5']);
  });

  it('read the password inside a connection string that is a password variable\'s whole value', () => {
    const generated = joined('X9r$', 'T2p!', 'Qw');
    const literals = (value: string) => `secretGenerator:\n- name: postgres\n  literals:\n    - POSTGRES_PASSWORD=${value}\n`;
    const found = (path: string, text: string) => {
      const values: string[] = [];
      matchText(path, text, (m) => values.push(`${m.kind}@${m.line}:${m.value === generated ? 'inner' : 'other'}`));
      return values;
    };
    assert.deepEqual(found('deploy/postgres/kustomization.yml', literals(`Host=postgres;Port=5432;Username=postgres;Password=${generated};`)), ['password@4:inner']);
    assert.deepEqual(found('deploy/.env', `DB_PASSWORD=Server=db;Database=app;User Id=app;Password=${generated}\n`), ['password@1:inner']);
    // A password that only holds `=` and `;` is the password still.
    assert.deepEqual(found('deploy/.env', `DB_PASSWORD=${generated}\n`), ['password@1:inner']);
  });
});
