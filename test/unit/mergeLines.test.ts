import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ByteLines } from '../../src/core/detect/credentials/byteLines';
import { MAX_LINE_LENGTH } from '../../src/core/detect/credentials/fileMatcher';
import { mergeLogArguments, readMergeLines } from '../../src/core/detect/credentials/mergeReader';
import { PatchLineParser, type PatchVisitor } from '../../src/core/detect/credentials/patchParser';
import { LEAVER } from '../fixtures/credentialCorpus';
import { FixtureRepo, identityEnv, ISOLATED_ENV } from '../fixtures/fixtureRepo';

/** Everything a visitor is told, in order, as text. */
function recorder(): { visitor: PatchVisitor; events: string[] } {
  const events: string[] = [];
  const visitor: PatchVisitor = {
    commit: (info) => events.push(`commit ${info.sha} ${info.parents.length}`),
    file: (path) => events.push(`file ${path}`),
    hunk: (section) => events.push(`hunk ${section ?? ''}`),
    added: (text, line) => events.push(`added ${line} ${text}`),
    removed: (text) => events.push(`removed ${text}`),
    fileEnd: (section) => events.push(`end ${section.path} ${section.binary}`),
    commitEnd: () => events.push('commitEnd'),
  };
  return { visitor, events };
}

/** The events of the output read as text, line by line (the reading the byte reader must give). */
function readAsText(output: Buffer): string[] {
  const { visitor, events } = recorder();
  const parser = new PatchLineParser(visitor);
  const text = output.toString('utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) parser.feed(line.length > MAX_LINE_LENGTH + 1 ? line.slice(0, MAX_LINE_LENGTH + 2) : line);
  parser.end();
  return events;
}

/** The events of the output read as bytes, handed on in the given pieces. */
function readAsBytes(pieces: Buffer[]): string[] {
  const { visitor, events } = recorder();
  const parser = new PatchLineParser(visitor);
  const lines = new ByteLines((bytes, start, end) => readMergeLines(parser, bytes, start, end));
  for (const piece of pieces) lines.feed(piece);
  lines.flush();
  parser.end();
  return events;
}

/** A merge of three versions of the same files, each differing from both parents in its own way. */
function evilMerges(): { repo: FixtureRepo; output: Buffer } {
  const repo = FixtureRepo.init();
  const write = (files: Record<string, string>) => Object.entries(files).forEach(([path, text]) => repo.write(path, text));
  const shared = ['one', 'two', 'three', 'four', 'five', 'six'];
  write({ 'app/.env': `${shared.join('\n')}\n`, 'notes.txt': '开始\n', 'bundle.js': 'let a = 1;\n' });
  repo.commit('start', LEAVER, '2025-01-01T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'feature');
  write({ 'app/.env': 'one\nTWO_FEATURE\nthree\nfour\nfive\nsix\nfeature-only\n', 'notes.txt': '开始\n分支\n', 'bundle.js': 'let a = 2;\n' });
  repo.commit('feature', LEAVER, '2025-01-02T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  write({ 'app/.env': 'one\ntwo\nthree\nFOUR_MAIN\nfive\nsix\n', 'notes.txt': '开始\n主线\n', 'bundle.js': 'let a = 3;\n' });
  repo.commit('main', LEAVER, '2025-01-03T00:00:00Z');
  try {
    repo.gitWith(identityEnv(LEAVER, '2025-01-04T00:00:00Z'), 'merge', '-q', '--no-ff', '--no-commit', 'feature');
  } catch {
    // conflicts: resolved below
  }
  assert.ok(existsSync(join(repo.dir, '.git', 'MERGE_HEAD')), 'the merge is open');
  // Kept from both sides, lines of the merge's own (one of them with no newline at the end), a line in
  // Chinese, and a line longer than a line is read.
  write({
    'app/.env': 'one\nTWO_FEATURE\nthree\nFOUR_MAIN\nDB_PASSWORD=merge-own-1\nsix\nfeature-only\nAPI_TOKEN=merge-own-2',
    'notes.txt': '开始\n分支\n合并：密码在保险箱\n',
    'bundle.js': `let a = 4; // ${'x'.repeat(MAX_LINE_LENGTH + 40)}\n`,
  });
  repo.commit('merge feature', LEAVER, '2025-01-04T00:00:00Z');
  const output = execFileSync('git', mergeLogArguments(['HEAD']), { cwd: repo.dir, env: { ...process.env, ...ISOLATED_ENV }, maxBuffer: 1 << 26 });
  return { repo, output };
}

describe('merges: combined diffs read as bytes', function () {
  this.timeout(60_000);
  let repo: FixtureRepo;
  let output: Buffer;
  let expected: string[];
  before(() => {
    ({ repo, output } = evilMerges());
    expected = readAsText(output);
  });
  after(() => repo.dispose());

  it('the fixture has what the reading must tell apart: lines of the merge itself, lines of a parent, a cut long line', () => {
    const added = expected.filter((e) => e.startsWith('added '));
    assert.ok(added.some((e) => e.includes('DB_PASSWORD=merge-own-1')), 'a line of the merge');
    assert.ok(added.some((e) => e.includes('API_TOKEN=merge-own-2')), 'the merge\'s last line, without newline');
    assert.ok(added.some((e) => e.includes('合并')), 'a line in Chinese');
    assert.ok(added.some((e) => e.length > MAX_LINE_LENGTH), 'the long line, cut');
    assert.ok(!added.some((e) => e.includes('TWO_FEATURE') || e.includes('FOUR_MAIN') || e.includes('feature-only')), 'no line of a parent');
  });

  it('tells the same as the text reading, the output given whole', () => {
    assert.deepEqual(readAsBytes([output]), expected);
  });

  it('tells the same with the output cut anywhere before the long line, and in pieces of any small size', () => {
    const longAt = output.indexOf('let a = 4;');
    for (let cut = 0; cut <= longAt; cut++) assert.deepEqual(readAsBytes([output.subarray(0, cut), output.subarray(cut)]), expected, `cut at byte ${cut}`);
    for (let size = 1; size <= 24; size++) {
      const pieces: Buffer[] = [];
      for (let at = 0; at < output.length; at += size) pieces.push(output.subarray(at, at + size));
      assert.deepEqual(readAsBytes(pieces), expected, `pieces of ${size} bytes`);
    }
  });
});
