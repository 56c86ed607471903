// Reads blobs by id with one `git cat-file --batch` through the runner (its flags, environment, idle
// timeout and error kinds). The output is read as bytes — each object's header gives its size in bytes
// (catFileBatch.ts) — and each blob is handed over decoded as UTF-8 as soon as its last byte is read,
// so only one blob is held at a time. A missing object is reported, not fatal.
import { CatFileBatchParser, isPresent, runCatFileBatch, unexpectedOutput } from '../../git/catFileBatch';
import { GitError, type GitRunner } from '../../git/gitRunner';

export type BlobResult = { id: string; text: string } | { id: string; missing: true };

/**
 * Hands each of `ids` (blob ids) to `onBlob`, in the order given: its text (UTF-8, a malformed byte as
 * U+FFFD), or `missing` when the clone lacks it. Resolves once git has exited.
 */
export async function readBlobs(git: GitRunner, ids: readonly string[], onBlob: (blob: BlobResult) => void, signal?: AbortSignal): Promise<void> {
  if (ids.length === 0) return;
  throwIfAborted(signal);
  const decoder = new TextDecoder('utf-8');
  let id = '';
  let pieces: Buffer[] = [];
  const parser = new CatFileBatchParser({
    header: (header) => {
      if (!isPresent(header)) return onBlob({ id: header.name, missing: true });
      if (header.type !== 'blob') throw unexpectedOutput(`${header.id} is a ${header.type}, not a blob`);
      id = header.id;
      pieces = [];
    },
    // Copied: git's output chunk is a view shared with the objects after this one.
    content: (bytes) => void pieces.push(Buffer.from(bytes)),
    objectEnd: () => {
      const text = decoder.decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
      pieces = [];
      onBlob({ id, text });
    },
  });
  await runCatFileBatch(git, ids, parser, signal);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
}
