import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { mdCell, mdCode, mdLink, mdText } from '../../src/core/report/markdownText';

// GitHub renders the report; markdown-it with HTML on is the stricter stand-in (it renders raw HTML).
const md = new MarkdownIt({ html: true, linkify: false }).enable(['table', 'strikethrough']);
type Token = ReturnType<typeof md.parse>[number];

function flatten(tokens: Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);
}

/** What a reader sees of rendered markdown: its text, with our zero-width spaces after @ and # taken out, and its markup tokens. */
function rendered(markdown: string): { text: string; markup: string[] } {
  const tokens = flatten(md.parse(markdown, {}));
  const text = tokens
    .filter((t) => t.type === 'text' || t.type === 'code_inline' || t.type === 'softbreak' || t.type === 'hardbreak')
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '\n'))
    .join('')
    .replace(/([@#])\u200B/g, '$1');
  const plain = new Set(['paragraph_open', 'paragraph_close', 'inline', 'text', 'softbreak', 'hardbreak', 'code_inline']);
  return { text, markup: tokens.filter((t) => !plain.has(t.type)).map((t) => t.type) };
}

const HOSTILE_LINES = [
  '<script>alert(1)</script>',
  '<script',
  '<div onclick="x">',
  '<!-- hidden from the reviewer',
  '<img src=x onerror=alert(1)>',
  'a <b>bold</b> claim',
  '<https://evil.example>',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '**bold** __bold__ *em* _em_ ~~struck~~',
  '`code` and ``more``',
  '# heading',
  '> quote',
  '- list',
  '+ list',
  '= setext',
  '--- rule',
  '1. ordered',
  '7) ordered',
  'a\\b backslash',
  '&amp; &#64; &lt;entity&gt;',
  'pipe | in | text',
];

describe('markdown text from user input', () => {
  it('shows every hostile line as exactly the text typed: no HTML, link, emphasis, heading, list or quote', () => {
    for (const line of HOSTILE_LINES) {
      const out = rendered(mdText(line));
      assert.equal(out.text, line, `text of ${JSON.stringify(line)} from ${JSON.stringify(mdText(line))}`);
      assert.deepEqual(out.markup, [], `markup from ${JSON.stringify(line)}`);
    }
  });

  it('writes < > & as entities, so no HTML can open even where markdown would allow a raw tag', () => {
    assert.equal(mdText('<div>'), '&lt;div&gt;');
    assert.equal(mdText('a & b'), 'a &amp; b');
    assert.equal(mdCell('<!-- x'), '&lt;\\!-- x');
  });

  it('escapes inline markup with a backslash', () => {
    assert.equal(mdText('a\\b`c*d_e[f]g|h~i!j'), 'a\\\\b\\`c\\*d\\_e\\[f\\]g\\|h\\~i\\!j');
  });

  it('keeps @mentions and #references from notifying or linking, but leaves e-mail addresses alone', () => {
    assert.equal(mdText('@octocat see #12'), '@&#8203;octocat see #&#8203;12');
    assert.equal(mdText('(@team-a)'), '(@&#8203;team-a)');
    assert.equal(mdText('ann@example.com'), 'ann@example.com');
    assert.equal(mdText('#tag'), '\\#tag', 'a # not before a digit links nothing; at line start it is escaped as a heading');
    assert.equal(mdText('@ alone'), '@ alone');
    // GH-123 links too, in either case; not inside a word, nor before anything but a digit.
    assert.equal(mdText('GH-12 and gh-7, in v2GH-3 and GH-x'), 'GH-&#8203;12 and gh-&#8203;7, in v2GH-3 and GH-x');
  });

  it('shows invisible and direction-changing characters as visible code points', () => {
    assert.equal(mdText('evil\u202Egnp.exe'), 'evil⟨U+202E⟩gnp.exe');
    assert.equal(mdText('a\u0000b\u007fc\u00add\ufeffe'), 'a⟨U+0000⟩b⟨U+007F⟩c⟨U+00AD⟩d⟨U+FEFF⟩e');
    assert.equal(mdText('tab\there'), 'tab\there', 'a tab inside a line is ordinary text');
    assert.equal(mdCode('a\u200Bb'), '`a⟨U+200B⟩b`');
  });

  it('keeps leading spaces visible instead of opening a code block', () => {
    assert.equal(mdText('    indented'), '\u00a0\u00a0\u00a0\u00a0indented');
    assert.equal(mdText('\tx'), '\u00a0\u00a0\u00a0\u00a0x');
    assert.equal(rendered(mdText('    code?')).markup.includes('code_block'), false);
    assert.equal(mdText('  - item'), '\u00a0\u00a0\\- item');
  });

  it('escapes block markers only at the start of a line', () => {
    assert.equal(mdText('12. x'), '12\\. x');
    assert.equal(mdText('3) x'), '3\\) x');
    assert.equal(mdText('a - b + c = 1. 2)'), 'a - b + c = 1. 2)');
    assert.equal(mdText('> q'), '&gt; q');
    // Only the marker at the start is escaped; the same characters later in the line are text.
    assert.equal(mdText('# 1. a'), '\\# 1. a');
    assert.equal(mdText('1. a-b'), '1\\. a-b');
    assert.equal(mdText('-1) x'), '\\-1) x');
  });

  it('turns line breaks of any kind into hard breaks, each line guarded, trailing blank lines dropped', () => {
    assert.equal(mdText('one\ntwo\r\nthree\rfour\u2028five\u2029six'), 'one\\\ntwo\\\nthree\\\nfour\\\nfive\\\nsix');
    assert.equal(mdText('one\n# two', '  '), 'one\\\n  \\# two');
    assert.equal(mdText('last\n\n  \n'), 'last');
    const out = rendered(`- ${mdText('first\n- second\n<!-- third', '  ')}`);
    assert.equal(out.text, 'first\n- second\n<!-- third');
    assert.deepEqual(out.markup, ['bullet_list_open', 'list_item_open', 'list_item_close', 'bullet_list_close']);
  });

  it('keeps a table cell in its column: pipes escaped, line breaks as <br>, empty cells a space', () => {
    assert.equal(mdCell('a | b\nc'), 'a \\| b<br>c');
    assert.equal(mdCell('  padded  '), 'padded');
    assert.equal(mdCell(''), ' ');
    assert.equal(mdCell('\n\n'), ' ');
    const table = `| h |\n| --- |\n| ${mdCell('x | y\n<!-- z')} |\n`;
    const cells = flatten(md.parse(table, {})).filter((t) => t.type === 'td_open');
    assert.equal(cells.length, 1);
  });

  it('fences code with more backticks than the longest run inside and pads what touches the fence', () => {
    assert.equal(mdCode('main'), '`main`');
    assert.equal(mdCode('a`b``c'), '```a`b``c```');
    assert.equal(mdCode('`x'), '`` `x ``');
    assert.equal(mdCode('x`'), '`` x` ``');
    assert.equal(mdCode(' x'), '`  x `');
    assert.equal(mdCode('a\r\nb\nc'), '`a b c`');
    assert.equal(mdCode('a|b'), '`a|b`');
    assert.equal(mdCode('a|b', true), '`a\\|b`');
    for (const value of ['a`b``c', '`x', 'x`', ' x', 'feature/--x']) assert.equal(rendered(mdCode(value)).text, value);
  });

  it('links web addresses and repository paths only, and shows any other scheme as text', () => {
    assert.equal(mdLink('Wiki', 'https://wiki.example/a_(b)'), '[Wiki](<https://wiki.example/a_(b)>)');
    const link = flatten(md.parse(mdLink('Wiki', 'https://wiki.example/a_(b)'), {})).find((t) => t.type === 'link_open');
    assert.equal(link?.attrGet('href'), 'https://wiki.example/a_(b)');
    assert.equal(mdLink('Mail', 'mailto:a@example.com'), '[Mail](<mailto:a@example.com>)');
    assert.equal(mdLink('Run *book*', 'docs/run book.md'), '[Run \\*book\\*](docs/run%20book.md)');
    assert.equal(mdLink('Win', 'docs\\a#b.md'), '[Win](docs/a%23b.md)');
    assert.equal(mdLink('Bad', 'javascript:alert(1)'), 'Bad (javascript:alert(1))');
    assert.equal(mdLink('Spaced', 'https://a.example/x y'), 'Spaced (https://a.example/x y)');
    assert.equal(mdLink('Angle', 'https://a.example/<x>'), 'Angle (https://a.example/&lt;x&gt;)');
    assert.equal(mdLink('Plain', 'http://a.example/'), '[Plain](<http://a.example/>)');
    // The scheme is the target's start: a web address later in it links nothing, a colon in a path is no scheme.
    assert.equal(mdLink('Bad', 'javascript:alert("https://a.example")'), 'Bad (javascript:alert("https://a.example"))');
    assert.equal(mdLink('Notes', 'docs/a:b.md'), '[Notes](docs/a%3Ab.md)');
    // A scheme shown as its own label is shown once.
    assert.equal(mdLink('ftp://a.example/x', 'ftp://a.example/x'), 'ftp://a.example/x');
  });
});
