import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { handoverSchema } from '../../src/core/handover/schemaValidator';
import { en } from '../../src/core/i18n/messages.en';
import { zhCN } from '../../src/core/i18n/messages.zh-CN';

const ROOT = resolve(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('package.json'));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('project consistency', () => {
  it('registers every contributed command and contributes every registered one', () => {
    const contributed = (manifest.contributes.commands as { command: string; category?: string }[]).map((c) => c.command).sort();
    const ids = [...read('src/commands/commandIds.ts').matchAll(/=\s*'(handover\.[\w.]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, ids);
    const registration = read('src/commands/registerCommands.ts');
    for (const key of read('src/commands/commandIds.ts').matchAll(/^\s*(\w+)\s*=\s*'handover/gm)) {
      assert.ok(registration.includes(`CommandId.${key[1]}`), `CommandId.${key[1]} is not registered`);
    }
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Handover', command.command);
  });

  it('translates every package.json %key% in both nls files', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    const nls = JSON.parse(read('package.nls.json'));
    const nlsZh = JSON.parse(read('package.nls.zh-cn.json'));
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  });

  it('has a Chinese translation for every vscode.l10n.t string, and none left over', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of read(file).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 20);
    for (const key of used) assert.ok(bundle[key], `l10n bundle lacks "${key}"`);
    for (const key of Object.keys(bundle)) assert.ok(used.has(key), `l10n bundle has unused "${key}"`);
    for (const [key, value] of Object.entries(bundle)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(placeholders(value), placeholders(key), key);
    }
  });

  it('keeps the core catalogs in step: same keys, same placeholders', () => {
    assert.deepEqual(Object.keys(zhCN).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      // `{count}` and `{count|# file|# files}` name the same parameter.
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort().join();
      assert.equal(names(zhCN[key]), names(en[key]), key);
    }
  });

  it('keeps vscode out of the core and the CLI', () => {
    for (const file of [...sourceFiles('src/core'), ...sourceFiles('src/cli'), 'src/cli.ts']) {
      assert.doesNotMatch(read(file), /from ['"]vscode['"]|require\(['"]vscode['"]\)/, file);
    }
  });

  it('contributes the schema to YAML tooling at the path that exists', () => {
    const [validation] = manifest.contributes.yamlValidation;
    assert.equal(validation.fileMatch, 'HANDOVER.yaml');
    assert.ok(existsSync(join(ROOT, validation.url)));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});

describe('the JSON Schema and handover-format.md', () => {
  const formatDoc = join(ROOT, '..', 'shared', 'handover-format.md');
  type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string };
  const schema = handoverSchema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };
  const deref = (node: SchemaNode): SchemaNode => (node.$ref ? schema.definitions[node.$ref.split('/').pop()!] : node);
  /** Fields every item may carry, modelled on the item rather than in its section's data. */
  const ITEM_RECORDS = ['accepted', 'note'];

  it('lists the same top-level keys and item fields as the format page', function () {
    if (!existsSync(formatDoc)) this.skip();
    const block = /```yaml\n([\s\S]*?)```/.exec(readFileSync(formatDoc, 'utf8'))![1];
    const topKeys = [...block.matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]);
    assert.deepEqual([...new Set(topKeys)].sort(), Object.keys(schema.properties!).sort());
    for (const m of block.matchAll(/^(\w+):\s+\[\{([^\]]*)\}\]/gm)) {
      const section = m[1];
      // "path? | url?" lists two fields; "(repo path or URL)" is a comment.
      const fields = m[2]
        .replace(/\([^)]*\)/g, '')
        .replace(/\{[^}]*(\}|$)/g, '')
        .split(',')
        .flatMap((part) => (part.includes(':') ? [part.split(':')[0]] : part.split('|')))
        .map((f) => f.trim().replace(/\?$/, ''))
        .filter(Boolean);
      const schemaFields = Object.keys(deref(deref(schema.properties![section]).items!).properties!).filter((f) => !ITEM_RECORDS.includes(f));
      assert.deepEqual(schemaFields.sort(), [...new Set(fields)].sort(), section);
    }
    const detectedLists = [...block.matchAll(/^ {2}(ignore|rotated|reviewed|mentions):\s+\[\{([^\]]*)\}\]/gm)];
    assert.deepEqual(detectedLists.map((m) => m[1]).sort(), Object.keys(schema.properties!.detected.properties!).sort());
    for (const m of detectedLists) {
      // "outcome: reassigned|removed|kept" names one field and its values.
      const fields = m[2].split(',').flatMap((part) => (part.includes(':') ? [part.split(':')[0]] : part.split('|')));
      const names = fields.map((f) => f.trim().replace(/\?$/, '')).filter(Boolean);
      const detected = schema.properties!.detected.properties![m[1]].items!.properties!;
      assert.deepEqual(Object.keys(detected).sort(), names.sort(), `detected.${m[1]}`);
    }
  });

  it("lists the schema's fields in README's HANDOVER.yaml reference", () => {
    const readme = read('README.md');
    const block = /## HANDOVER\.yaml[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    for (const m of block.matchAll(/^(\w+):\s+\[\{([^\]]*)\}\]/gm)) {
      const fields = m[2]!
        .replace(/\{[^}]*(\}|$)/g, '')
        .split(',')
        .flatMap((part) => (part.includes(':') ? [part.split(':')[0]!] : part.split('|')))
        .map((f) => f.trim().replace(/\?$/, ''))
        .filter(Boolean);
      const schemaFields = Object.keys(deref(deref(schema.properties![m[1]!]).items!).properties!).filter((f) => !ITEM_RECORDS.includes(f));
      assert.deepEqual(schemaFields.sort(), [...new Set(fields)].sort(), m[1]);
    }
    const detected = /^detected:\s+\{(.*)\}$/m.exec(block)![1]!;
    for (const m of detected.matchAll(/(ignore|rotated|reviewed|mentions): \[\{([^\]]*)\}\]/g)) {
      const fields = m[2]!.split(/[,|]/).map((f) => f.trim().replace(/\?$/, '')).filter(Boolean);
      assert.deepEqual(Object.keys(schema.properties!.detected.properties![m[1]!]!.items!.properties!).sort(), fields.sort(), `detected.${m[1]}`);
    }
    // Every list item may carry the records the product writes; the README says so.
    assert.match(readme, /Every list item may carry `accepted: \{by, on\}` and `note`/);
  });

  it('models exactly the fields the schema defines for each section', () => {
    const loader = read('src/core/handover/handoverLoader.ts');
    for (const section of ['duties', 'pending', 'systems', 'credentials', 'documents', 'contacts', 'assets', 'risks', 'schedule']) {
      const listed = new RegExp(`  ${section}: \\[([^\\]]*)\\]`).exec(loader)![1].split(',').map((f) => f.trim().replace(/'/g, ''));
      const extra = section === 'credentials' ? ['rotated'] : [];
      const schemaFields = Object.keys(deref(deref(schema.properties![section]).items!).properties!).filter((f) => !ITEM_RECORDS.includes(f));
      assert.deepEqual([...listed, ...extra].sort(), schemaFields.sort(), section);
    }
  });
});
