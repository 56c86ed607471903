import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectBranches, type BranchDetection, type DetectBranchesOptions } from '../../src/core/detect/branches/detectBranches';
import { MAX_SQUASH_PATHS, PatchFingerprint } from '../../src/core/detect/branches/landedChanges';
import type { BranchFinding } from '../../src/core/detect/detectionTypes';
import { GitError, GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import {
  COLLEAGUE,
  LEAVER,
  LEAVER_SPEC,
  TEAM_NOW,
  buildHostileRepository,
  buildSimpleRepository,
  buildTeamRepository,
  buildTrunkRepository,
  hostileRefNames,
  type TeamRepository,
} from '../fixtures/branchRepos';
import { runCli } from '../../src/cli';
import { FixtureRepo, identityEnv } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

/** Records every git call the detection makes. */
class RecordingRunner extends GitRunner {
  readonly calls: string[][] = [];
  /** What each streamed command was given on standard input, in the order of `calls` (undefined: nothing). */
  readonly inputs: (string | undefined)[] = [];

  override run(args: readonly string[]): Promise<string> {
    this.calls.push([...args]);
    this.inputs.push(undefined);
    return super.run(args);
  }

  override stream(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string, void, undefined> {
    this.calls.push([...args]);
    this.inputs.push(options?.input === undefined ? undefined : [...options.input].join(''));
    return super.stream(args, separator, options);
  }
}

/** Runs `body` on a fresh `buildSimpleRepository('main')`, removed afterwards whatever happens. */
async function withSimpleRepository(body: (repo: FixtureRepo) => Promise<void>): Promise<void> {
  const repo = buildSimpleRepository('main');
  try {
    await body(repo);
  } finally {
    repo.dispose();
  }
}

/** Adds `count` branches off main, one commit of the person leaving each, and checks main out again. */
function addFeatureBranches(repo: FixtureRepo, count: number): void {
  for (let i = 0; i < count; i++) {
    repo.git('checkout', '-q', '-b', `feature/n${i}`, 'main');
    repo.write(`n${i}.txt`, `${i}\n`).commit(`Work ${i}`, LEAVER, '2026-02-02T10:00:00Z');
  }
  repo.git('checkout', '-q', 'main');
}

function detect(dir: string, options: Partial<DetectBranchesOptions> = {}): Promise<BranchDetection> {
  return detectBranches({ git: new GitRunner({ cwd: dir }), person: LEAVER_SPEC, now: TEAM_NOW, ...options });
}

function byName(result: BranchDetection, name: string): BranchFinding {
  const found = result.branches.find((b) => b.name === name);
  if (!found) throw new Error(`${name} not among ${result.branches.map((b) => b.name).join(', ')}`);
  return found;
}

let builtTeam: TeamRepository | undefined;

/** The team repository (buildTeamRepository), built on first use and removed at the process's exit. */
function teamRepository(): TeamRepository {
  if (!builtTeam) {
    const built = buildTeamRepository();
    builtTeam = built;
    process.once('exit', () => built.dispose());
  }
  return builtTeam;
}

const PENDING = [
  { id: 'pending-open-work', branch: 'feature/open-work' },
  { id: 'pending-without-branch' },
  { id: 'pending-rebased-remote', branch: 'origin/feature/rebased' },
];

describe('open branches of the person leaving', function () {
  this.timeout(60_000);

  // The detection runs inside each test that reads it, so that mutation testing sees which test covers
  // which line (in a `before` hook, every mutant of the detection would run the whole file). The
  // repository is fixture, not product code: built once per process (Stryker's runner runs these tests
  // again for each mutant in one process) and removed when the process exits.
  let team: TeamRepository;

  before(() => {
    team = teamRepository();
  });

  /** The team repository's detection with the pending items, and the git calls it made. */
  async function detectTeam(): Promise<{ result: BranchDetection; recorder: RecordingRunner }> {
    const recorder = new RecordingRunner({ cwd: team.repo.dir });
    const result = await detectBranches({ git: recorder, person: LEAVER_SPEC, now: TEAM_NOW, pending: PENDING });
    return { result, recorder };
  }

  it('lists the person’s branches, open first, newest first, with every field', async () => {
    const { result } = await detectTeam();
    const open = (name: string, kind: 'local' | 'remote', ahead: number, behind: number, date: string, subject: string, extra: Partial<BranchFinding> = {}): BranchFinding => ({
      name,
      kind,
      ahead,
      behind,
      lastCommitDate: date,
      lastCommitSubject: subject,
      stale: false,
      state: 'open',
      personShare: 1,
      ...extra,
    });
    assert.equal(result.defaultBranch, 'origin/main');
    assert.deepEqual(result.notes, []);
    assert.deepEqual(result.branches, [
      open('feature/open-work', 'local', 3, 7, '2026-05-25', 'Open work: step 3', { personShare: 2 / 3, upstream: 'origin/feature/open-work', pendingId: 'pending-open-work' }),
      open('origin/feature/open-work', 'remote', 3, 7, '2026-05-25', 'Open work: step 3', { personShare: 2 / 3, pendingId: 'pending-open-work' }),
      open('origin/feature/remote-only', 'remote', 1, 7, '2026-05-18', 'Pushed but not checked out'),
      open('feature/web', 'local', 1, 7, '2026-05-15', 'Edited in the web UI'),
      open('origin/feature/web', 'remote', 1, 7, '2026-05-15', 'Edited in the web UI'),
      open('feature/old', 'local', 1, 7, '2026-01-10', 'Old experiment', { stale: true }),
      open('origin/feature/old', 'remote', 1, 7, '2026-01-10', 'Old experiment', { stale: true }),
      open('feature/rebased', 'local', 2, 5, '2026-04-02', 'Rebased 2', { state: 'merged-equivalent', stale: true }),
      open('origin/feature/rebased', 'remote', 2, 5, '2026-04-02', 'Rebased 2', { state: 'merged-equivalent', stale: true, pendingId: 'pending-rebased-remote' }),
      open('feature/squashed', 'local', 3, 5, '2026-03-03', 'Squash 3', { state: 'merged-equivalent', stale: true }),
      open('origin/feature/squashed', 'remote', 3, 5, '2026-03-03', 'Squash 3', { state: 'merged-equivalent', stale: true }),
    ]);
  });

  it('counts open branches apart from those already landed in detect\'s summary, the landed ones after', async () => {
    let text = '';
    const code = await runCli(['detect', '--repo', team.repo.dir, '--only', 'branches', '--no-cache', '--person', LEAVER_SPEC.emails[0] ?? ''], { out: (s) => (text += s), err: () => undefined }, { LANG: 'C' });
    assert.equal(code, 0, text);
    const lines = text.split('\n');
    const open = lines.findIndex((line) => line.startsWith('Open branches (against origin/main): 7'));
    const landed = lines.findIndex((line) => line === 'Already merged (squash or rebase), to delete: 4');
    assert.ok(open >= 0 && landed > open, text);
    assert.deepEqual(
      lines.slice(open + 1, landed).map((line) => line.trim().split('\t')[0]),
      ['feature/open-work', 'origin/feature/open-work', 'origin/feature/remote-only', 'feature/web', 'origin/feature/web', 'feature/old', 'origin/feature/old'],
    );
    assert.deepEqual(
      lines.slice(landed + 1, landed + 5).map((line) => line.trim().split('\t')[0]),
      ['feature/rebased', 'origin/feature/rebased', 'feature/squashed', 'origin/feature/squashed'],
    );
  });

  it('leaves out a colleague’s branch, a look-alike address read as a regex, and normally merged work', async () => {
    const { result } = await detectTeam();
    const names = result.branches.map((b) => b.name);
    for (const absent of ['feature/colleague', 'feature/lookalike', 'feature/merged', 'main', 'origin/main', 'origin/HEAD']) {
      assert.ok(!names.includes(absent), absent);
      assert.ok(!names.includes(`origin/${absent}`), `origin/${absent}`);
    }
  });

  it('lists a colleague’s branch when the share threshold is lowered', async () => {
    const lower = await detect(team.repo.dir, { minShare: 0.3 });
    assert.equal(byName(lower, 'feature/colleague').personShare, 1 / 3);
    assert.ok(!lower.branches.some((b) => b.name === 'feature/lookalike'));
  });

  it('counts the .mailmap-joined second address as the person', async () => {
    const { result } = await detectTeam();
    assert.equal(byName(result, 'feature/web').personShare, 1);
  });

  it('matches the person’s address literally and case-insensitively', async () => {
    const regexShaped = await detect(team.repo.dir, { person: { emails: ['zhang.san.ops@corp.example', 'ZHANGXSANNOPS@corp.example'] }, minShare: 0.01 });
    assert.deepEqual(
      regexShaped.branches.map((b) => b.name),
      ['feature/lookalike', 'origin/feature/lookalike'],
    );
  });

  it('judges staleness from the given now, not the clock', async () => {
    const at = async (now: string, staleDays?: number) => byName(await detect(team.repo.dir, { now, staleDays }), 'feature/open-work').stale;
    assert.equal(await at('2026-06-23'), false); // 29 days after 2026-05-25
    assert.equal(await at('2026-06-24'), true); // 30 days
    assert.equal(await at('2026-06-02T23:59:00-08:00', 7), true); // 2026-06-03 in UTC: 9 days
    assert.equal(await at('2026-06-01', 7), true);
    assert.equal(await at('2026-05-31', 7), false);
    await assert.rejects(detect(team.repo.dir, { now: 'yesterday' }), RangeError);
  });

  it('uses one for-each-ref, one log for every branch, a few calls per listed branch, only hashes after --end-of-options, and no network command', async () => {
    const { recorder } = await detectTeam();
    const commands = recorder.calls.map((args) => args[0]);
    assert.equal(commands.filter((c) => c === 'for-each-ref').length, 1);
    for (const forbidden of ['fetch', 'clone', 'ls-remote', 'pull', 'push', 'submodule', 'remote']) assert.ok(!commands.includes(forbidden), forbidden);
    // The 17 candidate refs: one log for all, and one rev-list of the default branch's history (the
    // commits each branch is behind come from it). Which files every commit the 11 listed branches need
    // changes, in one log ahead of them. The changes themselves only of the commits that change the same
    // files as a branch's (rebased, cherry-picked or squashed candidates), each read once. The 9 whose
    // commits are not all cherry-picked (7 open, 2 squashed): the file list; only the 2 squashed have a
    // commit there touching all their files, so only they diff the branch.
    const logs = recorder.calls.map((args, i) => [args, recorder.inputs[i]] as const).filter(([args]) => args[0] === 'log' && args.includes('--no-walk=unsorted'));
    const pathReads = logs.filter(([args]) => args.includes('--raw'));
    const printReads = logs.filter(([args]) => args.includes('-p'));
    assert.equal(pathReads.length, 1, 'the files of every commit needed, in one log');
    assert.equal(commands.filter((c) => c === 'rev-list').length, 1, 'one walk of the default branch');
    assert.equal(recorder.calls.length, 1 + 1 + 1 + 1 + printReads.length + 9 + 2);
    assert.ok(printReads.length >= 1 && printReads.length <= 4, `${printReads.length} readings of changes`);
    const read = printReads.flatMap(([, input]) => (input ?? '').split('\n').filter(Boolean));
    assert.equal(new Set(read).size, read.length, 'no commit read twice');
    assert.ok(!commands.includes('diff-tree'), 'no commit of the default branch diffed again for a squash');
    for (const args of recorder.calls) {
      const at = args.indexOf('--end-of-options');
      assert.ok(at > 0, args.join(' '));
      const end = args.indexOf('--', at);
      for (const revision of args.slice(at + 1, end < 0 ? undefined : end)) {
        if (args[0] === 'for-each-ref') assert.match(revision, /^refs\/(heads|remotes)\/$/);
        else assert.match(revision, /^\^?[0-9a-f]{40}((\.\.\.?)[0-9a-f]{40})?$/, args.join(' '));
      }
    }
  });

  it('gives the same answer on a detached HEAD', async () => {
    const { result } = await detectTeam();
    team.repo.git('checkout', '-q', '--detach', 'HEAD~2');
    try {
      const detached = await detect(team.repo.dir, { pending: PENDING });
      assert.deepEqual(detached, result);
    } finally {
      team.repo.git('checkout', '-q', 'main');
    }
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      detectBranches({ git: new GitRunner({ cwd: team.repo.dir, signal: controller.signal }), person: LEAVER_SPEC, now: TEAM_NOW, signal: controller.signal }),
      (err: unknown) => err instanceof GitError && err.kind === 'aborted',
    );
    const midway = new AbortController();
    const git = new GitRunner({ cwd: team.repo.dir, signal: midway.signal });
    const running = detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW, signal: midway.signal });
    setImmediate(() => midway.abort());
    await assert.rejects(running, (err: unknown) => err instanceof GitError && err.kind === 'aborted');
  });

  it('stops when the signal aborts while a branch is compared: a cancel is no note about the branch', async () => {
    const comparing = new AbortController();
    /** Aborts as the first branch is compared with the default branch (the commits it is behind). */
    class AbortWhileComparing extends GitRunner {
      override streamBatches(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string[], void, undefined> {
        if (args[0] === 'rev-list' && args[1] === '--parents') comparing.abort();
        return super.streamBatches(args, separator, options);
      }
    }
    // One branch to compare: no later branch would notice the cancel.
    await withSimpleRepository(async (repo) => {
      const git = new AbortWhileComparing({ cwd: repo.dir, signal: comparing.signal });
      await assert.rejects(
        detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW, signal: comparing.signal }),
        (err: unknown) => err instanceof GitError && err.kind === 'aborted',
      );
    });
  });
});

/** A commit on main written as raw object text, with `who` (name and <address>, spaces as given) as author and committer. */
function rawCommit(repo: FixtureRepo, who: string): string {
  const file = join(repo.dir, '.git', 'raw-commit');
  const tree = repo.git('rev-parse', 'main^{tree}').trim();
  const parent = repo.git('rev-parse', 'main').trim();
  writeFileSync(file, `tree ${tree}\nparent ${parent}\nauthor ${who} 1770026400 +0000\ncommitter ${who} 1770026400 +0000\n\nConverted\n`);
  return repo.git('hash-object', '-w', '-t', 'commit', file).trim();
}

describe('the person by name', function () {
  this.timeout(30_000);

  it('counts commits under the person’s (mailmapped) name from an address HANDOVER.yaml does not list', async () => {
    const repo = buildSimpleRepository('main');
    try {
      repo.git('checkout', '-q', '-b', 'feature/from-home', 'main');
      repo.write('home.txt', 'home\n').commit('From the home laptop', { name: LEAVER.name, email: 'zs@home.example' }, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      const byEmail = await detect(repo.dir, { person: { emails: [LEAVER.email] } });
      assert.deepEqual(byEmail.branches.map((b) => b.name), ['feature/x']);
      const byName = await detect(repo.dir, { person: { name: LEAVER.name.toLowerCase(), emails: [LEAVER.email] } });
      assert.deepEqual(byName.branches.map((b) => b.name).sort(), ['feature/from-home', 'feature/x']);
      assert.equal(byName.branches.find((b) => b.name === 'feature/from-home')?.personShare, 1);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('does not take commits with no author name as theirs when the person has no name', async () => {
    await withSimpleRepository(async (repo) => {
      // git commit refuses an empty name, but git fast-import (histories converted from other tools) writes one.
      const nameless = rawCommit(repo, ' <converted@example.com>');
      assert.equal(repo.git('log', '-1', '--format=%aN|%aE', nameless).trim(), '|converted@example.com', 'a commit with an empty author name');
      repo.git('branch', 'feature/converted', nameless);
      const found = await detect(repo.dir, { person: { emails: [LEAVER.email] } });
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });

  it('matches the person’s address and name recorded with spaces around them, as converted histories can have', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('branch', 'feature/spaced-address', rawCommit(repo, `Someone <  ${LEAVER.email}  >`));
      repo.git('branch', 'feature/spaced-name', rawCommit(repo, `   ${LEAVER.name} <home@example.com>`));
      assert.equal(repo.git('log', '-1', '--format=[%aN][%aE]', 'feature/spaced-name').trim(), `[   ${LEAVER.name}][home@example.com]`, 'git keeps the spaces');
      const found = await detect(repo.dir, { person: { name: LEAVER.name, emails: [LEAVER.email] } });
      assert.deepEqual(found.branches.map((b) => b.name).sort(), ['feature/spaced-address', 'feature/spaced-name', 'feature/x']);
    });
  });
});

describe('a blank address in the person’s list', function () {
  this.timeout(30_000);

  it('matches an address git recorded in capitals', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/caps', 'main');
      repo.write('c.txt', 'c\n').commit('From a client that keeps capitals', { name: 'Someone', email: LEAVER.email.toUpperCase() }, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      const found = await detect(repo.dir, { person: { emails: [LEAVER.email] } });
      assert.deepEqual(found.branches.map((b) => b.name).sort(), ['feature/caps', 'feature/x']);
    });
  });

  it('matches an address written with spaces around it in the person’s list', async () => {
    await withSimpleRepository(async (repo) => {
      const found = await detect(repo.dir, { person: { emails: [`  ${LEAVER.email} `] } });
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });

  it('does not list a symbolic ref to a branch as a second branch', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('symbolic-ref', 'refs/heads/current', 'refs/heads/feature/x');
      const found = await detect(repo.dir, { person: { emails: [LEAVER.email] } });
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });

  it('never lists a branch without a commit of the person, even with no minimum share', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/colleague', 'main');
      repo.write('c.txt', 'c\n').commit('Colleague work', COLLEAGUE, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      const found = await detect(repo.dir, { person: { emails: [LEAVER.email] }, minShare: 0 });
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });

  it('counts each commit once in a branch that merged work branched from it', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', 'feature/x');
      repo.git('checkout', '-q', '-b', 'feature/x-part');
      repo.write('p.txt', 'p\n').commit('Part', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'feature/x');
      repo.gitWith(identityEnv(LEAVER, '2026-02-03T10:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'Merge the part', 'feature/x-part');
      repo.git('branch', '-q', '-D', 'feature/x-part');
      repo.git('checkout', '-q', 'main');
      assert.deepEqual((await detect(repo.dir)).branches.map((b) => [b.name, b.ahead]), [['feature/x', 3]]);
    });
  });

  it('takes the day of a time with an offset as the UTC day it falls on, and refuses a date it cannot read', async () => {
    await withSimpleRepository(async (repo) => { // feature/x's last commit: 2026-02-01
      const staleness = async (now: string) => byName(await detect(repo.dir, { now, staleDays: 30 }), 'feature/x').stale;
      assert.equal(await staleness('2026-03-02'), false, '29 days');
      assert.equal(await staleness('2026-03-03'), true, '30 days');
      assert.equal(await staleness('2026-03-02T23:30:00-05:00'), true, 'already 2026-03-03 in UTC');
      await assert.rejects(detect(repo.dir, { now: 'next week' }), /not a date: next week/);
      await assert.rejects(detect(repo.dir, { now: 'x2026-03-03' }), /not a date: x2026-03-03/);
    });
  });

  it('takes a date with spaces around it as that UTC day, whatever the machine’s time zone', async () => {
    const zone = process.env.TZ;
    // Fourteen hours ahead of UTC: a date read in local time would fall on the day before.
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      await withSimpleRepository(async (repo) => { // feature/x's last commit: 2026-02-01
        const found = await detect(repo.dir, { now: ' 2026-03-03 ', staleDays: 30 });
        assert.equal(byName(found, 'feature/x').stale, true, '30 days');
      });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('shows the tip’s subject without the spaces around it', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', 'feature/x');
      repo.write('s.txt', 's\n').commit('   Indented subject', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      assert.equal(byName(await detect(repo.dir), 'feature/x').lastCommitSubject, 'Indented subject');
    });
  });

  it('skips a remote-tracking ref that points at a tree, not a commit', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('update-ref', 'refs/remotes/origin/tree', repo.git('rev-parse', 'feature/x^{tree}').trim());
      const found = await detect(repo.dir);
      assert.deepEqual([found.branches.map((b) => b.name), found.notes], [['feature/x'], []]);
    });
  });

  it('names a branch whose tip commit the clone lacks in a note, without its refs/ prefix', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/gone', 'main');
      const tip = repo.write('g.txt', 'g\n').commit('Gone', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.git('update-ref', 'refs/remotes/origin/gone', tip);
      repo.removeObjects([tip]);
      const found = await detect(repo.dir);
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
      assert.deepEqual(englishNotes(found.notes), ['feature/gone: its tip commit is missing from this clone; not compared', 'origin/gone: its tip commit is missing from this clone; not compared']);
    });
  });

  it('says nothing about a tag whose commit the clone lacks: only branches are named in the branches’ notes', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'release-prep', 'main');
      const tip = repo.write('t.txt', 't\n').commit('Tagged', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.git('tag', 'v1', tip);
      repo.git('branch', '-q', '-D', 'release-prep');
      repo.removeObjects([tip]);
      const found = await detect(repo.dir);
      assert.deepEqual([found.branches.map((b) => b.name), found.notes], [['feature/x'], []]);
    });
  });

  it('does not make commits without an e-mail address theirs', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/no-address', 'main');
      repo.write('n.txt', 'n\n').commit('Committed without an address', { name: 'Build Bot', email: '' }, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      const found = await detect(repo.dir, { person: { emails: [LEAVER.email, '  '] } });
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });
});

describe('a clone with missing commits', function () {
  this.timeout(30_000);

  it('lists the readable branches and names the damaged one in a note, in plain words', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/damaged', 'main');
      const lost = repo.write('d.txt', 'd\n').commit('Lost', LEAVER, '2026-02-03T10:00:00Z');
      repo.write('d.txt', 'dd\n').commit('Kept', LEAVER, '2026-02-04T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.git('checkout', '-q', '--orphan', 'notes');
      repo.git('rm', '-rq', '--cached', '.');
      repo.write('todo.txt', 'one\n').commit('Notes', LEAVER, '2026-02-05T10:00:00Z');
      repo.git('checkout', '-q', '-f', 'main');
      repo.removeObjects([lost]);
      const found = await detect(repo.dir);
      // Each branch read on its own: the orphan still found to share no history with main.
      // Each branch's own commits only: feature/x's one commit, not main's below it.
      assert.deepEqual(found.branches.map((b) => [b.name, b.comparison, b.ahead]), [['notes', 'unrelated-history', 1], ['feature/x', undefined, 1]]);
      assert.deepEqual(englishNotes(found.notes), ['feature/damaged: some of its commits or files are missing from this clone; not compared']);
      // Notes in branch-name order (a local branch listed before a remote one by git, after it by name).
      repo.git('branch', 'work/damaged', 'feature/damaged');
      repo.git('update-ref', 'refs/remotes/origin/damaged', 'feature/damaged');
      const more = await detect(repo.dir);
      assert.deepEqual(englishNotes(more.notes), ['feature/damaged', 'origin/damaged', 'work/damaged'].map((b) => `${b}: some of its commits or files are missing from this clone; not compared`));
    });
  });
});

/** A stream that fails with `err` as soon as it is read, as git's would. */
async function* failingStream(err: GitError): AsyncGenerator<string, void, undefined> {
  yield* [];
  throw err;
}

/** Fails the first `git log --stdin` (the one walk over every branch) with `err`; runs every other call. */
class FirstWalkFails extends GitRunner {
  readonly calls: string[][] = [];
  private walks = 0;

  constructor(
    cwd: string,
    private readonly err: GitError,
    private readonly onMergeBase: () => void = () => undefined,
    signal?: AbortSignal,
  ) {
    super({ cwd, signal });
  }

  override stream(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string, void, undefined> {
    this.calls.push([...args]);
    if (args[0] === 'log' && args.includes('--stdin') && this.walks++ === 0) return failingStream(this.err);
    if (args[0] === 'merge-base') this.onMergeBase();
    return super.stream(args, separator, options);
  }
}

describe('git while the branches are read: cancel, timeout, how many at once', function () {
  this.timeout(30_000);

  it('a cancel while a branch read on its own is checked for common history stops the detection: the branch is not shown as an unrelated history', async () => {
    await withSimpleRepository(async (repo) => {
      const controller = new AbortController();
      // The one walk fails (as in a damaged clone), so feature/x is read on its own and its common
      // history with main asked of git merge-base; the user cancels right then.
      const git = new FirstWalkFails(repo.dir, new GitError('failed', 'fatal: bad object'), () => controller.abort(), controller.signal);
      await assert.rejects(
        detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW, signal: controller.signal }),
        (err: unknown) => err instanceof GitError && err.kind === 'aborted',
      );
      assert.ok(git.calls.some((args) => args[0] === 'merge-base'), 'the cancel came during merge-base');
    });
  });

  it('does not list a remote-tracking ref at an annotated tag as a branch when each branch is read on its own', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', '-b', 'feature/t', 'main');
      repo.write('t.txt', 't\n').commit('Tagged work', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.gitWith(identityEnv(LEAVER, '2026-02-02T10:00:00Z'), 'tag', '-a', '-m', 'Tag', 'v1', 'feature/t');
      repo.git('update-ref', 'refs/remotes/origin/tagged', repo.git('rev-parse', 'v1').trim());
      repo.git('branch', '-q', '-D', 'feature/t');
      assert.equal(repo.git('cat-file', '-t', 'refs/remotes/origin/tagged').trim(), 'tag');
      // The one walk fails (as in a damaged clone): each ref is read with git log, which follows a tag to its commit.
      const git = new FirstWalkFails(repo.dir, new GitError('failed', 'fatal: bad object'));
      const found = await detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW });
      assert.deepEqual([found.branches.map((b) => b.name), found.notes], [['feature/x'], []]);
    });
  });

  it('runs git for at most four branches at once, however many branches there are', async () => {
    /** Counts the git commands running at the same time. */
    class CountingRunner extends GitRunner {
      running = 0;
      most = 0;
      override async run(args: readonly string[]): Promise<string> {
        this.most = Math.max(this.most, ++this.running);
        try {
          return await super.run(args);
        } finally {
          this.running--;
        }
      }
    }
    await withSimpleRepository(async (repo) => {
      addFeatureBranches(repo, 8);
      const git = new CountingRunner({ cwd: repo.dir });
      const found = await detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW });
      assert.equal(found.branches.length, 9);
      assert.ok(git.most >= 2 && git.most <= 4, `${git.most} git commands at once`);
    });
  });

  it('takes no further branch once git has failed on one: nothing keeps running after the detection stopped', async () => {
    /** Fails the first listing of the commits a branch is behind with a timeout; counts the commands running and the listings asked. */
    class FailFirstCount extends GitRunner {
      running = 0;
      counts = 0;
      override async run(args: readonly string[]): Promise<string> {
        this.running++;
        try {
          return await super.run(args);
        } finally {
          this.running--;
        }
      }

      override async *stream(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string, void, undefined> {
        const count = args[0] === 'rev-list' && args[1] === '--parents';
        if (count && this.counts++ === 0) throw new GitError('timeout', 'git stopped answering and was stopped');
        this.running++;
        try {
          yield* super.stream(args, separator, options);
        } finally {
          this.running--;
        }
      }
    }
    await withSimpleRepository(async (repo) => {
      addFeatureBranches(repo, 8);
      const git = new FailFirstCount({ cwd: repo.dir });
      await assert.rejects(detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW }), (err: unknown) => err instanceof GitError && err.kind === 'timeout');
      // Wait until git has been idle for a while: the branches already under way finish, no other starts.
      for (let quiet = 0, seen = -1; quiet < 6; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        quiet = git.running === 0 && git.counts === seen ? quiet + 1 : 0;
        seen = git.counts;
      }
      assert.ok(git.counts <= 4, `${git.counts} of 9 branches compared`);
    });
  });

  it('git that stops answering during the one walk over every branch ends the detection with the timeout, without reading each branch again', async () => {
    await withSimpleRepository(async (repo) => {
      const git = new FirstWalkFails(repo.dir, new GitError('timeout', 'git stopped answering and was stopped'));
      await assert.rejects(
        detectBranches({ git, person: LEAVER_SPEC, now: TEAM_NOW }),
        (err: unknown) => err instanceof GitError && err.kind === 'timeout',
      );
      // A hung git would otherwise be waited for once more per branch.
      assert.equal(git.calls.filter((args) => args[0] === 'log').length, 1);
    });
  });
});

describe('branches for a report (the same on every clone)', function () {
  this.timeout(30_000);

  it('compares with the report’s commit, reads origin’s branches (local ones without origin), and skips a branch that changes only the handover’s files', async () => {
    const repo = buildSimpleRepository('develop'); // no main, no origin: no default branch of its own
    try {
      const base = repo.head();
      repo.git('checkout', '-q', '-b', 'feature/handover-only', base);
      repo.write('HANDOVER.yaml', 'version: 1\n').commit('Sign the handover', LEAVER, '2026-02-03T10:00:00Z');
      repo.git('checkout', '-q', 'develop');
      const shared = { base, ignoreChangesTo: [':(exclude,glob)**/HANDOVER.yaml'] }; // as runDetections passes them
      const local = await detect(repo.dir, { shared });
      assert.equal(local.defaultBranch, null);
      assert.deepEqual(local.branches.map((b) => [b.name, b.ahead]), [['feature/x', 1]]);
      assert.equal((await detect(repo.dir)).branches.length, 0, 'without a report, no default branch: nothing compared');
      repo.git('update-ref', 'refs/remotes/origin/feature/x', 'feature/x');
      repo.git('update-ref', 'refs/remotes/origin/feature/handover-only', 'feature/handover-only');
      const withOrigin = await detect(repo.dir, { shared });
      assert.deepEqual(withOrigin.branches.map((b) => b.name), ['origin/feature/x']);
    } finally {
      repo.dispose();
    }
  });

  it('does not list a branch that sits at the default branch’s tip when the report’s commit is older', async () => {
    await withSimpleRepository(async (repo) => {
      const reportCommit = repo.head();
      repo.write('later.txt', 'l\n').commit('Later work on main', LEAVER, '2026-02-05T10:00:00Z');
      repo.git('update-ref', 'refs/remotes/origin/main', 'main');
      repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
      repo.git('update-ref', 'refs/remotes/origin/feature/done', 'main');
      const found = await detect(repo.dir, { shared: { base: reportCommit, ignoreChangesTo: [] } });
      assert.deepEqual(found.branches.map((b) => b.name), []);
    });
  });

  it('does not list the default branch’s local copy, even with unpushed commits', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('update-ref', 'refs/remotes/origin/main', 'main');
      repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
      repo.write('unpushed.txt', 'u\n').commit('Not pushed yet', LEAVER, '2026-02-05T10:00:00Z');
      const found = await detect(repo.dir);
      assert.equal(found.defaultBranch, 'origin/main');
      assert.deepEqual(found.branches.map((b) => b.name), ['feature/x']);
    });
  });
});

describe('many branches already landed', function () {
  this.timeout(60_000);
  it('lists the first 10 in detect\'s summary and says how many more the JSON holds', async () => {
    const repo = FixtureRepo.init({ branch: 'main' });
    try {
      repo.write('README.md', '# ops\n');
      const start = repo.commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
      for (let i = 0; i < 12; i++) {
        repo.git('checkout', '-q', '-b', `feature/landed-${i}`, start);
        repo.write(`landed/${i}.txt`, `${i}\n`);
        const sha = repo.commit(`Landed ${i}`, LEAVER, `2026-02-${String(i + 1).padStart(2, '0')}T10:00:00Z`);
        repo.git('checkout', '-q', 'main');
        repo.gitWith(identityEnv(COLLEAGUE, '2026-03-01T10:00:00Z'), 'cherry-pick', sha); // the same change on main: the branch has landed
      }
      let text = '';
      const code = await runCli(['detect', '--repo', repo.dir, '--only', 'branches', '--no-cache', '--person', LEAVER.email], { out: (s) => (text += s), err: () => undefined }, { LANG: 'C' });
      assert.equal(code, 0, text);
      const lines = text.split('\n');
      assert.ok(lines.some((line) => /^Open branches \(against main\): 0$/.test(line)), text);
      const landed = lines.indexOf('Already merged (squash or rebase), to delete: 12');
      assert.ok(landed >= 0, text);
      assert.equal(lines.slice(landed + 1, landed + 11).filter((line) => /^ {2}feature\/landed-\d+\t/.test(line)).length, 10);
      assert.equal(lines[landed + 11], '  … and 2 more (detect --json lists them all)');
    } finally {
      repo.dispose();
    }
  });
});

describe('a branch made only of merges', function () {
  this.timeout(30_000);

  it('is the person’s in the share of the merges they made', async () => {
    await withSimpleRepository(async (repo) => {
      const start = repo.git('rev-parse', 'main~0').trim();
      repo.git('checkout', '-q', '-b', 'feature/merges', start);
      repo.git('checkout', '-q', 'main');
      repo.write('m1.txt', '1\n').commit('Main 1', COLLEAGUE, '2026-02-01T10:00:00Z');
      repo.git('checkout', '-q', 'feature/merges');
      repo.gitWith(identityEnv(LEAVER, '2026-02-02T10:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'Merge main', 'main');
      repo.git('checkout', '-q', 'main');
      repo.write('m2.txt', '2\n').commit('Main 2', COLLEAGUE, '2026-02-03T10:00:00Z');
      repo.git('checkout', '-q', 'feature/merges');
      repo.gitWith(identityEnv(COLLEAGUE, '2026-02-04T10:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'Merge main again', 'main');
      repo.git('checkout', '-q', 'main');
      const merges = byName(await detect(repo.dir), 'feature/merges');
      assert.deepEqual([merges.ahead, merges.personShare], [2, 0.5]);
      // Nothing of its own is left on it (its tip holds main as merged): nothing to hand over (the squash
      // comparison finds its whole change, none, on the default branch).
      assert.equal(merges.state, 'merged-equivalent');
      // A merge that changed something of its own (a conflict resolved by hand, an edit while merging) is work left.
      repo.write('m3.txt', '3\n').commit('Main 3', COLLEAGUE, '2026-02-04T11:00:00Z');
      repo.git('checkout', '-q', 'feature/merges');
      repo.gitWith(identityEnv(LEAVER, '2026-02-04T12:00:00Z'), 'merge', '-q', '--no-ff', '--no-commit', 'main');
      repo.write('edited-while-merging.txt', 'x\n');
      repo.git('add', 'edited-while-merging.txt');
      repo.gitWith(identityEnv(LEAVER, '2026-02-04T12:00:00Z'), 'commit', '-q', '-m', 'Merge main, with an edit');
      assert.equal(repo.git('rev-list', '--no-walk', '--parents', 'HEAD').trim().split(' ').length, 3, 'a merge commit');
      repo.git('checkout', '-q', 'main');
      assert.equal(byName(await detect(repo.dir), 'feature/merges').state, 'open');
      // Work with a colleague's merge of main in it: the merge does not count against the person.
      repo.git('checkout', '-q', '-b', 'feature/work', start);
      repo.write('w.txt', 'w\n').commit('Work', LEAVER, '2026-02-05T10:00:00Z');
      repo.gitWith(identityEnv(COLLEAGUE, '2026-02-06T10:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'Merge main into work', 'main');
      repo.git('checkout', '-q', 'main');
      const work = byName(await detect(repo.dir), 'feature/work');
      assert.deepEqual([work.ahead, work.personShare], [2, 1]);
    });
  });
});

describe('shared and unrelated branches', function () {
  this.timeout(30_000);
  const CAROL = { name: 'Carol', email: 'carol@corp.example' };
  const DAVE = { name: 'Dave', email: 'dave@corp.example' };

  it('lists a release or maintenance line, or a branch several people commit to, only when ≥ 80 % of it is theirs', async () => {
    const repo = buildSimpleRepository('main');
    try {
      const commits = (branch: string, people: Array<{ name: string; email: string }>) => {
        repo.git('checkout', '-q', '-b', branch, 'main');
        people.forEach((who, i) => repo.write(`${branch.replace(/\//g, '_')}-${i}.txt`, `${i}\n`).commit(`${branch} ${i}`, who, `2026-02-0${1 + (i % 9)}T10:00:00Z`));
        repo.git('checkout', '-q', 'main');
      };
      commits('release-3.3', [LEAVER, LEAVER, LEAVER, COLLEAGUE, COLLEAGUE]); // 60 %: a shared line
      commits('stable/2026', [LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, COLLEAGUE]); // 90 %
      commits('team-work', [LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, COLLEAGUE, CAROL, DAVE]); // 67 %, three others
      commits('feature/mine', [LEAVER, LEAVER, COLLEAGUE]); // 67 %, personal
      const result = await detect(repo.dir);
      assert.deepEqual(result.branches.map((b) => b.name).sort(), ['feature/mine', 'feature/x', 'stable/2026']);
      // Lowering the threshold does not make a shared line theirs below 80 %.
      const low = await detect(repo.dir, { minShare: 0.1 });
      assert.ok(!low.branches.some((b) => b.name === 'release-3.3' || b.name === 'team-work'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('says in plain words that an orphan branch shares no history, never git\'s fatal message', async () => {
    const repo = buildSimpleRepository('main');
    try {
      repo.git('checkout', '-q', '--orphan', 'notes');
      repo.git('rm', '-rq', '--cached', '.');
      repo.write('todo.txt', 'one\n').commit('Notes', LEAVER, '2026-02-03T10:00:00Z');
      repo.git('checkout', '-q', '-f', 'main');
      const result = await detect(repo.dir);
      const notes = byName(result, 'notes');
      assert.deepEqual([notes.state, notes.comparison, notes.ahead, notes.behind], ['open', 'unrelated-history', 1, 0]);
      assert.equal(byName(result, 'feature/x').comparison, undefined);
      assert.deepEqual(result.notes, []);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('the default branch', function () {
  this.timeout(30_000);

  it('is where origin/HEAD points, even when a main branch exists (trunk)', async () => {
    const trunk = buildTrunkRepository();
    try {
      const found = await detect(trunk.repo.dir);
      assert.equal(found.defaultBranch, 'origin/trunk');
      assert.deepEqual(
        found.branches.map((b) => [b.name, b.ahead, b.behind, b.state]),
        [
          ['main', 1, 1, 'open'],
          ['origin/main', 1, 1, 'open'],
        ],
      );
    } finally {
      trunk.dispose();
    }
  });

  it('falls back to main, then master, then the setting', async () => {
    const cases: [base: string, others: string[], setting: string | undefined, expected: string | null][] = [
      ['main', ['develop'], 'develop', 'main'],
      ['master', [], undefined, 'master'],
      ['develop', [], 'develop', 'develop'],
      ['develop', [], 'refs/heads/develop', 'develop'],
      ['develop', [], undefined, null],
      ['develop', [], 'release', null],
      ['develop', [], '--output=/tmp/x', null],
    ];
    for (const [base, others, setting, expected] of cases) {
      const repo = buildSimpleRepository(base, others);
      try {
        const found = await detect(repo.dir, { defaultBranch: setting });
        assert.equal(found.defaultBranch, expected, `${base} with setting ${setting}`);
        assert.deepEqual(
          found.branches.map((b) => b.name),
          expected ? ['feature/x'] : [],
        );
      } finally {
        repo.dispose();
      }
    }
  });

  it('is null, without an error, in a repository with no commits', async () => {
    const repo = FixtureRepo.init();
    try {
      assert.deepEqual(await detect(repo.dir, { defaultBranch: 'main' }), { defaultBranch: null, branches: [], notes: [] });
    } finally {
      repo.dispose();
    }
  });
});

describe('changes that landed under other commits', function () {
  this.timeout(30_000);

  it('tell a squash of the same change from a different change to the same file', async () => {
    await withSimpleRepository(async (repo) => { // feature/x adds x.txt = "x\n"
      repo.write('x.txt', 'something else\n');
      repo.commit('Unrelated x.txt', COLLEAGUE, '2026-03-01T10:00:00Z');
      assert.equal(byName(await detect(repo.dir), 'feature/x').state, 'open');
      repo.git('reset', '-q', '--hard', 'HEAD~1');
      repo.write('other.txt', 'o\n').write('x.txt', 'x\n');
      repo.commit('Squash of feature/x together with other work', COLLEAGUE, '2026-03-01T10:00:00Z');
      assert.equal(byName(await detect(repo.dir), 'feature/x').state, 'merged-equivalent');
    });
  });

  it('keep a branch open when only some of its commits were cherry-picked', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', 'feature/x');
      repo.write('y.txt', 'y\n').commit('Feature y', LEAVER, '2026-02-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.gitWith(identityEnv(COLLEAGUE, '2026-02-03T10:00:00Z'), 'cherry-pick', 'feature/x~1');
      assert.deepEqual((await detect(repo.dir)).branches.map((b) => [b.name, b.ahead, b.state]), [['feature/x', 2, 'open']]);
      repo.gitWith(identityEnv(COLLEAGUE, '2026-02-04T10:00:00Z'), 'cherry-pick', 'feature/x');
      assert.deepEqual((await detect(repo.dir)).branches.map((b) => [b.name, b.ahead, b.state]), [['feature/x', 2, 'merged-equivalent']]);
    });
  });

  it('count work and its revert (no change left) as landed', async () => {
    await withSimpleRepository(async (repo) => {
      repo.git('checkout', '-q', 'feature/x');
      repo.remove('x.txt');
      repo.commit('Revert feature x', LEAVER, '2026-02-02T10:00:00Z');
      assert.deepEqual(
        (await detect(repo.dir)).branches.map((b) => [b.name, b.ahead, b.state]),
        [['feature/x', 2, 'merged-equivalent']],
      );
    });
  });
});

describe('branches too far from the default branch', function () {
  this.timeout(30_000);

  /** feature/x's change squashed into main together with other work: landed, when compared. */
  function squashedRepository(): FixtureRepo {
    const repo = buildSimpleRepository('main'); // feature/x adds x.txt = "x\n"
    repo.write('other.txt', 'o\n').write('x.txt', 'x\n');
    repo.commit('Squash of feature/x together with other work', COLLEAGUE, '2026-03-01T10:00:00Z');
    return repo;
  }

  it('lists a branch past the ahead or behind limit as open and not compared (too far), without comparing it', async () => {
    const repo = squashedRepository();
    try {
      assert.equal(byName(await detect(repo.dir), 'feature/x').state, 'merged-equivalent', 'within the limits the squash is found');
      for (const limits of [{ ahead: 0, behind: 5000 }, { ahead: 500, behind: 0 }]) {
        const recorder = new RecordingRunner({ cwd: repo.dir });
        const result = await detectBranches({ git: recorder, person: LEAVER_SPEC, now: TEAM_NOW, limits });
        const branch = byName(result, 'feature/x');
        assert.deepEqual([branch.state, branch.comparison, branch.ahead, branch.behind], ['open', 'too-far', 1, 1], JSON.stringify(limits));
        const compared = recorder.calls.filter((args) => args.includes('--cherry-mark') || args[0] === 'diff' || args[0] === 'diff-tree');
        assert.deepEqual(compared, [], 'no rebase or squash comparison runs');
      }
      // At the limits (1 ahead, 1 behind), still compared.
      const atLimits = byName(await detect(repo.dir, { limits: { ahead: 1, behind: 1 } }), 'feature/x');
      assert.deepEqual([atLimits.state, atLimits.comparison], ['merged-equivalent', undefined]);
    } finally {
      repo.dispose();
    }
  });

  it('does not look for a squash of a branch that changes more than MAX_SQUASH_PATHS files: open, too far', async () => {
    const repo = FixtureRepo.init({ branch: 'main' });
    try {
      repo.write('README.md', '# wide\n').commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
      repo.git('checkout', '-q', '-b', 'feature/wide');
      for (let i = 0; i <= MAX_SQUASH_PATHS; i++) repo.write(`gen/f${i}.txt`, `${i}\n`);
      repo.commit('Many files', LEAVER, '2026-02-01T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      for (let i = 0; i <= MAX_SQUASH_PATHS; i++) repo.write(`gen/f${i}.txt`, `${i}\n`);
      repo.write('other.txt', 'o\n').commit('Squash of feature/wide with other work', COLLEAGUE, '2026-03-01T10:00:00Z');
      const branch = byName(await detect(repo.dir), 'feature/wide');
      assert.deepEqual([branch.state, branch.comparison], ['open', 'too-far']);
    } finally {
      repo.dispose();
    }
  });
});

describe('hostile branch names', function () {
  this.timeout(30_000);

  it('are listed as names and never read as options (canary file)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'handover-canary-'));
    const canary = join(outside, 'canary');
    const repo = buildHostileRepository(canary);
    try {
      const found = await detect(repo.dir, { pending: [{ id: 'p-c', branch: '-c' }] });
      const expected = hostileRefNames(canary).map((ref) => ref.replace(/^refs\/(heads|remotes)\//, ''));
      assert.deepEqual(found.branches.map((b) => b.name).sort(), [...expected].sort());
      assert.equal(found.branches.find((b) => b.name === '-c')?.pendingId, 'p-c');
      for (const branch of found.branches) assert.equal(branch.ahead, 1);
      assert.equal(existsSync(canary), false, 'a branch name was read as an option');
    } finally {
      repo.dispose();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('patch fingerprints for the squash check', () => {
  const print = (text: string) => {
    const fingerprint = new PatchFingerprint();
    for (const line of text.split('\n')) fingerprint.add(line);
    return fingerprint.digest();
  };

  it('ignore line numbers, context and index lines, but not the change', () => {
    const a = 'diff --git a/x b/x\nindex 111..222 100644\n--- a/x\n+++ b/x\n@@ -10,3 +10,3 @@\n ctx\n-old\n+new\n ctx2\n';
    const b = 'diff --git a/x b/x\nindex 333..444 100644\n--- a/x\n+++ b/x\n@@ -20,3 +20,3 @@ heading\n other\n-old\n+new\n other2\n';
    const c = a.replace('+new', '+newer');
    const d = a.replace(/a\/x|b\/x/g, (m) => `${m}y`);
    assert.equal(print(a), print(b));
    assert.notEqual(print(a), print(c));
    assert.notEqual(print(a), print(d));
    assert.equal(print(''), null);
  });

  it('compare binary files by their blobs', () => {
    const bin = (index: string) => `diff --git a/p.png b/p.png\nindex ${index} 100644\nBinary files a/p.png and b/p.png differ\n`;
    assert.equal(print(bin('aa..bb')), print(bin('aa..bb')));
    assert.notEqual(print(bin('aa..bb')), print(bin('aa..cc')));
  });
});

