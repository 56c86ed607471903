import * as assert from 'node:assert/strict';
import { existsSync, promises as fsp, readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, formatRefusal, runEdit, type EditRequest } from '../../src/cli/editCommands';
import { lockPathFor } from '../../src/core/fileLock';
import type { EditOperation } from '../../src/core/handover/edit';
import { translator } from '../../src/core/i18n/translator';
import { captured, MINIMAL, tempDir } from './helpers';

const t = translator('en');
const FILE_TEXT = `${MINIMAL}duties:\n  - id: d1\n    title: Renew certificates\n  - id: d2\n    title: Rotate logs\n`;
const ACCEPT = (id: string): EditOperation => ({ kind: 'accept', id, by: 'Bob', on: '2026-11-26' });

function request(operations: EditOperation[], done = 'Done.'): () => Promise<EditRequest> {
  return async () => ({ operations, done });
}

/**
 * Runs `body` while a program that does not take the lock (a text editor) saves `content` to `file`
 * in the window the lock cannot cover: after the edit re-read the file under the lock and planned its
 * change, just before its last read of the file before writing (the second read while the lock is held).
 */
async function savedUnderTheLock<T>(file: string, content: string, body: () => Promise<T>): Promise<T> {
  const lock = lockPathFor(file);
  const original = fsp.readFile;
  let readsUnderLock = 0;
  fsp.readFile = function (this: unknown, ...args: Parameters<typeof fsp.readFile>) {
    if (args[0] === file && existsSync(lock) && ++readsUnderLock === 2) writeFileSync(file, content);
    return original.apply(this, args);
  } as typeof fsp.readFile;
  try {
    return await body();
  } finally {
    fsp.readFile = original;
    assert.ok(readsUnderLock >= 2, `the change was saved under the lock (reads of the file under it: ${readsUnderLock})`);
  }
}

describe('the CLI edit commands (in process)', function () {
  this.timeout(30_000);
  let dir: { dir: string; dispose(): void };
  let file: string;
  beforeEach(() => {
    dir = tempDir({ 'HANDOVER.yaml': FILE_TEXT });
    file = join(dir.dir, 'HANDOVER.yaml');
  });
  afterEach(() => dir.dispose());

  it('writes the edit, keeps the file mode, prints what was done and exits 0', async () => {
    chmodSync(file, 0o600);
    const io = captured();
    assert.equal(await runEdit(file, t, io, request([ACCEPT('d1')], 'Accepted d1.')), EXIT_OK);
    assert.equal(readFileSync(file, 'utf8'), FILE_TEXT.replace('Renew certificates\n', 'Renew certificates\n    accepted: {by: Bob, on: 2026-11-26}\n'));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(io.stdout, 'Accepted d1.\n');
    assert.equal(io.stderr, '');
    assert.deepEqual(readdirSync(dir.dir), ['HANDOVER.yaml']);
  });

  it('prints the warnings of the request after what was done', async () => {
    const io = captured();
    const code = await runEdit(file, t, io, async () => ({ operations: [ACCEPT('d1')], done: 'Accepted d1.', warnings: ['first warning', 'second warning'] }));
    assert.equal(code, EXIT_OK);
    assert.equal(io.stdout, 'Accepted d1.\n');
    assert.equal(io.stderr, 'first warning\nsecond warning\n');
  });

  it('hands the parsed file to the request, and applies every operation in turn', async () => {
    let seen: string | undefined;
    const code = await runEdit(file, t, captured(), async (handover) => {
      seen = handover.to.name;
      return { operations: [ACCEPT('d1'), ACCEPT('d2')], done: 'ok' };
    });
    assert.equal(code, EXIT_OK);
    assert.equal(seen, 'Bob');
    assert.equal((readFileSync(file, 'utf8').match(/accepted: \{by: Bob/g) ?? []).length, 2);
  });

  it('keeps a byte order mark and CRLF line ends', async () => {
    const crlf = `\uFEFF${FILE_TEXT.replace(/\n/g, '\r\n')}`;
    writeFileSync(file, crlf);
    assert.equal(await runEdit(file, t, captured(), request([ACCEPT('d2')])), EXIT_OK);
    const out = readFileSync(file, 'utf8');
    assert.ok(out.startsWith('\uFEFF'), 'the BOM stays');
    assert.equal(out, `${crlf}    accepted: {by: Bob, on: 2026-11-26}\r\n`);
  });

  it('keeps a change saved between the first read and the lock: the file is read again under the lock and the edit applied to it', async () => {
    const io = captured();
    const savedMeanwhile = `${FILE_TEXT}# saved by an editor meanwhile\n`;
    const code = await runEdit(file, t, io, async () => {
      // Someone saves the file after it was first read, before the edit takes the lock.
      writeFileSync(file, savedMeanwhile);
      return { operations: [ACCEPT('d1')], done: 'Accepted d1.' };
    });
    assert.equal(code, EXIT_OK, io.stderr);
    assert.equal(readFileSync(file, 'utf8'), savedMeanwhile.replace('Renew certificates\n', 'Renew certificates\n    accepted: {by: Bob, on: 2026-11-26}\n'));
    assert.equal(io.stdout, 'Accepted d1.\n');
    assert.deepEqual(readdirSync(dir.dir), ['HANDOVER.yaml']);
  });

  it('refuses to overwrite a file that changed on disk under the lock (an editor ignores it): exit 2, the other change kept', async () => {
    const io = captured();
    const savedMeanwhile = `${FILE_TEXT}# saved by an editor meanwhile\n`;
    const code = await savedUnderTheLock(file, savedMeanwhile, () => runEdit(file, t, io, request([ACCEPT('d1')], 'Accepted d1.')));
    assert.equal(code, EXIT_USAGE);
    assert.equal(readFileSync(file, 'utf8'), savedMeanwhile);
    assert.equal(io.stderr, `${t('edit.changedOnDisk', { path: file })}\n`, 'the temporary folder is outside the working directory: shown whole');
    assert.match(io.stderr, /HANDOVER\.yaml changed on disk while it was being edited; nothing was written/);
    assert.equal(io.stdout, '', 'nothing is reported as done');
    assert.deepEqual(readdirSync(dir.dir), ['HANDOVER.yaml']);
  });

  it('notices a change on disk of the same length (same size, other bytes)', async () => {
    const sameLength = FILE_TEXT.replace('Rotate logs', 'Rotate LOGS');
    const code = await savedUnderTheLock(file, sameLength, () => runEdit(file, t, captured(), request([ACCEPT('d1')], 'x')));
    assert.equal(code, EXIT_USAGE);
    assert.equal(readFileSync(file, 'utf8'), sameLength);
  });

  it('writes nothing and exits 1 when an operation is refused, even after others succeeded (all or nothing)', async () => {
    const io = captured();
    const before = statSync(file).mtimeMs;
    const code = await runEdit(file, t, io, request([ACCEPT('d1'), ACCEPT('nope')]));
    assert.equal(code, EXIT_INVALID);
    assert.equal(readFileSync(file, 'utf8'), FILE_TEXT);
    assert.equal(statSync(file).mtimeMs, before);
    assert.match(io.stderr, /: error: .*"nope"/);
    assert.match(io.stderr, /HANDOVER\.yaml: nothing was written\.\n$/);
    assert.equal(io.stdout, '');
  });

  it('writes nothing for an edit that changes nothing, and still reports success', async () => {
    const accepted = FILE_TEXT.replace('Renew certificates\n', 'Renew certificates\n    accepted: {by: Bob, on: 2026-11-26}\n');
    writeFileSync(file, accepted);
    const before = statSync(file);
    const io = captured();
    assert.equal(await runEdit(file, t, io, request([], 'Nothing to do.')), EXIT_OK);
    assert.equal(io.stdout, 'Nothing to do.\n');
    assert.equal(statSync(file).ino, before.ino, 'the file was not replaced');
  });

  it('refuses an invalid file with its diagnostics and exits 1, writing nothing', async () => {
    // One error (an item without its title) and one warning (an unknown key): only errors are counted.
    const invalid = `${FILE_TEXT.replace('    title: Rotate logs\n', '')}unknownKey: x\n`;
    writeFileSync(file, invalid);
    const io = captured();
    let asked = false;
    const code = await runEdit(file, t, io, async () => {
      asked = true;
      return { operations: [ACCEPT('d1')], done: 'x' };
    });
    assert.equal(code, EXIT_INVALID);
    assert.equal(asked, false, 'no edit is planned on an invalid file');
    assert.match(io.stderr, /HANDOVER\.yaml:\d+:\d+: error: Missing required key "title"/);
    assert.match(io.stderr, /HANDOVER\.yaml: 1 error; nothing was written\.\n$/);
    assert.match(io.stderr, /warning: /, 'the warning is shown too');
    assert.equal(readFileSync(file, 'utf8'), invalid);
  });

  it('refuses a file that is not UTF-8, saying so', async () => {
    const bytes = Buffer.concat([Buffer.from(FILE_TEXT), Buffer.from([0xff, 0xfe, 0x0a])]);
    writeFileSync(file, bytes);
    const io = captured();
    assert.equal(await runEdit(file, t, io, request([ACCEPT('d1')])), EXIT_INVALID);
    assert.match(io.stderr, /UTF-8/);
    assert.match(io.stderr, /1 error; nothing was written/);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('plans with the findings the request knows, and refuses in the language asked for', async () => {
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: '0123456789abcdef', by: 'Bob', on: '2026-11-27' };
    const known = { fingerprints: ['0123456789abcdef'], paths: [], branches: [] };
    assert.equal(await runEdit(file, t, captured(), async () => ({ operations: [rotate], known, done: 'ok' })), EXIT_OK);
    assert.match(readFileSync(file, 'utf8'), /fingerprint: "0123456789abcdef", by: Bob, on: 2026-11-27/);
    const zh = captured();
    assert.equal(await runEdit(file, translator('zh-CN'), zh, request([ACCEPT('nope')])), EXIT_INVALID);
    assert.match(zh.stderr, /[\u4e00-\u9fff]/, 'the refusal is in Chinese');
  });

  it('formats a refusal with its place, or without one', () => {
    const at = formatRefusal(file, { code: 'edit.notAccepted', message: 'not accepted', range: { start: { line: 3, col: 5 }, end: { line: 3, col: 9 } } });
    assert.match(at, /HANDOVER\.yaml:3:5: error: not accepted/);
    assert.match(formatRefusal(file, { code: 'edit.unknownId', message: 'no such id' }), /HANDOVER\.yaml: error: no such id$/);
  });
});
