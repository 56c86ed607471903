import * as assert from 'node:assert/strict';
import { scanCredentials, type CredentialScanResult } from '../../src/core/detect/credentials';
import { goRegex, parseIgnore, repositoryRules } from '../../src/core/detect/credentials/gitleaksConfig';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { parseToml, TomlError } from '../../src/core/detect/credentials/tomlSubset';
import type { CredentialFinding } from '../../src/core/detect/detectionTypes';
import { GitRunner } from '../../src/core/git/gitRunner';
import { LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';

const CONFIG = `
title = "corp gitleaks config"
[extend]
useDefault = true

# The company's own token format.
[[rules]]
id = "corp-service-token"
description = "Corp internal service token"
regex = '''(?i)\\b(corp_[a-z0-9]{24})\\b'''
secretGroup = 1
keywords = ["corp_"]
tags = ["internal", "token"]

[[rules]]
id = "corp-db-url"
description = "Corp database URL password"
regex = """dbpass=([A-Za-z0-9]{12,})"""
path = '''\\.cfg$'''
  [rules.allowlist]
  stopwords = ["sandbox"]

[allowlist]
description = "fixtures and known test values"
paths = [
  '''^fixtures/''',
  "(^|/)third_party/",
]
regexes = ['''^KNOWN[A-Z0-9]+$''']
stopwords = ["notsecret"]
`;

function matches(path: string, text: string, config: string): string[] {
  const found: SecretMatch[] = [];
  matchText(path, text, (m) => found.push(m), repositoryRules(config, undefined).rules);
  return found.map((m) => `${m.kind}@${m.line}`);
}

describe('gitleaks configuration of the scanned repository', () => {
  it('reads the TOML gitleaks configurations are written in, and says where it is wrong', () => {
    const table = parseToml(CONFIG);
    const rules = table.rules as Record<string, unknown>[];
    assert.equal(rules.length, 2);
    assert.equal(rules[0]?.regex, '(?i)\\b(corp_[a-z0-9]{24})\\b');
    assert.deepEqual(rules[0]?.keywords, ['corp_']);
    assert.deepEqual((rules[1]?.allowlist as Record<string, unknown>).stopwords, ['sandbox']);
    assert.deepEqual((table.allowlist as Record<string, unknown>).paths, ['^fixtures/', '(^|/)third_party/']);
    assert.deepEqual(parseToml('a = "x\\ty\\u00e9"\nb = [1, 2,\n  3,]\nc = { d = true }\n[[t.u]]\nv = 1\n[[t.u]]\nv = 2'), { a: 'x\ty\u00e9', b: [1, 2, 3], c: { d: true }, t: { u: [{ v: 1 }, { v: 2 }] } });
    assert.throws(() => parseToml('a = 1\nb = "open\n'), (err: unknown) => err instanceof TomlError && err.line === 2);
    assert.throws(() => parseToml('a = 1\na = 2'), /line 2: "a" is defined twice/);
    assert.throws(() => parseToml('when = 2024-01-01'), /dates and times are not supported/);
  });

  it('turns Go patterns into JavaScript ones', () => {
    assert.ok(goRegex('(?i)secret_(?P<v>[a-z]+)\\z', false).test('SECRET_abc'));
    assert.equal(goRegex('(?i)x', false).flags, 'i');
    assert.ok(goRegex('[[:alnum:]]{3}', false).test('a1B'));
  });

  it('adds the repository rules, with their secret group, keywords, path and allowlists', () => {
    const token = `corp_${randomText(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    assert.deepEqual(matches('svc/app.ts', `const t = "${token}";`, CONFIG), ['corp-service-token@1']);
    assert.deepEqual(matches('svc/app.ts', `const t = "${token}";`, ''), []);
    const db = randomText(16);
    assert.deepEqual(matches('etc/db.cfg', `dbpass=${db}`, CONFIG), ['corp-db-url@1']);
    assert.deepEqual(matches('etc/db.txt', `dbpass=${db}`, CONFIG), [], 'path of the rule');
    assert.deepEqual(matches('etc/db.cfg', `dbpass=sandbox${db}`, CONFIG), [], 'stopword of the rule');
  });

  it('suppresses by the global allowlist: paths, regexes (on the secret) and stopwords', () => {
    const password = `${randomText(10)}#4a`;
    assert.deepEqual(matches('fixtures/.env', `DB_PASSWORD=${password}`, CONFIG), []);
    assert.deepEqual(matches('lib/third_party/.env', `DB_PASSWORD=${password}`, CONFIG), []);
    assert.deepEqual(matches('app/.env', `DB_PASSWORD=${password}`, CONFIG), ['password@1']);
    assert.deepEqual(matches('app/.env', `DB_PASSWORD=KNOWN${randomText(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`, CONFIG), []);
    assert.deepEqual(matches('app/.env', `DB_PASSWORD=${randomText(8)}notsecret`, CONFIG), []);
  });

  it('reads .gitleaksignore fingerprints with and without the commit, under gitleaks rule ids too', () => {
    const finding = { path: 'a/b:c.env', line: 3, kind: 'token', firstCommit: 'f'.repeat(40) } as CredentialFinding;
    assert.ok(parseIgnore(`# comment\n${'f'.repeat(40)}:a/b:c.env:token:3`)[0]?.matches(finding));
    assert.ok(parseIgnore('a/b:c.env:generic-api-key:3')[0]?.matches(finding));
    assert.ok(!parseIgnore('a/b:c.env:generic-api-key:4')[0]?.matches(finding));
    assert.ok(!parseIgnore(`${'e'.repeat(40)}:a/b:c.env:token:3`)[0]?.matches(finding));
  });

  it('changes a history scan as gitleaks would: a custom rule adds, the allowlist and .gitleaksignore take away, all read from HEAD through git', async () => {
    const repo = FixtureRepo.init();
    try {
      const token = `corp_${randomText(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
      repo.write('svc/client.ts', `export const SERVICE = "${token}";\n`);
      repo.write('fixtures/.env', `DB_PASSWORD=${randomText(12)}#1\n`);
      repo.write('app/.env', `API_TOKEN=${randomText(32)}\nDB_PASSWORD=${randomText(12)}#2\n`);
      repo.commit('Service config', LEAVER, '2025-01-10T09:00:00Z');
      const scan = (): Promise<CredentialScanResult> => scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
      const rows = (r: CredentialScanResult) => r.findings.map((f) => `${f.kind} ${f.path}:${f.line}`).sort();

      const before = await scan();
      assert.deepEqual(rows(before), ['password app/.env:2', 'password fixtures/.env:1', 'token app/.env:1']);

      const tokenRow = before.findings.find((f) => f.kind === 'token') as CredentialFinding;
      repo.write('.gitleaks.toml', CONFIG);
      repo.write('.gitleaksignore', `${tokenRow.firstCommit}:app/.env:generic-api-key:1\n`);
      repo.commit('gitleaks config', LEAVER, '2025-01-11T09:00:00Z');
      // The work tree is not what counts: only HEAD's committed files are.
      repo.write('.gitleaks.toml', '');
      const after = await scan();
      assert.deepEqual(rows(after), ['corp-service-token svc/client.ts:1', 'password app/.env:2']);
      assert.deepEqual(after.notes.filter((n) => n.includes('gitleaks')), []);
    } finally {
      repo.dispose();
    }
  });

  it('notes a configuration it cannot use instead of failing', () => {
    const broken = repositoryRules('[[rules]]\nid = "x"\nregex = "(unclosed"\n[[rules]]\nid = "y"\npath = "a"\n', undefined);
    assert.equal(broken.rules.custom.length, 0);
    assert.equal(broken.notes.length, 2);
    assert.match(repositoryRules('a = "', undefined).notes[0] ?? '', /\.gitleaks\.toml was not used: line 1/);
  });
});
