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

/** One JSON file per key in a folder; a damaged or unreadable entry reads as absent. */
export class FileDetectionCache implements DetectionCache {
  constructor(private readonly folder: string) {}

  private fileFor(key: string): string {
    return join(this.folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async read(key: string): Promise<unknown> {
    try {
      const entry = JSON.parse(await fs.readFile(this.fileFor(key), 'utf8')) as { key?: string; value?: unknown };
      return entry.key === key ? entry.value : undefined;
    } catch {
      return undefined;
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
