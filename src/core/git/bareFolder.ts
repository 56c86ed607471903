// Whether a folder is a git repository's own data rather than a work tree: a bare repository (a
// server-side mirror), or a clone's `.git` folder opened directly. Such a folder has no work tree to
// hold HANDOVER.yaml, and nothing may be written into it. Decided from the files alone, as git's own
// "is this a git directory" test does (HEAD, objects/, refs/), so it runs no git and is safe in an
// untrusted workspace.
import { lstat, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** True when `folder` holds HEAD (a symbolic ref or an object id), objects/ and refs/, and no `.git` of its own. */
export async function isGitDataFolder(folder: string): Promise<boolean> {
  // Links are followed for git's entries (as git does); `.git` in any form (folder, gitfile, link) means a work tree.
  const kind = async (name: string): Promise<'file' | 'folder' | 'other' | undefined> => {
    try {
      const found = await stat(join(folder, name));
      return found.isDirectory() ? 'folder' : found.isFile() ? 'file' : 'other';
    } catch {
      return undefined;
    }
  };
  const exists = (name: string) => lstat(join(folder, name)).then(() => true, () => false);
  const [head, objects, refs, dotGit] = await Promise.all([kind('HEAD'), kind('objects'), kind('refs'), exists('.git')]);
  if (head !== 'file' || objects !== 'folder' || refs !== 'folder' || dotGit) return false;
  let text: string;
  try {
    // A HEAD file is one short line; more than this is some other file named HEAD.
    const bytes = await readFile(join(folder, 'HEAD'));
    if (bytes.length > 1024) return false;
    text = bytes.toString('utf8').trim();
  } catch {
    return false;
  }
  return /^ref: refs\/\S+$/.test(text) || /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text);
}
