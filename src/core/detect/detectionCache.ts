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

/**
 * Days an entry is kept without being read or written: past that it is removed (a repository deleted or moved,
 * a state recorded by an earlier build of the detectors, whose key no build asks for again).
 */
export const CACHE_KEPT_DAYS = 30;

/** An entry's file name (FileDetectionCache.fileFor): nothing else in the folder is ever removed. */
const ENTRY_NAME = /^[0-9a-f]{32}\.json$/;

/**
 * One JSON file per key in a folder; an absent or unreadable entry reads as undefined, a damaged one as a DamagedCacheEntry.
 * Reading an entry marks it used (its file's time); the first write of a process removes entries unused for CACHE_KEPT_DAYS.
 */
export class FileDetectionCache implements DetectionCache {
  private pruned = false;

  constructor(
    private readonly folder: string,
    /** The clock (tests move it). */
    private readonly now: () => number = Date.now,
  ) {}

  private fileFor(key: string): string {
    return join(this.folder, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async read(key: string): Promise<unknown> {
    const file = this.fileFor(key);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return undefined; // absent or unreadable
    }
    let entry: { key?: unknown; value?: unknown } | null;
    try {
      entry = JSON.parse(text) as { key?: unknown; value?: unknown } | null;
    } catch {
      return new DamagedCacheEntry();
    }
    if (!entry || typeof entry !== 'object' || entry.key !== key) return new DamagedCacheEntry();
    const now = new Date(this.now());
    await fs.utimes(file, now, now).catch(() => undefined); // a read-only cache is still read
    return entry.value;
  }

  async write(key: string, value: unknown): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.fileFor(key), JSON.stringify({ key, value }));
    await this.prune();
  }

  /** Removes the entries unused for CACHE_KEPT_DAYS, once per cache object; a file it cannot read or remove is left. */
  private async prune(): Promise<void> {
    if (this.pruned) return;
    this.pruned = true;
    const before = this.now() - CACHE_KEPT_DAYS * 24 * 3600 * 1000;
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!ENTRY_NAME.test(name)) continue;
      const file = join(this.folder, name);
      try {
        if ((await fs.stat(file)).mtimeMs < before) await fs.unlink(file);
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
}

/** The CLI's cache folder: $XDG_CACHE_HOME/handover, else ~/.cache/handover. */
export function defaultCliCacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'handover');
}
