// HANDOVER.yaml, the report and every path the user names for output must stay inside the repository
// folder — after symbolic links are followed, so that a link cannot lead a read or a write elsewhere.
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileError, fileErrorFrom } from './fileErrors';

/** `path` with every symbolic link resolved; the part that does not exist yet is kept as written. */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  const missing: string[] = [];
  let existing = absolute;
  let links = 0;
  for (;;) {
    try {
      const real = await fs.realpath(existing);
      return missing.length ? join(real, ...missing.reverse()) : real;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileErrorFrom(err, path, 'read');
      // A dangling link is followed by hand: where it points is where a write would land.
      const link = await fs.readlink(existing).catch(() => undefined);
      if (link !== undefined) {
        if (++links > 40) throw new FileError('file.cannot', { action: 'file.action.read', path, reason: 'file.reason.ELOOP' }, 'ELOOP');
        existing = resolve(dirname(existing), link);
        continue;
      }
      const parent = dirname(existing);
      if (parent === existing) return absolute;
      missing.push(basename(existing));
      existing = parent;
    }
  }
}

/** A name that merely starts with two dots (`..notes.md`) is inside; `..` and `../x` are not. */
function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Throws a FileError ('file.outside') unless `path`, links followed, is inside `root`. Returns `path`. */
export async function requireInside(root: string, path: string): Promise<string> {
  const realRoot = await realPathOf(root);
  const real = await realPathOf(path);
  if (isWithin(realRoot, real)) return path;
  // Say where a link leads only when one does.
  if (resolve(path) === real) throw new FileError('file.outsideDirect', { path, root: realRoot });
  throw new FileError('file.outside', { path, real, root: realRoot });
}

/** Throws a FileError unless `path` is a regular file (or a link to one); a missing file passes. */
export async function requireRegularFileIfPresent(path: string): Promise<void> {
  const stat = await fs.stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw fileErrorFrom(err, path, 'read');
  });
  if (!stat || stat.isFile()) return;
  throw new FileError('file.cannot', { action: 'file.action.read', path, reason: stat.isDirectory() ? 'file.reason.EISDIR' : 'file.reason.notFile' }, stat.isDirectory() ? 'EISDIR' : undefined);
}
