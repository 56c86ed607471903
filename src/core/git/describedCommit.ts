// The commit a report describes. Not simply HEAD: committing the report (or editing HANDOVER.yaml)
// makes a new HEAD, and a report naming HEAD would be out of date the moment it is committed. The
// report describes the newest commit, along HEAD's first parents, that changed anything besides the
// handover's own files (HANDOVER.yaml and the reports). That commit is the same before and after the
// report is committed, on the author's machine and in a CI clone of the pull request's head.
import { realpathSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import type { GitRunner } from './gitRunner';

export interface CommitInfo {
  sha: string;
  /** Committer date, YYYY-MM-DD (UTC, as git's %cs prints it in the C locale with no TZ involved). */
  date: string;
}

/** The handover's own files, as git pathspecs that leave them out and as ownership exclude globs. */
export interface OwnFiles {
  /** `:(top,exclude,…)` pathspecs; used after `:(top)` so that everything else is included. */
  excludeSpecs: string[];
  /** Globs anchored at the repository root (see ownership/pathGlob.ts). */
  excludeGlobs: string[];
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** Escapes glob characters for git's `glob` pathspec magic and for ownership globs (both read `[x]` as x). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, (c) => `[${c}]`);
}

/**
 * HANDOVER.yaml, HANDOVER.md, HANDOVER.<anything>.md beside it, and the report file wherever it is.
 * `topLevel` is the work tree's root (`git rev-parse --show-toplevel`).
 */
export function ownFilesOf(topLevel: string, folder: string, reportFile: string): OwnFiles {
  const top = realOrSelf(topLevel);
  const base = posixRelative(top, realOrSelf(folder));
  const prefix = base === '' ? '' : `${base}/`;
  const report = `${posixRelative(top, realOrSelf(dirname(reportFile)))}/${basename(reportFile)}`.replace(/^\.?\//, '');
  const literal = [...new Set([`${prefix}HANDOVER.yaml`, `${prefix}HANDOVER.md`, report])].filter((path) => !path.startsWith('../'));
  return {
    excludeSpecs: [...literal.map((path) => `:(top,exclude,literal)${path}`), `:(top,exclude,glob)${escapeGlob(prefix)}HANDOVER.*.md`],
    excludeGlobs: [...literal.map((path) => `/${escapeGlob(path)}`), `/${escapeGlob(prefix)}HANDOVER.*.md`],
  };
}

/** A commit given by name or hash, with its committer date. */
export async function readCommit(git: GitRunner, revision: string): Promise<CommitInfo> {
  const out = (await git.run(['log', '-1', '--no-color', '--format=%H %cs', '--end-of-options', revision, '--'])).trim();
  const match = /^([0-9a-f]{40,64}) (\d{4}-\d{2}-\d{2})$/.exec(out);
  if (!match?.[1] || !match[2]) throw new Error(`cannot read commit ${revision}`);
  return { sha: match[1], date: match[2] };
}

/**
 * The newest commit along HEAD's first parents that changed a file other than the handover's own.
 * When every commit only touched those files, the first commit of that line (nothing else to describe).
 * Merges count by their change against the first parent: a merged pull request is one step.
 */
export async function describedCommit(git: GitRunner, own: OwnFiles): Promise<CommitInfo> {
  const found = (await git.run(['rev-list', '-1', '--first-parent', '--end-of-options', 'HEAD', '--', ':(top)', ...own.excludeSpecs])).trim();
  if (/^[0-9a-f]{40,64}$/.test(found)) return readCommit(git, found);
  const roots = (await git.run(['rev-list', '--first-parent', '--max-parents=0', '--end-of-options', 'HEAD', '--'])).trim().split('\n');
  return readCommit(git, roots[roots.length - 1] || 'HEAD');
}

/** A described revision as notes name it: a full commit id shortened to 12 characters, a ref name as given. */
export function describedRef(revision: string): string {
  return /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
}
