// HANDOVER.yaml as a commit holds it: in a bare repository (a mirror an ops team audits) there is no
// file to read, and the checklist is the one at the commit the detections describe. Read-only: nothing
// that edits HANDOVER.yaml runs on a bare repository (the CLI says so).
import { join, relative, sep } from 'node:path';
import { GitError, type GitRunner } from '../git/gitRunner';
import { decodeUtf8, MAX_FILE_BYTES } from './handoverParser';
import { HANDOVER_FILE_NAME, loadHandoverText, type LoadedHandover, type LoadOptions } from './handoverLoader';

/**
 * HANDOVER.yaml at the top of `revision`'s tree, loaded as from a file in `folder` (paths it names are
 * checked against that tree), or undefined when the commit has none. The size limit and strict UTF-8
 * apply as to the file.
 */
export async function readHandoverAtCommit(git: GitRunner, folder: string, revision: string, options: Pick<LoadOptions, 't'>): Promise<LoadedHandover | undefined> {
  const spec = `${revision}:${HANDOVER_FILE_NAME}`;
  let size: number;
  try {
    size = Number((await git.run(['cat-file', '-s', spec])).trim());
  } catch (err) {
    if (err instanceof GitError && (err.kind === 'aborted' || err.kind === 'not-installed' || err.kind === 'timeout')) throw err;
    return undefined; // no HANDOVER.yaml in that commit
  }
  const file = join(folder, HANDOVER_FILE_NAME);
  const range = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
  if (!(size <= MAX_FILE_BYTES)) {
    const message = options.t('read.tooLarge', { size: (size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 });
    return { file, text: '', diagnostics: [{ severity: 'error', code: 'read.tooLarge', message, range }] };
  }
  const chunks: Buffer[] = [];
  await git.readChunks(['cat-file', 'blob', spec], (chunk) => {
    chunks.push(chunk);
  });
  const bytes = Buffer.concat(chunks);
  const decoded = decodeUtf8(bytes, options.t);
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
