import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see the old content or the new one, never half of it:
 * a temporary file beside the target, flushed, then renamed over it. `mode` keeps the permissions
 * of a file being rewritten (the rename replaces the file, and with it its mode).
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    if (options.mode !== undefined) await handle.chmod(options.mode & 0o7777);
    await handle.writeFile(content);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw err;
  }
  try {
    // A failed close (a full disk reported late, say) must not leave the temporary file behind.
    await handle.close();
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
