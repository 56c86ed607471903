import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { translator } from '../../src/core/i18n/translator';
import { realPathOf, requireInside, requireRegularFileIfPresent } from '../../src/core/insideRepository';
import { fileErrorOf, tempDir } from './helpers';

const en = translator('en');

describe('where a path leads, links followed (realPathOf)', () => {
  let repo: { dir: string; dispose(): void };
  let outside: { dir: string; dispose(): void };
  let real: string;
  let realOutside: string;
  beforeEach(() => {
    repo = tempDir({ 'docs/notes.md': 'x', 'plain.txt': 'x' });
    outside = tempDir();
    real = realpathSync(repo.dir);
    realOutside = realpathSync(outside.dir);
  });
  afterEach(() => {
    repo.dispose();
    outside.dispose();
  });

  it('follows a linked folder, and keeps the part that does not exist yet in its order', async () => {
    symlinkSync(outside.dir, join(repo.dir, 'linked'));
    assert.equal(await realPathOf(join(repo.dir, 'docs', 'notes.md')), join(real, 'docs', 'notes.md'));
    assert.equal(await realPathOf(join(repo.dir, 'linked')), realOutside);
    assert.equal(await realPathOf(join(repo.dir, 'linked', 'new', 'deeper', 'x.md')), join(realOutside, 'new', 'deeper', 'x.md'));
    assert.equal(await realPathOf(join(repo.dir, 'docs', 'new', 'x.md')), join(real, 'docs', 'new', 'x.md'));
  });

  it('reads a relative path from the current folder', async () => {
    const from = relative(process.cwd(), join(repo.dir, 'docs', 'missing.md'));
    assert.equal(await realPathOf(from), join(real, 'docs', 'missing.md'));
  });

  it('follows a dangling link to where a write would land, relative to the link’s folder, through a chain', async () => {
    symlinkSync(join(relative(join(repo.dir, 'docs'), outside.dir), 'gone.md'), join(repo.dir, 'docs', 'dangling.md'));
    assert.equal(await realPathOf(join(repo.dir, 'docs', 'dangling.md')), join(realOutside, 'gone.md'));
    // A dangling link to a dangling link: both are followed.
    symlinkSync('docs/dangling.md', join(repo.dir, 'second.md'));
    assert.equal(await realPathOf(join(repo.dir, 'second.md')), join(realOutside, 'gone.md'));
  });

  it('reads past a file used as a folder (the part below it does not exist)', async () => {
    assert.equal(await realPathOf(join(repo.dir, 'plain.txt', 'x.md')), join(real, 'plain.txt', 'x.md'));
  });

  it('stops a dangling link that leads back to itself with a sentence, not a hang', async () => {
    symlinkSync('missing/../loop.md', join(repo.dir, 'loop.md'));
    const error = await fileErrorOf(realPathOf(join(repo.dir, 'loop.md')));
    assert.equal(error.code, 'ELOOP');
    assert.equal(error.describe(en), `Cannot read ${join(repo.dir, 'loop.md')}: too many symbolic links (a loop?).`);
    // Forty links in a chain are still followed.
    let target = 'end.md';
    for (let i = 0; i < 40; i++) {
      symlinkSync(target, join(outside.dir, `l${i}`));
      target = `l${i}`;
    }
    assert.equal(await realPathOf(join(outside.dir, 'l39')), join(realOutside, 'end.md'));
  });

  it('says which path it cannot read, and why, for any other failure', async () => {
    const long = join(repo.dir, 'n'.repeat(300));
    const error = await fileErrorOf(realPathOf(long));
    assert.equal(error.describe(en), `Cannot read ${long}: the name is too long.`);
  });
});

describe('paths stay inside the repository, in process (requireInside)', () => {
  let repo: { dir: string; dispose(): void };
  let outside: { dir: string; dispose(): void };
  beforeEach(() => {
    repo = tempDir({ 'HANDOVER.yaml': 'x', 'docs/notes.md': 'x' });
    outside = tempDir({ 'elsewhere.yaml': 'x' });
  });
  afterEach(() => {
    repo.dispose();
    outside.dispose();
  });

  it('accepts the root, a file inside, a path not written yet and an inside link, and returns the path as given', async () => {
    symlinkSync('docs', join(repo.dir, 'inner'));
    for (const path of [repo.dir, join(repo.dir, 'HANDOVER.yaml'), join(repo.dir, 'new', 'report.md'), join(repo.dir, 'inner', 'notes.md'), join(repo.dir, 'docs', '..', 'HANDOVER.md')]) {
      assert.equal(await requireInside(repo.dir, path), path);
    }
  });

  it('accepts a name that merely starts with two dots', async () => {
    for (const name of ['..notes.md', '...', '..d/x.md']) {
      const path = join(repo.dir, name);
      assert.equal(await requireInside(repo.dir, path), path, name);
    }
  });

  it('judges the real places of both: a repository opened through a link holds its own files', async () => {
    const link = join(outside.dir, 'repo-link');
    symlinkSync(repo.dir, link);
    assert.equal(await requireInside(link, join(repo.dir, 'HANDOVER.yaml')), join(repo.dir, 'HANDOVER.yaml'));
    assert.equal(await requireInside(repo.dir, join(link, 'HANDOVER.yaml')), join(link, 'HANDOVER.yaml'));
  });

  it('refuses a path outside, naming the root; and says where a link leads only when one does', async () => {
    const root = realpathSync(repo.dir);
    const direct = await fileErrorOf(requireInside(repo.dir, join(repo.dir, '..', 'x.md')));
    assert.equal(direct.key, 'file.outsideDirect');
    assert.equal(direct.describe(en), `${join(repo.dir, '..', 'x.md')} is outside the repository ${root}; Handover reads and writes only inside it.`);
    assert.equal((await fileErrorOf(requireInside(repo.dir, join(repo.dir, 'docs', '..', '..')))).key, 'file.outsideDirect');
    // A folder beside it whose name starts with the repository's.
    const sibling = `${repo.dir}-other`;
    mkdirSync(sibling);
    try {
      assert.equal((await fileErrorOf(requireInside(repo.dir, join(sibling, 'x.md')))).key, 'file.outsideDirect');
    } finally {
      spawnSync('rm', ['-rf', sibling]);
    }
    symlinkSync(join(outside.dir, 'elsewhere.yaml'), join(repo.dir, 'linked.yaml'));
    const linked = await fileErrorOf(requireInside(repo.dir, join(repo.dir, 'linked.yaml')));
    assert.equal(linked.key, 'file.outside');
    assert.equal(
      linked.describe(en),
      `${join(repo.dir, 'linked.yaml')} resolves to ${join(realpathSync(outside.dir), 'elsewhere.yaml')}, outside the repository ${root}; Handover reads and writes only inside it.`,
    );
  });
});

describe('only a regular file is read or written (requireRegularFileIfPresent)', () => {
  let repo: { dir: string; dispose(): void };
  beforeEach(() => {
    repo = tempDir({ 'HANDOVER.yaml': 'x', 'docs/notes.md': 'x' });
  });
  afterEach(() => repo.dispose());

  it('lets a missing file, a file and a link to a file pass', async () => {
    symlinkSync('HANDOVER.yaml', join(repo.dir, 'link.yaml'));
    for (const name of ['missing.yaml', 'HANDOVER.yaml', 'link.yaml']) {
      assert.equal(await requireRegularFileIfPresent(join(repo.dir, name)), undefined, name);
    }
  });

  it('refuses a folder and a named pipe, each with its own sentence', async () => {
    const folder = await fileErrorOf(requireRegularFileIfPresent(join(repo.dir, 'docs')));
    assert.equal(folder.code, 'EISDIR');
    assert.equal(folder.describe(en), `Cannot read ${join(repo.dir, 'docs')}: it is a folder, not a file.`);
    const fifo = join(repo.dir, 'pipe.yaml');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const pipe = await fileErrorOf(requireRegularFileIfPresent(fifo));
    assert.equal(pipe.code, undefined);
    assert.equal(pipe.describe(en), `Cannot read ${fifo}: it is not a regular file.`);
  });

  it('says why it cannot look at a path, naming it', async () => {
    writeFileSync(join(repo.dir, 'plain'), 'x');
    const path = join(repo.dir, 'plain', 'HANDOVER.yaml');
    const error = await fileErrorOf(requireRegularFileIfPresent(path));
    assert.equal(error.describe(en), `Cannot read ${path}: a part of the path is not a folder.`);
  });
});
