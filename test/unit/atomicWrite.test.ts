import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, promises as fsp, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWritable, removeLeftoverTemporaries, writeFileAtomic } from '../../src/core/atomicWrite';
import { translator } from '../../src/core/i18n/translator';
import { fileErrorOf, tempDir } from './helpers';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

type Patched = { owner: Record<string, unknown>; name: string; original: unknown };

/**
 * Runs `body` while every call into `fs.promises` and every method of an open file handle is counted
 * (in the order made); the call numbered `failAt` (1-based) throws an I/O error instead of running.
 * Only counts calls; knows nothing of which ones the code under test makes.
 */
async function withFilesystemFault<T>(failAt: number | undefined, body: () => Promise<T>, when: 'instead' | 'after' = 'instead'): Promise<{ calls: string[]; result: PromiseSettledResult<T> }> {
  const calls: string[] = [];
  const probe = await fsp.open(__filename, 'r');
  const handlePrototype = Object.getPrototypeOf(probe) as Record<string, unknown>;
  await probe.close();
  const patched: Patched[] = [];
  const wrap = (owner: Record<string, unknown>, name: string, label: string) => {
    const original = owner[name];
    if (typeof original !== 'function' || name === 'constructor') return;
    patched.push({ owner, name, original });
    owner[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(label);
      const injected = () => Object.assign(new Error(`injected EIO at ${label}`), { code: 'EIO' });
      if (calls.length === failAt && when === 'instead') return Promise.reject(injected());
      // Took effect, then failed: an open whose reply is lost gives the caller no handle, so the test closes the one it made.
      if (calls.length === failAt) {
        return Promise.resolve((original as (...a: unknown[]) => unknown).apply(this, args)).then(async (done: unknown) => {
          if (isHandle(done)) await (done.close as () => Promise<void>).call(done);
          throw injected();
        });
      }
      const value = (original as (...a: unknown[]) => unknown).apply(this, args);
      // A file handle's close is its own property, not its prototype's.
      return value instanceof Promise ? value.then((opened: unknown) => (isHandle(opened) ? counted(opened) : opened)) : value;
    };
  };
  const isHandle = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === handlePrototype;
  const counted = (handle: Record<string, unknown>) => {
    const close = handle.close as () => Promise<void>;
    handle.close = () => {
      calls.push('handle.close');
      const injected = () => Object.assign(new Error('injected EIO at handle.close'), { code: 'EIO' });
      if (calls.length !== failAt) return close.call(handle);
      // Like close(2), a failing close still releases the descriptor (else Node warns when it is collected).
      return close.call(handle).then(() => Promise.reject(injected()));
    };
    return handle;
  };
  for (const name of Object.keys(fsp)) wrap(fsp as unknown as Record<string, unknown>, name, `fs.${name}`);
  for (const name of Object.getOwnPropertyNames(handlePrototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(handlePrototype, name);
    if (descriptor && typeof descriptor.value === 'function') wrap(handlePrototype, name, `handle.${name}`);
  }
  try {
    const [result] = await Promise.allSettled([body()]);
    return { calls, result };
  } finally {
    for (const { owner, name, original } of patched.reverse()) owner[name] = original;
  }
}

describe('atomic writes', function () {
  this.timeout(30_000);
  it('replaces the file whole, gives a new file the mode asked for, keeps an existing file\'s mode, and leaves no temporary file', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      const created = join(dir.dir, 'new.md');
      await writeFileAtomic(created, 'first', { mode: 0o100600 });
      assert.equal(readFileSync(created, 'utf8'), 'first');
      assert.equal(statSync(created).mode & 0o777, 0o600, 'a new file gets the mode asked for');
      await writeFileAtomic(created, new TextEncoder().encode('bytes'));
      assert.equal(readFileSync(created, 'utf8'), 'bytes');
      assert.equal(statSync(created).mode & 0o777, 0o600, 'rewritten without a mode, the file keeps its own');

      const target = join(dir.dir, 'r.md');
      chmodSync(target, 0o640);
      await writeFileAtomic(target, 'new content', { mode: 0o100600 });
      assert.equal(readFileSync(target, 'utf8'), 'new content');
      assert.equal(statSync(target).mode & 0o777, 0o640, 'the mode asked for is for a new file: an existing file keeps its own');

      const plain = join(dir.dir, 'plain.md');
      await writeFileAtomic(plain, 'x');
      assert.equal(statSync(plain).mode & 0o777, 0o666 & ~process.umask(), 'without a mode a new file is created as any other (0666 less the umask)');
      assert.deepEqual(readdirSync(dir.dir).sort(), ['new.md', 'plain.md', 'r.md']);
    } finally {
      dir.dispose();
    }
  });

  it('creates a file that did not exist', async () => {
    const dir = tempDir();
    try {
      await writeFileAtomic(join(dir.dir, 'new.md'), 'x');
      assert.deepEqual(readdirSync(dir.dir), ['new.md']);
      assert.equal(readFileSync(join(dir.dir, 'new.md'), 'utf8'), 'x');
    } finally {
      dir.dispose();
    }
  });

  it('keeps the old file and leaves no temporary file when any filesystem step fails', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    const target = join(dir.dir, 'r.md');
    // Listing the folder for an earlier crash's leftovers is best effort: when it fails the write goes on.
    const bestEffort = new Set(['fs.readdir']);
    try {
      const clean = await withFilesystemFault(undefined, () => writeFileAtomic(target, 'new', { mode: 0o100640 }));
      assert.equal(clean.result.status, 'fulfilled');
      const steps = clean.calls;
      for (const step of ['fs.lstat', 'fs.open', 'handle.writeFile', 'handle.chmod', 'handle.sync', 'handle.close', 'fs.rename']) {
        assert.ok(steps.includes(step), `the target is looked at, a temporary file written, flushed, closed and renamed (${step}): ${steps.join(', ')}`);
      }
      for (let step = 1; step <= steps.length; step++) {
        writeFileSync(target, 'old');
        const run = await withFilesystemFault(step, () => writeFileAtomic(target, 'new', { mode: 0o100640 }));
        const where = `failure at step ${step} (${steps[step - 1]})`;
        assert.deepEqual(readdirSync(dir.dir), ['r.md'], `${where}: no temporary file is left`);
        if (run.result.status === 'fulfilled') {
          assert.ok(bestEffort.has(steps[step - 1]!), `${where} must be reported`);
          assert.equal(readFileSync(target, 'utf8'), 'new', `${where}: a best-effort step failed, the write went on`);
          continue;
        }
        const reason = (run.result as PromiseRejectedResult).reason as { name?: string; code?: string; message?: string };
        assert.equal(reason.name, 'FileError', `${where}: ${String(reason.message)}`);
        assert.equal(reason.code, 'EIO', where);
        assert.ok(reason.message?.includes(target), `${where}: the error names the file: ${String(reason.message)}`);
        assert.equal(readFileSync(target, 'utf8'), 'old', `${where}: the old file is intact`);
      }
    } finally {
      dir.dispose();
    }
  });

  it('reports the failing step\'s error, not a cleanup\'s, when a step took effect but reported a failure (a lost reply on a network disk)', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    const target = join(dir.dir, 'r.md');
    try {
      const steps = (await withFilesystemFault(undefined, () => writeFileAtomic(target, 'new'))).calls;
      // From step 2: an open that created the file but reported a failure leaves a file no one holds.
      for (let step = 2; step <= steps.length; step++) {
        writeFileSync(target, 'old');
        const run = await withFilesystemFault(step, () => writeFileAtomic(target, 'new'), 'after');
        const where = `step ${step} (${steps[step - 1]}) done, then failed`;
        assert.ok(['old', 'new'].includes(readFileSync(target, 'utf8')), `${where}: the file is whole`);
        assert.deepEqual(readdirSync(dir.dir), ['r.md'], `${where}: no temporary file is left`);
        // Listing the folder for a crash's leftovers is best effort: the write goes on.
        if (steps[step - 1] === 'fs.readdir' && run.result.status === 'fulfilled') continue;
        assert.equal(run.result.status, 'rejected', where);
        // The step's own error (EIO), as a sentence naming the file — not a cleanup's (ENOENT, EBADF…).
        const reason = (run.result as PromiseRejectedResult).reason as { name?: string; code?: string; message?: string };
        assert.equal(reason.name, 'FileError', `${where}: ${String(reason.message)}`);
        assert.equal(reason.code, 'EIO', `${where}: the error is the step's`);
      }
    } finally {
      dir.dispose();
    }
  });

  it('keeps the old file when the folder cannot take a new file', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      await assert.rejects(writeFileAtomic(join(dir.dir, 'missing-folder', 'r.md'), 'new'), { code: 'ENOENT' });
      assert.equal(readFileSync(join(dir.dir, 'r.md'), 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir.dir), ['r.md']);
    } finally {
      dir.dispose();
    }
  });
});

/** Runs `body` while `fs.promises[name]` (or, for `handle.<m>`, the file-handle method) rejects with `code`. */
async function withRejection<T>(name: string, code: string, body: () => Promise<T>): Promise<T> {
  const probe = await fsp.open(__filename, 'r');
  const handlePrototype = Object.getPrototypeOf(probe) as Record<string, unknown>;
  await probe.close();
  const [owner, method] = name.startsWith('handle.') ? [handlePrototype, name.slice('handle.'.length)] : [fsp as unknown as Record<string, unknown>, name];
  const original = owner[method];
  owner[method] = () => Promise.reject(Object.assign(new Error(`injected ${code} at ${name}`), { code }));
  try {
    return await body();
  } finally {
    owner[method] = original;
  }
}

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('atomic writes: what the file was, links, and leftovers of a crash', function () {
  this.timeout(30_000);
  const en = translator('en');

  it('refuses a read-only file, by its mode even for root, and one the system says this user may not write', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      const target = join(dir.dir, 'r.md');
      chmodSync(target, 0o444);
      // One at a time: both started at once, the second's rejection would wait unhandled.
      for (const attempt of [() => writeFileAtomic(target, 'new'), () => checkWritable(target)]) {
        const error = await fileErrorOf(attempt());
        assert.equal(error.key, 'file.readOnly');
        assert.equal(error.describe(en), `${target} is read-only, so nothing was written. Make it writable (chmod u+w) if the change is wanted.`);
      }
      assert.equal(readFileSync(target, 'utf8'), 'old');
      assert.equal(statSync(target).mode & 0o777, 0o444);
      chmodSync(target, 0o644);
      // Another user's 0644 file, or an immutable one: the mode has write bits, access(2) says no.
      for (const code of ['EACCES', 'EPERM']) {
        const error = await withRejection('access', code, () => fileErrorOf(writeFileAtomic(target, 'new')));
        assert.equal(error.describe(en), `${target} is read-only, so nothing was written. Make it writable (chmod u+w) if the change is wanted.`, code);
        assert.equal(readFileSync(target, 'utf8'), 'old', code);
      }
      // Any other failure to ask is reported as it is, naming the file.
      const other = await withRejection('access', 'EIO', () => fileErrorOf(checkWritable(target)));
      assert.equal(other.key, 'file.cannot');
      assert.equal(other.code, 'EIO');
      assert.deepEqual(readdirSync(dir.dir), ['r.md']);
      await checkWritable(target);
      await checkWritable(join(dir.dir, 'not-yet.md'));
    } finally {
      dir.dispose();
    }
  });

  it('refuses a folder and a named pipe by name, and leaves them as they were', async () => {
    const dir = tempDir({ 'folder/inside': 'x' });
    try {
      const folder = join(dir.dir, 'folder');
      for (const attempt of [() => writeFileAtomic(folder, 'new'), () => checkWritable(folder)]) {
        const error = await fileErrorOf(attempt());
        assert.equal(error.code, 'EISDIR');
        assert.equal(error.describe(en), `Cannot write ${folder}: it is a folder, not a file.`);
      }
      assert.deepEqual(readdirSync(folder), ['inside']);
      const pipe = join(dir.dir, 'pipe');
      assert.equal(spawnSync('mkfifo', [pipe]).status, 0);
      for (const attempt of [() => writeFileAtomic(pipe, 'new'), () => checkWritable(pipe)]) {
        const error = await fileErrorOf(attempt());
        assert.equal(error.describe(en), `Cannot write ${pipe}: it is not a regular file.`);
      }
      assert.ok(lstatSync(pipe).isFIFO(), 'the pipe is not replaced by a file');
      assert.deepEqual(readdirSync(dir.dir).sort(), ['folder', 'pipe']);
    } finally {
      dir.dispose();
    }
  });

  it('writes the file a symbolic link points to, and the link stays a link', async () => {
    const dir = tempDir({ 'docs/r.md': 'old' });
    try {
      const link = join(dir.dir, 'r.md');
      symlinkSync('docs/r.md', link);
      await writeFileAtomic(link, 'new');
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.equal(readFileSync(join(dir.dir, 'docs', 'r.md'), 'utf8'), 'new');
      assert.deepEqual(readdirSync(join(dir.dir, 'docs')), ['r.md']);
      assert.deepEqual(readdirSync(dir.dir).sort(), ['docs', 'r.md']);
    } finally {
      dir.dispose();
    }
  });

  it('refuses a dangling link, naming where it points, and a loop of links, and leaves them alone', async () => {
    const dir = tempDir();
    try {
      const dangling = join(dir.dir, 'r.md');
      symlinkSync('sub/gone.md', dangling);
      const error = await fileErrorOf(writeFileAtomic(dangling, 'x'));
      assert.equal(error.describe(en), `${dangling} is a symbolic link to ${join(dir.dir, 'sub', 'gone.md')}, which does not exist; nothing was written.`);
      symlinkSync('b.md', join(dir.dir, 'a.md'));
      symlinkSync('a.md', join(dir.dir, 'b.md'));
      const loop = await fileErrorOf(writeFileAtomic(join(dir.dir, 'a.md'), 'x'));
      assert.equal(loop.code, 'ELOOP');
      assert.equal(loop.describe(en), `Cannot write ${join(dir.dir, 'a.md')}: too many symbolic links (a loop?).`);
      for (const name of ['r.md', 'a.md', 'b.md']) assert.ok(lstatSync(join(dir.dir, name)).isSymbolicLink(), name);
      assert.deepEqual(readdirSync(dir.dir).sort(), ['a.md', 'b.md', 'r.md']);
    } finally {
      dir.dispose();
    }
  });

  it('reports a file that vanished while it was being resolved as missing, not as a dangling link', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      const target = join(dir.dir, 'r.md');
      const error = await withRejection('realpath', 'ENOENT', () => fileErrorOf(writeFileAtomic(target, 'x')));
      assert.equal(error.key, 'file.cannot');
      assert.equal(error.code, 'ENOENT');
      assert.deepEqual(readdirSync(dir.dir), ['r.md']);
    } finally {
      dir.dispose();
    }
  });

  (isRoot ? it : it.skip)('keeps the owner, the group and a set-user-id mode of a file another user owns (run as root)', async () => {
    const dir = tempDir({ 'both.md': 'old', 'user.md': 'old', 'group.md': 'old' });
    try {
      const owners: Record<string, [number, number]> = { 'both.md': [1234, 1234], 'user.md': [1234, 0], 'group.md': [0, 1234] };
      for (const [name, [uid, gid]] of Object.entries(owners)) {
        const target = join(dir.dir, name);
        chownSync(target, uid, gid);
        chmodSync(target, 0o4755);
        await writeFileAtomic(target, 'new');
        const after = statSync(target);
        assert.equal(readFileSync(target, 'utf8'), 'new', name);
        assert.deepEqual([after.uid, after.gid], [uid, gid], `${name}: owner and group kept`);
        assert.equal(after.mode & 0o7777, 0o4755, `${name}: the set-user-id bit a chown clears is set again`);
      }
      assert.deepEqual(readdirSync(dir.dir).sort(), Object.keys(owners).sort());
    } finally {
      dir.dispose();
    }
  });

  (isRoot ? it : it.skip)('refuses a write that would give another user\'s file to this one, and leaves the file as it was', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      const target = join(dir.dir, 'r.md');
      chownSync(target, 1234, 4321);
      const error = await withRejection('handle.chown', 'EPERM', () => fileErrorOf(writeFileAtomic(target, 'new')));
      assert.equal(error.describe(en), `${target} belongs to user 1234:4321; rewriting it as user 0:0 would change its owner, so nothing was written. Run the edit as its owner.`);
      assert.equal(readFileSync(target, 'utf8'), 'old');
      assert.equal(statSync(target).uid, 1234);
      assert.deepEqual(readdirSync(dir.dir), ['r.md'], 'the temporary file is removed');
    } finally {
      dir.dispose();
    }
  });

  it('removes what a crashed write of the same file left, and nothing of a write still under way or of another file', async () => {
    const dir = tempDir({ 'db.yaml': 'x', 'r.md': 'x' });
    try {
      const hour = 60 * 60;
      const ago = (name: string, seconds: number) => {
        const when = Date.now() / 1000 - seconds;
        utimesSync(join(dir.dir, name), when, when);
      };
      const leftovers = [
        '.db.yaml.1f2e3d4c5b6a.tmp', // the older naming, without a pid
        `.db.yaml.${deadPid()}-abcdef012345.tmp`, // a process that is gone
        `.db.yaml.${process.pid}-0a0b0c0d0e0f.tmp`, // this pid, an hour and a minute old: the pid was reused
        `.db.yaml.${process.ppid}-0a0b0c0d0e1f.tmp`, // a live process, an hour and a minute old
      ];
      const kept = [
        `.db.yaml.${process.pid}-0a0b0c.tmp`, // a write of this process under way
        `.db.yaml.${process.pid}-0a0b0d.tmp`, // the same, 59 minutes old
        `.db.yaml.${process.ppid}-0a0b0e.tmp`, // a write of another live process
        '.db.yaml.1f2e3d.tmp.bak', '.db.yamlX1f2e3d.tmp', '.dbXyaml.1f2e3d.tmp', '.db.yaml.1f2e3g.tmp', // not this file's temporaries
        '.r.md.1f2e3d.tmp', // another file's
      ];
      for (const name of [...leftovers, ...kept]) writeFileSync(join(dir.dir, name), 'half');
      ago(leftovers[2]!, hour + 60);
      ago(leftovers[3]!, hour + 60);
      ago(kept[1]!, hour - 60);
      const removed = await removeLeftoverTemporaries(join(dir.dir, 'db.yaml'));
      assert.deepEqual(removed.map((p) => p.slice(dir.dir.length + 1)).sort(), [...leftovers].sort());
      assert.deepEqual(readdirSync(dir.dir).sort(), ['db.yaml', 'r.md', ...kept].sort());
      assert.deepEqual(await removeLeftoverTemporaries(join(dir.dir, 'db.yaml')), [], 'nothing left to remove');
      // A write removes them before writing.
      writeFileSync(join(dir.dir, leftovers[0]!), 'half');
      await writeFileAtomic(join(dir.dir, 'db.yaml'), 'y');
      assert.deepEqual(readdirSync(dir.dir).sort(), ['db.yaml', 'r.md', ...kept].sort());
      assert.deepEqual(await removeLeftoverTemporaries(join(dir.dir, 'missing-folder', 'db.yaml')), [], 'a folder that cannot be listed has nothing to remove');
    } finally {
      dir.dispose();
    }
  });
});
