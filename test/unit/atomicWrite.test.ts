import * as assert from 'node:assert/strict';
import { chmodSync, promises as fsp, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/atomicWrite';
import { tempDir } from './helpers';

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
      if (calls.length === failAt) return Promise.resolve((original as (...a: unknown[]) => unknown).apply(this, args)).then(() => Promise.reject(injected()));
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
