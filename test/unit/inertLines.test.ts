// A matcher does not read again a line it read before, in its first state, without a finding (fileMatcher.ts,
// inertLines). Values are made up at run time.
import * as assert from 'node:assert/strict';
import { CARRIED_FIELDS, FileMatcher, FIXED_FIELDS, profileFor, readingOf, rulesNamePaths, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { DEFAULT_RULES, RuleSet } from '../../src/core/detect/credentials/ruleEngine';
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

describe('lines known as inert, shared between paths read alike', () => {
  it('gives pages of one site in other folders one reading, and another extension or context another', () => {
    const reading = (path: string) => readingOf(profileFor(path));
    assert.equal(reading('site/v1.2/admin/users.html'), reading('site/v1.3/metrics.html'));
    assert.notEqual(reading('site/v1.2/users.html'), reading('site/v1.2/users.htm'));
    assert.notEqual(reading('deploy/app.yml'), reading('test/fixtures/app.yml'), 'a test folder is another context');
    assert.notEqual(reading('views/config.erb'), reading('views/config.conf'));
  });

  it('still finds a line in a file read otherwise after another file knew it as inert', () => {
    const value = randomText(18);
    const line = `db_password = ${value}`;
    // In Python a bare word after `=` is a variable: nothing, and the line is remembered so for Python files.
    assert.deepEqual(lines(new FileMatcher(`src/${randomText(6)}.py`), [line]), []);
    assert.deepEqual(lines(new FileMatcher(`lib/${randomText(6)}.py`), [line]), []);
    // In a configuration file the same line is a password.
    assert.deepEqual(lines(new FileMatcher(`deploy/${randomText(6)}.conf`), [line]).map((m) => m.value === value), [true]);
    // The same rules apply to an example in the docs and to deployed configuration, but not the same reading: a value
    // spelled from its key is a stand-in in the one and a weak password to rotate in the other.
    const weak = 'POSTGRES_PASSWORD=postgres';
    assert.deepEqual(lines(new FileMatcher(`docs/${randomText(6)}/app.env`), [weak]), []);
    assert.deepEqual(lines(new FileMatcher(`docs/${randomText(6)}/app.env`), [weak]), []);
    assert.deepEqual(lines(new FileMatcher(`deploy/${randomText(6)}/app.env`), [weak]).map((m) => m.value), ['postgres']);
  });

  it('tells a CI pipeline from another file the rules read alike but for what its folder makes of it', () => {
    // A value that only names its credential is a stand-in in CI settings, a weak password in a test's configuration; no
    // rule's file pattern names `.semaphore/`, so the same rules apply to both and only the profile's field tells them apart.
    const line = 'smtp_password: smtp-password';
    assert.deepEqual(lines(new FileMatcher('.semaphore/config.yml'), [line]), []);
    assert.deepEqual(lines(new FileMatcher('.semaphore/config.yml'), [line]), []);
    assert.deepEqual(lines(new FileMatcher(`test/${randomText(6)}/config.yml`), [line]).map((m) => m.value), ['smtp-password']);
  });

  it('keeps each path to itself when the repository has rules that name paths', () => {
    assert.equal(rulesNamePaths(DEFAULT_RULES), false);
    assert.equal(rulesNamePaths(new RuleSet([], undefined, (path) => path.startsWith('vendor/'))), true);
    assert.equal(rulesNamePaths(new RuleSet([], (value) => value === 'x')), true);
    assert.equal(rulesNamePaths(new RuleSet([], undefined, undefined, { allowKind: () => false })), true);
  });
});
