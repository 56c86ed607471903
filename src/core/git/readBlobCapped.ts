// One blob read whole unless it is larger than a limit: `<revision>:<path>` or a blob id, through one
// `git cat-file --batch` (the header gives type and size before any content, so a blob over the limit
// is never read: git is stopped after its header, and size and content come from the same object).
import { CatFileBatchParser, isPresent, type ObjectHeader } from './catFileBatch';
import { GitError, type GitRunner } from './gitRunner';

export type CappedBlob =
  /** No such object: the revision has no such path, or the clone lacks the blob. */
  | { kind: 'absent' }
  /** Larger than the limit: not read. */
  | { kind: 'tooLarge'; size: number }
  | { kind: 'read'; bytes: Buffer };

/** Thrown from the output reader to stop git once the answer is known. */
class Stop {
  constructor(readonly result: CappedBlob) {}
}

/**
 * The blob `spec` names (a blob id, or `<revision>:<path>`), its bytes when it holds at most `maxBytes`.
 * A name that is not a blob (a folder, a submodule) and every git failure are GitErrors naming `spec`.
 */
export async function readBlobCapped(git: GitRunner, spec: string, maxBytes: number): Promise<CappedBlob> {
  if (spec === '' || /[\n\r\0]/.test(spec)) throw new RangeError(`not an object name git can read: ${JSON.stringify(spec)}`);
  let header: ObjectHeader | undefined;
  const pieces: Buffer[] = [];
  const parser = new CatFileBatchParser({
    header: (found) => {
      header = found;
      if (!isPresent(found)) throw new Stop({ kind: 'absent' });
      if (found.type !== 'blob') throw new GitError('failed', `${spec} is a ${found.type}, not a file`);
      if (found.size > maxBytes) throw new Stop({ kind: 'tooLarge', size: found.size });
    },
    content: (bytes) => void pieces.push(Buffer.from(bytes)),
    objectEnd: () => undefined,
  });
  try {
    await git.readChunks(['cat-file', '--batch'], (chunk) => parser.push(chunk), { input: [`${spec}\n`] });
    parser.end();
  } catch (err) {
    if (err instanceof Stop) return err.result;
    if (err instanceof GitError && err.kind !== 'aborted' && err.kind !== 'not-installed' && !err.message.includes(spec)) throw new GitError(err.kind, `${spec}: ${err.message}`);
    throw err;
  }
  if (!header) throw new GitError('failed', `${spec}: git cat-file wrote nothing`);
  return { kind: 'read', bytes: Buffer.concat(pieces) };
}
