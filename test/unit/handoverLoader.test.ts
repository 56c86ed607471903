import * as assert from 'node:assert/strict';
import { DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { at, codes, load, MINIMAL } from './helpers';

describe('HANDOVER.yaml loading and validation', () => {
  it('accepts the demo file with no diagnostics and models every section', () => {
    const loaded = load(DEMO_HANDOVER_YAML);
    assert.deepEqual(loaded.diagnostics, []);
    const h = loaded.handover!;
    assert.equal(h.project, 'payments-ops');
    assert.deepEqual(h.from.emails, ['zhangsan@corp.example', 'zs@users.noreply.example']);
    assert.equal(h.sections.duties.length, 2);
    assert.deepEqual(h.sections.duties[0].accepted, { by: '李四', on: '2026-11-25' });
    assert.equal(h.sections.pending[0].data.branch, 'feature/pg-failover');
    assert.equal(h.sections.duties[1].range.start.line, DEMO_HANDOVER_YAML.split('\n').findIndex((l) => l.includes('id: duty-certs')) + 1);
  });

  it('reports a syntax error at its line and column and builds no model', () => {
    const loaded = load(`${MINIMAL}duties: [ {id: a, title: x}\nrisks: []\n`);
    assert.ok(codes(loaded).some((c) => c.startsWith('yaml.')), JSON.stringify(loaded.diagnostics));
    assert.equal(loaded.handover, undefined);
    assert.match(at(loaded, loaded.diagnostics[0].code), /^\d+:\d+$/);
  });

  it('reports duplicate keys where the second one is', () => {
    const loaded = load(`${MINIMAL}project: again\n`);
    assert.equal(at(loaded, 'yaml.DUPLICATE_KEY'), '8:1');
  });

  it('reports duplicate ids across sections, naming the first use', () => {
    const loaded = load(`${MINIMAL}duties:\n  - id: same\n    title: A\nrisks:\n  - id: same\n    title: B\n`);
    assert.equal(at(loaded, 'check.duplicateId'), '12:9');
    assert.match(loaded.diagnostics.find((d) => d.code === 'check.duplicateId')!.message, /line 9/);
  });

  it('reports tabs used as indentation', () => {
    const loaded = load(`${MINIMAL}duties:\n\t- id: a\n`);
    assert.ok(codes(loaded).includes('yaml.TAB_AS_INDENT'), JSON.stringify(codes(loaded)));
  });

  it('reports a missing required key on the mapping that lacks it', () => {
    const loaded = load(`${MINIMAL}pending:\n  - id: p1\n    title: T\n    reason: R\n`);
    const missing = loaded.diagnostics.find((d) => d.code === 'schema.required')!;
    assert.match(missing.message, /"remaining"/);
    assert.equal(missing.range.start.line, 9);
  });

  it('warns about unknown keys at the key, and still builds the model', () => {
    const loaded = load(`${MINIMAL}futureKey: 1\n`);
    assert.deepEqual(codes(loaded), ['schema.unknownKey']);
    assert.equal(loaded.diagnostics[0].severity, 'warning');
    assert.equal(at(loaded, 'schema.unknownKey'), '8:1');
    assert.ok(loaded.handover);
  });

  it('rejects impossible dates and wrong date formats', () => {
    const loaded = load(`${MINIMAL}timeline:\n  start: 2026-02-30\n  due: 2026/03/01\n`);
    assert.equal(at(loaded, 'check.badDate'), '9:10');
    assert.equal(at(loaded, 'schema.pattern.date'), '10:8');
  });

  it('rejects bad ids and enum values with their allowed values', () => {
    const loaded = load(`${MINIMAL}systems:\n  - id: Bad Id\n    name: S\n    action: delete\n`);
    assert.equal(at(loaded, 'schema.pattern.id'), '9:9');
    assert.match(loaded.diagnostics.find((d) => d.code === 'schema.enum')!.message, /transfer, revoke, grant, keep/);
  });

  it('reports document and runbook paths that do not exist, and paths leaving the repository', () => {
    const text = `${MINIMAL}documents:\n  - id: d1\n    title: Gone\n    path: docs/missing.md\n  - id: d2\n    title: Out\n    path: ../../etc/passwd\nduties:\n  - id: x\n    title: X\n    runbook: https://wiki.example/x\n`;
    const loaded = load(text, (p) => !p.endsWith('missing.md'));
    assert.equal(at(loaded, 'check.pathMissing'), '11:11');
    assert.equal(at(loaded, 'check.pathOutside'), '14:11');
    assert.equal(codes(loaded).length, 2);
  });

  it('refuses an alias expansion bomb at the first alias, without hanging', () => {
    const bomb = `${MINIMAL}a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`;
    const loaded = load(bomb);
    assert.deepEqual(codes(loaded), ['read.aliasBomb']);
    assert.equal(at(loaded, 'read.aliasBomb'), '9:8');
  });

  it('refuses 10 KB of nested brackets with a diagnostic instead of a crash', () => {
    const loaded = load(`${MINIMAL}risks: ${'['.repeat(10_000)}`);
    assert.deepEqual(codes(loaded), ['read.tooDeep']);
    assert.equal(at(loaded, 'read.tooDeep'), '8:72');
  });

  it('refuses deeply indented block nesting too', () => {
    const deep = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const loaded = load(`${MINIMAL}${deep}\n`);
    assert.deepEqual(codes(loaded), ['read.tooDeep']);
  });

  it('refuses several documents in one file, at the second one', () => {
    const loaded = load(`${MINIMAL}---\nversion: 1\n`);
    assert.equal(at(loaded, 'read.multipleDocuments'), '8:1');
  });

  it('reads YAML 1.1 directives with the 1.2 core schema: dates and yes stay strings', () => {
    const loaded = load(`%YAML 1.1\n---\n${MINIMAL}timeline:\n  start: 2026-11-20\nrisks:\n  - id: r\n    title: yes\n`);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.handover!.timeline.start, '2026-11-20');
    assert.equal(loaded.handover!.sections.risks[0].data.title, 'yes');
  });

  it('refuses unknown tags such as !!js/function and !secret', () => {
    const loaded = load(`${MINIMAL}risks:\n  - id: r\n    title: !!js/function "function () { return 1 }"\n    details: !secret db\n`);
    assert.deepEqual(codes(loaded), ['read.unknownTag', 'read.unknownTag']);
    assert.equal(at(loaded, 'read.unknownTag'), '10:12');
    assert.equal(loaded.handover, undefined);
  });

  it('treats __proto__ and constructor keys as unknown data, never merging them', () => {
    const loaded = load(`${MINIMAL}__proto__: {polluted: true}\nduties:\n  - id: d\n    title: T\n    constructor: x\n    __proto__: {polluted: true}\n`);
    assert.deepEqual(codes(loaded), ['schema.unknownKey', 'schema.unknownKey', 'schema.unknownKey']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const duty = loaded.handover!.sections.duties[0].data as unknown as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(duty), Object.prototype);
    assert.equal(duty.polluted, undefined);
    assert.ok(!Object.prototype.hasOwnProperty.call(duty, 'constructor'));
  });

  it('counts columns after a BOM and across CRLF line endings as editors do', () => {
    const loaded = load(`\uFEFF${MINIMAL.replace(/\n/g, '\r\n')}extra: 1\r\n`);
    assert.equal(at(loaded, 'schema.unknownKey'), '8:1');
  });

  it('parses a 5 MB file without crashing', function () {
    this.timeout(60_000);
    const entries = Array.from({ length: 60_000 }, (_, i) => `  - id: d${i}\n    title: "Duty ${i} ${'x'.repeat(60)}"\n`).join('');
    const text = `${MINIMAL}duties:\n${entries}`;
    assert.ok(text.length > 5_000_000);
    const loaded = load(text);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.handover!.sections.duties.length, 60_000);
  });

  it('accepts free text with Chinese, pipes, backticks, HTML, mentions and emoji', () => {
    const loaded = load(`${MINIMAL}risks:\n  - id: r\n    title: "值班 | \`rm -rf\` <b>@ops</b> 🚨"\n`);
    assert.deepEqual(loaded.diagnostics, []);
    assert.equal(loaded.handover!.sections.risks[0].data.title, '值班 | `rm -rf` <b>@ops</b> 🚨');
  });
});
