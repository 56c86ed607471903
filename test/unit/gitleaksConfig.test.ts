import * as assert from 'node:assert/strict';
import { scanCredentials, type CredentialScanResult } from '../../src/core/detect/credentials';
import { GITLEAKS_IDS, goRegex, kindsOfGitleaksId, parseIgnore, repositoryRules } from '../../src/core/detect/credentials/gitleaksConfig';
import { ruleById } from '../../src/core/detect/credentials/ruleTable';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { parseToml, TomlError } from '../../src/core/detect/credentials/tomlSubset';
import type { CredentialFinding } from '../../src/core/detect/detectionTypes';
import { GitRunner } from '../../src/core/git/gitRunner';
import { LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

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

describe('gitleaks configuration of the scanned repository', function () {
  this.timeout(30_000);
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

  it('applies allowlists aimed at one rule: [[allowlists]] targetRules, and a [[rules]] entry that extends a default rule by id', () => {
    const config = `[extend]
useDefault = true

# Extends the allowlist of gitleaks' generic rule (no regex: the default rule's own).
[[rules]]
id = "generic-api-key"
[[rules.allowlists]]
paths = ['''^seeds/''']

[[allowlists]]
targetRules = ["github-pat"]
regexTarget = "line"
regexes = ['''READ_ONLY_GITHUB_TOKEN''']
`;
    const password = `${randomText(12)}#7`;
    const ghp = ['gh', 'p_', randomText(36)].join('');
    assert.deepEqual(matches('seeds/.env', `DB_PASSWORD=${password}`, config), [], 'generic rule allowlisted under seeds/');
    assert.deepEqual(matches('app/.env', `DB_PASSWORD=${password}`, config), ['password@1'], 'elsewhere it stands');
    assert.deepEqual(matches('seeds/.env', `T=${ghp}`, config), ['github-token@1'], 'another rule is not allowlisted by the path');
    assert.deepEqual(matches('ci.env', `READ_ONLY_GITHUB_TOKEN=${ghp}`, config), [], 'targeted line regex');
    assert.deepEqual(matches('ci.env', `DEPLOY_GITHUB_TOKEN=${ghp}`, config), ['github-token@1']);
    // A targeted allowlist is not a global one: it does not keep a whole path out of other rules.
    assert.equal(repositoryRules(config, undefined).rules.skipPath, undefined);
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
      assert.deepEqual(englishNotes(after.notes).filter((n) => n.includes('gitleaks')), []);
    } finally {
      repo.dispose();
    }
  });

  it('notes a configuration it cannot use instead of failing', () => {
    const broken = repositoryRules('[extend]\nuseDefault = true\n[[rules]]\nid = "x"\nregex = "(unclosed"\n[[rules]]\nid = "y"\npath = "(a"\n', undefined);
    assert.equal(broken.rules.custom.length, 0);
    assert.deepEqual(broken.rules.options.pathRules, []);
    assert.equal(broken.notes.length, 2);
    assert.deepEqual(broken.notes[1], { key: 'note.gitleaks.badRulePathPattern', params: { rule: 'y' } });
    assert.match(englishNotes(broken.notes)[1] ?? '', /rule "y": its path pattern is not a valid/);
    assert.match(englishNotes(repositoryRules('a = "', undefined).notes)[0] ?? '', /\.gitleaks\.toml was not used: line 1/);
    assert.match(englishNotes(repositoryRules('[extend]\nuseDefault = true\ndisabledRules = ["no-such-rule"]', undefined).notes)[0] ?? '', /"no-such-rule" names no rule of this scan/);
  });

  it('maps the gitleaks ids of disabledRules to the kinds of this scan', () => {
    assert.deepEqual(kindsOfGitleaksId('aws-access-token'), ['aws-access-key-id']);
    assert.deepEqual(kindsOfGitleaksId('github-pat').sort(), ['github-classic-token', 'github-token']);
    assert.deepEqual(kindsOfGitleaksId('slack-bot-token'), ['slack-token']);
    assert.deepEqual(kindsOfGitleaksId('private-key').sort(), ['gcp-service-account-key', 'openssh-private-key', 'pgp-private-key', 'private-key']);
    assert.deepEqual(kindsOfGitleaksId('generic-api-key').sort(), ['api-key', 'aws-secret-access-key', 'password', 'secret', 'token']);
    assert.deepEqual(kindsOfGitleaksId('jwt'), ['jwt'], 'an id both tools share');
    assert.deepEqual(kindsOfGitleaksId('corp-rule'), []);
    // Every kind named in the table is a rule of this scan.
    for (const [id, kinds] of Object.entries(GITLEAKS_IDS)) for (const kind of kinds) assert.ok(ruleById(kind), `${id} → ${kind}`);
  });

  it('reports a path-only rule once per file path, with no value, as gitleaks reports the file', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('.gitleaks.toml', '[extend]\nuseDefault = true\n\n[[rules]]\nid = "vault-export"\ndescription = "Exported vault file"\npath = \'\'\'(^|/)[^/]+\\.vault-export$\'\'\'\n[[rules.allowlists]]\npaths = [\'\'\'^samples/\'\'\']\n');
      repo.write('ops/prod.vault-export', 'opaque one\n');
      repo.write('samples/demo.vault-export', 'opaque demo\n');
      repo.write('ops/readme.txt', 'nothing here\n');
      repo.commit('Vault export', LEAVER, '2025-02-01T09:00:00Z');
      // Changed in place and copied: still one finding per path.
      repo.write('ops/prod.vault-export', 'opaque two\n');
      repo.write('backup/prod.vault-export', 'opaque two\n');
      repo.commit('Refresh the export', LEAVER, '2025-02-02T09:00:00Z');
      repo.remove('backup/prod.vault-export');
      repo.commit('Drop the copy', LEAVER, '2025-02-03T09:00:00Z');
      const result = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
      const rows = result.findings.map((f) => `${f.kind} ${f.path}:${f.line} ${f.inHead ? 'at HEAD' : 'removed'}`).sort();
      assert.deepEqual(rows, ['vault-export backup/prod.vault-export:1 removed', 'vault-export ops/prod.vault-export:1 at HEAD']);
      assert.ok(!JSON.stringify(result).includes('opaque'), 'no content of the file in the result');
      // The cache holds the rows too: a second run reads nothing new and gives the same rows.
      const again = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, previous: result.state });
      assert.equal(again.commitsRead, 0);
      assert.deepEqual(again.findings.map((f) => f.fingerprint).sort(), result.findings.map((f) => f.fingerprint).sort());
    } finally {
      repo.dispose();
    }
  });

  it('follows [extend]: disabledRules turns built-in rules off by gitleaks id, rules without [extend] replace the built-in ones', async () => {
    const repo = FixtureRepo.init();
    try {
      const ghp = ['gh', 'p_', randomText(36)].join('');
      const keyId = `AKIA${randomText(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
      const corp = `corp_${randomText(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
      repo.write('deploy.sh', `export GITHUB_TOKEN_RO=${ghp}\nexport AWS_ACCESS_KEY_ID=${keyId}\n`);
      repo.write('app/.env', `DB_PASSWORD=${randomText(12)}#2\nAPI_TOKEN=${randomText(32)}\n`);
      repo.write('svc/client.ts', `export const SERVICE = "${corp}";\n`);
      repo.commit('Config', LEAVER, '2025-01-10T09:00:00Z');
      const scan = (): Promise<CredentialScanResult> => scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
      const kinds = (r: CredentialScanResult) => r.findings.map((f) => f.kind).sort();
      assert.deepEqual(kinds(await scan()), ['aws-access-key-id', 'github-token', 'password', 'token']);

      repo.write('.gitleaks.toml', '[extend]\nuseDefault = true\ndisabledRules = ["generic-api-key", "aws-access-token"]\n');
      repo.commit('gitleaks: no generic rule', LEAVER, '2025-01-11T09:00:00Z');
      const disabled = await scan();
      assert.deepEqual(kinds(disabled), ['github-token']);
      assert.deepEqual(englishNotes(disabled.notes).filter((n) => n.includes('gitleaks')), []);

      // Rules of its own and no [extend]: gitleaks uses those rules alone, and so does the scan (with a note).
      repo.write('.gitleaks.toml', CONFIG.replace(/\[extend\]\nuseDefault = true\n/, ''));
      repo.commit('gitleaks: own rules only', LEAVER, '2025-01-12T09:00:00Z');
      const own = await scan();
      assert.deepEqual(kinds(own), ['corp-service-token']);
      assert.ok(englishNotes(own.notes).some((n) => /only its rules are used/.test(n)), englishNotes(own.notes).join('\n'));

      // An allowlist alone: gitleaks would find nothing; the scan keeps its rules and says so.
      repo.write('.gitleaks.toml', '[allowlist]\npaths = [\'\'\'^app/\'\'\']\n');
      repo.commit('gitleaks: allowlist only', LEAVER, '2025-01-13T09:00:00Z');
      const allowOnly = await scan();
      assert.deepEqual(kinds(allowOnly), ['aws-access-key-id', 'github-token']);
      assert.ok(englishNotes(allowOnly.notes).some((n) => /keeps its built-in rules/.test(n)), englishNotes(allowOnly.notes).join('\n'));
    } finally {
      repo.dispose();
    }
  });
});
