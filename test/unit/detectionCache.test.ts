// The cache folder keeps what is used and lets go of what nothing asks for any more (detectionCache.ts).
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_KEPT_DAYS, FileDetectionCache } from '../../src/core/detect/detectionCache';

const DAY = 24 * 3600 * 1000;

describe('detection cache folder', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'handover-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** The entry files of the folder, by the key each holds. */
  const entries = () => readdirSync(folder).filter((n) => n.endsWith('.json'));
  const age = (days: number) => {
    const when = new Date(Date.now() - days * DAY);
    for (const name of entries()) utimesSync(join(folder, name), when, when);
  };

  it(`removes entries unused for ${CACHE_KEPT_DAYS} days at its first write, and keeps the rest`, async () => {
    await new FileDetectionCache(folder).write('old build state', { n: 1 });
    age(CACHE_KEPT_DAYS + 1);
    await new FileDetectionCache(folder).write('recent', { n: 2 });
    age(CACHE_KEPT_DAYS - 1); // both now, the recent one too
    const cache = new FileDetectionCache(folder);
    await cache.write('new', { n: 3 });
    assert.equal(entries().length, 2, 'the old one went at the second write; the recent one stays');
    assert.deepEqual(await cache.read('recent'), { n: 2 });
    assert.deepEqual(await cache.read('new'), { n: 3 });
    assert.equal(await cache.read('old build state'), undefined);
  });

  it('counts a read as a use', async () => {
    await new FileDetectionCache(folder).write('read often', { n: 1 });
    age(CACHE_KEPT_DAYS - 1);
    assert.deepEqual(await new FileDetectionCache(folder).read('read often'), { n: 1 });
    const [name] = entries();
    assert.ok(Date.now() - statSync(join(folder, name as string)).mtimeMs < DAY, 'its time moved to now');
    // Two days on, the cache is pruned: the entry read yesterday (for this clock) stays.
    await new FileDetectionCache(folder, () => Date.now() + 2 * DAY).write('other', {});
    assert.deepEqual(await new FileDetectionCache(folder).read('read often'), { n: 1 });
  });

  it('never removes a file that is not one of its entries', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const when = new Date(Date.now() - 400 * DAY);
    utimesSync(join(folder, 'notes.txt'), when, when);
    await new FileDetectionCache(folder).write('k', {});
    assert.ok(existsSync(join(folder, 'notes.txt')));
  });

  it('prunes once per cache object, not at every write', async () => {
    const cache = new FileDetectionCache(folder);
    await cache.write('first', {});
    await new FileDetectionCache(folder).write('stale', {});
    age(CACHE_KEPT_DAYS + 5);
    await cache.write('second', {});
    assert.equal(entries().length, 3, 'the same object does not read the folder again');
  });
});
