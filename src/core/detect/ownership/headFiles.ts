// The files at HEAD, their attributes, and their sizes in lines: three git processes (ls-tree,
// check-attr, cat-file), each streamed, whatever the number of files.
import { GitError, GitRunner } from '../../git/gitRunner';
import { checkAttributes, type RepositoryLayout } from '../../git/repositoryLayout';
import { readBlobFacts } from './blobFacts';
import { ANDROID_DRAWABLE, filesOfLibraryFolders, STATIC_SCRIPT_OR_STYLE } from './defaultExclusions';

/** Throws the runner's cancellation error once the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
}

/**
 * Regular files (modes 100644 and 100755) of a commit, with their blob ids. Symlinks (120000) and submodules (gitlinks,
 * 160000) are skipped: a link's "content" is a path and a submodule is another repository.
 */
export async function listRegularFiles(git: GitRunner, commit: string, signal?: AbortSignal): Promise<Map<string, string>> {
  /** Path → blob id. */
  const files = new Map<string, string>();
  // A piece of output at a time: one await per piece, not per file.
  for await (const entries of git.streamBatches(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit])) {
    throwIfAborted(signal);
    takeRegularFiles(entries, files);
  }
  return files;
}

/** `<mode> blob <id>\t<path>` entries of ls-tree → path → id, regular files only. */
function takeRegularFiles(entries: readonly string[], files: Map<string, string>): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const mode = entry.slice(0, 6);
    if (mode === '100644' || mode === '100755') files.set(entry.slice(tab + 1), entry.slice(12, tab));
  }
}

export interface PathAttributes {
  /** Paths marked `linguist-generated` or `linguist-vendored` (set or `=true`). */
  linguist: Set<string>;
  /**
   * Paths whose `diff` attribute decides, whatever their content, whether they are binary (true) or
   * text (false), as `git grep -I` decides: `-diff` (or `binary`) is binary, `diff` is text, and
   * `diff=<driver>` is what the configuration's `diff.<driver>.binary` says, when it says it.
   */
  binaryByAttribute: Map<string, boolean>;
}

/**
 * The attributes of `paths` that the analysis uses, from one `git check-attr --stdin` process: the work
 * tree's attributes, or in a bare repository those of `commit` (repositoryLayout.ts); and, only when a
 * path names a diff driver, one `git config`.
 */
export async function readPathAttributes(git: GitRunner, cwd: string, layout: RepositoryLayout, commit: string, paths: Iterable<string>, signal?: AbortSignal): Promise<PathAttributes> {
  const linguist = new Set<string>();
  const binaryByAttribute = new Map<string, boolean>();
  const drivers = new Map<string, string>();
  for await (const triples of checkAttributes(cwd, layout, commit, ['linguist-generated', 'linguist-vendored', 'diff'], paths, signal)) {
    throwIfAborted(signal);
    takeAttributes(triples, linguist, binaryByAttribute, drivers);
  }
  if (drivers.size) {
    const binaryDriver = await binaryDrivers(git);
    for (const [driverPath, driver] of drivers) {
      const binary = binaryDriver.get(driver);
      if (binary !== undefined) binaryByAttribute.set(driverPath, binary);
    }
  }
  return { linguist, binaryByAttribute };
}

/** Files the triples of check-attr mark linguist-generated or -vendored, binary or text, or give a diff driver. */
function takeAttributes(triples: ReadonlyArray<readonly [string, string, string]>, linguist: Set<string>, binaryByAttribute: Map<string, boolean>, drivers: Map<string, string>): void {
  for (let i = 0; i < triples.length; i++) {
    const [path, attribute, text] = triples[i] as readonly [string, string, string];
    if (attribute === 'diff') {
      if (text === 'unset') binaryByAttribute.set(path, true);
      else if (text === 'set') binaryByAttribute.set(path, false);
      else if (text !== 'unspecified') drivers.set(path, text);
    } else if (text === 'set' || text === 'true') linguist.add(path);
  }
}

/** Diff drivers whose `diff.<driver>.binary` is set true or false (`auto` and unset leave it to the content). */
async function binaryDrivers(git: GitRunner): Promise<Map<string, boolean>> {
  const found = new Map<string, boolean>();
  // `<key>\n<value>\0`, or `<key>\0` for a key without a value (true); exit 1 when none is set.
  for await (const entry of git.stream(['config', '-z', '--get-regexp', '^diff\\..*\\.binary$'], '\0', { okExitCodes: [1] })) {
    const newline = entry.indexOf('\n');
    const key = newline < 0 ? entry : entry.slice(0, newline);
    if (!key.startsWith('diff.') || !key.endsWith('.binary')) continue;
    const value = newline < 0 ? true : configBool(entry.slice(newline + 1));
    if (value !== undefined) found.set(key.slice('diff.'.length, -'.binary'.length), value);
  }
  return found;
}

/** A git boolean as git reads it; undefined for `auto` or what is not one. */
function configBool(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'true' || value === 'yes' || value === 'on') return true;
  if (value === 'false' || value === 'no' || value === 'off' || value === '') return false;
  return /^-?\d+$/.test(value) ? Number(value) !== 0 : undefined;
}

export interface TextFacts {
  /** Lines of each text file (binary and empty files, and those the clone lacks, are absent). */
  lines: Map<string, number>;
  /** Files with a generated-code header; undefined when not looked for. */
  generated: Set<string> | undefined;
}

/** What an earlier run found at its commit, and the paths changed since (changedPaths): only those are read again. */
export interface EarlierTextFacts {
  lines: ReadonlyArray<readonly [string, number]>;
  /** Undefined when that run did not look for generated headers: they are looked for in every file then. */
  generated: readonly string[] | undefined;
  changed: readonly string[];
}

/**
 * Lines of each text file of a commit and, with `headers`, the files with a generated-code header or
 * a tool's opening (blobFacts.ts GENERATED_OPENING: an engine's import sidecar, antsibull's notes, …)
 * and the scripts and styles of a static folder that open with a library's banner (copied libraries,
 * defaultExclusions.ts STATIC_SCRIPT_OR_STYLE), and Android vector drawables (ANDROID_DRAWABLE): one pass over their blobs (blobFacts.ts), binary files
 * told apart as `git grep -I` does. With
 * `earlier`, only the files changed since are read (the warm re-analysis reads no unchanged blob);
 * a run that did not look for headers before reads every file for them.
 */
export async function readTextFacts(
  git: GitRunner,
  files: ReadonlyMap<string, string>,
  attributes: PathAttributes,
  options: { headers: boolean; earlier?: EarlierTextFacts; signal?: AbortSignal },
): Promise<TextFacts> {
  const { headers, earlier, signal } = options;
  const lines = new Map<string, number>();
  const generated = headers ? new Set<string>() : undefined;
  let toRead: Iterable<string> = files.keys();
  if (earlier && (!headers || earlier.generated)) {
    const changed = new Set(earlier.changed);
    for (const [path, count] of earlier.lines) if (!changed.has(path)) lines.set(path, count);
    if (generated) for (const path of earlier.generated ?? []) if (!changed.has(path)) generated.add(path);
    toRead = earlier.changed;
  }
  const paths: string[] = [];
  const readWhole = new Set<string>();
  const openings = new Set<string>(); // blobs whose opening is read: a library's banner, a drawing's root
  for (const path of toRead) {
    const blob = files.get(path);
    const binary = attributes.binaryByAttribute.get(path);
    if (blob === undefined || binary === true) continue; // deleted, not a regular file, or binary by attribute
    paths.push(path);
    if (binary === false) readWhole.add(blob);
    if (headers && (STATIC_SCRIPT_OR_STYLE.test(path) || ANDROID_DRAWABLE.test(path))) openings.add(blob);
  }
  const facts = await readBlobFacts(git, paths.map((path) => files.get(path) as string), { headers, readWhole, openings, signal });
  const libraries: string[] = [];
  for (const path of paths) {
    const id = files.get(path) as string;
    const blob = facts.get(id);
    if (!blob || (blob.binary && attributes.binaryByAttribute.get(path) !== false)) continue;
    if (blob.lines > 0) lines.set(path, blob.lines);
    if (blob.generated) generated?.add(path);
    // (A blob at two paths is looked at for a banner if one of them is a static script: only that path counts.)
    if (blob.library && STATIC_SCRIPT_OR_STYLE.test(path)) libraries.push(path);
    // An Android vector drawable is an image, as an SVG is (defaultExclusions.ts SVG_IMAGE).
    if (blob.drawing && ANDROID_DRAWABLE.test(path)) generated?.add(path);
  }
  // A library's folder goes with its main file. (After an earlier run, its main file may be among the
  // unchanged files: the banner files are kept in `generated`, and the folders found from all of them.)
  if (generated) {
    for (const path of libraries) generated.add(path);
    for (const path of filesOfLibraryFolders([...generated].filter((p) => STATIC_SCRIPT_OR_STYLE.test(p)), files.keys())) generated.add(path);
  }
  return { lines, generated };
}

/** Above this many changed files, counting everything again is as quick as counting the changes. */
export const MAX_RECOUNT = 1000;

/**
 * Paths that differ between two commits (added, changed, deleted; renames as a delete and an add), or
 * undefined when `earlier` is gone or more than MAX_RECOUNT files changed: then reading everything
 * again is as quick.
 */
export async function changedPaths(git: GitRunner, earlier: string, commit: string): Promise<string[] | undefined> {
  let changed: string[];
  try {
    changed = (await git.run(['diff', '--name-only', '-z', '--no-renames', '--no-color', '--no-ext-diff', '--end-of-options', earlier, commit, '--'])).split('\0').filter((p) => p !== '');
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return undefined; // the earlier commit is gone
  }
  return changed.length > MAX_RECOUNT ? undefined : changed;
}
