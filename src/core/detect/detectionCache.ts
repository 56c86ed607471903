import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite';

/**
 * Where incremental analysis state is kept between runs. It holds paths, counts and commit ids,
 * never file contents or credential values.
 */
export interface DetectionCache {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
}

/**
 * What `FileDetectionCache.read` gives for an entry that exists but does not read whole (cut short,
 * not JSON, another key's): no state, so a reader that checks the state's shape treats it as absent,
 * and one that tells the user can say the cache was damaged.
 */
export class DamagedCacheEntry {
  readonly damaged = true;
}

/** One JSON file per key in a folder; an absent or unreadable entry reads as undefined, a damaged one as a DamagedCacheEntry. */
export class FileDetectionCache implements DetectionCache {
  constructor(private readonly folder: string) {}

  private fileFor(key: string): string {
    return join(this.folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async read(key: string): Promise<unknown> {
    let text: string;
    try {
      text = await fs.readFile(this.fileFor(key), 'utf8');
    } catch {
      return undefined; // absent or unreadable
    }
    try {
      const entry = JSON.parse(text) as { key?: unknown; value?: unknown } | null;
      return entry && typeof entry === 'object' && entry.key === key ? entry.value : new DamagedCacheEntry();
    } catch {
      return new DamagedCacheEntry();
    }
  }

  async write(key: string, value: unknown): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.fileFor(key), JSON.stringify({ key, value }));
  }
}

/** The CLI's cache folder: $XDG_CACHE_HOME/handover, else ~/.cache/handover. */
export function defaultCliCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'handover');
}
