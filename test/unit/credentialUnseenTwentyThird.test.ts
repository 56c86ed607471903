import * as assert from 'node:assert/strict';
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
});
