import * as assert from 'node:assert/strict';
import type { PersonSpec } from '../../src/core/detect/detectionTypes';
import { analyzeOwnership, type OwnershipResult } from '../../src/core/detect/ownership/ownershipAnalyzer';
import { blameFile } from '../../src/core/detect/ownership/currentLines';
import { CommitGraphBuilder, graftsFor, readCommitGraph, type CommitGraph } from '../../src/core/detect/ownership/fileHistory';
import { authorId } from '../../src/core/detect/ownership/ownershipLedger';
import { GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { BOB, CAROL, LEE, LEE_SPEC, merge, move, numberedLines } from '../fixtures/ownershipRepos';

/** A graph from `child: parents` lines, given parents first. */
function graphOf(edges: ReadonlyArray<[string, string[]]>): CommitGraph {
  const positionOf = new Map<string, number>();
  edges.forEach(([hash], at) => positionOf.set(hash, at));
  return { hashes: edges.map(([hash]) => hash), parents: edges.map(([, parents]) => parents.map((p) => positionOf.get(p) as number)), positionOf };
}

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').filter((l) => l !== '').sort();

describe('a file’s history for blame (grafts)', () => {
  it('gives each commit that changed the file its nearest such ancestors, and HEAD the newest', () => {
    // a ← b ← c ← d (HEAD); the file changed in a and c.
    const linear = graphOf([['a', []], ['b', ['a']], ['c', ['b']], ['d', ['c']]]);
    assert.deepEqual(lines(graftsFor(linear, new Set(['a', 'c']), 'd')), ['a', 'c a', 'd c']);
    // A side branch that did not change the file is no parent: a ← b (changed) ← m, a ← x ← m.
    const side = graphOf([['a', []], ['b', ['a']], ['x', ['a']], ['m', ['b', 'x']]]);
    assert.deepEqual(lines(graftsFor(side, new Set(['a', 'b']), 'm')), ['a', 'b a', 'm b']);
    // Both sides changed it: the merge (HEAD) gets both as parents.
    assert.deepEqual(lines(graftsFor(side, new Set(['a', 'b', 'x']), 'm')), ['a', 'b a', 'm b x', 'x a']);
    // HEAD itself changed it: its own line, no extra one.
    assert.deepEqual(lines(graftsFor(linear, new Set(['b', 'd']), 'd')), ['b', 'd b']);
  });

  it('gives nothing when no commit changed the file or one is not in the graph', () => {
    const linear = graphOf([['a', []], ['b', ['a']]]);
    assert.equal(graftsFor(linear, new Set(), 'b'), undefined);
    assert.equal(graftsFor(linear, new Set(['zz']), 'b'), undefined);
  });
});

/** A graph built from commits given in `order` (hash and space-separated parents), as git log printed them. */
function builtFrom(order: ReadonlyArray<[string, string]>): CommitGraph {
  const builder = new CommitGraphBuilder();
  for (const [hash, parents] of order) builder.add({ hash, parents, authorName: '', authorEmail: '', time: 0, coAuthorEmails: [], changes: [] });
  return builder.build();
}

/** Each commit with its parents by hash, in the graph's order. */
const edges = (graph: CommitGraph): string[] => graph.hashes.map((hash, at) => [hash, ...(graph.parents[at] ?? []).map((p) => graph.hashes[p])].join(' '));

describe('the commit graph from the history pass', function () {
  this.timeout(30_000);
  it('puts every commit after its parents, whatever order git printed them in, and keeps the parents’ order', () => {
    // git's date order with a skewed clock: x (a side commit) printed after a, its parent.
    const graph = builtFrom([['m', 'b x'], ['b', 'a'], ['a', ''], ['x', 'a']]);
    for (const [at, parents] of graph.parents.entries()) for (const parent of parents) assert.ok(parent < at, `${graph.hashes[parent]} before ${graph.hashes[at]}`);
    assert.deepEqual(edges(graph).sort(), ['a', 'b a', 'm b x', 'x a']);
    // The merge's first parent stays first (blame gives a line both sides have to it).
    assert.equal(edges(graph).find((e) => e.startsWith('m ')), 'm b x');
    for (const [hash, at] of graph.positionOf) assert.equal(graph.hashes[at], hash);
  });

  it('leaves out parents the pass did not see (a shallow clone’s edge)', () => {
    assert.deepEqual(edges(builtFrom([['b', 'a'], ['a', 'gone']])), ['a', 'b a']);
  });

  it('gives the graph `git rev-list --parents` gives, on a history with a merge', async () => {
    const repo = branchyRepo();
    try {
      const git = new GitRunner({ cwd: repo.dir });
      const printed = (await git.run(['log', '--format=%H %P', 'HEAD'])).split('\n').filter((l) => l !== '');
      const built = builtFrom(printed.map((line) => [line.slice(0, 40), line.slice(41)] as [string, string]));
      assert.deepEqual(edges(built).sort(), edges(await readCommitGraph(git, repo.head())).sort());
      assert.ok(edges(built).some((e) => e.split(' ').length === 3), 'the merge is in the graph');
    } finally {
      repo.dispose();
    }
  });
});

/** Records the blame commands run. */
class BlameRecorder extends GitRunner {
  readonly blames: string[][] = [];

  // (`stream` reads through streamBatches too.)
  override streamBatches(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string[], void, undefined> {
    if (args[0] === 'blame') this.blames.push([...args]);
    return super.streamBatches(args, separator, options);
  }
}

/**
 * Lee writes notes.txt; Bob edits it on a branch while Lee edits it on main, then a merge; Lee renames
 * it; Carol changes a line. Blame must follow the branch, the merge and the rename.
 */
function branchyRepo(): FixtureRepo {
  const repo = FixtureRepo.init({ branch: 'main' });
  repo.write('notes.txt', numberedLines(12, 'lee')).write('other.txt', 'o\n');
  repo.commit('lee writes', LEE, '2025-01-01T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('notes.txt', numberedLines(12, 'lee') + numberedLines(6, 'bob'));
  repo.commit('bob appends', BOB, '2025-01-02T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  repo.write('other.txt', 'o\np\n').commit('unrelated', CAROL, '2025-01-03T00:00:00Z');
  repo.write('notes.txt', `lee top\n${numberedLines(12, 'lee')}`).commit('lee prepends', LEE, '2025-01-04T00:00:00Z');
  merge(repo, ['side'], LEE, '2025-01-05T00:00:00Z');
  move(repo, 'notes.txt', 'docs/notes.txt');
  repo.commit('lee moves', LEE, '2025-01-06T00:00:00Z');
  repo.write('docs/notes.txt', `lee top\ncarol 1\n${numberedLines(11, 'lee', 2)}${numberedLines(6, 'bob')}`).commit('carol edits', CAROL, '2025-01-07T00:00:00Z');
  return repo;
}

describe('blame reading only the commits that changed a file', function () {
  this.timeout(60_000);
  let repo: FixtureRepo;
  before(() => {
    repo = branchyRepo();
  });
  after(() => repo?.dispose());

  const run = async (person: PersonSpec, plainBlame: boolean): Promise<{ result: OwnershipResult; blames: string[][] }> => {
    const git = new BlameRecorder({ cwd: repo.dir });
    const result = await analyzeOwnership({ git, cwd: repo.dir, person, plainBlame });
    return { result, blames: git.blames };
  };

  it('gives the same current lines as a plain blame, across a branch, a merge and a rename', async () => {
    for (const person of [LEE_SPEC, { name: BOB.name, emails: [BOB.email] }]) {
      const grafted = await run(person, false);
      const plain = await run(person, true);
      assert.ok(grafted.blames.every((args) => args.includes('-S')), 'blame is given the file’s history');
      if (person === LEE_SPEC) assert.deepEqual(grafted.blames.map((args) => args[args.length - 1]).sort(), ['docs/notes.txt', 'other.txt']);
      assert.ok(plain.blames.every((args) => !args.includes('-S')));
      const figures = (r: OwnershipResult) => [...r.files, ...r.contributed, ...r.formerly].map((f) => [f.path, f.personCurrentLines, f.currentShare, f.label]).sort();
      assert.deepEqual(figures(grafted.result), figures(plain.result));
    }
    const lee = (await run(LEE_SPEC, false)).result.files.find((f) => f.path === 'docs/notes.txt');
    // 19 lines: Lee's top line and 11 of his 12 (Carol changed one), Bob's 6, Carol's 1.
    assert.deepEqual([lee?.personCurrentLines, lee?.lines, lee?.label], [12, 19, 'main-developer']);
  });

  it('walks the whole history itself on an incremental run (the new commits alone are not the file’s history)', async () => {
    const first = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC });
    repo.write('docs/notes.txt', `lee top\ncarol 1\n${numberedLines(11, 'lee', 2)}${numberedLines(6, 'bob')}lee end\n`).commit('lee appends', LEE, '2025-01-08T00:00:00Z');
    const git = new BlameRecorder({ cwd: repo.dir });
    const later = await analyzeOwnership({ git, cwd: repo.dir, person: LEE_SPEC, previous: first.state, currentLinesCache: first.currentLinesCache });
    assert.deepEqual(git.blames.map((args) => args.includes('-S')), [false]);
    assert.equal(later.files.find((f) => f.path === 'docs/notes.txt')?.personCurrentLines, 13);
  });
});

describe('blame of a file where a block was moved', function () {
  this.timeout(30_000);

  it('credits the moved block to its writer with moves followed (-M), to the mover without', async () => {
    const repo = FixtureRepo.init({ branch: 'main' });
    try {
      const block = (label: string) => numberedLines(6, `${label} function body line that is long enough to be matched as moved`);
      repo.write('f.txt', block('first') + block('second')).commit('lee writes', LEE, '2025-01-01T00:00:00Z');
      repo.write('f.txt', block('second') + block('first')).commit('bob swaps the blocks', BOB, '2025-01-02T00:00:00Z');
      const git = new GitRunner({ cwd: repo.dir });
      const lee = authorId(LEE.email, LEE.name);
      const leeLines = async (moves: boolean) => (await blameFile(git, repo.head(), 'f.txt', undefined, moves)).byAuthor.filter(([id]) => id === lee).reduce((sum, [, , n]) => sum + n, 0);
      assert.equal(await leeLines(true), 12);
      assert.equal(await leeLines(false), 6);
    } finally {
      repo.dispose();
    }
  });
});
