import * as assert from 'node:assert/strict';
import { coAuthorEmails, LogParser, parseLog, RECORD_MARK, timeBetween, type LogCommit } from '../../src/core/detect/ownership/logParser';
import { DEFAULT_EXCLUDE_GLOBS } from '../../src/core/detect/ownership/defaultExclusions';
import { compileGlobs } from '../../src/core/detect/ownership/pathGlob';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
const H3 = 'c'.repeat(40);

/** Commits from `git log --numstat -z` output as git prints it (see logParser.ts), given in pieces of `size` bytes. */
function inPieces(text: string, size: number): LogCommit[] {
  const bytes = Buffer.from(text, 'utf8');
  const commits: LogCommit[] = [];
  const parser = new LogParser((commit) => void commits.push(commit));
  for (let at = 0; at < bytes.length; at += size) parser.push(bytes.subarray(at, at + size));
  parser.end();
  return commits;
}

describe('ownership: git log parser (canned output)', () => {
  it('reads headers, changes, renames, binary entries and empty commits', () => {
    const text =
      `${RECORD_MARK}${H1}\0${H2}\0Lee\0lee@x\x001700000300\0\0\0\n3\t1\tsrc/a.ts\x002\t0\t\0old name.ts\0new\nname.ts\0-\t-\tlogo.png\0` +
      `${RECORD_MARK}${H2}\0${H3}\0Bob\0bob@x\x001700000200\0\0\0` +
      `${RECORD_MARK}${H3}\0\0Carol\0carol@x\x001700000100\0Lee <LEE@x>\x1fDup <lee@x>\x1fCarol <carol@x>\0\0\n10\t0\t\x1etricky\tname\0`;
    const commits: LogCommit[] = parseLog(text);
    assert.equal(commits.length, 3);
    assert.deepEqual(commits[0], {
      hash: H1,
      parents: H2,
      authorName: 'Lee',
      authorEmail: 'lee@x',
      time: 1700000300,
      coAuthorEmails: [],
      changes: [
        { path: 'src/a.ts', added: 3, deleted: 1 },
        { path: 'new\nname.ts', from: 'old name.ts', added: 2, deleted: 0 },
        { path: 'logo.png', added: null, deleted: null },
      ],
    });
    assert.deepEqual(commits[1]?.changes, []);
    assert.equal(commits[2]?.parents, '');
    assert.equal(commits[1]?.authorName, 'Bob');
    // The author's own address among the trailers and a duplicate are dropped.
    assert.deepEqual(commits[2]?.coAuthorEmails, ['lee@x']);
    assert.deepEqual(commits[2]?.changes, [{ path: '\x1etricky\tname', added: 10, deleted: 0 }]);
  });

  it('gives the same commits however git\'s output is cut into pieces, a character split in two included', () => {
    const text =
      `${RECORD_MARK}${H1}\0${H2}\0Zoë 李\0zoe@x\x001700000300\0Ann <ann@x>\0\0\n3\t1\t中文/文件.txt\x002\t0\t\0old é.ts\0new\nname.ts\0-\t-\tlogo.png\0` +
      `${RECORD_MARK}${H2}\0\0Bob\0bob@x\x001700000200\0\0\0\n12\t345\tsrc/b.ts\0`;
    const whole = parseLog(text);
    assert.equal(whole.length, 2);
    assert.equal(whole[0]?.authorName, 'Zoë 李');
    assert.deepEqual(whole[0]?.coAuthorEmails, ['ann@x']);
    assert.deepEqual(whole[0]?.changes.map((c) => c.path), ['中文/文件.txt', 'new\nname.ts', 'logo.png']);
    assert.deepEqual(whole[1]?.changes, [{ path: 'src/b.ts', added: 12, deleted: 345 }]);
    for (let size = 1; size <= 17; size++) assert.deepEqual(inPieces(text, size), whole, `pieces of ${size} bytes`);
  });

  it('takes rename paths by position, whatever they hold', () => {
    const text = `${RECORD_MARK}${H1}\0\0A\0a@x\x001\0\0\0\n0\t0\t\0${RECORD_MARK}old\0\n1\t2\tnew\0`;
    assert.deepEqual(parseLog(text)[0]?.changes, [{ path: '\n1\t2\tnew', from: `${RECORD_MARK}old`, added: 0, deleted: 0 }]);
  });

  it('yields nothing for no output and survives a cut-off header', () => {
    assert.deepEqual(parseLog(''), []);
    assert.deepEqual(parseLog('\0'), []);
    const [cut] = parseLog(`${RECORD_MARK}${H1}\0\0Lee`);
    assert.equal(cut?.hash, H1);
    assert.equal(cut?.authorEmail, '');
  });

  it('reads the author time from its digits as parseInt reads its text', () => {
    for (const text of ['1700000100', '0', '', '-', '+42', '-42', ' 17', '\t\n9', '12ab', 'ab12', '007', '99999999999']) {
      const bytes = Buffer.from(`x${text}y`, 'latin1');
      assert.equal(timeBetween(bytes, 1, bytes.length - 1), Number.parseInt(text, 10) || 0, JSON.stringify(text));
    }
    const [commit] = parseLog(`${RECORD_MARK}${H1}\0\0A\0a@x\0 1700000300\0\0\0\n1\t0\ta\0`);
    assert.equal(commit?.time, 1700000300);
    // A time split between two pieces of output is read whole.
    assert.deepEqual(inPieces(`${RECORD_MARK}${H1}\0\0A\0a@x\x001700000300\0\0\0\n1\t0\ta\0`, 3).map((c) => c.time), [1700000300]);
  });

  it('gives the commits without co-authors one empty list that cannot be changed', () => {
    const commits = parseLog(`${RECORD_MARK}${H1}\0\0A\0a@x\x001\0\0\0${RECORD_MARK}${H2}\0\0B\0b@x\x002\0\0\0`);
    assert.deepEqual(commits.map((c) => c.coAuthorEmails), [[], []]);
    assert.ok(Object.isFrozen(commits[0]?.coAuthorEmails));
  });

  it('reads Co-authored-by values with or without a name', () => {
    assert.deepEqual(coAuthorEmails('Ann <Ann@X.y>\x1fplain@x.y\x1f  \x1fB <b@x>', 'b@x'), ['ann@x.y', 'plain@x.y']);
  });
});

describe('ownership: exclude globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.min.js', 'dist/app.min.js', true],
    ['*.min.js', 'app.min.js', true],
    ['*.min.js', 'app.min.jsx', false],
    ['vendor/', 'vendor/a/b.ts', true],
    ['vendor/', 'src/vendor/b.ts', true],
    ['vendor/', 'vendors/b.ts', false],
    ['src/generated/**', 'src/generated/x/y.ts', true],
    ['src/generated/**', 'src/generatedx/y.ts', false],
    ['src/**/*.snap', 'src/a.snap', true],
    ['src/**/*.snap', 'src/a/b/c.snap', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['/top.txt', 'top.txt', true],
    ['/top.txt', 'a/top.txt', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
    ['file[0-9].txt', 'file5.txt', true],
    ['file[!0-9].txt', 'file5.txt', false],
    ['file[!0-9].txt', 'fileA.txt', true],
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['a+b(c).txt', 'aab(c).txt', false],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(compileGlobs([glob])(path), expected);
    });
  }

  it('joined, matches a path when any one of the globs does, file names at any depth included', () => {
    const globs = [...DEFAULT_EXCLUDE_GLOBS, ...cases.map(([glob]) => glob), '**', 'x/**', '**/y.ts', '*.[jt]s', 'name'];
    const paths = [
      ...cases.map(([, path]) => path),
      'package-lock.json',
      'web/package-lock.json',
      'a/b/c/go.sum',
      'go.sum.txt',
      'x/deep/er/file.pb.go',
      'y.ts',
      'src/y.ts',
      'name',
      'a/name',
      'name/a',
      'a.js/b',
      'dir.min.js/file',
      'weird\nname.min.js',
    ];
    const joined = compileGlobs(globs);
    const each = globs.map((glob) => compileGlobs([glob]));
    for (const path of paths) assert.equal(joined(path), each.some((matches) => matches(path)), path);
    // A file-name glob matches the last segment only, a '**' any path.
    assert.equal(compileGlobs(['*.js'])('a.js/b'), false);
    assert.equal(compileGlobs(['name'])('name/a'), false);
    assert.equal(compileGlobs(['**'])('a/b/c'), true);
    assert.equal(compileGlobs(['*.min.js'])('weird\nname.min.js'), true);
  });

  it('matches nothing without globs', () => {
    assert.equal(compileGlobs([])('a'), false);
    assert.equal(compileGlobs(['', '  '])('a'), false);
  });
});
