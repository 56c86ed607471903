import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fsp, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FileError } from '../../src/core/fileErrors';
import { breakLock, lockPathFor, withFileLock } from '../../src/core/fileLock';
import { translator } from '../../src/core/i18n/translator';
import { tempDir } from './helpers';

const en = translator('en');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pid that belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Sets the file's modification time `ageMs` in the past. */
function age(path: string, ageMs: number): void {
  const then = new Date(Date.now() - ageMs);
  utimesSync(path, then, then);
}

/** What `promise` rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a refusal, got ${String(value)}`),
    (err: unknown) => err,
  );
}

describe('the edit lock, in process', function () {
  this.timeout(20_000);
  let repo: { dir: string; dispose(): void };
  let target: string;
  let lock: string;
  beforeEach(() => {
    repo = tempDir({ 'HANDOVER.yaml': 'x\n' });
    target = join(repo.dir, 'HANDOVER.yaml');
    lock = lockPathFor(target);
  });
  afterEach(() => repo.dispose());

  it('writes who holds it into the lock while the action runs, and removes it after', async () => {
    const seen = await withFileLock(target, async () => JSON.parse(readFileSync(lock, 'utf8')) as Record<string, unknown>);
    assert.equal(seen.pid, process.pid);
    assert.equal(seen.host, hostname());
    assert.ok(Math.abs(Date.parse(String(seen.time)) - Date.now()) < 60_000, String(seen.time));
    assert.match(String(seen.nonce), /^[0-9a-f]{16}$/);
    assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
    // Released also when the action fails.
    await assert.rejects(
      withFileLock(target, async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
  });

  it('keeps the lock fresh while a long action runs, so that another machine does not take it over', async () => {
    const ages = await withFileLock(
      target,
      async () => {
        const found: number[] = [];
        for (let i = 0; i < 3; i++) {
          await sleep(1_200);
          found.push(Date.now() - statSync(lock).mtimeMs);
        }
        return found;
      },
      { staleMs: 3_000 },
    );
    // Refreshed every second: never as old as staleMs, even when a loaded machine delays a refresh.
    for (const found of ages) assert.ok(found < 3_000, `lock ${found} ms old: ${ages.join(', ')}`);
  });

  it('does not remove, on release, a lock another writer took over meanwhile', async () => {
    const other = JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'other' });
    await withFileLock(target, async () => writeFileSync(lock, other));
    assert.equal(readFileSync(lock, 'utf8'), other);
  });

  it('keeps the lock of a live holder of this machine for ten minutes, then takes it over (its pid may be reused)', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), time: '2026-11-30T01:02:03.000Z', nonce: 'live' }));
      age(lock, 9 * 60_000);
      const error = await rejection(withFileLock(target, async () => 'ran', { waitMs: 150 }));
      assert.ok(error instanceof FileError);
      assert.equal(error.key, 'file.locked');
      assert.ok(existsSync(lock));
      age(lock, 11 * 60_000);
      assert.equal(await withFileLock(target, async () => 'ran', { waitMs: 150 }), 'ran');
      assert.equal(existsSync(lock), false);
    } finally {
      holder.kill();
    }
  });

  it("keeps another machine's lock until nobody refreshed it for staleMs (30 s unless told)", async () => {
    const elsewhere = JSON.stringify({ pid: deadPid(), host: 'elsewhere.example', time: '2026-11-30T01:02:03.000Z', nonce: 'far' });
    writeFileSync(lock, elsewhere);
    age(lock, 20_000);
    const error = await rejection(withFileLock(target, async () => 'ran', { waitMs: 150 }));
    assert.ok(error instanceof FileError);
    assert.match(error.describe(en), /HANDOVER\.yaml is being edited by another process \(pid \d+ on elsewhere\.example since 2026-11-30T01:02:03\.000Z\); nothing was written/);
    assert.equal(readFileSync(lock, 'utf8'), elsewhere);
    age(lock, 40_000);
    assert.equal(await withFileLock(target, async () => 'ran', { waitMs: 150 }), 'ran');
    // staleMs told: a lock older than it is taken over.
    writeFileSync(lock, elsewhere);
    age(lock, 2_000);
    assert.equal(await withFileLock(target, async () => 'ran', { waitMs: 150, staleMs: 1_000 }), 'ran');
  });

  it('judges a lock that is not ours, or half written, by its age alone: a dead pid in it is no proof', async () => {
    const full = { pid: deadPid(), host: hostname(), time: '2026-11-30T01:02:03.000Z', nonce: 'half' };
    for (const missing of ['pid', 'host', 'time', 'nonce'] as const) {
      const partial: Record<string, unknown> = { ...full, [missing]: missing === 'pid' ? String(full.pid) : 7 };
      writeFileSync(lock, JSON.stringify(partial));
      const error = await rejection(withFileLock(target, async () => 'ran', { waitMs: 100 }));
      assert.ok(error instanceof FileError, missing);
      assert.match(error.describe(en), /being edited by another process \(unknown holder\)/, missing);
      assert.ok(existsSync(lock), missing);
    }
    writeFileSync(lock, 'not json');
    age(lock, 40_000);
    assert.equal(await withFileLock(target, async () => 'ran', { waitMs: 100 }), 'ran');
  });

  it('says in a sentence when the lock cannot be made or read', async () => {
    const inMissing = join(repo.dir, 'gone', 'HANDOVER.yaml');
    const missing = await rejection(withFileLock(inMissing, async () => 'ran'));
    assert.ok(missing instanceof FileError);
    assert.equal(missing.describe(en), `Cannot lock ${lockPathFor(inMissing)}: no such file or folder.`);
    mkdirSync(lock);
    const folder = await rejection(withFileLock(target, async () => 'ran', { waitMs: 100 }));
    assert.ok(folder instanceof FileError);
    assert.equal(folder.describe(en), `Cannot lock ${lock}: it is a folder, not a file.`);
  });

  it('keeps waiting while writers take the same lock file in turn (one file, a new holder each time)', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      // Each writer rewrites the file in place: the same inode, only its nonce tells the holders apart.
      const take = (nonce: string) => writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), time: new Date().toISOString(), nonce }));
      take('first');
      const inode = statSync(lock).ino;
      const waiting = withFileLock(target, async () => 'ran', { waitMs: 400 }).catch((err: unknown) => err);
      for (const next of ['second', 'third']) {
        await sleep(250);
        take(next);
      }
      assert.equal(statSync(lock).ino, inode);
      await sleep(250);
      rmSync(lock);
      assert.equal(await waiting, 'ran', 'a queue that moves is waited for');
    } finally {
      holder.kill();
    }
  });

  it('leaves no lock behind when it cannot write who holds it (a full disk), and says so', async () => {
    const probe = await fsp.open(target, 'r');
    const handlePrototype = Object.getPrototypeOf(probe) as { writeFile: unknown };
    await probe.close();
    const original = handlePrototype.writeFile;
    handlePrototype.writeFile = () => Promise.reject(Object.assign(new Error('injected ENOSPC'), { code: 'ENOSPC' }));
    let error: unknown;
    try {
      error = await rejection(withFileLock(target, async () => 'ran', { waitMs: 100 }));
    } finally {
      handlePrototype.writeFile = original;
    }
    assert.ok(error instanceof FileError);
    assert.equal(error.describe(en), `Cannot lock ${lock}: no space left on the device.`);
    assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
  });

  it('a waiting writer waits 5 ms at first, then twice as long each time, never more than 200 ms between tries', async () => {
    // The waits it asks for are recorded rather than timed: a loaded machine only makes them late.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    const original = global.setTimeout;
    const waits: number[] = [];
    global.setTimeout = ((callback: () => void, ms?: number) => {
      waits.push(ms ?? 0);
      return original(callback, ms);
    }) as typeof setTimeout;
    try {
      writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), time: new Date().toISOString(), nonce: 'busy' }));
      await rejection(withFileLock(target, async () => 'ran', { waitMs: 1_500 }));
    } finally {
      global.setTimeout = original;
      holder.kill();
    }
    assert.ok(waits.length >= 3, waits.join(', '));
    assert.ok(waits[0]! >= 5 && waits[0]! < 10, waits.join(', '));
    for (const wait of waits) assert.ok(wait >= 5 && wait < 200, waits.join(', '));
  });

  it('breaking a lock that is gone already succeeds, and leaves no guard', async () => {
    assert.equal(await breakLock(lock, 30_000), true);
    assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
  });

  it("keeps another machine's breaker guard for 5 s, then takes it over", async () => {
    const guard = `${lock}.break`;
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), time: new Date().toISOString(), nonce: 'gone' }));
    writeFileSync(guard, JSON.stringify({ pid: 1, host: 'elsewhere.example', time: new Date().toISOString(), nonce: 'busy' }));
    age(guard, 2_000);
    assert.equal(await breakLock(lock, 30_000), false);
    assert.ok(existsSync(guard));
    age(guard, 6_000);
    assert.equal(await breakLock(lock, 30_000), false);
    assert.equal(existsSync(guard), false);
    assert.ok(existsSync(lock), 'the lock is broken on the next try, not by the one that removed the guard');
    assert.equal(await breakLock(lock, 30_000), true);
    assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml']);
  });
});
