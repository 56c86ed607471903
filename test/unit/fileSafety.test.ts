import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeLeftoverTemporaries, writeFileAtomic } from '../../src/core/atomicWrite';
import { describeError, FileError, fileErrorFrom } from '../../src/core/fileErrors';
import { breakLock, lockPathFor, withFileLock } from '../../src/core/fileLock';
import { translator } from '../../src/core/i18n/translator';
import { MINIMAL, tempDir } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const NOBODY = 65534;

function cliAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let cliForNobody: string | undefined;

/**
 * The bundled CLI copied where another user can read it: a checkout may sit under a folder only its
 * owner may enter (mktemp -d makes them 0700), and the test is about the repository's folder, not that.
 */
function reachableCli(): string {
  if (cliForNobody) return cliForNobody;
  const folder = mkdtempSync(join(tmpdir(), 'handover-cli-'));
  chmodSync(folder, 0o755);
  copyFileSync(CLI, join(folder, 'cli.js'));
  chmodSync(join(folder, 'cli.js'), 0o644);
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return (cliForNobody = join(folder, 'cli.js'));
}

/** Runs the CLI as another user (root only: setpriv drops to nobody). */
function cliAsNobody(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath, reachableCli(), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', HOME: '/tmp', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withDuties(count: number): string {
  let text = `${MINIMAL}duties:\n`;
  for (let i = 1; i <= count; i++) text += `  - id: d${i}\n    title: Duty ${i}\n`;
  return text;
}

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('two writers at once', function () {
  this.timeout(180_000);

  it('keeps every edit of 20 concurrent `handover accept` runs, trial after trial', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const repo = tempDir({ 'HANDOVER.yaml': withDuties(20) });
      try {
        const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => cliAsync(['accept', `d${i + 1}`, '--on', '2026-11-30', '--repo', repo.dir])));
        const text = readFileSync(join(repo.dir, 'HANDOVER.yaml'), 'utf8');
        for (const [i, run] of runs.entries()) {
          assert.equal(run.code, 0, `trial ${trial}, d${i + 1}: ${run.stderr}`);
          assert.match(text, new RegExp(`- id: d${i + 1}\\n    title: Duty ${i + 1}\\n    accepted: \\{by: Bob, on: 2026-11-30\\}\\n`), `trial ${trial}: d${i + 1} lost`);
        }
        assert.equal(text.match(/accepted:/g)?.length, 20);
        assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml'], 'no lock or temporary file left');
      } finally {
        repo.dispose();
      }
    }
  });

  it('runs the actions of one process one after the other', async () => {
    const repo = tempDir({ 'f.txt': '' });
    try {
      const target = join(repo.dir, 'f.txt');
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 8 }, () =>
          withFileLock(target, async () => {
            most = Math.max(most, ++inside);
            await sleep(5);
            inside--;
          }),
        ),
      );
      assert.equal(most, 1);
      assert.equal(existsSync(lockPathFor(target)), false);
    } finally {
      repo.dispose();
    }
  });

  it('fails with a sentence naming the holder when the lock stays taken', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    // A live process on this machine holds it.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const lock = lockPathFor(join(repo.dir, 'HANDOVER.yaml'));
      writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), time: '2026-11-30T01:02:03.000Z', nonce: 'x' }));
      const error = await withFileLock(join(repo.dir, 'HANDOVER.yaml'), async () => 'ran', { waitMs: 200 }).catch((err: unknown) => err);
      assert.ok(error instanceof FileError);
      const message = describeError(error, translator('en'));
      assert.match(message, /HANDOVER\.yaml is being edited by another process \(pid \d+ on .+ since 2026-11-30T01:02:03\.000Z\); nothing was written/);
      assert.ok(message.includes(lock));
      assert.match(describeError(error, translator('zh-CN')), /正被另一个进程修改/);
      assert.ok(existsSync(lock), 'a live lock is not removed');
    } finally {
      holder.kill();
      repo.dispose();
    }
  });

  it('keeps waiting while the lock changes hands, and gives up only on one holder that keeps it', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const target = join(repo.dir, 'HANDOVER.yaml');
      const lock = lockPathFor(target);
      // Another writer's lock, put in place in one step (a new file: the lock never disappears between holders).
      const take = (nonce: string) => {
        writeFileSync(`${lock}.next`, JSON.stringify({ pid: holder.pid, host: hostname(), time: new Date().toISOString(), nonce }));
        renameSync(`${lock}.next`, lock);
      };
      // Three writers ahead of this one, each holding the lock 250 ms: 750 ms in all, three times the wait.
      take('first');
      const waiting = withFileLock(target, async () => 'ran', { waitMs: 400 }).catch((err: unknown) => err);
      await sleep(250);
      take('second');
      await sleep(250);
      take('third');
      await sleep(250);
      rmSync(lock, { force: true });
      assert.equal(await waiting, 'ran', 'a queue that moves is waited for');
      assert.equal(existsSync(lock), false);
    } finally {
      holder.kill();
      repo.dispose();
    }
  });

  it('takes over a lock whose holder died, and one nobody refreshed for too long', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const target = join(repo.dir, 'HANDOVER.yaml');
      const lock = lockPathFor(target);
      writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'dead' }));
      assert.equal(await withFileLock(target, async () => 'ran', { waitMs: 100 }), 'ran');
      // On another machine (the pid says nothing) but untouched for longer than staleMs.
      writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', time: '2026-01-01T00:00:00Z', nonce: 'old' }));
      const old = new Date(Date.now() - 120_000);
      utimesSync(lock, old, old);
      assert.equal(await withFileLock(target, async () => 'ran again', { waitMs: 100 }), 'ran again');
      assert.equal(existsSync(lock), false);
      // The CLI does the same after a crash.
      writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'dead' }));
      const run = cli(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
    } finally {
      repo.dispose();
    }
  });
});

describe('breaking a stale lock', function () {
  this.timeout(30_000);

  // A waiter reads the lock of a writer that then releases it and exits; a new writer takes the lock
  // (a new file that may get the old one's inode number back); the waiter, judging from its read, finds
  // the old holder dead. The new writer's lock must survive.
  it('judges the lock it finds, not the one the waiter read: a live lock that replaced a dead one is kept', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const lock = lockPathFor(join(repo.dir, 'HANDOVER.yaml'));
      writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'gone' }));
      // The waiter judged that one dead; by the time it breaks the lock, a live writer holds it (same inode).
      const live = JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'alive' });
      writeFileSync(lock, live);
      assert.equal(await breakLock(lock, 30_000), false);
      assert.equal(readFileSync(lock, 'utf8'), live, 'the live lock is kept');
      assert.deepEqual(readdirSync(repo.dir).sort(), ['.HANDOVER.yaml.lock', 'HANDOVER.yaml'], 'no guard left');
      // Still the dead holding: removed.
      writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'gone' }));
      assert.equal(await breakLock(lock, 30_000), true);
      assert.equal(existsSync(lock), false);
    } finally {
      repo.dispose();
    }
  });

  it('lets one writer at a time break it, and takes over the guard of a breaker that died', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const lock = lockPathFor(join(repo.dir, 'HANDOVER.yaml'));
      const dead = JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'gone' });
      writeFileSync(lock, dead);
      // A live breaker is at work: this one leaves the lock to it.
      writeFileSync(`${lock}.break`, JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'busy' }));
      assert.equal(await breakLock(lock, 30_000), false);
      assert.equal(readFileSync(lock, 'utf8'), dead);
      assert.ok(existsSync(`${lock}.break`), "a live breaker's guard is kept");
      // That breaker died: its guard goes, and the next try breaks the lock.
      writeFileSync(`${lock}.break`, dead);
      assert.equal(await breakLock(lock, 30_000), false);
      assert.equal(existsSync(`${lock}.break`), false);
      assert.equal(await breakLock(lock, 30_000), true);
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
      // The whole way, as a writer meets it.
      writeFileSync(lock, dead);
      writeFileSync(`${lock}.break`, dead);
      assert.equal(await withFileLock(join(repo.dir, 'HANDOVER.yaml'), async () => 'ran', { waitMs: 2_000 }), 'ran');
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
    } finally {
      repo.dispose();
    }
  });
});

describe('atomic writes keep what the file was', function () {
  this.timeout(60_000);
  it('keeps the mode of the file it replaces', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': 'old\n' });
    try {
      const file = join(repo.dir, 'HANDOVER.yaml');
      chmodSync(file, 0o640);
      await writeFileAtomic(file, 'new\n');
      assert.equal(statSync(file).mode & 0o7777, 0o640);
      assert.equal(readFileSync(file, 'utf8'), 'new\n');
    } finally {
      repo.dispose();
    }
  });

  it('refuses a read-only file with a clear message and leaves it as it was', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const file = join(repo.dir, 'HANDOVER.yaml');
      chmodSync(file, 0o444);
      const error = await writeFileAtomic(file, 'new\n').catch((err: unknown) => err);
      assert.ok(error instanceof FileError);
      assert.equal(error.key, 'file.readOnly');
      const run = cli(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /HANDOVER\.yaml is read-only, so nothing was written/);
      assert.equal(run.stdout, '');
      assert.equal(readFileSync(file, 'utf8'), withDuties(1));
      assert.equal(statSync(file).mode & 0o777, 0o444);
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
    } finally {
      repo.dispose();
    }
  });

  (isRoot ? it : it.skip)('keeps the owner when run by root, and refuses to change it when run by another user', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(2) });
    try {
      const file = join(repo.dir, 'HANDOVER.yaml');
      chownSync(file, 1234, 1234);
      const byRoot = cli(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(byRoot.code, 0, byRoot.stderr);
      assert.equal(statSync(file).uid, 1234);
      assert.equal(statSync(file).gid, 1234);
      // nobody may write the folder and the file, but may not give the file away.
      chmodSync(repo.dir, 0o777);
      chmodSync(file, 0o666);
      const before = readFileSync(file, 'utf8');
      const byNobody = cliAsNobody(['accept', 'd2', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(byNobody.code, 2);
      assert.match(byNobody.stderr, /HANDOVER\.yaml belongs to user 1234:1234; rewriting it as user 65534:65534 would change its owner, so nothing was written/);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.equal(statSync(file).uid, 1234);
      assert.deepEqual(readdirSync(repo.dir).sort(), ['HANDOVER.yaml'], 'the temporary file is removed');
    } finally {
      repo.dispose();
    }
  });

  (isRoot ? it : it.skip)('says in a sentence that a folder is not writable, without the temporary name', () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      chmodSync(join(repo.dir, 'HANDOVER.yaml'), 0o666);
      chmodSync(repo.dir, 0o555);
      const run = cliAsNobody(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^Error: Cannot lock .*\.HANDOVER\.yaml\.lock: permission denied/m);
      assert.doesNotMatch(run.stderr, /EACCES|\.tmp/);
      const zh = cliAsNobody(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir], { LANG: 'zh_CN.UTF-8' });
      assert.match(zh.stderr, /无法锁定 .*：权限不足/);
    } finally {
      chmodSync(repo.dir, 0o755);
      repo.dispose();
    }
  });

  it('says that a folder named HANDOVER.yaml is a folder', () => {
    const repo = tempDir({ 'HANDOVER.yaml/inside': 'x' });
    try {
      for (const command of [['validate'], ['accept', 'd1'], ['generate']]) {
        const run = cli([...command, '--repo', repo.dir]);
        assert.equal(run.code, 2, `${command[0]}: ${run.stderr}`);
        assert.match(run.stderr, /Cannot read .*HANDOVER\.yaml: it is a folder, not a file\./, command[0]);
        assert.doesNotMatch(run.stderr, /EISDIR/);
      }
    } finally {
      repo.dispose();
    }
  });

  it('removes its temporary file when the write fails', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': 'old\n' });
    try {
      const file = join(repo.dir, 'HANDOVER.yaml');
      // Not writable content: the write fails after the temporary file was created.
      await assert.rejects(writeFileAtomic(file, 42 as unknown as string), FileError);
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
      assert.equal(readFileSync(file, 'utf8'), 'old\n');
    } finally {
      repo.dispose();
    }
  });

  it('cleans the temporary files a crash left on the next run, and not those of a live write', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const live = `.HANDOVER.yaml.${process.pid}-0a0b0c.tmp`;
      const leftovers = ['.HANDOVER.yaml.1f2e3d4c5b6a.tmp', `.HANDOVER.yaml.${deadPid()}-abcdef012345.tmp`];
      for (const name of [...leftovers, live, '.HANDOVER.md.1f2e3d.tmp']) writeFileSync(join(repo.dir, name), 'half');
      const removed = await removeLeftoverTemporaries(join(repo.dir, 'HANDOVER.yaml'));
      assert.deepEqual(removed.map((p) => p.slice(repo.dir.length + 1)).sort(), leftovers.sort());
      assert.deepEqual(readdirSync(repo.dir).sort(), ['.HANDOVER.md.1f2e3d.tmp', live, 'HANDOVER.yaml'].sort());
      writeFileSync(join(repo.dir, leftovers[0]!), 'half');
      const run = cli(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(existsSync(join(repo.dir, leftovers[0]!)), false);
    } finally {
      repo.dispose();
    }
  });

  it('edits the file a symbolic link points to, and the link stays a link', () => {
    const repo = tempDir({ 'docs/handover.yaml': withDuties(1) });
    try {
      symlinkSync('docs/handover.yaml', join(repo.dir, 'HANDOVER.yaml'));
      const run = cli(['accept', 'd1', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(lstatSync(join(repo.dir, 'HANDOVER.yaml')).isSymbolicLink());
      assert.match(readFileSync(join(repo.dir, 'docs', 'handover.yaml'), 'utf8'), /accepted: \{by: Bob, on: 2026-11-30\}/);
      assert.deepEqual(readdirSync(join(repo.dir, 'docs')), ['handover.yaml']);
    } finally {
      repo.dispose();
    }
  });

  it('refuses to write through a dangling link', async () => {
    const repo = tempDir();
    try {
      mkdirSync(join(repo.dir, 'sub'));
      symlinkSync('sub/gone.md', join(repo.dir, 'HANDOVER.md'));
      const error = await writeFileAtomic(join(repo.dir, 'HANDOVER.md'), 'x').catch((err: unknown) => err);
      assert.ok(error instanceof FileError);
      assert.equal(error.key, 'file.danglingLink');
      assert.ok(lstatSync(join(repo.dir, 'HANDOVER.md')).isSymbolicLink());
    } finally {
      repo.dispose();
    }
  });
});

describe('paths stay inside the repository', function () {
  this.timeout(60_000);
  it('refuses a HANDOVER.yaml that links outside, for reading and for editing, and leaves the link alone', () => {
    const outside = tempDir({ 'elsewhere.yaml': withDuties(1) });
    const repo = tempDir();
    try {
      symlinkSync(join(outside.dir, 'elsewhere.yaml'), join(repo.dir, 'HANDOVER.yaml'));
      for (const command of [['validate'], ['accept', 'd1', '--on', '2026-11-30'], ['generate']]) {
        const run = cli([...command, '--repo', repo.dir]);
        assert.equal(run.code, 2, `${command[0]}: ${run.stderr}`);
        assert.match(run.stderr, /HANDOVER\.yaml resolves to .*elsewhere\.yaml, outside the repository .*; Handover reads and writes only inside it\./, command[0]);
      }
      assert.ok(lstatSync(join(repo.dir, 'HANDOVER.yaml')).isSymbolicLink());
      assert.equal(readFileSync(join(outside.dir, 'elsewhere.yaml'), 'utf8'), withDuties(1));
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
    } finally {
      repo.dispose();
      outside.dispose();
    }
  });

  it('refuses --out outside the repository, directly or through a linked folder or file', () => {
    const outside = tempDir();
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      symlinkSync(outside.dir, join(repo.dir, 'linked'));
      symlinkSync(join(outside.dir, 'report.md'), join(repo.dir, 'report-link.md'));
      for (const out of ['../x.md', join(outside.dir, 'x.md'), 'linked/x.md', 'report-link.md']) {
        for (const command of ['generate', 'check']) {
          const run = cli([command, '--repo', repo.dir, '--out', out]);
          assert.equal(run.code, 2, `${command} --out ${out}: ${run.stderr}`);
          assert.match(run.stderr, out.startsWith('linked') || out.startsWith('report') ? /resolves to .*, outside the repository/ : /x\.md is outside the repository /, `${command} --out ${out}`);
        }
      }
      assert.deepEqual(readdirSync(outside.dir), []);
      const zh = cli(['generate', '--repo', repo.dir, '--out', '../x.md'], { LANG: 'zh_CN.UTF-8' });
      assert.match(zh.stderr, /位于仓库 .* 之外/);
      const inside = cli(['generate', '--repo', repo.dir, '--out', 'docs/../HANDOVER.md']);
      assert.equal(inside.code, 0, inside.stderr);
    } finally {
      repo.dispose();
      outside.dispose();
    }
  });
});

describe('empty names on the command line', function () {
  this.timeout(60_000);

  it('refuses --by "" and --name "" the same way: a usage error, exit 2, nothing written', () => {
    const repo = tempDir({ 'HANDOVER.yaml': withDuties(1) });
    try {
      const by = cli(['accept', 'd1', '--by', '', '--repo', repo.dir]);
      const blankBy = cli(['rotated', 'd1', '--by', '  ', '--repo', repo.dir]);
      const name = cli(['sign', '--as', 'to', '--name', '', '--repo', repo.dir]);
      for (const run of [by, blankBy, name]) {
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, /^Usage error: --(by|name) /);
      }
      assert.match(by.stderr, /--by must not be empty/);
      assert.equal(readFileSync(join(repo.dir, 'HANDOVER.yaml'), 'utf8'), withDuties(1));
    } finally {
      repo.dispose();
    }
  });
});

describe('file-system errors as sentences', () => {
  const en = translator('en');
  const zh = translator('zh-CN');
  const nodeError = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: raw, ${syscall} '${path}'`), { code, syscall, path });

  it('names the file and says what went wrong, in English and Chinese, for every common code', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['EACCES', /^Cannot write \/r\/HANDOVER\.yaml: permission denied/, /^无法写入 \/r\/HANDOVER\.yaml：权限不足/],
      ['EISDIR', /^Cannot write \/r\/HANDOVER\.yaml: it is a folder, not a file\.$/, /它是文件夹，不是文件。$/],
      ['ENOSPC', /^Cannot write \/r\/HANDOVER\.yaml: no space left on the device\.$/, /磁盘空间已满。$/],
      ['EROFS', /^Cannot write \/r\/HANDOVER\.yaml: the file system is read-only\.$/, /文件系统是只读的。$/],
      ['ENOENT', /^Cannot write \/r\/HANDOVER\.yaml: no such file or folder\.$/, /文件或文件夹不存在。$/],
      ['EDQUOT', /disk quota/, /磁盘配额/],
      ['EWHATEVER', /^Cannot write \/r\/HANDOVER\.yaml: system error EWHATEVER\.$/, /系统错误 EWHATEVER/],
    ];
    for (const [code, english, chinese] of cases) {
      const error = nodeError(code, 'write', '/r/.HANDOVER.yaml.123-abc.tmp');
      const described = fileErrorOf(error);
      assert.match(described.describe(en), english, code);
      assert.match(described.describe(zh), chinese, code);
      assert.doesNotMatch(described.describe(en), /\.tmp|raw/);
    }
    // A raw Node error that names its own path is turned into a sentence too.
    assert.equal(describeError(nodeError('ENOENT', 'open', '/r/HANDOVER.yaml'), en), 'Cannot read /r/HANDOVER.yaml: no such file or folder.');
    assert.equal(describeError(new Error('plain'), en), 'plain');
  });

  function fileErrorOf(err: Error): FileError {
    return fileErrorFrom(err, '/r/HANDOVER.yaml', 'write');
  }
});
