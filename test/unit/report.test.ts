import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { buildReport, type HeadInfo } from '../../src/core/report/reportBuilder';
import { load, MINIMAL } from './helpers';

const HEAD: HeadInfo = { kind: 'commit', sha: 'a'.repeat(40), date: '2026-11-20', shallow: false };
const md = new MarkdownIt({ html: true, linkify: true }).enable(['table', 'strikethrough']);
type Token = ReturnType<typeof md.parse>[number];

function report(yaml: string, language: 'en' | 'zh-CN' = 'en', head: HeadInfo = HEAD): string {
  const loaded = load(yaml);
  assert.ok(loaded.handover, JSON.stringify(loaded.diagnostics));
  return buildReport({ handover: loaded.handover, language, head, linkBase: '' });
}

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);
}

/** Rows of every table: the number of cells of each row, per table. */
function tableShapes(markdown: string): number[][] {
  const shapes: number[][] = [];
  let row = 0;
  for (const token of md.parse(markdown, {})) {
    if (token.type === 'table_open') shapes.push([]);
    if (token.type === 'tr_open') row = 0;
    if (token.type === 'th_open' || token.type === 'td_open') row++;
    if (token.type === 'tr_close') shapes[shapes.length - 1].push(row);
  }
  return shapes;
}

const HOSTILE = [
  'pipe | in | text',
  'line one\nline two\r\nline three',
  'back`tick``s',
  '<script>alert(1)</script>',
  '<!-- hidden comment',
  '@octocat please look',
  '[click](javascript:alert(1))',
  'evil\u202Egnp.exe',
  'zero\u200Bwidth\u2060joiner',
  '**not bold** _not italic_ ~~not struck~~',
  '# not a heading',
  '&#64;entity &amp; raw',
];

function hostileYaml(): string {
  const q = (s: string) => JSON.stringify(s);
  const risks = HOSTILE.map((text, i) => `  - id: r${i}\n    title: ${q(text)}\n    details: ${q(text)}\n`).join('');
  return `version: 1\nproject: ${q('ops | <b>x</b>\nsecond line')}\nfrom:\n  name: ${q('Ann | @ann\nNewline')}\n  emails: [ann@example.com]\nto:\n  name: ${q('`Bob` <img src=x>')}\nsupervisor:\n  name: ${q('Eve\u202E | ')}\nrisks:\n${risks}signoff:\n  from: {name: ${q('Ann|<!--')}, date: 2026-12-01}\n`;
}

describe('the handover report', () => {
  it('has the sections in the order reviewers expect', () => {
    const text = report(DEMO_HANDOVER_YAML, 'en');
    const headings = md
      .parse(text, {})
      .filter((t, i, all) => t.type === 'inline' && all[i - 1]?.type === 'heading_open' && all[i - 1].tag === 'h2')
      .map((t) => t.content);
    assert.deepEqual(headings, [
      'Overview',
      'Checklist summary',
      'Duties and scope',
      'Pending work',
      'Files the person leaving owns',
      'Open branches',
      'Credentials found in git history',
      'Configuration that still names the person leaving',
      'Systems and access',
      'Credentials to rotate',
      'Documents',
      'Contacts',
      'Assets',
      'Risks and lessons',
      'Schedule',
      'Follow-up support',
      'Sign-off',
    ]);
  });

  it('makes every checklist item a task-list entry, ticked when accepted', () => {
    const text = report(DEMO_HANDOVER_YAML, 'en');
    const loaded = load(DEMO_HANDOVER_YAML).handover!;
    const total = Object.values(loaded.sections).reduce((n, items) => n + items.length, 0);
    assert.equal((text.match(/^- \[[ x]\] /gm) ?? []).length, total);
    assert.equal((text.match(/^- \[x\] /gm) ?? []).length, 1);
    assert.match(text, /^- \[x\] \*\*支付网关值班（每周二、四）\*\* `duty-oncall` — accepted by 李四 on 2026-11-25$/m);
  });

  it('writes the overview, progress and the HEAD commit it describes', () => {
    const text = report(DEMO_HANDOVER_YAML, 'en');
    assert.match(text, /\| Progress \| 1 of 15 items accepted \(6%\) \|/);
    assert.match(text, new RegExp(`\\| Describes commit \\| \`${'a'.repeat(40)}\` \\(2026-11-20\\) \\|`));
    assert.match(text, /\| Person leaving \(移交人\) \| 张三 \(zhangsan@corp\.example, zs@users\.noreply\.example\) \|/);
    assert.match(report(DEMO_HANDOVER_YAML, 'en', { kind: 'commit', sha: 'b'.repeat(40), date: '2026-01-01', shallow: true }), /Shallow clone/);
    assert.match(report(DEMO_HANDOVER_YAML, 'en', { kind: 'unborn' }), /\| Describes commit \| no commits yet \|/);
  });

  it('speaks Chinese when asked, with the same structure', () => {
    const zh = report(DEMO_HANDOVER_YAML, 'zh-CN');
    const en = report(DEMO_HANDOVER_YAML, 'en');
    assert.match(zh, /^# 交接报告：payments-ops$/m);
    assert.match(zh, /^## 签字确认$/m);
    assert.match(zh, /\| 进度 \| 已接收 1 \/ 15 项（6%） \|/);
    assert.deepEqual(tableShapes(zh), tableShapes(en));
    assert.equal((zh.match(/^- \[[ x]\] /gm) ?? []).length, (en.match(/^- \[[ x]\] /gm) ?? []).length);
  });

  it('keeps every table intact and every task entry single whatever people typed', () => {
    const text = report(hostileYaml());
    const shapes = tableShapes(text);
    assert.equal(shapes.length, 3, 'overview, summary, sign-off');
    for (const shape of shapes) assert.equal(new Set(shape).size, 1, `ragged table: ${JSON.stringify(shapes)}`);
    assert.deepEqual(shapes.map((s) => s[0]), [2, 4, 4]);
    assert.equal((text.match(/^- \[ \] /gm) ?? []).length, HOSTILE.length);
    assert.equal(md.parse(text, {}).filter((t) => t.type === 'heading_open').length, 18, 'no heading smuggled in');
  });

  it('renders no HTML, no links, no emphasis and pings nobody from user text', () => {
    const tokens = flatten(md.parse(report(hostileYaml()), {}));
    const html = tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block').map((t) => t.content);
    assert.deepEqual([...new Set(html)], ['<br>'], 'only the line breaks we put in table cells');
    const links = tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    assert.deepEqual(links, ['mailto:ann@example.com'], 'only the declared e-mail address is a link');
    assert.equal(tokens.filter((t) => t.type === 's_open' || t.type === 'em_open').length, 0);
    const texts = tokens.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('\n');
    assert.doesNotMatch(texts, /(^|[^\w.+-])@(?!\u200B)\w/, 'a bare @mention would notify someone');
    assert.match(texts, /@\u200Boctocat/);
  });

  it('shows user text faithfully: the rendered text holds what was typed', () => {
    const tokens = flatten(md.parse(report(hostileYaml()), {}));
    // The zero-width space after @ and # is ours: it stops GitHub from notifying and cross-linking.
    const texts = tokens.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content.replace(/([@#])\u200B/g, '$1')).join('');
    for (const fragment of ['pipe | in | text', '<script>alert(1)</script>', '<!-- hidden comment', '[click](javascript:alert(1))', '**not bold** _not italic_ ~~not struck~~', '# not a heading', '&#64;entity &amp; raw', 'back`tick``s']) {
      assert.ok(texts.includes(fragment), `missing ${fragment}`);
    }
  });

  it('makes bidi overrides and zero-width characters visible instead of hiding them', () => {
    const text = report(hostileYaml());
    assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069\u2060]/);
    assert.match(text, /evil⟨U\+202E⟩gnp\.exe/);
    assert.match(text, /zero⟨U\+200B⟩width⟨U\+2060⟩joiner/);
  });

  it('links documents by path relative to the report and keeps other schemes as text', () => {
    const yaml = `${MINIMAL}documents:\n  - id: a\n    title: Runbook\n    path: docs/run book.md\n  - id: b\n    title: Wiki\n    url: https://wiki.example/a_(b)\n  - id: c\n    title: Bad\n    url: javascript:alert(1)\n`;
    const loaded = load(yaml);
    const text = buildReport({ handover: loaded.handover!, language: 'en', head: HEAD, linkBase: '..' });
    const links = flatten(md.parse(text, {})).filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    assert.deepEqual(links.filter((l) => !String(l).startsWith('mailto:')), ['../docs/run%20book.md', 'https://wiki.example/a_(b)']);
    assert.match(text, /javascript:alert\(1\)/);
  });

  it('fills the sign-off table from signoff and leaves unsigned rows open', () => {
    const text = report(`${MINIMAL}supervisor: {name: Carol}\nsignoff:\n  to: {name: Bob, date: 2026-12-03}\n`);
    assert.match(text, /\| Person leaving \(移交人\) \| Alice \| {3}\| no \|/);
    assert.match(text, /\| Successor \(接收人\) \| Bob \| 2026-12-03 \| yes \|/);
    assert.match(text, /\| Supervisor \(监交人\) \| Carol \| {3}\| no \|/);
  });

  it('is the same bytes every time for the same input', () => {
    assert.equal(report(DEMO_HANDOVER_YAML, 'zh-CN'), report(DEMO_HANDOVER_YAML, 'zh-CN'));
  });
});
