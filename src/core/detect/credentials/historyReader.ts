// Reads the patches of a history into a visitor, and never stops on an object the clone lacks (a
// partial clone, a mirror without large files): `git log -p` dies on the first blob it cannot read, so
// the reader then reads the rest of that commit — the files git had not finished, without the
// unreadable ones — and goes on with the commits after it, older ones included, fed by id to
// `git log --no-walk --stdin`. Nothing is read twice but the one file section git was writing when it
// stopped. Nothing is fetched: the git environment forbids lazy fetches and every transport
// (gitRunner.ts).
//
// Git writes a commit's header before its files, and a file's section once both its blobs were read,
// so when it dies the commit whose header came last is the one it was reading (or one that was
// complete, its next commit's header not yet written: then only its last file is read again, and the
// next run dies at once on that next commit, which is read whole without its unreadable files). A
// run that dies before any header names its first commit as the one. Each failure consumes at least
// one commit, so the reading always ends.
//
// At the first failure the reader learns, without reading a blob, every commit of the rest that
// needs one the clone lacks (planHistory: the blobs `rev-list --objects` finds missing, and each
// commit's changed files from `git log --raw`, the two at once). From then on git never meets a hole:
// the history is read in segments of a thousand commits, each by one `git log --no-walk --stdin`
// over its readable commits and one `git diff-tree --stdin` over the others, without their
// unreadable files (it echoes an end mark after each; a commit whose readable file another's
// unreadable path would hide is read alone). Each reads into a sibling of the visitor that keeps what
// each commit changes, and a segment hands its commits on in log order as they are read — so the
// ledger still sees every commit in log order, while the large commits that lack a blob (often a
// vendored library's update) are read beside the log instead of holding it up, and the next
// segment's log runs while this one is handed on: git's log, most of the work, on both cores. Should
// git still stop (an object the plan could not see, such as an old blob of a parent outside the
// range), the segments read ahead are dropped and the reader recovers as it did at the first failure.
import { GitError, type GitRunner } from '../../git/gitRunner';
import type { KeywordIndex } from './keywordIndex';
import { detached, HEADER_FORMAT, PATCH_FLAGS } from './patchParser';
import { END_MARK, PatchScanner, type DeferredVisits, type DeferringPatchVisitor, type SelectivePatchVisitor } from './patchScanner';
import { isUnreadableObjectError } from '../../git/readableRefs';
import { listReadableCommits, missingObjects } from '../../git/readableCommits';

/** A commit read only in part, or not at all, because the clone lacks some of its objects. */
export interface UnreadableCommit {
  sha: string;
  /** Files of its patch left out (0 when the whole commit was left out). */
  filesSkipped: number;
  /** True when nothing of it could be read (its tree is missing too). */
  whole: boolean;
  /** The files left out (for the evaluation's baseline; never shown: a path may hold a secret). */
  paths: string[];
}

export interface HistoryReadOptions {
  /** Runs every git command of the reading (give it the scan's signal). */
  git: GitRunner;
  /** Commit ids and `^id` exclusions. */
  range: readonly string[];
  /** Commits that need a blob the clone lacks are read beside the log by its `deferred()` sibling, and handed on in log order. */
  visitor: DeferringPatchVisitor;
  /** The rules' keywords: added and removed lines without one are not handed to the visitor (unless it asks). */
  keywords: KeywordIndex;
  /** Commits per segment once the plan is known (default PLANNED_SEGMENT; smaller in tests). */
  segmentCommits?: number;
  /**
   * Told, once a first failure made the reader plan the rest, the paths of the files it will leave out (the
   * files whose blobs the clone lacks), before it reads on: the merges' reading can go around them then.
   */
  onPlan?: (unreadablePaths: string[]) => void;
}

/**
 * Commits per `git log --no-walk --stdin` after a failure: git reads every listed commit before the
 * first patch, so a clone with many holes would otherwise pay for the rest of history at each one.
 */
const LISTED_BATCH = 1000;

// One classification of git's "cannot read this object" failures, for refs and history alike.
export { isUnreadableObjectError, missingObjects };

/**
 * The history's own logs find renames, as `git log -p` does by default (whatever the repository's
 * `diff.renames` says; copies are not looked for): a file moved as it is is a few header lines instead
 * of all its lines deleted and added again (debops, whose roles moved folder twice: 147 MB of patch
 * without, 94 MB with). The scan reads such a file whole afterwards where that can matter
 * (movedFiles.ts). Other readings (a commit read file by file around a hole, the merges) keep
 * `--no-renames`.
 */
const LOG_PATCH_FLAGS = [...PATCH_FLAGS.filter((flag) => flag !== '--no-renames'), '--find-renames'];

/** The one `git log` the scan streams, over `range` (commit ids, `^id` exclusions). */
export function historyLogArguments(range: readonly string[]): string[] {
  return [...THE_LOG_WINDOWS, 'log', '--no-merges', '-p', ...LOG_PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--'];
}

/** The history's own log over commits listed on standard input (after a failure, before the plan is known). */
function listedHistoryLogArguments(): string[] {
  return [...THE_LOG_WINDOWS, ...listedLogArguments()];
}

/**
 * The log of a segment's readable commits (see SegmentRead). Two run at once, beside the scan and the
 * diff-tree of the commits that need a missing blob: each keeps small pack windows and delta base
 * cache (on prometheus the scan and its gits together 337–369 MB at their peak, against 399–443 MB
 * with git's windows, for about the same CPU).
 */
function segmentLogArguments(): string[] {
  return [...BESIDE_THE_LOG, ...listedLogArguments()];
}

/** The same log over commits given one per line on standard input, in that order and no others. */
function listedLogArguments(): string[] {
  return ['log', '--no-merges', '-p', ...LOG_PATCH_FLAGS, HEADER_FORMAT, '--no-walk=unsorted', '--stdin', '--'];
}

/**
 * Commits of the history per segment once the plan is known: one `git log` reads the segment's
 * readable commits and one `git diff-tree --stdin` the others, both alive at once. Bounds what the
 * log holds (on prometheus about 145 MB over 1,000 commits, 165 MB over 2,000, 250 MB over 8,000;
 * with 2,000 the scan and its gits reached 373–396 MB together).
 */
const PLANNED_SEGMENT = 1000;

/**
 * Segments whose log runs at once: git's log is most of the work and uses one core, so two keep both
 * cores busy while the scan hands on the first (a third would only take memory).
 */
const LOGS_AT_ONCE = 2;

/** Segments read ahead of the one being handed on (what they found is kept until their turn). */
const SEGMENTS_READ_AHEAD = 2;

/**
 * How far git's log may write ahead of the reader (GitRunner.readChunks' `readAhead`): the two take
 * turns being the slower (git on a large diff, the reader on a file of long lines with keywords), and
 * with only a pipe between them each waits for the other.
 */
const READ_AHEAD = 16 * 1024 * 1024;

/**
 * The same for each of the segment logs that run at once: while one waits for the reader, the other
 * runs (on prometheus 2 MiB: 330–362 MB at the peak, against 326–382 MB with 4 MiB, the speed the same
 * within the noise).
 */
const SEGMENT_READ_AHEAD = 2 * 1024 * 1024;

export interface HistoryReading {
  /** Commits read in part or not at all (their objects, or their parent, missing from this clone). */
  unreadable: UnreadableCommit[];
  /** Commits this clone lacks, named as a parent: the history only they lead to is not read. */
  missingCommits: string[];
}

/** Reads every commit of `range` into the visitor; says which could not be read in full, and which are missing. */
export async function readHistory(options: HistoryReadOptions): Promise<HistoryReading> {
  const { git } = options;
  const unreadable: UnreadableCommit[] = [];
  const missingCommits: string[] = [];
  const done = (): HistoryReading => ({ unreadable, missingCommits });
  let order: string[] | null = null; // every commit of the range in log order, listed after a first failure
  let plan: HistoryPlan | null = null; // which of them need a blob the clone lacks (null: not known)
  let next = 0; // in `order`: the first commit the next run reads
  // Once the plan is known: the segments being read, the first the one being handed on. Up to
  // LOGS_AT_ONCE of them have their log running, and up to SEGMENTS_READ_AHEAD are read ahead.
  const reading: { to: number; read: SegmentRead }[] = [];
  let pipeline: { order: readonly string[]; holes: ReadonlyMap<string, Hole>; size: number } | null = null;
  const startMore = (): void => {
    while (pipeline) {
      const last = reading[reading.length - 1];
      const from = last ? last.to : next;
      const logging = reading.filter(({ read }) => !read.logEnded).length;
      if (from >= pipeline.order.length || logging >= LOGS_AT_ONCE || reading.length > SEGMENTS_READ_AHEAD) return;
      const to = Math.min(pipeline.order.length, from + pipeline.size);
      reading.push({ to, read: new SegmentRead(options, pipeline.order.slice(from, to), pipeline.holes, unreadable, startMore) });
    }
  };
  const stopReading = (): void => {
    pipeline = null;
    for (const { read } of reading.splice(0)) read.close();
  };
  try {
    for (;;) {
      if (order !== null && plan !== null) {
        pipeline ??= { order, holes: plan.holes, size: Math.max(1, options.segmentCommits ?? PLANNED_SEGMENT) };
        startMore();
        const current = reading[0];
        if (!current) return done();
        const outcome = await current.read.handOn();
        if (outcome === null) {
          reading.shift()?.read.close();
          next = current.to;
          if (next >= order.length) return done();
          continue;
        }
        // git stopped on an object the plan could not see: the rest of that commit, then on after it
        // (the segments read ahead are read again from there).
        stopReading();
        const at = outcome.at === null ? -1 : order.indexOf(outcome.at, next);
        if (at < 0) throw new GitError('failed', `git log printed commit ${(outcome.at ?? '').slice(0, 12)} outside the history being read`);
        const sha = order[at] ?? '';
        const open = outcome.stopped.commit === sha ? { scanner: outcome.scanner, sectionsEnded: outcome.stopped.sectionsEnded, replay: outcome.replay } : null;
        const skipped = await readRestOfCommit(options, sha, open);
        if (skipped) unreadable.push(skipped);
        next = at + 1;
        if (next >= order.length) return done();
        continue;
      }
      const scanner = new PatchScanner(options.visitor, options.keywords);
      const end = order === null ? 0 : listedEnd(order, next);
      const feed = (chunk: Buffer) => scanner.feed(chunk);
      try {
        if (order === null) await git.readChunks(historyLogArguments(options.range), feed, { readAhead: READ_AHEAD });
        else await git.readChunks(listedHistoryLogArguments(), feed, { input: order.slice(next, end).map((sha) => `${sha}\n`), readAhead: READ_AHEAD });
        scanner.end();
        if (order === null || end >= order.length) return done();
        next = end;
        continue;
      } catch (err) {
        if (!isUnreadableObjectError(err)) throw err;
      }
      // The commit git was reading: the one whose header came last, still open in the scanner.
      const stopped = scanner.interrupt();
      if (order === null) {
        // Which commits need a blob the clone lacks; without a plan (a commit or tree missing), the commits
        // git walks for the range, in its order, around missing commits.
        plan = await planHistory(git, options.range);
        if (plan) {
          order = plan.order;
          options.onPlan?.([...new Set([...plan.holes.values()].flatMap((hole) => hole.left))]);
        }
        else {
          const listing = await listReadableCommits(git, options.range, { noMerges: true });
          order = listing.commits;
          missingCommits.push(...listing.missing);
        }
      }
      let at = next;
      if (stopped.commit !== null) {
        const found = order.indexOf(stopped.commit, next);
        if (found < 0) throw new GitError('failed', `git log printed commit ${stopped.commit.slice(0, 12)} outside the history being read`);
        at = found;
      }
      const sha = order[at];
      if (sha === undefined) return done();
      const skipped = await readRestOfCommit(options, sha, stopped.commit === sha ? { scanner, sectionsEnded: stopped.sectionsEnded } : null, plan?.holes.get(sha));
      if (skipped) unreadable.push(skipped);
      next = at + 1;
      if (next >= order.length) return done();
    }
  } finally {
    stopReading();
  }
}

/** Where the listed log that starts at `next` ends when no plan is known: after a batch. */
function listedEnd(order: readonly string[], next: number): number {
  return Math.min(order.length, next + LISTED_BATCH);
}

/** Where git stopped in a segment's log: the commit to read the rest of (null: none), and the scanner holding it open. */
interface SegmentStop {
  at: string | null;
  stopped: { commit: string | null; sectionsEnded: readonly string[] };
  scanner: PatchScanner;
  /** Hands on what was read of commit `at` once its rest was fed to `scanner` and ended. */
  replay: () => void;
}

/**
 * One segment of the history (commits in log order), read from the moment it is made: its readable
 * commits by one `git log --no-walk --stdin`, those that need a missing blob beside it (HoleReader),
 * each into a sibling of the visitor that keeps what it finds. `handOn` gives the visitor what each
 * commit changes in log order, as soon as that commit was read; the readers never wait for it. So the
 * next segment can be read while this one is still being handed on: two logs at once, on two cores.
 */
class SegmentRead {
  private readonly startHoles: () => HoleReader;
  private holeReader: HoleReader | null = null;
  /** The log of the segment's readable commits, into a sibling of the visitor (null: it has none). */
  private readonly log: { git: ScannedGit; side: DeferredVisits } | null = null;

  constructor(
    options: HistoryReadOptions,
    private readonly segment: readonly string[],
    private readonly holes: ReadonlyMap<string, Hole>,
    unreadable: UnreadableCommit[],
    onLogEnd: () => void,
  ) {
    // The commits that need a missing blob are read once the segment's turn comes (a git less at once).
    this.startHoles = () => new HoleReader(options, segment.filter((sha) => holes.has(sha)), holes, unreadable);
    const logged = segment.filter((sha) => !holes.has(sha));
    if (!logged.length) return;
    const side = options.visitor.deferred();
    const input = logged.map((sha) => `${sha}\n`);
    const git = new ScannedGit(options, segmentLogArguments(), side.visitor, { input, readAhead: SEGMENT_READ_AHEAD });
    this.log = { git, side };
    void git.finished.then(onLogEnd);
  }

  /** Whether git ended its log (either way), or it has none: the next segment may then be started. */
  get logEnded(): boolean {
    return this.log?.git.ended ?? true;
  }

  /**
   * Gives the visitor every commit of the segment in log order, each once it was read. Returns null
   * when the whole segment was read; else where the log stopped (an object the plan could not see),
   * every commit before that one handed on.
   */
  async handOn(): Promise<SegmentStop | null> {
    let index = 0; // of the logged commits: the next to hand on
    const holeReader = (this.holeReader ??= this.startHoles());
    for (const sha of this.segment) {
      if (this.holes.has(sha)) {
        await holeReader.read(sha);
        continue;
      }
      if (!this.log) throw new GitError('failed', 'a segment\'s log was not started');
      const { git, side } = this.log;
      const { scanner } = git;
      const commit = index;
      if (!(await git.until(() => scanner.commitsEnded > commit, 'git log'))) {
        const stopped = scanner.interrupt();
        return { at: stopped.commit ?? sha, stopped, scanner, replay: () => side.replay(stopped.commit ?? sha) };
      }
      side.replay(sha);
      index++;
    }
    return null;
  }

  /** Stops what is still reading (a segment left early, or the scan ending). */
  close(): void {
    this.log?.git.close();
    this.holeReader?.close();
  }
}

/**
 * The `diff-tree --stdin` that reads commits needing missing blobs, each followed by an end mark line.
 * It waits beside the segment's log most of the time, so what it keeps resident is kept small: delta
 * bases and pack windows (with git's defaults the two gits passed 400 MB together on a large history;
 * on prometheus' 57 such commits, 142 MB → 57 MB, the CPU the same within noise).
 */
function holeStreamArguments(pathspec: readonly string[]): string[] {
  return [...BESIDE_THE_LOG, 'diff-tree', '--root', '--always', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--stdin', '--', ':(top)', ...pathspec];
}

const END_MARK_INPUT = `${String.fromCharCode(END_MARK)}\n`;

/**
 * Reads the commits of a segment that need a missing blob, each without its unreadable files, beside
 * the segment's log: those whose files the segment's other unreadable paths leave alone from one `git
 * diff-tree --stdin` (those paths excluded for all), started with the segment and read as fast as it
 * writes, into a sibling of the visitor that keeps what it finds; at each commit's turn in log order
 * (`read`) that is handed on. Any other commit is read alone (readCommitWithout), one after another
 * from the start of the segment, into a second sibling, and handed on in its turn the same way. Should
 * git stop in a commit of the shared process, that one counts as unreadable whole and a new process
 * reads the rest.
 */
class HoleReader {
  /** Commits read from the shared process, in order, and the paths it leaves out. */
  private readonly shared: string[] = [];
  private readonly sharedSet = new Set<string>();
  private readonly excluded: string[] = [];
  private readonly side: DeferredVisits;
  private stream: HoleStream | null = null;
  /** Commits read alone, each read when the one before it was: what was left out of it, or why reading it failed. */
  private readonly alone = new Map<string, Promise<{ left: UnreadableCommit } | { error: unknown }>>();
  private readonly aloneSide: DeferredVisits | null = null;
  private readonly aloneStop = new AbortController();

  constructor(
    private readonly options: HistoryReadOptions,
    commits: readonly string[],
    private readonly holes: ReadonlyMap<string, Hole>,
    private readonly unreadable: UnreadableCommit[],
  ) {
    const paths = new Set<string>();
    for (const sha of commits) for (const path of holes.get(sha)?.left ?? []) paths.add(path);
    // A commit one of whose readable files is (or lies in) another's unreadable path is read alone.
    const coversAFile = (hole: Hole) => {
      const own = new Set(hole.left);
      return hole.entries.some(({ path }) => {
        if (own.has(path)) return false;
        if (paths.has(path)) return true;
        for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) if (paths.has(path.slice(0, slash))) return true;
        return false;
      });
    };
    let chars = 0;
    const excluded = new Set<string>();
    for (const sha of commits) {
      const hole = holes.get(sha);
      if (!hole || coversAFile(hole)) continue;
      const specs = [...new Set(hole.left)].filter((path) => !excluded.has(path)).map((path) => `:(exclude,top,literal)${path}`);
      const more = specs.reduce((sum, spec) => sum + spec.length + 1, 0);
      if (chars + more > PATHSPEC_CHARS) continue;
      chars += more;
      for (const path of hole.left) excluded.add(path);
      this.excluded.push(...specs);
      this.shared.push(sha);
      this.sharedSet.add(sha);
    }
    this.side = options.visitor.deferred();
    if (this.shared.length) this.stream = new HoleStream(options, this.side.visitor, this.shared, 0, this.excluded);
    const alone = commits.filter((sha) => holes.has(sha) && !this.sharedSet.has(sha));
    if (alone.length) {
      const side = options.visitor.deferred();
      this.aloneSide = side;
      let before: Promise<unknown> = Promise.resolve();
      for (const sha of alone) {
        const left = holes.get(sha)?.left ?? [];
        const outcome = before.then(() =>
          this.aloneStop.signal.aborted
            ? { error: new GitError('failed', 'the segment was left before this commit was read') }
            : readCommitWithout(options, sha, left, { visitor: side.visitor, stop: this.aloneStop.signal }).then(
                (unread) => ({ left: unread }),
                (error: unknown) => ({ error }),
              ),
        );
        this.alone.set(sha, outcome);
        before = outcome;
      }
    }
  }

  /** Commit `sha`'s turn (the next of those given, in order): hands on what was read of it and says what was left out. */
  async read(sha: string): Promise<void> {
    const left = this.holes.get(sha)?.left ?? [];
    const alone = this.alone.get(sha);
    if (alone) {
      const outcome = await alone;
      if ('error' in outcome) throw outcome.error;
      this.aloneSide?.replay(sha);
      this.unreadable.push(outcome.left);
      return;
    }
    const index = this.shared.indexOf(sha);
    this.stream ??= new HoleStream(this.options, this.side.visitor, this.shared, index, this.excluded);
    const whole = await this.stream.done(index);
    this.side.replay(sha);
    if (whole) {
      this.unreadable.push({ sha, filesSkipped: left.length, whole: false, paths: [...left] });
    } else {
      this.unreadable.push({ sha, filesSkipped: 0, whole: true, paths: [] });
      this.stream = null;
    }
  }

  close(): void {
    this.stream?.close();
    this.stream = null;
    this.aloneStop.abort();
  }
}

/**
 * One `git diff-tree --stdin` over commits given at once (from `from` on), each followed by an end mark
 * line git echoes, read as fast as git writes; `done` says when a commit's mark came.
 */
class HoleStream {
  private readonly git: ScannedGit;
  /** Commits given to git. */
  private readonly count: number;

  constructor(
    options: HistoryReadOptions,
    visitor: SelectivePatchVisitor,
    commits: readonly string[],
    private readonly from: number,
    pathspec: readonly string[],
  ) {
    const input = commits.slice(from).map((sha) => `${sha}\n${END_MARK_INPUT}`);
    this.count = input.length;
    this.git = new ScannedGit(options, holeStreamArguments(pathspec), visitor, { input });
  }

  /** Whether the commit at `index` (of all those given) was read to its end mark; false when git stopped in it (an object it could not read). */
  done(index: number): Promise<boolean> {
    const { scanner } = this.git;
    return this.git.until(() => scanner.marksRead > index - this.from, 'git diff-tree');
  }

  /** Lets git end once every commit given was read; stops it if some are left (a segment left early). */
  close(): void {
    if (this.git.scanner.marksRead < this.count) this.git.close();
  }
}

/**
 * One git process whose output a scanner reads as fast as git writes it, into a visitor that keeps
 * what it finds: a reader waits (`until`) for the scanner to have read as far as it needs.
 */
class ScannedGit {
  readonly scanner: PatchScanner;
  private readonly stop = new AbortController();
  /** Null once git wrote everything (and the scanner ended its last commit); the error it stopped with otherwise. */
  readonly finished: Promise<unknown>;
  /** Whether git ended, either way. */
  ended = false;
  /** Told after each piece of output read. */
  private fed: (() => void) | null = null;

  constructor(options: HistoryReadOptions, args: readonly string[], visitor: SelectivePatchVisitor, stream: { input: readonly string[]; readAhead?: number }) {
    const scanner = new PatchScanner(visitor, options.keywords);
    this.scanner = scanner;
    const feed = (chunk: Buffer): void => {
      if (this.stop.signal.aborted) return;
      scanner.feed(chunk);
      this.fed?.();
    };
    this.finished = options.git.readChunks(args, feed, { ...stream, stop: this.stop.signal }).then(
      () => {
        scanner.end();
        return null;
      },
      (error: unknown) => error,
    );
    void this.finished.then(() => (this.ended = true));
  }

  /**
   * Waits until `reached()` holds, asked after each piece of output read: true; false when git stopped
   * first on an object it could not read. Any other failure is thrown, as is git (`command`) ending
   * without reaching it.
   */
  async until(reached: () => boolean, command: string): Promise<boolean> {
    while (!reached()) {
      const fed = new Promise<true>((resolve) => (this.fed = () => resolve(true)));
      const outcome = await Promise.race([fed, this.finished]);
      this.fed = null;
      if (outcome === true || reached()) continue;
      if (outcome === null) throw new GitError('failed', `${command} ended before the commits it was given`);
      if (!isUnreadableObjectError(outcome)) throw outcome;
      return false;
    }
    return true;
  }

  /** Stops git if it still runs. */
  close(): void {
    if (!this.ended) this.stop.abort();
  }
}

/** A commit whose patch needs a blob this clone lacks: its changed files, and those that cannot be read. */
interface Hole {
  entries: RawEntry[];
  left: string[];
}

/** The commits of a range in log order, and those of them git would stop in. */
export interface HistoryPlan {
  order: string[];
  holes: Map<string, Hole>;
}

/**
 * git's pack windows for the history's own log: git maps the pack through windows of 1 GiB by default,
 * and a log of the whole history touches most of it, so the pages it read stay counted in its resident
 * memory (snipe-it's pack of 271 MB: 293 MB resident). 32 MiB windows up to 96 MiB keep it at 170 MB;
 * a pack smaller than that is mapped whole as before, and a larger one costs git some more system time
 * remapping (snipe-it 0.5 → 1.0 s), while the reader, not git, is the slower of the two there.
 */
const THE_LOG_WINDOWS = ['-c', 'core.packedGitWindowSize=32m', '-c', 'core.packedGitLimit=96m'];

/**
 * A git that reads beside another keeps little resident: 16 MiB pack windows up to 64 MiB (with git's
 * default windows of 1 GiB, each maps in most of the pack, about 180 MB resident on prometheus) and a
 * 16 MiB delta base cache (git's default is 96 MiB). The segments' logs and diff-trees (see
 * holeStreamArguments), the merges' reading beside the history's log, and the plan's two commands, which
 * walk every tree of the history at once (synapse, 371,226 objects: `rev-list --objects` 132 → 72 MB and
 * `log --raw` 103 → 51 MB with the smaller cache, in the same time).
 */
export const BESIDE_THE_LOG = ['-c', 'core.packedGitWindowSize=16m', '-c', 'core.packedGitLimit=64m', '-c', 'core.deltaBaseCacheLimit=16m'];

/**
 * Learns, reading no blob, which commits of `range` need one the clone lacks: the objects
 * `rev-list --objects` finds missing (printed, never fetched), and each commit's changed files from
 * `git log --raw`, in the order `git log -p` reads them; the two run at once (a commit's files wait
 * until the missing objects are known). Null when that cannot be read either (a tree is missing):
 * the reader then recovers failure by failure.
 */
export async function planHistory(git: GitRunner, range: readonly string[]): Promise<HistoryPlan | null> {
  const order: string[] = [];
  const holes = new Map<string, Hole>();
  let missing: Set<string> | null = null;
  // Commits listed before the missing objects were known, judged once they are: their `--raw` fields as
  // one string each, not as entries (on snipe-it, 33 MB of entries waited, pinning the listing's text).
  const waiting: { sha: string; raw: string }[] = [];
  const judge = (sha: string, entries: RawEntry[], known: ReadonlySet<string>) => {
    const left = entries.filter((e) => e.ids.some((id) => known.has(id))).map((e) => e.path);
    if (left.length) holes.set(sha, { entries, left });
  };
  const readMissing = async () => {
    const found = new Set<string>();
    for await (const batch of git.streamBatches([...BESIDE_THE_LOG, 'rev-list', '--objects', '--missing=print', '--no-object-names', '--end-of-options', ...range, '--'], '\n')) {
      for (const line of batch) if (line.startsWith('?')) found.add(line.slice(1));
    }
    missing = found;
    if (found.size) for (const commit of waiting) judge(commit.sha, parseRawDiff(commit.raw), found);
    waiting.length = 0;
  };
  const readChanges = async () => {
    let sha = '';
    // The commit's fields: a meta line and a path per file.
    let fields: string[] = [];
    let meta: string | null = null;
    const close = () => {
      if (!sha) return;
      if (missing) judge(sha, pairedEntries(fields), missing);
      else waiting.push({ sha, raw: fields.join('\0') });
    };
    const args = [...BESIDE_THE_LOG, 'log', '--no-merges', '--raw', '--root', '--no-renames', '--no-abbrev', '-z', '--format=%H', '--end-of-options', ...range, '--'];
    for await (const batch of git.streamBatches(args, '\0')) {
      for (const raw of batch) {
        if (meta !== null) {
          fields.push(meta, raw); // a path, as it is
          meta = null;
          continue;
        }
        // A commit's first file follows its id's line end.
        const field = raw.startsWith('\n') ? raw.slice(1) : raw;
        if (field.startsWith(':')) {
          meta = field;
        } else if (/^[0-9a-f]{40,64}$/.test(field)) {
          close();
          // (Detached: kept to the end of the scan, a slice would pin the piece of output it was cut from.)
          sha = detached(field);
          order.push(sha);
          fields = [];
        } else if (field !== '') {
          throw new GitError('failed', 'git log --raw printed output the scan does not understand');
        }
      }
    }
    close();
  };
  const results = await Promise.allSettled([readMissing(), readChanges()]);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  const other = failures.find((err) => !isUnreadableObjectError(err));
  if (other !== undefined) throw other;
  if (failures.length) return null;
  return { order, holes };
}

interface RawEntry {
  path: string;
  ids: string[];
}

/**
 * One changed file of a `--raw` listing: its path and its blob ids (none for a submodule, whose ids
 * name commits of another repository).
 */
function rawEntry(meta: string, path: string): RawEntry {
  const [oldMode = '', newMode = '', oldId = '', newId = ''] = meta.replace(/^:/, '').split(' ');
  const ids: string[] = [];
  if (!/^0+$/.test(oldId) && oldMode !== '160000') ids.push(oldId);
  if (!/^0+$/.test(newId) && newMode !== '160000') ids.push(newId);
  return { path, ids };
}

/** The files a commit changes (against its first parent) with their blob ids; reads no blob. */
function parseRawDiff(output: string): RawEntry[] {
  return pairedEntries(output.split('\0'));
}

/** The entries of `--raw -z` fields: a meta line, then its path. */
function pairedEntries(fields: readonly string[]): RawEntry[] {
  const entries: RawEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) entries.push(rawEntry(fields[i] ?? '', fields[i + 1] ?? ''));
  return entries;
}

/**
 * Characters of paths per `git diff-tree` that reads the rest of a commit, so that its command line
 * stays far below the shortest system limit (32,767 characters on Windows).
 */
const PATHSPEC_CHARS = 16_000;

/** The paths as literal pathspecs from the top of the repository, in groups that fit on a command line. */
function pathspecGroups(paths: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const path of paths) {
    const spec = `:(top,literal)${path}`;
    if (group.length && chars + spec.length > PATHSPEC_CHARS) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(spec);
    chars += spec.length + 1;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Pathspecs that select `rest` of a commit's files and not `done`, in as few git runs as fit on a
 * command line: `done` excluded when that is shorter (git stopped early in a large commit) and no
 * excluded path is a folder of a file to read (an exclusion covers a folder's files too), else `rest`
 * listed.
 */
function restPathspecs(rest: readonly string[], done: ReadonlySet<string>): string[][] {
  if (rest.length === 0) return [];
  const excludes = [...done].map((path) => `:(exclude,top,literal)${path}`);
  const length = (specs: readonly string[]) => specs.reduce((sum, spec) => sum + spec.length + 1, 0);
  const excludeLength = length(excludes);
  const coversARestFile = rest.some((path) => {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) if (done.has(path.slice(0, slash))) return true;
    return false;
  });
  if (!coversARestFile && excludeLength <= PATHSPEC_CHARS && excludeLength < length(rest.map((path) => `:(top,literal)${path}`))) return [[':(top)', ...excludes]];
  return pathspecGroups(rest);
}

/** The empty tree's id by the length of the repository's object ids (SHA-1 or SHA-256). */
const EMPTY_TREE: ReadonlyMap<number, string> = new Map([
  [40, '4b825dc642cb6eb9a060e54bf8d69288fbee4904'],
  [64, '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'],
]);

/**
 * A commit whose parent this clone lacks (a damaged clone) has no diff against it. It is read as git
 * reads a shallow clone's oldest commit: every file of its tree as added (its files whose blobs are
 * missing left out), so that the secrets it holds are found, first seen in it; the note about the
 * missing commit says the history behind it was not read. Undefined when even its tree cannot be
 * read (then it is left out whole); what was left out of it otherwise, or null.
 */
async function readAsBoundary(options: HistoryReadOptions, sha: string, open: OpenCommit | null): Promise<UnreadableCommit | null | undefined> {
  const { git } = options;
  const empty = EMPTY_TREE.get(sha.length);
  if (!empty) return undefined;
  try {
    const files: { path: string; id: string }[] = [];
    for (const entry of (await git.run(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', sha])).split('\0')) {
      const tab = entry.indexOf('\t');
      const [, type = '', id = ''] = entry.slice(0, tab).split(' ');
      if (tab > 0 && type === 'blob') files.push({ path: entry.slice(tab + 1), id });
    }
    const missing = await missingObjects(git, files.map((f) => f.id));
    const left = files.filter((f) => missing.has(f.id)).map((f) => f.path);
    const scanner = open?.scanner ?? new PatchScanner(options.visitor, options.keywords);
    // The header as the log prints it (no diff asked, so the missing parent is not read), then the tree as added.
    if (!open) await git.readChunks(['log', '--no-walk', '--no-color', HEADER_FORMAT, '--end-of-options', sha, '--'], (chunk) => scanner.feed(chunk));
    const pathspec = [':(top)', ...left.map((path) => `:(exclude,top,literal)${path}`)];
    await git.readChunks(['diff-tree', '-r', '-p', ...PATCH_FLAGS, '--end-of-options', empty, sha, '--', ...pathspec], (chunk) => scanner.feed(chunk));
    scanner.end();
    open?.replay?.();
    return left.length ? { sha, filesSkipped: left.length, whole: false, paths: left } : null;
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    return undefined;
  }
}

/** A commit git stopped in: the scanner holding it open, and the files of it read to their end. */
interface OpenCommit {
  scanner: PatchScanner;
  sectionsEnded: readonly string[];
  /** Hands on what the scanner's visitor found in the commit, once it ended (a segment's log reads into a sibling). */
  replay?: () => void;
}

/**
 * Reads into the visitor what git could not give of commit `sha`: with `open`, the files it had not
 * finished (fed to the same scanner, which then ends the commit); without, the whole commit. Files
 * whose blobs this clone lacks are left out (`known`: the commit's files and those, from the plan;
 * else they are asked of git). Returns what was left out, or null when nothing was.
 */
async function readRestOfCommit(options: HistoryReadOptions, sha: string, open: OpenCommit | null, known?: Hole): Promise<UnreadableCommit | null> {
  const { git } = options;
  let entries: RawEntry[];
  let left: string[];
  if (known) {
    ({ entries, left } = known);
  } else {
    try {
      entries = parseRawDiff(await git.run(['diff-tree', '--no-commit-id', '--root', '-r', '--raw', '--no-renames', '--full-index', '-z', '--end-of-options', sha, '--']));
    } catch (err) {
      if (err instanceof GitError && err.kind === 'aborted') throw err;
      // No diff against its parent: the parent commit is missing (or its own tree is). Read as git reads
      // a shallow clone's oldest commit, when its tree can be.
      const boundary = await readAsBoundary(options, sha, open);
      return boundary === undefined ? { sha, filesSkipped: 0, whole: true, paths: [] } : boundary;
    }
    const missing = await missingObjects(git, entries.flatMap((e) => e.ids));
    left = entries.filter((e) => e.ids.some((id) => missing.has(id))).map((e) => e.path);
  }
  const skipped = left.length ? { sha, filesSkipped: left.length, whole: false, paths: left } : null;
  if (open) {
    const done = new Set([...open.sectionsEnded, ...left]);
    const rest = entries.map((e) => e.path).filter((path) => !done.has(path));
    try {
      for (const group of restPathspecs(rest, done)) {
        const args = ['diff-tree', '--no-commit-id', '--root', '-r', '-p', ...PATCH_FLAGS, '--end-of-options', sha, '--', ...group];
        await git.readChunks(args, (chunk) => open.scanner.feed(chunk));
      }
      open.scanner.end();
      open.replay?.();
      return skipped;
    } catch (err) {
      // A literal pathspec names a folder's files too: a file replaced by a folder whose file is
      // unreadable (or a path git spells otherwise) brings the failure back. The commit is then read
      // again whole, without the unreadable files, as below (this scanner, left mid-commit, is dropped).
      if (!isUnreadableObjectError(err)) throw err;
    }
  }
  const whole = await readCommitWithout(options, sha, left);
  return whole.whole ? whole : skipped;
}

/**
 * Reads commit `sha` whole, header included, without the files `left` (paths from the top of the
 * repository, literal, whatever folder git runs in). Returns what was left out: those files, or the
 * whole commit when git still cannot read it. `beside`: read beside the segment's log, into a sibling
 * of the visitor, and stopped when the segment is left.
 */
async function readCommitWithout(options: HistoryReadOptions, sha: string, left: readonly string[], beside?: { visitor: SelectivePatchVisitor; stop: AbortSignal }): Promise<UnreadableCommit> {
  const pathspec = [':(top)', ...left.map((path) => `:(exclude,top,literal)${path}`)];
  const scanner = new PatchScanner(beside?.visitor ?? options.visitor, options.keywords);
  try {
    const args = [...(beside ? BESIDE_THE_LOG : []), 'diff-tree', '--root', '--always', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', sha, '--', ...pathspec];
    await options.git.readChunks(args, (chunk) => scanner.feed(chunk), beside ? { stop: beside.stop } : {});
    scanner.end();
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    return { sha, filesSkipped: 0, whole: true, paths: [] };
  }
  return { sha, filesSkipped: left.length, whole: false, paths: [...left] };
}
