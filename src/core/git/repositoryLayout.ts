// Where a repository's files are: a work tree (a clone, its folder holding the files), or none (a bare
// repository, such as a server-side mirror an ops team audits). The detections read history and the
// described commit's tree from git, so they run on both; what git reads from a work tree — .mailmap
// and .gitattributes — is read from the commit in a bare repository, as git itself does there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { GitError, GitRunner } from './gitRunner';

export interface RepositoryLayout {
  /** True for a repository without a work tree. */
  bare: boolean;
  /** The work tree's root (`git rev-parse --show-toplevel`); null when bare. */
  topLevel: string | null;
  shallow: boolean;
}

/** The layout of the repository `git` runs in. Throws git's error when `cwd` is neither in a work tree nor a bare repository. */
export async function readRepositoryLayout(git: GitRunner): Promise<RepositoryLayout> {
  try {
    const [topLevel = '', shallow = ''] = (await git.run(['rev-parse', '--show-toplevel', '--is-shallow-repository'])).split('\n');
    return { bare: false, topLevel: topLevel.trim(), shallow: shallow.trim() === 'true' };
  } catch (err) {
    if (!(err instanceof GitError && err.kind === 'failed')) throw err;
    const [bare = '', shallow = ''] = (await git.run(['rev-parse', '--is-bare-repository', '--is-shallow-repository'])).split('\n');
    if (bare.trim() !== 'true') throw err;
    return { bare: true, topLevel: null, shallow: shallow.trim() === 'true' };
  }
}

/**
 * The .mailmap git applies: the work tree's file, or in a bare repository HEAD's `.mailmap` (git's
 * default `mailmap.blob` there). Undefined when there is none.
 */
export async function readMailmapText(git: GitRunner, layout: RepositoryLayout): Promise<string | undefined> {
  try {
    if (layout.topLevel !== null) return await readFile(join(layout.topLevel, '.mailmap'), 'utf8');
    return await git.run(['cat-file', 'blob', 'HEAD:.mailmap']);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return undefined;
  }
}

/**
 * The whole triples of `batch`, `fields` holding the fields of an unfinished one before and after. A
 * plain function: its loop over thousands of fields is optimised alone, not the generator around it.
 */
function groupTriples(batch: readonly string[], fields: string[]): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (let i = 0; i < batch.length; i++) {
    fields.push(batch[i] as string);
    if (fields.length === 3) {
      found.push([fields[0] as string, fields[1] as string, fields[2] as string]);
      fields.length = 0;
    }
  }
  return found;
}

/**
 * `git check-attr --stdin -z <attributes>` for `paths`, yielding `[path, attribute, value]`
 * triples a piece of git's output at a time (one await per piece, not per field: thousands of paths). In a work
 * tree, the work tree's .gitattributes (as git reads them). In a bare repository, those of `commit`:
 * `--source` on git 2.40 and later; on older git, from a temporary index of the commit's tree (written
 * outside the repository, removed afterwards; `--cached` reads .gitattributes from the index only).
 */
export async function* checkAttributes(
  cwd: string,
  layout: RepositoryLayout,
  commit: string,
  attributes: readonly string[],
  paths: Iterable<string>,
  signal?: AbortSignal,
): AsyncGenerator<Array<[string, string, string]>> {
  const input = (function* () {
    for (const path of paths) yield `${path}\0`;
  })();
  const triples = async function* (runner: GitRunner, args: readonly string[], given: Iterable<string>): AsyncGenerator<Array<[string, string, string]>> {
    // A triple may be split between two pieces: its first fields wait in `fields`.
    const fields: string[] = [];
    for await (const batch of runner.streamBatches(args, '\0', { input: given, buffered: true })) {
      const found = groupTriples(batch, fields);
      if (found.length) yield found;
    }
  };
  if (!layout.bare) {
    yield* triples(new GitRunner({ cwd: layout.topLevel ?? cwd, signal }), ['check-attr', '--stdin', '-z', ...attributes], input);
    return;
  }
  const all = [...input];
  const git = new GitRunner({ cwd, signal });
  try {
    yield* triples(git, ['check-attr', `--source=${commit}`, '--stdin', '-z', ...attributes], all);
    return;
  } catch (err) {
    // git before 2.40 knows no --source: "error: unknown option `source=…'" and the usage text.
    if (!(err instanceof GitError && err.kind === 'failed' && /unknown option|usage:/i.test(err.message))) throw err;
  }
  const folder = await mkdtemp(join(tmpdir(), 'handover-attributes-'));
  try {
    const indexed = new GitRunner({ cwd, signal, indexFile: join(folder, 'index') });
    for await (const field of indexed.stream(['read-tree', '--end-of-options', commit])) void field;
    yield* triples(indexed, ['check-attr', '--cached', '--stdin', '-z', ...attributes], all);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
