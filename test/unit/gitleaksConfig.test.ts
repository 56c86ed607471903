import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanCredentials, type CredentialScanResult } from '../../src/core/detect/credentials';
import { GITLEAKS_IDS, GitleaksConfigError, goRegex, kindsOfGitleaksId, parseIgnore, repositoryRules } from '../../src/core/detect/credentials/gitleaksConfig';
import { translator } from '../../src/core/i18n/translator';
import { ruleById } from '../../src/core/detect/credentials/ruleTable';
import { parseToml, TomlError } from '../../src/core/detect/credentials/tomlSubset';
import { matchKinds } from './helpers';
import type { CredentialFinding } from '../../src/core/detect/detectionTypes';
import { GitRunner } from '../../src/core/git/gitRunner';
import { LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { englishNotes, MINIMAL } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

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
  return matchKinds(path, text, repositoryRules(config, undefined).rules);
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
    assert.throws(() => parseToml('[extend]\nuseDefault = tru\n'), (err: unknown) => err instanceof TomlError && err.line === 2 && err.column === 14 && err.problem === 'expectedValue');
    assert.throws(() => parseToml('a = 1\na = 2'), /line 2, column 1: "a" is defined twice/);
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
    // Outside the rule's path only the built-in reading of the name (`dbpass`: a password) finds the value.
    assert.deepEqual(matches('etc/db.txt', `dbpass=${db}`, CONFIG), ['password@1'], 'path of the rule');
    // The rule's stopword keeps the value out of that rule only; the built-in reading of `dbpass` is another rule.
    assert.deepEqual(matches('etc/db.cfg', `dbpass=sandbox${db}`, CONFIG), ['password@1'], 'stopword of the rule');
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

  it('notes a rule it cannot use and keeps the rest', () => {
    const broken = repositoryRules('[extend]\nuseDefault = true\n[[rules]]\nid = "x"\nregex = "(unclosed"\n[[rules]]\nid = "y"\npath = "(a"\n', undefined);
    assert.equal(broken.rules.custom.length, 0);
    assert.deepEqual(broken.rules.options.pathRules, []);
    assert.equal(broken.notes.length, 2);
    assert.deepEqual(broken.notes[1], { key: 'note.gitleaks.badRulePathPattern', params: { rule: 'y' } });
    assert.match(englishNotes(broken.notes)[1] ?? '', /rule "y": its path pattern is not a valid/);
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
  describe('[extend] path, rules replacing built-in ones, and configurations that cannot be used', () => {
    const BASE = [
      '# the security team\'s base configuration',
      '[extend]',
      'useDefault = true',
      '',
      '[[rules]]',
      'id = "corp-service-token"',
      "regex = '''\\b(corp_[a-z0-9]{24})\\b'''",
      'keywords = ["corp_"]',
      '',
      '[[rules]]',
      'id = "corp-legacy-key"',
      "regex = '''\\b(legacy_[a-z0-9]{20})\\b'''",
      'keywords = ["legacy_"]',
      '',
      '[[allowlists]]',
      "paths = ['''^fixtures/''']",
      '',
    ].join('\n');
    const corp = () => `corp_${randomText(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const legacy = () => `legacy_${randomText(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const kindsIn = (rules: ReturnType<typeof repositoryRules>, path: string, text: string) => matchKinds(path, text, rules.rules).sort();
    const error = (run: () => unknown): GitleaksConfigError => {
      try {
        run();
      } catch (err) {
        if (err instanceof GitleaksConfigError) return err;
        throw err;
      }
      throw new assert.AssertionError({ message: 'no GitleaksConfigError' });
    };

    it('merges the base file as gitleaks does: its rules and allowlists, less disabledRules, with useDefault reaching through', () => {
      const bases = new Map([['security/gitleaks-base.toml', BASE]]);
      const config = '[extend]\npath = "./security/gitleaks-base.toml"\ndisabledRules = ["corp-legacy-key", "aws-access-token"]\n';
      const rules = repositoryRules(config, undefined, bases);
      assert.deepEqual(rules.notes, []);
      const text = `T=${corp()}\nL=${legacy()}\nexport AWS_ACCESS_KEY_ID=AKIA${randomText(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}\nDB_PASSWORD=${randomText(14)}#1\n`;
      // The base's rule and the built-in ones (the base uses the defaults); the disabled base rule and built-in rule are off.
      assert.deepEqual(kindsIn(rules, 'svc/app.env', text), ['corp-service-token@1', 'password@4']);
      assert.deepEqual(kindsIn(rules, 'fixtures/app.env', text), [], "the base's allowlist applies");
      // The base file is part of what identifies the rules (a cached scan with another base is not reused).
      assert.notEqual(repositoryRules(config, undefined, new Map([['security/gitleaks-base.toml', `${BASE}\n# changed\n`]])).fingerprint, rules.fingerprint);
      // Neither file asks for the defaults: only the rules of the two files run, as in gitleaks.
      const alone = repositoryRules('[extend]\npath = "security/gitleaks-base.toml"\n', undefined, new Map([['security/gitleaks-base.toml', BASE.replace('useDefault = true', 'useDefault = false')]]));
      assert.deepEqual(kindsIn(alone, 'svc/app.env', text), ['corp-legacy-key@2', 'corp-service-token@1']);
    });

    it('lets a rule of the extending file with a base rule\'s id take its fields, and adds its allowlist to the base rule\'s', () => {
      const bases = new Map([['security/gitleaks-base.toml', BASE]]);
      const config = ['[extend]', 'path = "security/gitleaks-base.toml"', '[[rules]]', 'id = "corp-service-token"', '[[rules.allowlists]]', "paths = ['''^svc/legacy/''']"].join('\n');
      const rules = repositoryRules(config, undefined, bases);
      const text = `T=${corp()}\n`;
      assert.deepEqual(kindsIn(rules, 'svc/app.env', text), ['corp-service-token@1']);
      assert.deepEqual(kindsIn(rules, 'svc/legacy/app.env', text), []);
    });

    it('replaces a built-in rule by a repository rule of the same id (ours or the gitleaks id mapped to ours)', () => {
      const text = `export GITHUB_TOKEN=${['gh', 'p_'].join('')}${randomText(36)}\nDB_PASSWORD=${randomText(14)}#1\nAPI_TOKEN=${randomText(32)}\n`;
      assert.deepEqual(kindsIn(repositoryRules('[extend]\nuseDefault = true\n', undefined), 'app.env', text), ['github-token@1', 'password@2', 'token@3']);
      // gitleaks' generic rule id, redefined: it replaces every built-in kind mapped to it; the others stay.
      const generic = repositoryRules(['[extend]', 'useDefault = true', '[[rules]]', 'id = "generic-api-key"', "regex = '''API_TOKEN=(\\w{32})'''"].join('\n'), undefined);
      assert.deepEqual(kindsIn(generic, 'app.env', text), ['generic-api-key@3', 'github-token@1']);
      // This scan's own id, redefined with a narrower pattern.
      const own = repositoryRules(['[extend]', 'useDefault = true', '[[rules]]', 'id = "password"', "regex = '''ADMIN_PASSWORD=(\\S+)'''"].join('\n'), undefined);
      assert.deepEqual(kindsIn(own, 'app.env', text), ['github-token@1', 'token@3']);
    });

    it('stops with the file, line and column when a configuration cannot be used, in both languages', () => {
      const zh = translator('zh-CN');
      const broken = error(() => repositoryRules('[extend]\nuseDefault = true\n[[rules]]\nid = "x"\nregex = "(a\n', undefined));
      assert.equal(broken.message, '.gitleaks.toml:5:12: the gitleaks configuration cannot be read: unterminated string. Fix the file at that commit; the scan stopped and nothing was written.');
      assert.match(broken.describe(zh), /^\.gitleaks\.toml:5:12：无法读取 gitleaks 配置：字符串未结束。/);

      const config = '# shared rules\n[extend]\n  path = "security/gitleaks-base.toml"\n';
      const missing = error(() => repositoryRules(config, undefined, new Map(), 'a'.repeat(40)));
      assert.match(missing.message, /^\.gitleaks\.toml:3:3: \[extend\] path "security\/gitleaks-base\.toml" names no file at commit aaaaaaaaaaaa /);
      assert.match(missing.describe(zh), /^\.gitleaks\.toml:3:3：\[extend\] path "security\/gitleaks-base\.toml" 在提交 aaaaaaaaaaaa 中不存在/);

      const badBase = error(() => repositoryRules(config, undefined, new Map([['security/gitleaks-base.toml', '[[rules]]\nid = "a"\nregex = \'\'\'x\'\'\'\nid = "b"\n']])));
      assert.match(badBase.message, /^security\/gitleaks-base\.toml:4:1: .*"id" is defined twice/);

      const loop = error(() => repositoryRules(config, undefined, new Map([['security/gitleaks-base.toml', '[extend]\npath = ".gitleaks.toml"\n']])));
      assert.match(loop.message, /^security\/gitleaks-base\.toml:2:1: \[extend\] path "\.gitleaks\.toml" comes back to a file already extended \(\.gitleaks\.toml → security\/gitleaks-base\.toml → \.gitleaks\.toml\)/);

      const chain = new Map(Array.from({ length: 6 }, (_, i) => [`c/${i}.toml`, `[extend]\npath = "c/${i + 1}.toml"\n`] as const));
      const deep = error(() => repositoryRules('[extend]\npath = "c/0.toml"\n', undefined, chain));
      assert.match(deep.message, /^c\/3\.toml:2:1: \[extend\] path "c\/4\.toml" goes deeper than 4 files/);

      assert.match(error(() => repositoryRules('[extend]\npath = "../other-repo/.gitleaks.toml"\n', undefined)).message, /^\.gitleaks\.toml:2:1: \[extend\] path "\.\.\/other-repo\/\.gitleaks\.toml" is outside the repository/);
      assert.match(error(() => repositoryRules('[extend]\npath = "/etc/gitleaks.toml"\n', undefined)).message, /is outside the repository/);
      assert.match(error(() => repositoryRules('[extend]\npath = 3\n', undefined)).message, /^\.gitleaks\.toml:2:1: \[extend\] path must be a string/);
    });

    it('reads the base file from the commit through git, and a broken chain stops the scan, the CLI writing nothing', async () => {
      const repo = FixtureRepo.init();
      try {
        const token = corp();
        repo.write('svc/app.env', `SERVICE_TOKEN_CORP=${token}\n`);
        repo.write('security/gitleaks-base.toml', BASE.replace('useDefault = true', 'useDefault = false'));
        repo.write('.gitleaks.toml', '[extend]\npath = "security/gitleaks-base.toml"\n');
        repo.commit('gitleaks with a base', LEAVER, '2025-03-01T09:00:00Z');
        const scan = (): Promise<CredentialScanResult> => scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
        assert.deepEqual((await scan()).findings.map((f) => f.kind), ['corp-service-token']);

        repo.remove('security/gitleaks-base.toml');
        repo.commit('base moved away', LEAVER, '2025-03-02T09:00:00Z');
        await assert.rejects(scan(), (err: unknown) => err instanceof GitleaksConfigError && /^\.gitleaks\.toml:2:1: \[extend\] path "security\/gitleaks-base\.toml" names no file at commit [0-9a-f]{12} /.test(err.message));

        const sarif = join(repo.dir, 'out.sarif');
        const cli = spawnSync(process.execPath, [CLI, 'detect', '--repo', repo.dir, '--person', LEAVER_SPEC.emails[0] as string, '--only', 'credentials', '--json', '--sarif', sarif, '--no-cache'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
        assert.notEqual(cli.status, 0);
        assert.equal(cli.stdout, '');
        assert.match(cli.stderr, /^Error: \.gitleaks\.toml:2:1: \[extend\] path "security\/gitleaks-base\.toml" names no file at commit/);
        assert.ok(!existsSync(sarif), 'no SARIF file');
        const zh = spawnSync(process.execPath, [CLI, 'detect', '--repo', repo.dir, '--person', LEAVER_SPEC.emails[0] as string, '--only', 'credentials', '--json', '--no-cache', '--lang', 'zh-CN'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
        assert.match(zh.stderr, /\.gitleaks\.toml:2:1：\[extend\] path "security\/gitleaks-base\.toml" 在提交 [0-9a-f]{12} 中不存在/);
        // The report is not written either.
        repo.write('HANDOVER.yaml', MINIMAL);
        const generate = spawnSync(process.execPath, [CLI, 'generate', '--repo', repo.dir, '--no-cache'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
        assert.notEqual(generate.status, 0);
        assert.match(generate.stderr, /\.gitleaks\.toml:2:1: \[extend\] path/);
        assert.ok(!existsSync(join(repo.dir, 'HANDOVER.md')), 'no report');
      } finally {
        repo.dispose();
      }
    });
  });
});
