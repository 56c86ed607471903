// Listing refs with `git for-each-ref` on a clone that lacks the object some ref points at. Fields
// such as %(objecttype) or %(committerdate) make git read each ref's object, and one missing object
// fails the whole listing ("fatal: missing object … for refs/heads/x"). Then the refs are listed by
// name alone (which reads no object) and asked for again in halves, so that only the refs whose
// objects are missing are left out, at a cost of a few processes per damaged ref.
import { GitError, type GitRunner } from './gitRunner';

/**
 * Git's words for an object it could not read (missing, corrupt, or a promisor fetch refused): the
 * one classification for refs, history, ownership, branches and a detection's failure reason.
 * `invalid object` is git's "invalid object type" of a damaged object; `did not receive expected
 * object` and `not our ref` are a lazy fetch refused by the remote; `object … is not a blob!` is how a
 * combined diff (`git log --cc`) says it could not read a blob.
 */
const UNREADABLE = /lazy fetch|unable to read|could not read|cannot read|missing (?:blob|tree|commit|object)|bad object|not a valid object|invalid object|corrupt|inflate|promisor|could not fetch|unable to fetch|did not receive expected object|not our ref|object '?[0-9a-f]{7,64}'? is not a blob/i;

/** True for git's message (or its first line) about an object this clone cannot read. */
export function isUnreadableObjectMessage(message: string): boolean {
  return UNREADABLE.test(message);
}

/** True for a git failure caused by an object this clone cannot read. */
export function isUnreadableObjectError(err: unknown): boolean {
  return err instanceof GitError && err.kind === 'failed' && isUnreadableObjectMessage(err.message);
}

/** Ref names passed to git at once: far below any command-line limit. */
const REFS_PER_CALL = 256;

export interface RefListing {
  /** git's output for the refs it could read, as `for-each-ref --format` prints them. */
  output: string;
  /** Full names of the refs left out because an object they point at is missing, sorted. */
  unreadable: string[];
}

/**
 * `git for-each-ref <format> <patterns>`, leaving out the refs whose objects this clone lacks. The
 * patterns are prefixes such as `refs/heads/`. Ref names read back from git are passed to it again
 * only as patterns after `--end-of-options`; a ref name cannot hold the glob characters `*?[`, so
 * each matches itself (and no other ref: `a` and `a/b` cannot both be refs).
 */
export async function forEachReadableRef(git: GitRunner, format: string, patterns: readonly string[]): Promise<RefListing> {
  try {
    return { output: await git.run(['for-each-ref', format, '--end-of-options', ...patterns]), unreadable: [] };
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
  }
  const names = (await git.run(['for-each-ref', '--format=%(refname)', '--end-of-options', ...patterns])).split('\n').filter((name) => name !== '');
  const outputs: string[] = [];
  const unreadable: string[] = [];
  const read = async (refs: readonly string[]): Promise<void> => {
    try {
      outputs.push(await git.run(['for-each-ref', format, '--end-of-options', ...refs]));
    } catch (err) {
      if (!isUnreadableObjectError(err)) throw err;
      if (refs.length === 1) {
        unreadable.push(refs[0] as string);
        return;
      }
      const half = Math.ceil(refs.length / 2);
      await read(refs.slice(0, half));
      await read(refs.slice(half));
    }
  };
  for (let i = 0; i < names.length; i += REFS_PER_CALL) await read(names.slice(i, i + REFS_PER_CALL));
  return { output: outputs.join(''), unreadable: unreadable.sort() };
}
