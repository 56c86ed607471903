// HANDOVER.yaml as a commit holds it: in a bare repository (a mirror an ops team audits) there is no
// file to read, and the checklist is the one at the commit the detections describe. Read-only: nothing
// that edits HANDOVER.yaml runs on a bare repository (the CLI says so).
import { join, relative, sep } from 'node:path';
import type { GitRunner } from '../git/gitRunner';
import { readBlobCapped } from '../git/readBlobCapped';
import { decodeUtf8, MAX_FILE_BYTES } from './handoverParser';
import { HANDOVER_FILE_NAME, loadHandoverText, type LoadedHandover, type LoadOptions } from './handoverLoader';

/**
 * HANDOVER.yaml at the top of `revision`'s tree, loaded as from a file in `folder` (paths it names are
 * checked against that tree), or undefined when the commit has none. The size limit and strict UTF-8
 * apply as to the file. A HANDOVER.yaml that is a folder, and git failures, are GitErrors naming
 * `<revision>:HANDOVER.yaml`.
 */
export async function readHandoverAtCommit(git: GitRunner, folder: string, revision: string, options: Pick<LoadOptions, 't'>): Promise<LoadedHandover | undefined> {
  const blob = await readBlobCapped(git, `${revision}:${HANDOVER_FILE_NAME}`, MAX_FILE_BYTES);
  if (blob.kind === 'absent') return undefined; // no HANDOVER.yaml in that commit
  const file = join(folder, HANDOVER_FILE_NAME);
  const range = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
  if (blob.kind === 'tooLarge') {
    const message = options.t('read.tooLarge', { size: (blob.size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 });
    return { file, text: '', diagnostics: [{ severity: 'error', code: 'read.tooLarge', message, range }] };
  }
  const decoded = decodeUtf8(blob.bytes, options.t);
  if (decoded.text === undefined) return { file, text: '', diagnostics: decoded.diagnostic ? [decoded.diagnostic] : [] };
  // The paths in the commit's tree (files and folders), for the checks of paths HANDOVER.yaml names.
  const listing = await git.run(['ls-tree', '-r', '-t', '--name-only', '-z', '--full-tree', '--end-of-options', revision]);
  const paths = new Set(listing.split('\0').filter((path) => path !== ''));
  const exists = (absolutePath: string): boolean => {
    const inside = relative(folder, absolutePath).split(sep).join('/');
    return inside === '' || paths.has(inside);
  };
  return loadHandoverText(decoded.text, file, { t: options.t, exists });
}
