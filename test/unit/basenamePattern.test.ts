import * as assert from 'node:assert/strict';
import { testsNameOnly } from '../../src/core/detect/credentials/basenamePattern';
import { DEFAULT_RULES, fileContext } from '../../src/core/detect/credentials/ruleEngine';
import { CREDENTIAL_RULES } from '../../src/core/detect/credentials/ruleTable';

describe('file patterns tested on the file name alone', () => {
  it('takes patterns that can only match inside the name, anchored at its end', () => {
    for (const pattern of [/\.ya?ml$/, /(?:^|\/)rclone\.conf$/, /(?:^|\/)[^/]*keyring$/, /(?:^|\/)[\w.-]*sasl[\w.-]*pwdb$/, /\.(?:groovy|gradle)$|(?:^|\/)jenkinsfile[^/]*$/, /(?<!x)\.psk$/, /\bsecret\.txt$/]) {
      assert.equal(testsNameOnly(pattern), true, pattern.source);
    }
  });

  it('leaves every pattern that may look past the name to the whole path', () => {
    const cases: [RegExp, string][] = [
      [/consul/, 'not anchored at the end: a folder may hold it'],
      [/\.conf$|consul/, 'one alternative not anchored'],
      [/(?:^|\/)etc\/config\/[^/.]+$/, 'a folder in the pattern'],
      [/x.conf$/, 'a dot matches a slash'],
      [/[^a]conf$/, 'a negated class matches a slash'],
      [/\Sconf$/, '\\S matches a slash'],
      [/\Wconf$/, '\\W matches a slash'],
      [/\x2fconf$/, 'an escaped slash'],
      [/^conf$/, 'the start of the path'],
      [/a(?:^|\/)conf$/, 'a name start inside the pattern'],
      [/(a)\1conf$/, 'a back-reference'],
      [/conf$/m, 'a flag other than i'],
      [/conf\$/, 'an escaped dollar is no end'],
    ];
    for (const [pattern, why] of cases) assert.equal(testsNameOnly(pattern), false, `${pattern.source}: ${why}`);
  });

  it('gives the same answer as the whole path for every name-only pattern of the rule table', () => {
    const patterns = CREDENTIAL_RULES.flatMap((r) => (r.files ? [new RegExp(r.files.source, r.files.flags.replace(/[gy]/g, ''))] : [])).filter(testsNameOnly);
    assert.ok(patterns.length > 40, `${patterns.length} name-only patterns`);
    const names = new Set<string>();
    for (const rule of CREDENTIAL_RULES) for (const [path] of [...rule.hits, ...rule.misses]) names.add(path.slice(path.lastIndexOf('/') + 1).toLowerCase());
    const folders = ['', 'etc/', 'etc/config/', 'secrets/', 'a.b/c_d/', 'consul/', 'deploy/grub.d/', 'x/.ssh/', 'roles/app/templates/'];
    let compared = 0;
    for (const name of names) {
      for (const folder of folders) {
        const path = `${folder}${name}`;
        for (const pattern of patterns) {
          assert.equal(pattern.test(name), pattern.test(path), `${pattern.source} on ${path}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 10_000);
  });

  it('keeps what applies to a file the same when the name-only patterns are tested once per name', () => {
    // Two paths of the same name in different folders: the path patterns still decide apart.
    const inConfig = DEFAULT_RULES.rulesFor(fileContext('openwrt/etc/config/network'));
    const elsewhere = DEFAULT_RULES.rulesFor(fileContext('docs/network'));
    assert.ok(inConfig.lines.some((c) => c.rule.id === 'openwrt-uci-secret'));
    assert.ok(!elsewhere.lines.some((c) => c.rule.id === 'openwrt-uci-secret'));
    // And a name-only pattern's rule applies to its name under any folder.
    for (const path of ['.htdigest', 'srv/www/.htdigest']) assert.ok(DEFAULT_RULES.rulesFor(fileContext(path)).lines.some((c) => c.rule.id === 'htdigest-entry'), path);
  });
});
