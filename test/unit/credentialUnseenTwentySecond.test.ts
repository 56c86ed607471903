import * as assert from 'node:assert/strict';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of an Arduino WiFi library, a VPN server's setup scripts, a game server's container
// image, an identity provider's quickstarts with their realm files, and a PostgreSQL high-availability tool with its
// acceptance suite (docs/evaluation.md, twenty-second session, helper cred-unseen-22). Every value here is made up and built
// from pieces, so that none reads as a key in the source.

/** A weak password of a made-up user, as a quickstart's realm gives its users. */
const weak = joined('tr', 'ud', 'y', '2020');

describe('credentials in the twenty-second batch of unseen histories', () => {
  it('read a Keycloak credential written over lines as the one-line form is read', () => {
    const realm = (value: string) => `{\n  "users" : [ {\n    "username" : "trudy",\n    "credentials" : [\n      { "type" : "password",\n        "value" : "${value}" }\n    ]\n  } ]\n}\n`;
    assert.deepEqual(matchKinds('config/realm-import.json', realm(weak)), ['keycloak-credential@6']);
    // The exporter's spacing, `"temporary"` after the value, a compact file.
    assert.deepEqual(matchKinds('keycloak/realm.json', `"credentials": [\n  {\n    "type": "password",\n    "value": "${weak}",\n    "temporary": false\n  }\n]\n`), ['keycloak-credential@4']);
    assert.deepEqual(matchKinds('realm.json', `[{"type":"password",\n"value":"${weak}"}]\n`), ['keycloak-credential@2']);
    // On one line, as before.
    assert.deepEqual(matchKinds('realm.json', `{ "type": "password", "value": "${weak}" }\n`), ['keycloak-credential@1']);
    // Empty, a template's variable: no value. Another type's value, a value too far after the type, a YAML file: not this credential.
    assert.deepEqual(matchKinds('realm.json', '{ "type" : "password",\n  "value" : "" }\n{ "type" : "password",\n  "value" : "${KC_USER_PASSWORD}" }\n'), []);
    assert.deepEqual(matchKinds('realm.json', `{ "type" : "otp",\n  "value" : "${weak}" }\n`), []);
    assert.deepEqual(matchKinds('realm.json', `{ "type" : "password",\n  "a" : 1,\n  "b" : 2,\n  "c" : 3,\n  "value" : "${weak}" }\n`), []);
    assert.deepEqual(matchKinds('form.yaml', `- type: password\n  value: ${weak}\n`), []);
  });

  it('read a web analytics property\'s id as no token', () => {
    const ua = joined('UA-', '8620', '3452', '-1');
    assert.deepEqual(matchKinds('book.json', `{\n  "pluginsConfig": {\n    "ga": {\n      "token": "${ua}"\n    }\n  }\n}\n`), []);
    assert.deepEqual(matchKinds('_config.yml', `google_analytics_key: ${joined('G-', 'Q7RTZP', '2WLM')}\n`), []);
    // A token that only begins with the same letters is still a token.
    assert.deepEqual(matchKinds('book.json', `{ "token": "${joined('UA-', 'q7RtZp2w', 'Lm9xVb4k', 'Hs8dNc3f')}" }\n`), ['token@1']);
  });

  it('read a behaviour-driven suite\'s files as tests', () => {
    assert.equal(contextOfPath('features/environment.py'), 'test');
    assert.equal(contextOfPath('features/steps/cluster.py'), 'test');
    assert.equal(contextOfPath('features/step_definitions/login_steps.rb'), 'test');
    assert.equal(contextOfPath('features/support/env.rb'), 'test');
    assert.equal(contextOfPath('acceptance/login.feature'), 'test');
    // A front end's features are its own code.
    assert.equal(contextOfPath('src/features/auth/api.ts'), 'code');
    assert.equal(contextOfPath('src/features/environment.ts'), 'code');
  });
});
