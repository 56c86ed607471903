import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError, fileErrorFrom } from './fileErrors';
import { processAlive } from './fileLock';

export interface AtomicWriteOptions {
  /** Permissions of a new file (default 0o666 less the umask). An existing file keeps its own. */
  mode?: number;
}

/** A temporary file of a write to `name` in progress: `.<name>.<pid>-<hex>.tmp` (older versions: `.<name>.<hex>.tmp`). */
function temporaryPattern(name: string): RegExp {
  return new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:(\\d+)-)?[0-9a-f]+\\.tmp$`);
}

/** A temporary file left this long by a live process is taken as a leftover too (the pid was reused). */
const LEFTOVER_AGE_MS = 60 * 60 * 1000;


/**
 * Removes temporary files that an interrupted write of `target` left beside it (a crash, kill -9):
 * those of a process that is gone, of the older naming, or older than an hour. Best effort.
 */
export async function removeLeftoverTemporaries(target: string): Promise<string[]> {
  const folder = dirname(target);
  const pattern = temporaryPattern(basename(target));
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const full = join(folder, name);
    // A live writer's file (this process's too) is kept unless it is old. The older naming has no pid:
    // Number(undefined) is NaN, which no process has, so such a file is a leftover.
    if (processAlive(Number(match[1]))) {
      const stat = await fs.lstat(full).catch(() => undefined);
      if (!stat || Date.now() - stat.mtimeMs < LEFTOVER_AGE_MS) continue;
    }
    try {
      await fs.rm(full);
      removed.push(full);
    } catch {
      // Not ours to remove (permissions), or another writer's cleanup took it first: leave it.
    }
  }
  return removed;
}

/**
 * The file a write to `target` must replace: `target` itself, or the file a symbolic link at `target`
 * points to (the link stays a link). Undefined stats when nothing exists there yet.
 */
async function resolveTarget(target: string): Promise<{ file: string; stat?: Stats }> {
  const link = await fs.lstat(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw fileErrorFrom(err, target, 'write');
  });
  if (!link) return { file: target };
  // The real path: the file a link points to, or the file itself (found through any linked folder).
  let file: string;
  try {
    file = await fs.realpath(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !link.isSymbolicLink()) throw fileErrorFrom(err, target, 'write');
    const pointsTo = resolve(dirname(target), await fs.readlink(target));
    throw new FileError('file.danglingLink', { path: target, target: pointsTo });
  }
  const stat = await fs.stat(file).catch((err: unknown) => {
    throw fileErrorFrom(err, target, 'write');
  });
  if (stat.isDirectory()) throw new FileError('file.cannot', { action: 'file.action.write', path: target, reason: 'file.reason.EISDIR' }, 'EISDIR');
  if (!stat.isFile()) throw new FileError('file.cannot', { action: 'file.action.write', path: target, reason: 'file.reason.notFile' });
  return { file, stat };
}

/** Refuses a file that is read-only, for everyone or for this user. */
async function requireWritable(target: string, file: string, stat: Stats): Promise<void> {
  if ((stat.mode & 0o222) === 0) throw new FileError('file.readOnly', { path: target });
  try {
    await fs.access(file, constants.W_OK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EACCES' || (err as NodeJS.ErrnoException).code === 'EPERM') throw new FileError('file.readOnly', { path: target });
    throw fileErrorFrom(err, target, 'write');
  }
}

/**
 * Throws the FileError a write to `target` would fail with before writing anything: a read-only file,
 * a folder, a dangling link. For writers that do not go through writeFileAtomic (an editor's save).
 */
export async function checkWritable(target: string): Promise<void> {
  const { file, stat } = await resolveTarget(target);
  if (stat) await requireWritable(target, file, stat);
}

function defaultMode(): number {
  try {
    return 0o666 & ~process.umask();
  } catch {
    return 0o644; // worker threads cannot read the umask
  }
}

/**
 * Writes a file so that readers see the old content or the new one, never half of it: a temporary file
 * beside the target, flushed, then renamed over it. An existing file keeps its mode, owner and group
 * (a write that cannot keep them is refused), a read-only one is refused, and a symbolic link is
 * followed, not replaced. The temporary file is removed on every failure; leftovers of earlier crashes
 * are removed first. Every failure is a FileError naming `target`.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { file, stat } = await resolveTarget(target);
  if (stat) await requireWritable(target, file, stat);
  await removeLeftoverTemporaries(file);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', 0o600);
  } catch (err) {
    // An open that created the file but lost its reply (a network disk) leaves a file no one holds;
    // the name is ours alone (pid and random, created exclusively), so removing it is safe. Usually
    // there is nothing to remove: that error is ignored like any other of the cleanup.
    await fs.rm(temp).catch(() => undefined);
    throw fileErrorFrom(err, target, 'write');
  }
  try {
    await handle.writeFile(content);
    await handle.chmod(stat ? stat.mode & 0o7777 : (options.mode ?? defaultMode()) & 0o7777);
    // (On Windows every file reports uid and gid 0: the comparison never asks for a chown there.)
    if (stat) {
      const written = await handle.stat();
      if (written.uid !== stat.uid || written.gid !== stat.gid) {
        try {
          await handle.chown(stat.uid, stat.gid);
        } catch {
          throw new FileError('file.otherOwner', { path: target, owner: `${stat.uid}:${stat.gid}`, me: `${written.uid}:${written.gid}` });
        }
        // chown clears set-user-id bits: set the mode again.
        await handle.chmod(stat.mode & 0o7777);
      }
    }
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    await fs.rename(temp, file);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    // Gone already when the rename took effect and then reported a failure: ignored like any cleanup error.
    await fs.rm(temp).catch(() => undefined);
    throw fileErrorFrom(err, target, 'write');
  }
}
