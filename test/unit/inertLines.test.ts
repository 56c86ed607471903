// A matcher does not read again a line it read before, in its first state, without a finding (fileMatcher.ts,
// inertLines). Values are made up at run time.
import * as assert from 'node:assert/strict';
import { CARRIED_FIELDS, FileMatcher, FIXED_FIELDS, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { randomText } from '../fixtures/credentialCorpus';

function lines(matcher: FileMatcher, texts: readonly string[], first = 2): SecretMatch[] {
  const found: SecretMatch[] = [];
  texts.forEach((text, i) => matcher.push(text, first + i, (match) => found.push(match)));
  return found;
}

describe('lines a matcher knows leave it as it was', () => {
  it('names every field of a matcher as carried from line to line or fixed for the file', () => {
    const known = new Set<string>([...CARRIED_FIELDS, ...FIXED_FIELDS]);
    for (const path of ['deploy/app.yml', 'src/app.py', 'db/dump.sql', 'users.csv', 'fix.patch', '.pgpass']) {
      const matcher = new FileMatcher(path);
      lines(matcher, ['- name: DB_PASSWORD', `  value: ${randomText(16)}`, 'kind: Secret', 'data:']);
      const fields = Object.keys(matcher);
      assert.deepEqual(fields.filter((f) => !known.has(f)), [], `${path}: a field that is neither`);
      assert.deepEqual([...known].filter((f) => !fields.includes(f)), [], `${path}: a named field it lacks`);
    }
  });

  it('is in its first state as made, and not once any carried field changed', () => {
    const fresh = () => new FileMatcher('deploy/app.yml');
    assert.equal(fresh().inFirstState(), true);
    for (const field of CARRIED_FIELDS) {
      const matcher = fresh() as unknown as Record<string, unknown> & { inFirstState(): boolean };
      const now = matcher[field];
      // Another value of the field's kind: a number moved, a flag turned, an object where there was none.
      matcher[field] = typeof now === 'number' ? now + 7 : typeof now === 'boolean' ? !now : { changed: true };
      assert.equal(matcher.inFirstState(), false, field);
    }
  });

  it('reads a line it knew as inert again when the lines before it changed what it means', () => {
    const value = randomText(20);
    const path = `deploy/${randomText(8)}.yml`;
    // In its first state the line is a setting's value: nothing (and it is remembered so).
    assert.deepEqual(lines(new FileMatcher(path), [`  value: ${value}`]), []);
    assert.deepEqual(lines(new FileMatcher(path), [`  value: ${value}`]), [], 'the same again');
    // After a credential's name on the line before, the same line holds its value.
    const named = lines(new FileMatcher(path), ['- name: DB_PASSWORD', `  value: ${value}`]);
    assert.deepEqual(named.map((m) => [m.line, m.value === value]), [[3, true]]);
  });

  it('never takes a line that found something for one it can skip', () => {
    const value = randomText(20);
    const path = `deploy/${randomText(8)}.env`;
    for (let round = 0; round < 3; round++) assert.equal(lines(new FileMatcher(path), [`DB_PASSWORD=${value}`]).length, 1, `round ${round}`);
  });
});
