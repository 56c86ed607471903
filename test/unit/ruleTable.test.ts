import * as assert from 'node:assert/strict';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { CREDENTIAL_RULES, credentialKindName } from '../../src/core/detect/credentials/ruleTable';
import { reseedFor } from '../fixtures/credentialCorpus';
import { expandSample } from '../fixtures/sampleValues';

function matches(path: string, text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m));
  return found;
}

describe('credential rule table', () => {
  it('gives every rule a unique id, a name in both languages and keywords or a structure', () => {
    const ids = new Set<string>();
    for (const rule of CREDENTIAL_RULES) {
      assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.name.en.length > 5 && rule.name['zh-CN'].length > 1, rule.id);
      assert.notEqual(rule.name.en, rule.name['zh-CN'], rule.id);
      assert.equal(credentialKindName(rule.id, 'zh-CN'), rule.name['zh-CN']);
      if (rule.find === 'token' || rule.find === 'line') assert.ok(rule.pattern, `${rule.id} has no pattern`);
      if (rule.find === 'key') assert.ok(rule.keys, `${rule.id} has no keys`);
    }
    assert.equal(credentialKindName('custom-rule', 'zh-CN'), 'custom-rule');
  });

  for (const rule of CREDENTIAL_RULES) {
    if (rule.hits.length === 0 && rule.misses.length === 0) continue;
    it(`${rule.id}: finds every true sample on its slotted lines, and nothing in the false ones`, () => {
      // Each rule's values from a seed of its own: adding a rule elsewhere in the table does not change them.
      reseedFor(rule.id);
      for (const [path, template] of rule.hits) {
        const { text } = expandSample(template);
        // A key read across lines (a PEM or PuTTY block) is reported where it starts.
        const slotted = template.split('\n').flatMap((l, i) => (l.includes('«') ? [i + 1] : []));
        // Every block's first line (a sample may hold several keys, one after another).
        const blockStarts = rule.judge === 'structure' && rule.find === 'structure' ? template.split('\n').flatMap((l, i) => (/BEGIN [A-Z0-9 ]*PRIVATE KEY-----|PuTTY-User-Key-File-|BEGIN OpenVPN Static key V\d-----/.test(l) ? [i + 1] : [])) : [];
        const expected = blockStarts.length > 0 ? blockStarts : slotted;
        const found = matches(path, text);
        // Every slotted line holds a finding — of this rule, or of another one the sample needs (an AWS key id beside its secret).
        const ofRule = found.filter((m) => m.kind === rule.id).map((m) => m.line);
        const shown = () => `(found ${found.map((m) => `${m.kind}@${m.line}`).join(', ') || 'nothing'})`;
        assert.ok(ofRule.length > 0, `${rule.id} not found in ${path} ${shown()}`);
        for (const line of expected) assert.ok(found.some((m) => m.line === line), `nothing found in ${path}:${line}: ${template.split('\n')[line - 1]} ${shown()}`);
        const elsewhere = found.filter((m) => !expected.includes(m.line));
        assert.deepEqual(elsewhere.map((m) => `${m.kind}@${m.line}`), [], `${path}: findings on lines without a value`);
      }
      for (const [path, template] of rule.misses) {
        const { text } = expandSample(template);
        const found = matches(path, text);
        assert.deepEqual(found.map((m) => `${m.kind}@${m.line}: ${text.split('\n')[m.line - 1]}`), [], `${rule.id} false sample in ${path}`);
      }
    });
  }
});
