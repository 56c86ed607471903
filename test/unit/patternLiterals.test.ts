// A path is dismissed by a literal its pattern needs before the pattern runs (patternLiterals.ts), and a
// file's keyword index is made from the whole index's tables (KeywordIndex.leavingOut): both must answer
// exactly as what they stand for.
import * as assert from 'node:assert/strict';
import { KeywordIndex, type KeywordGroup } from '../../src/core/detect/credentials/keywordIndex';
import { lowerCaseGuard, requiredLiterals } from '../../src/core/detect/credentials/patternLiterals';
import { CREDENTIAL_RULES } from '../../src/core/detect/credentials/ruleTable';

describe('literals a file pattern needs', () => {
  it('reads the longest plain run of each alternative, escaped punctuation included', () => {
    assert.deepEqual(requiredLiterals(/(?:^|\/)[\w.-]*sasl[\w.-]*pwdb$/), ['sasl']);
    assert.deepEqual(requiredLiterals(/(?:^|\/)rclone\.conf$|(?:^|\/)\.config\/rclone\/[^/]+$/), ['rclone.conf', '.config/rclone/']);
    assert.deepEqual(requiredLiterals(/(?:^|\/)tac_plus[\w.-]*\.(?:conf|cfg)$/), ['tac_plus']);
  });

  it('leaves out what a quantifier makes optional or repeated, and what escapes, classes and groups stand for', () => {
    // `s?` may be absent: "secrets" is not needed, "secret" is.
    assert.deepEqual(requiredLiterals(/(?:^|\/)secrets?\/x$/), ['secret']);
    assert.deepEqual(requiredLiterals(/abc\.?def$/), ['abc']);
    assert.deepEqual(requiredLiterals(/abcd{2,3}ef$/), ['abc']);
    assert.deepEqual(requiredLiterals(/abc+?xyzw/), ['xyzw']);
    // Escapes of letters and digits are no plain text, and what they span is skipped: `\x41`, `\u0041`, `\k<n>`, `\1`.
    assert.deepEqual(requiredLiterals(/\x41bcd|\u0041bcd|(?<n>q)\k<n>wxyz|(a)\2abc/), ['bcd', 'bcd', 'wxyz', 'abc']);
    assert.deepEqual(requiredLiterals(/ab[cdef]gh\dijk/), ['ijk']);
    assert.deepEqual(requiredLiterals(/(?<!ldap)\.secret$/), ['.secret']);
    assert.deepEqual(requiredLiterals(/abc(?:def)?ghij/i), ['ghij']);
    assert.deepEqual(requiredLiterals(/ABCD/i), ['abcd'], 'case folded for a pattern that ignores it');
  });

  it('gives no guard when an alternative has no literal long enough, or a flag changes how the pattern is read', () => {
    for (const pattern of [/\.ya?ml$/, /a|bcdef/, /\.(?:sql|dump)$/, /(?:^|\/)(?:a|b)$/, /abcd/g, /abcd/y, /abcd/u, /ab{/]) {
      assert.equal(requiredLiterals(pattern), undefined, pattern.source);
    }
  });

  it('answers as the pattern on the rule table\'s sample paths, their names and the same names in other folders', () => {
    const patterns = CREDENTIAL_RULES.flatMap((r) => (r.files ? [new RegExp(r.files.source, r.files.flags.replace(/[gy]/g, ''))] : []));
    const guarded = patterns.filter((p) => requiredLiterals(p) !== undefined);
    assert.ok(guarded.length > 60, `${guarded.length} of ${patterns.length} patterns guarded`);
    const paths = new Set<string>();
    const folders = ['', 'etc/', 'secrets/', 'a.b/c_d/', 'deploy/grub.d/', 'x/.ssh/', 'roles/app/templates/', 'docs/examples/'];
    for (const rule of CREDENTIAL_RULES) {
      for (const [path] of [...rule.hits, ...rule.misses]) {
        const lower = path.toLowerCase();
        const name = lower.slice(lower.lastIndexOf('/') + 1);
        paths.add(lower);
        for (const folder of folders) paths.add(`${folder}${name}`);
      }
    }
    let matched = 0;
    for (const pattern of guarded) {
      const guard = lowerCaseGuard(pattern);
      for (const path of paths) {
        const expected = pattern.test(path);
        if (expected) matched++;
        assert.equal(guard(path), expected, `${pattern.source} on ${path}`);
      }
    }
    assert.ok(matched > 100, `${matched} matches among the pairs`);
  });
});

describe('a file\'s keyword index made from the whole one', () => {
  const groups: KeywordGroup[] = [
    { words: ['password', 'passwd', 'pwd'], caseSensitive: false, lineHolds: '=:' },
    { words: ['ghp_', 'AKIA'], caseSensitive: true },
    { words: ['token', 'password'], caseSensitive: false },
    { words: ['secret'], caseSensitive: false, lineHolds: '=' },
    { words: ['clé'], caseSensitive: false },
    { words: ['key'], caseSensitive: false, lineHolds: '@' },
    // A keyword of two groups (one candidate for both), and a group in every line.
    { words: ['token'], caseSensitive: false },
    { words: [''], caseSensitive: false },
  ];
  const lines = ['password = x', 'my password', 'PASSWD: y', 'ghp_abc', 'akia', 'AKIA1234', 'the token', 'secret', 'secret=1', 'la clé', 'key@host', 'key only', 'nothing here', 'pwd:'];

  function answers(index: KeywordIndex): string[] {
    return lines.map((line) => {
      const bytes = Buffer.from(`${line}\n`);
      const scanned = index.scanLine(bytes, 0) < 0;
      const any = index.groupsIn(line);
      return `${line}: scan ${scanned} any ${any} groups ${groups.map((_, i) => (index.found(i) ? i : '')).join('')}`;
    });
  }

  it('finds what an index built anew from the groups left in finds, for every set of groups left out', () => {
    const full = new KeywordIndex(groups);
    for (let mask = 0; mask < 1 << groups.length; mask++) {
      const out = new Set(groups.flatMap((_, i) => ((mask >> i) & 1 ? [i] : [])));
      const anew = new KeywordIndex(
        groups.map((g, i) => (out.has(i) ? { words: [], caseSensitive: g.caseSensitive } : g)),
        full,
      );
      assert.deepEqual(answers(KeywordIndex.leavingOut(full, groups.length, out)), answers(anew), `groups left out: ${[...out].join(',')}`);
    }
  });
});
