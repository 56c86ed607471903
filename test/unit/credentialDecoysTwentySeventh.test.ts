import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of noise found by helper cred-decoys-27's held-out probe of ordinary code (docs/evaluation.md, "Twenty-fifth session: a
// held-out probe of noise in ordinary code"; test/eval/opsBatch/decoy-probe.sh). Every value here is made up and built from pieces.

const token = joined('t', 'K9x', 'Lm2', 'Pq7', 'Rz4', 'Wn8', 'Yb3');
const password = joined('Pä', 'ss9', '!xQ', 'wörd7');

describe('a word with accents is judged as the same word without them', () => {
  it('leaves out an inline translation\'s words under credential names in code', () => {
    const lines = [
      'export const de = {',
      '  password: "Kennwörter",',
      '  apiKey: "API-Schlüssel",',
      '  secret: "Geheimwörter",',
      '};',
      'const fr = { password: "Sécurité", apiKey: "Clé-API", token: "Jetón" };',
    ];
    assert.deepEqual(matchKinds('src/lang.ts', lines.join('\n')), []);
  });

  it('leaves out a translation catalog\'s label under a list of keys (the held-out probe\'s Rails locale)', () => {
    assert.deepEqual(matchKinds('shop/config/locales/de.yml', 'de:\n  api_keys:\n    secret: Geheimnis\n    key: Schlüssel\n'), []);
  });

  it('still reads a generated-looking value that holds accented letters', () => {
    assert.deepEqual(matchKinds('src/lang.ts', `const x = { password: "${password}" };`), ['password@1']);
  });
});

describe('a translation catalog\'s tree is not read for named values and key lists', () => {
  it('leaves out labels with punctuation in a catalog', () => {
    assert.deepEqual(matchKinds('src/locales/de.json', '[{"name": "password", "value": "Kennwort:"}]'), []);
    assert.deepEqual(matchKinds('config/locales/de.yml', "de:\n  api_keys:\n    key: 'Schlüssel!'\n"), []);
    assert.deepEqual(matchKinds('app/i18n/de.yml', "de:\n  credentials:\n    key: Zugangsdaten/Schlüssel\n"), []);
  });

  it('still reads them in a file that is not a catalog', () => {
    assert.deepEqual(matchKinds('config/apisix.yml', `consumers:\n  api_keys:\n    - key: ${token}\n`), ['api-key@3']);
    assert.deepEqual(matchKinds('deploy/env.json', `[{"name": "password", "value": "${password}"}]`), ['password@1']);
  });
});

describe('a name that opens with `storage key` is where a record is kept', () => {
  it('leaves out a column or an entry\'s name under storage_key in configuration', () => {
    assert.deepEqual(matchKinds('cms/config/auth.php', "<?php return ['api' => ['driver' => 'token', 'input_key' => 'api_token', 'storage_key' => 'api_token']];"), []);
    assert.deepEqual(matchKinds('.env', 'STORAGE_KEY=app_state'), []);
  });

  it('still reads a generated value under STORAGE_KEY in deployed configuration, and a provider\'s storage key', () => {
    assert.deepEqual(matchKinds('.env', `STORAGE_KEY=${token}`), ['api-key@1']);
    assert.deepEqual(matchKinds('.env', `AZURE_STORAGE_KEY=${token}`), ['api-key@1']);
    assert.deepEqual(matchKinds('config/app.php', `<?php return ['azure_storage_key' => 'api_token'];`), ['api-key@1']);
  });
});
