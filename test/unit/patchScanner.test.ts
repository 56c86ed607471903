import * as assert from 'node:assert/strict';
import { MAX_LINE_LENGTH } from '../../src/core/detect/credentials/fileMatcher';
import { KeywordIndex } from '../../src/core/detect/credentials/keywordIndex';
import { fileContext } from '../../src/core/detect/credentials/ruleEngine';
import { PatchLineParser, type CommitInfo, type FileSection, type PatchVisitor } from '../../src/core/detect/credentials/patchParser';
import { hunkStart, PatchScanner, type SelectivePatchVisitor } from '../../src/core/detect/credentials/patchScanner';
import { DEFAULT_RULES } from '../../src/core/detect/credentials/ruleEngine';

/** Records every call; `every` says whether it asks for every line. */
function recorder(every: boolean, blobs = true): { visitor: SelectivePatchVisitor; events: string[] } {
  const events: string[] = [];
  const visitor: SelectivePatchVisitor = {
    commit: (c: CommitInfo) => events.push(`commit ${c.sha} ${c.parents.join(',')} ${c.authorName} <${c.authorEmail}> ${c.authorTime} ${c.committerTime}`),
    commitEnd: () => events.push('end'),
    file: (p) => events.push(`file ${p}`),
    hunk: () => events.push('hunk'),
    added: (t, n) => events.push(`+${n} ${t}`),
    removed: (t) => events.push(`- ${t}`),
    fileEnd: (s: FileSection) => events.push(`fileEnd ${s.oldBlob ?? '-'} ${s.newBlob ?? '-'} ${s.binary}`),
    readsEveryAdded: () => every,
    readsEveryRemoved: () => every,
    readsBlobIds: () => blobs,
  };
  return { visitor, events };
}

/** What the line reader gives for `text`: lines cut as `GitRunner.streamBatches` cuts them for the scan. */
function lineEvents(text: string): string[] {
  const { visitor, events } = recorder(true);
  const parser = new PatchLineParser(visitor as PatchVisitor);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) parser.feed(line.length > MAX_LINE_LENGTH + 1 ? line.slice(0, MAX_LINE_LENGTH + 2) : line);
  parser.end();
  return events;
}

function scanEvents(bytes: Buffer, pieceSize: number, every: boolean, keywords = DEFAULT_RULES.keywords): string[] {
  const { visitor, events } = recorder(every);
  const scanner = new PatchScanner(visitor, keywords);
  for (let at = 0; at < bytes.length; at += pieceSize) scanner.feed(bytes.subarray(at, at + pieceSize));
  scanner.end();
  return events;
}

const LONG = 'x'.repeat(MAX_LINE_LENGTH + 10);
const PATCH = [
  '\x1eaaa1\x1fp1 p2\x1fAnn Émile\x1fann@x.example\x1f100\x1f200',
  '',
  'diff --git a/x.env b/x.env',
  'index 1111111..2222222 100644',
  '--- a/x.env',
  '+++ b/x.env',
  '@@ -2 +2,3 @@',
  '-old_password=hunter2',
  '-plain removed line',
  '+++ added line that looks like a header',
  '+api_token = "abc"',
  '+naïve café line, nothing here',
  '\\ No newline at end of file',
  '@@ -10,0 +12 @@ context',
  `+${LONG}`,
  '@@ -20 +30 @@',
  `+ é${'é'.repeat(MAX_LINE_LENGTH)} key`,
  'diff --git "a/caf\\303\\251 key.env" "b/caf\\303\\251 key.env"',
  'new file mode 100644',
  'index 0000000..3333333',
  '--- /dev/null',
  '+++ "b/caf\\303\\251 key.env"',
  '@@ -0,0 +1,2 @@',
  '+SECRET=x',
  '+nothing',
  '@@ broken hunk header',
  '+after a broken header',
  'diff --git a/k.p12 b/k.p12',
  'index 0000000..4444444',
  'Binary files /dev/null and b/k.p12 differ',
  '\x1ebbb2\x1f\x1fBo\x1fbo@x.example\x1f300\x1f400',
  'diff --git a/y.txt b/y.txt',
  '@@ -1 +1 @@',
  '-Twilio SK and sk',
  '+eyJ here, EYJ not',
].join('\n');

describe('patch scanner', () => {
  it('gives what the line reader gives when the visitor asks for every line, however git splits its output', () => {
    const bytes = Buffer.from(`${PATCH}\n`, 'utf8');
    const expected = lineEvents(`${PATCH}\n`);
    for (const size of [1, 2, 3, 7, 64, 1000, 4096, bytes.length]) assert.deepEqual(scanEvents(bytes, size, true), expected, `pieces of ${size} bytes`);
    // Output that ends without a newline (git stopped mid-line).
    assert.deepEqual(scanEvents(Buffer.from(PATCH, 'utf8'), 5, true), expected);
  });

  it('leaves out only the added and removed lines without a keyword, and keeps every line number', () => {
    const bytes = Buffer.from(`${PATCH}\n`, 'utf8');
    const every = lineEvents(`${PATCH}\n`);
    const keywords = DEFAULT_RULES.keywords;
    const expected = every.filter((e) => {
      const line = /^(?:\+\d+|-) (.*)$/s.exec(e);
      return !line || (line[1] as string).length > MAX_LINE_LENGTH || keywords.groupsIn(line[1] as string);
    });
    for (const size of [3, 64, bytes.length]) assert.deepEqual(scanEvents(bytes, size, false), expected);
    const given = scanEvents(bytes, 64, false).filter((e) => /^[+-]/.test(e));
    assert.deepEqual(given, [
      '- old_password=hunter2',
      '+3 api_token = "abc"',
      `+12 ${'x'.repeat(MAX_LINE_LENGTH + 1)}`,
      `+30  é${'é'.repeat(MAX_LINE_LENGTH - 1)}`,
      '+1 SECRET=x',
      '- Twilio SK and sk',
      '+1 eyJ here, EYJ not',
    ]);
  });

  it('leaves blob ids out when the visitor does not want them', () => {
    const { visitor, events } = recorder(true, false);
    const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
    scanner.feed(Buffer.from('\x1ec\x1f\x1fA\x1fa@x\x1f1\x1f2\ndiff --git a/k.p12 b/k.p12\nindex 0000000..4444444\n', 'utf8'));
    scanner.end();
    assert.ok(events.includes('fileEnd - - false'));
  });

  it('reads hunk headers as the line reader does', () => {
    const at = (text: string) => hunkStart(Buffer.from(text, 'latin1'), 0, text.length);
    assert.equal(at('@@ -1 +2 @@'), 2);
    assert.equal(at('@@ -1,0 +25,3 @@ func x()'), 25);
    assert.equal(at('@@ -0,0 +1 @@'), 1);
    for (const bad of ['@@ -1 +2', '@@ -1 +x @@', '@@ 1 +2 @@', '@@ -1, +2 @@', '@@ -1 +2,@@', '@@@ -1 -1 +2 @@@']) assert.equal(at(bad), -1, bad);
  });
});

/** Whether `index` finds a keyword in `line`, checking that its bytes scan and its text scan (last, for `found`) agree. */
function inBytesAndText(index: KeywordIndex, line: string, where = ''): boolean {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  const found = index.scanLine(bytes, 0);
  const inBytes = found < 0;
  assert.equal(index.groupsIn(line), inBytes, `bytes and text disagree on ${JSON.stringify(line)}${where}`);
  if (!inBytes) assert.equal(found, bytes.length - 1);
  return inBytes;
}

describe('keyword index', () => {
  const index = new KeywordIndex([
    { words: ['SK', 'eyJ'], caseSensitive: true },
    { words: ['Password', 'x'], caseSensitive: false },
  ]);
  const both = (line: string): boolean => inBytesAndText(index, line);

  it('finds keywords in their case or in any ASCII case, as each rule tests them', () => {
    assert.equal(both('twilio SK123'), true);
    assert.equal(both('task disk ask'), false);
    assert.equal(both('token eyJhbGciOi'), true);
    assert.equal(both('EYJ'), false);
    assert.equal(both('PASSWORD=1'), true);
    assert.equal(both('pAsSwOrD'), true);
    assert.equal(both('passwor'), false);
    assert.equal(both('box'), true);
    assert.equal(both('X'), true);
    assert.equal(both(''), false);
  });

  it('never matches a keyword through a non-ASCII character', () => {
    // U+212A KELVIN SIGN lower-cases to "k"; U+0130 to "i̇"; the rules' regular expressions do not match them either.
    const kelvin = new KeywordIndex([{ words: ['key'], caseSensitive: false }]);
    assert.equal(kelvin.groupsIn('\u212Aey'), false);
    assert.equal(kelvin.scanLine(Buffer.from('\u212Aey\n', 'utf8'), 0) >= 0, true);
    assert.equal(both('pässword'), false);
    assert.equal(both('ÉéPassword'), true);
  });

  it('counts a keyword whose line must also hold one of some characters only on such a line', () => {
    const held = new KeywordIndex([
      { words: ['://'], caseSensitive: false, lineHolds: '@' },
      { words: ['key'], caseSensitive: false, lineHolds: '=:>' },
      { words: ['pass'], caseSensitive: false },
    ]);
    const inLine = (line: string): boolean => inBytesAndText(held, line);
    assert.equal(inLine('https://deploy:x@git.example'), true);
    assert.equal(inLine('# see https://kubernetes.io/docs/concepts/'), false);
    assert.equal(inLine('# the key of the map'), false);
    assert.equal(inLine('api_key = x'), true);
    assert.equal(inLine('- name: API_KEY'), true);
    assert.equal(inLine('<name>service.key</name>'), true);
    // A keyword that does not count does not end the search: a later one still does.
    assert.equal(inLine('see www.example.org/key pass'), true);
    assert.equal(held.found(1), false);
    assert.equal(held.found(2), true);
    assert.equal(inLine('https://example.org pass'), true);
    assert.equal(held.found(0), false);
    assert.equal(held.found(2), true);
    assert.equal(inLine('mirror https://example.org, key: value'), true);
    assert.equal(held.found(0), false);
    assert.equal(held.found(1), true);
    // Only the line counts, in bytes as in text: not the next line, nor the marker before it.
    const twoLines = Buffer.from('+https://example.org\n+ops@example.org\n', 'utf8');
    assert.equal(held.scanLine(twoLines, 1), twoLines.indexOf(10));
    assert.ok(held.scanLine(twoLines, twoLines.indexOf(10) + 2) >= 0);
    assert.equal(held.scanLine(Buffer.from('=key\n', 'latin1'), 1) < 0, false);
    assert.throws(() => new KeywordIndex([{ words: ['a'], caseSensitive: false, lineHolds: '\n' }]), /ASCII characters/);
    assert.throws(() => new KeywordIndex([{ words: ['a'], caseSensitive: false, lineHolds: 'é' }]), /ASCII characters/);
  });

  it('tests non-ASCII keywords on the decoded text, and then needs every line', () => {
    const cyrillic = new KeywordIndex([{ words: ['Пароль'], caseSensitive: false }]);
    assert.equal(cyrillic.needsEveryLine, true);
    assert.equal(cyrillic.groupsIn('ПАРОЛЬ: x'), true);
    assert.equal(cyrillic.groupsIn('логин'), false);
    assert.equal(index.needsEveryLine, false);
    assert.equal(new KeywordIndex([{ words: [''], caseSensitive: false }]).groupsIn('anything'), true);
  });

  it('tells in one pass which groups a line holds a keyword of, as each group would test its own', () => {
    const groups = [
      { words: ['SK', 'eyJ'], caseSensitive: true },
      { words: ['password', 'x'], caseSensitive: false },
      { words: ['pass'], caseSensitive: false },
      { words: ['SK'], caseSensitive: true },
      { words: [], caseSensitive: false },
      { words: ['Пароль'], caseSensitive: false },
      { words: ['ke'], caseSensitive: false },
    ];
    const grouped = new KeywordIndex(groups);
    // Each group's own test, written independently: `includes` on the line, lower-cased when the case does not count.
    const own = (line: string) => groups.map((g) => g.words.some((w) => (g.caseSensitive ? line : line.toLowerCase()).includes(g.caseSensitive ? w : w.toLowerCase())));
    const lines = ['twilio SK123 PASSWORD', 'sk eyj', 'passport', 'pAsSwOrD=SK', 'box', 'ПАРОЛЬ: 1', 'nothing', '', 'KEY', 'k', 'SKSKSK passwordx', 'eyJ'];
    for (const line of lines) {
      const any = grouped.groupsIn(line);
      assert.deepEqual(groups.map((_, i) => grouped.found(i)), own(line), line);
      assert.equal(any, own(line).some(Boolean), line);
    }
    // Over the rule table: every rule's group against its keywords, on lines that hold some and lines that hold none.
    const table = DEFAULT_RULES;
    for (const line of ['AKIA1234 password=x', 'ghp_abc token: y', "define('DB_PASSWORD', 'x')", 'requirepass foo', 'the api key of the account', 'password reset', "env('MAIL_PASSWORD')", 'const task = disk.ask();', 'Authorization: Bearer eyJx', 'mysql -u root -pX', 'IDENTIFIED BY', 'SECRET_KEY = 1']) {
      table.keywords.groupsIn(line);
      for (const c of [...table.tokens, ...table.lines, ...table.keyRules]) {
        const text = c.caseSensitive ? line : line.toLowerCase();
        const holds = c.rule.lineHolds ?? (c.rule.find === 'key' ? '=:>' : '');
        const expected = c.keywords.some((k) => text.includes(k)) && (holds === '' || [...holds].some((h) => line.includes(h)));
        assert.equal(table.keywords.found(c.group), expected, `${c.rule.id} on ${line}`);
      }
      assert.equal(table.keywords.found(table.genericGroup), /pass|pwd|secret|token|key|auth|cred/i.test(line) && /[=:>]/.test(line), line);
    }
  });

  it('holds every keyword of the rules: a line with any rule keyword, and the sign its rule needs, passes', () => {
    for (const line of ['AKIA', 'ghp_', 'xoxb-', '-----BEGIN RSA PRIVATE KEY-----', 'PuTTY-User-Key-File-3', 'https://u:p@h', 'Authorization: Bearer x', 'requirepass x', 'IDENTIFIED BY', "define('DB_PASSWORD', 'x')", "env('APP_KEY', 'x')", '$6$salt$', 'client-key-data: x', 'AccountKey=', 'mysql -pX', 'TOKEN=x', 'Cred: x', '<password>', 'datasource:']) {
      assert.equal(DEFAULT_RULES.keywords.groupsIn(line), true, line);
    }
    for (const line of ['const task = disk.ask();', 'en-US', 'nothing to see here']) assert.equal(DEFAULT_RULES.keywords.groupsIn(line), false, line);
  });

  it('wakes a line only for the rules of its own file, and only when it holds the sign its rule needs', () => {
    const wakes = (path: string, line: string): boolean => {
      const found = inBytesAndText(DEFAULT_RULES.keywordsFor(fileContext(path)), line, ` in ${path}`);
      assert.equal(DEFAULT_RULES.wake(line, fileContext(path)), found);
      return found;
    };
    // Lines that cannot hold a finding: a link (no userinfo), a template's or a Makefile's `define`, prose about keys and secrets.
    for (const path of ['charts/app/templates/_helpers.tpl', 'charts/app/values.yaml', 'Makefile', 'src/main.c', 'README.md']) {
      for (const line of ['# See https://kubernetes.io/docs/concepts/workloads/', '{{- define "chart.fullname" -}}', 'define run-tests', '#define MAX_SIZE 64', '# The API key of the account', '    secretName']) {
        assert.equal(wakes(path, line), false, `${line} in ${path}`);
      }
      for (const line of ['https://ops:x@git.example', 'api_key = x', '- name: API_KEY', "define('DB_PASSWORD', 'x');", 'AKIA', 'ghp_']) assert.equal(wakes(path, line), true, `${line} in ${path}`);
    }
    // A Dockerfile's `ENV NAME value` needs no sign; the words of its rule wake a Dockerfile's lines, no other file's.
    assert.equal(wakes('Dockerfile', 'ENV API_KEY abc'), true);
    assert.equal(wakes('deploy/app.yaml', 'ENV API_KEY abc'), false);
    // YAML parents (`datasource:` makes its block a credential's context) count in YAML only.
    assert.equal(wakes('grafana/datasources.yaml', 'datasource:'), true);
    assert.equal(wakes('src/datasource.go', 'datasource:'), false);
  });
});

describe('PatchScanner.interrupt (git stopped mid-output)', () => {
  const header = '\x1eaaa1\x1fp1\x1fAnn\x1fann@x.example\x1f100\x1f200';
  const section = (path: string) => [`diff --git a/${path} b/${path}`, 'index 1111111..2222222 100644', `--- a/${path}`, `+++ b/${path}`, '@@ -0,0 +1 @@'];

  it('keeps the commit open, names the sections that ended, and drops the one being read without ending it', () => {
    const { visitor, events } = recorder(true);
    const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
    scanner.feed(Buffer.from([header, ...section('a.env'), '+A=1', ...section('b.env'), '+B=2', ''].join('\n')));
    const stopped = scanner.interrupt();
    assert.equal(stopped.commit, 'aaa1');
    assert.deepEqual(stopped.sectionsEnded, ['a.env']);
    assert.equal(events.filter((e) => e.startsWith('fileEnd')).length, 1, 'b.env is not ended');
    // The rest of the commit, fed to the same scanner, belongs to the same commit.
    scanner.feed(Buffer.from([...section('b.env'), '+B=2', ''].join('\n')));
    scanner.end();
    assert.equal(events.filter((e) => e.startsWith('commit')).length, 1);
    assert.deepEqual(events.filter((e) => e === 'end'), ['end']);
  });

  it('drops a cut added line (a cut value is never matched) but keeps a cut commit header', () => {
    const { visitor, events } = recorder(true);
    const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
    scanner.feed(Buffer.from([header, ...section('a.env'), '+TOKEN=abc'].join('\n')));
    scanner.interrupt();
    assert.ok(!events.some((e) => e.includes('TOKEN=abc')), events.join(' | '));
    const other = recorder(true);
    const second = new PatchScanner(other.visitor, DEFAULT_RULES.keywords);
    second.feed(Buffer.from(header));
    assert.equal(second.interrupt().commit, 'aaa1');
  });
});

describe('PatchScanner counts what it ended (a reader that hands commits on as they are read)', () => {
  const header = (sha: string) => `\x1e${sha}\x1fp\x1fAnn\x1fann@x.example\x1f100\x1f200`;
  const commit = (sha: string, path: string) => [header(sha), `diff --git a/${path} b/${path}`, 'index 1111111..2222222 100644', `--- a/${path}`, `+++ b/${path}`, '@@ -0,0 +1 @@', `+TOKEN_${sha}=1`];
  const LOG = Buffer.from(`${[...commit('aaa1', 'a.env'), ...commit('bbb2', 'b.env'), ...commit('ccc3', 'c.env')].join('\n')}\n`);
  const MARK = '\x1f';
  const STREAM = Buffer.from(`${[...commit('ddd4', 'd.env'), MARK, ...commit('eee5', 'e.env'), MARK, ...commit('fff6', 'f.env'), MARK].join('\n')}\n`);

  it('counts a commit as read once the next header (or the end) came, however git splits its output', () => {
    const headersAt = [...LOG.keys()].filter((i) => LOG[i] === 0x1e);
    for (const size of [1, 2, 5, 17, 64, LOG.length]) {
      const { visitor, events } = recorder(true);
      const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
      for (let at = 0; at < LOG.length; at += size) {
        scanner.feed(LOG.subarray(at, at + size));
        // A header is read once its line ends; the commit before it is then ended, and only then.
        const ended = Math.max(0, headersAt.filter((i) => LOG.indexOf(10, i) < at + size).length - 1);
        assert.equal(scanner.commitsEnded, ended, `after ${at + size} bytes (pieces of ${size})`);
        assert.equal(events.filter((e) => e === 'end').length, ended, `the visitor told as often (pieces of ${size})`);
      }
      scanner.end();
      assert.equal(scanner.commitsEnded, 3, `pieces of ${size}`);
      scanner.end();
      assert.equal(scanner.commitsEnded, 3, 'a second end ends nothing more');
    }
  });

  it('ends each commit at its end mark and counts the marks read, whatever the pieces', () => {
    const marksAt = [...STREAM.keys()].filter((i) => STREAM[i] === MARK.charCodeAt(0) && STREAM[i + 1] === 10);
    for (const size of [1, 3, 16, STREAM.length]) {
      const { visitor, events } = recorder(true);
      const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
      for (let at = 0; at < STREAM.length; at += size) {
        scanner.feed(STREAM.subarray(at, at + size));
        // A mark is counted once its line ends, and the commit before it is ended by then.
        const read = marksAt.filter((i) => i + 1 < at + size).length;
        assert.equal(scanner.marksRead, read, `after ${at + size} bytes (pieces of ${size})`);
        assert.equal(events.filter((e) => e === 'end').length, read, `commits ended after ${at + size} bytes (pieces of ${size})`);
      }
      assert.equal(scanner.marksRead, 3);
      assert.deepEqual(events.filter((e) => e.startsWith('commit') || e === 'end').map((e) => e.split(' ').slice(0, 2).join(' ')), ['commit ddd4', 'end', 'commit eee5', 'end', 'commit fff6', 'end'], `pieces of ${size}`);
    }
  });

  it('reads an end mark line as nothing else, and a line of the mark with more after it as it did before', () => {
    const { visitor, events } = recorder(true);
    const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
    scanner.feed(Buffer.from(`${[...commit('ddd4', 'd.env'), MARK, `${MARK}not a mark`].join('\n')}\n`));
    scanner.end();
    assert.deepEqual(events.filter((e) => e === 'end'), ['end']);
    assert.ok(!events.some((e) => e.includes('not a mark')));
  });
});

describe('PatchScanner reads renames (the history\'s log finds them)', () => {
  /** Each file section as `path<-movedFrom`, and its added lines. */
  function sections(text: string, pieceSize: number): string[] {
    const events: string[] = [];
    const { visitor } = recorder(true);
    visitor.file = (p) => events.push(`file ${p}`);
    visitor.added = (t, n) => events.push(`+${n} ${t}`);
    visitor.fileEnd = (s) => events.push(`end ${s.path}<-${s.movedFrom ?? ''} ${s.newBlob ?? '-'}`);
    const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; at += pieceSize) scanner.feed(bytes.subarray(at, at + pieceSize));
    scanner.end();
    return events;
  }
  const RENAMES = [
    '\x1eaaa1\x1fp1\x1fAnn\x1fann@x.example\x1f100\x1f200',
    '',
    // Moved as it is: no lines, no blob ids.
    'diff --git a/old dir/app.env b/new dir/app.env',
    'similarity index 100%',
    'rename from old dir/app.env',
    'rename to new dir/app.env',
    // Moved and changed: the changed lines at the new path.
    'diff --git a/conf/db.env b/deploy/db.env',
    'similarity index 80%',
    'rename from conf/db.env',
    'rename to deploy/db.env',
    'index 1111111..2222222 100644',
    '--- a/conf/db.env',
    '+++ b/deploy/db.env',
    '@@ -3 +3 @@',
    '-api_token=old',
    '+api_token=new',
    // Quoted paths (git quotes a path with a tab or a non-ASCII byte), one side only.
    'diff --git "a/caf\\303\\251.env" b/cafe.env',
    'similarity index 100%',
    'rename from "caf\\303\\251.env"',
    'rename to cafe.env',
    'diff --git "a/t\\tab.env" "b/t\\tab2.env"',
    'similarity index 100%',
    'rename from "t\\tab.env"',
    'rename to "t\\tab2.env"',
    // A copy, named the same way.
    'diff --git a/a.env b/b.env',
    'similarity index 100%',
    'copy from a.env',
    'copy to b.env',
    // And an ordinary file after them.
    'diff --git a/x.env b/x.env',
    'index 3333333..4444444 100644',
    '--- a/x.env',
    '+++ b/x.env',
    '@@ -1 +1 @@',
    '+password=p',
    '',
  ].join('\n');

  it('opens a moved file\'s section at its new path, says where it came from, and reads its changed lines there', () => {
    const expected = [
      'file new dir/app.env',
      'end new dir/app.env<-old dir/app.env -',
      'file deploy/db.env',
      '+3 api_token=new',
      'end deploy/db.env<-conf/db.env 2222222',
      'file cafe.env',
      'end cafe.env<-café.env -',
      'file t\tab2.env',
      'end t\tab2.env<-t\tab.env -',
      'file b.env',
      'end b.env<-a.env -',
      'file x.env',
      '+1 password=p',
      'end x.env<- 4444444',
    ];
    for (const piece of [1, 7, 64, 1 << 16]) assert.deepEqual(sections(RENAMES, piece), expected, `pieces of ${piece}`);
  });
});
