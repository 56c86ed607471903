// An exclusive lock for editing one file, shared by every writer (CLI runs, the editor's actions, other
// windows): a lock file beside the target, created with O_EXCL, holding who took it. A second writer
// waits a little and retries; past the wait it fails with a sentence naming the holder. A lock whose
// holder died on this machine, or that nobody refreshed for `staleMs` (another machine's), is taken over.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FileError, fileErrorFrom } from './fileErrors';

export interface LockOptions {
  /** How long a second writer waits for the lock before giving up. */
  waitMs?: number;
  /** A lock not refreshed for this long is taken over (a live holder on this machine: after 10 minutes). */
  staleMs?: number;
}

/** How long one holder may keep the lock before a waiter gives up (the clock restarts when it changes hands). */
const DEFAULT_WAIT_MS = 15_000;
/** The holder refreshes the lock's time every third of this. */
const DEFAULT_STALE_MS = 30_000;
/** A lock of a live process on this machine is kept this long. */
const LIVE_HOLDER_MS = 10 * 60_000;

interface LockInfo {
  pid: number;
  host: string;
  time: string;
  nonce: string;
}

interface Holder {
  info?: LockInfo;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** `.HANDOVER.yaml.lock` beside `HANDOVER.yaml`. */
export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/**
 * Runs `action` while holding the lock on `target`, and releases it after, whatever happens.
 * Throws a FileError ('file.locked') when another writer keeps it longer than `waitMs`.
 */
export async function withFileLock<T>(target: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = lockPathFor(target);
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const nonce = await acquire(target, lock, options.waitMs ?? DEFAULT_WAIT_MS, staleMs);
  // Stryker disable next-line MethodExpression: Math.min refreshes every 10 ms instead of every third of staleMs; the record stays fresh either way (equivalent; docs/testing.md)
  const beat = Math.max(10, Math.floor(staleMs / 3));
  const heartbeat = setInterval(() => {
    const now = new Date();
    fs.utimes(lock, now, now).catch(() => undefined);
  }, beat);
  heartbeat.unref();
  try {
    return await action();
  } finally {
    clearInterval(heartbeat);
    await release(lock, nonce);
  }
}

/**
 * The wait runs from the moment the current holder took the lock: while the writers ahead keep
 * taking and releasing it (a queue moving, however slowly), a waiter keeps its place; it gives up
 * only when one holder keeps the lock for longer than `waitMs`.
 */
async function acquire(target: string, lock: string, waitMs: number, staleMs: number): Promise<string> {
  let deadline = Date.now() + waitMs;
  let seen: string | undefined;
  let delay = 5;
  for (;;) {
    const info: LockInfo = { pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: randomBytes(8).toString('hex') };
    if (await tryCreate(lock, info)) return info.nonce;
    const holder = await readHolder(lock);
    if (!holder) continue; // released meanwhile: try again at once
    if (isStale(holder, staleMs) && (await breakLock(lock, staleMs))) continue;
    const identity = holderIdentity(holder);
    if (identity !== seen) {
      // Stryker disable next-line ConditionalExpression: setting the deadline again at the first sight of the holder gives the same deadline within a millisecond (equivalent; docs/testing.md)
      if (seen !== undefined) deadline = Date.now() + waitMs;
      seen = identity;
    }
    // Stryker disable next-line EqualityOperator: > and >= on the deadline differ by one millisecond (equivalent; docs/testing.md)
    if (Date.now() >= deadline) {
      const holderText = holder.info ? 'file.lockHolder' : 'file.lockHolderUnknown';
      // Stryker disable next-line StringLiteral: the '?' stand-ins are never shown: the message that names pid, host and time is used only when the holder record was read (equivalent; docs/testing.md)
      throw new FileError('file.locked', { path: target, lock, holder: holderText, pid: holder.info?.pid ?? '?', host: holder.info?.host ?? '?', time: holder.info?.time ?? '?' });
    }
    // Jitter keeps many waiters from retrying in step.
    // Stryker disable next-line ArithmeticOperator: the jitter's shape only changes how waiters retrying in step spread out (equivalent; docs/testing.md)
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 100);
  }
}

/** Creates the lock file if there is none (O_CREAT | O_EXCL); false when another one exists. */
async function tryCreate(lock: string, info: LockInfo): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lock, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fileErrorFrom(err, lock, 'lock');
  }
  try {
    await handle.writeFile(`${JSON.stringify(info)}\n`);
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => undefined);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file removed is the one this call just created, and rm's error is caught anyway (equivalent; docs/testing.md)
    await fs.rm(lock, { force: true }).catch(() => undefined);
    throw fileErrorFrom(err, lock, 'lock');
  }
  return true;
}

async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const stat = await fs.stat(lock);
    const text = await fs.readFile(lock, 'utf8');
    return { info: parseInfo(text), mtimeMs: stat.mtimeMs, ino: stat.ino, dev: stat.dev };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fileErrorFrom(err, lock, 'lock');
  }
}

/** One holding of the lock: another lock file, or the same file taken by another writer. */
function holderIdentity(holder: Holder): string {
  // Stryker disable next-line StringLiteral: a record without a nonce is no record; any fixed text gives every such holder the same identity (equivalent; docs/testing.md)
  return `${holder.dev}:${holder.ino}:${holder.info?.nonce ?? ''}`;
}

function parseInfo(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.time === 'string' && typeof value.nonce === 'string') return value as LockInfo;
  } catch {
    // Being written, or not ours: judged by its age alone.
  }
  return undefined;
}

/** Whether a process of this machine is running (EPERM: it exists, under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * On this machine the holder's process tells: a dead one's lock is stale at once, a live one's only
 * after LIVE_HOLDER_MS (its pid may have been reused; and a long synchronous parse of a large file
 * keeps the heartbeat from running). From another machine only the age tells.
 */
function isStale(holder: Holder, staleMs: number): boolean {
  const age = Date.now() - holder.mtimeMs;
  const info = holder.info;
  if (info && info.host === hostname()) {
    // Stryker disable next-line ConditionalExpression: this process is alive, so processAlive answers the same for its own pid (equivalent; docs/testing.md)
    if (info.pid !== process.pid && !processAlive(info.pid)) return true;
    // Stryker disable next-line EqualityOperator: > and >= on the age differ by one millisecond (equivalent; docs/testing.md)
    return age > Math.max(staleMs, LIVE_HOLDER_MS);
  }
  // Stryker disable next-line EqualityOperator: > and >= on the age differ by one millisecond (equivalent; docs/testing.md)
  return age > staleMs;
}

/** How long a writer that died while breaking a stale lock keeps others from breaking it (an age; see isStale). */
const BREAK_STALE_MS = 5_000;

/**
 * Removes a stale lock without removing a fresh one that replaced it meanwhile. A waiter judged the
 * holder from a read that may be out of date by now (its writer released the lock and exited, and a
 * new writer took it: a new file, which may even reuse the old one's inode number). So one breaker at
 * a time, under a guard file taken like the lock itself, reads the lock again and judges that read.
 * True when the lock was removed (or was gone).
 */
export async function breakLock(lock: string, staleMs: number): Promise<boolean> {
  const guard = `${lock}.break`;
  const info: LockInfo = { pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: randomBytes(8).toString('hex') };
  if (!(await tryCreate(guard, info))) {
    // Another writer is breaking it; unless that writer died in the middle, which leaves its guard.
    await removeIfStale(guard, BREAK_STALE_MS);
    return false;
  }
  try {
    return await removeIfStale(lock, staleMs);
  } finally {
    await release(guard, info.nonce);
  }
}

/** Reads the lock at `path` now and removes it when stale; true when it is gone. */
async function removeIfStale(path: string, staleMs: number): Promise<boolean> {
  const now = await readHolder(path);
  if (!now) return true;
  if (!isStale(now, staleMs)) return false;
  await fs.rm(path, { force: true });
  return true;
}

async function release(lock: string, nonce: string): Promise<void> {
  const holder = await readHolder(lock).catch(() => undefined);
  // Taken over as stale meanwhile (a very slow edit): the lock is someone else's now.
  if (holder?.info?.nonce !== nonce) return;
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: rm's error is caught, so force changes nothing the caller sees (equivalent; docs/testing.md)
  await fs.rm(lock, { force: true }).catch(() => undefined);
}
