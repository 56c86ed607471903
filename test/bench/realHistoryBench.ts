// Owned files + branches on a real repository, for comparison with the `git log` they read:
//   npx esbuild --bundle --platform=node test/bench/realHistoryBench.ts --outfile=/tmp/real-bench.js
//   /usr/bin/time -v git -C REPO log --no-merges --numstat -z -M HEAD > /dev/null
//   /usr/bin/time -v node /tmp/real-bench.js REPO [--cap N] [--budget]
// It prints the time of the history pass, of the blame step (cold, then warm from the cache made by
// the cold run) and of branch detection, for the repository's most prolific author: wall time, and
// CPU time (user + system of Node and of the git processes it waited for; the blame step's from its
// first `git blame` on, as `npm run bench` measures it).
import { detectBranches } from '../../src/core/detect/branches/detectBranches';
import { analyzeOwnership, DEFAULT_MAX_CANDIDATES } from '../../src/core/detect/ownership/ownershipAnalyzer';
import { GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { cpuMs } from './processCpu';
import { noteText } from '../../src/core/detect/detectionNotes';
import { translator } from '../../src/core/i18n/translator';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repo = args.find((a) => !a.startsWith('--'));
  if (!repo) throw new Error('usage: node real-bench.js REPO [--cap N] [--budget]');
  const capAt = args.indexOf('--cap');
  const maxCandidates = capAt >= 0 ? Number(args[capAt + 1]) : DEFAULT_MAX_CANDIDATES;
  let blameStartCpu: number | undefined;
  class BlameStartRunner extends GitRunner {
    // (`stream` reads through streamBatches too.)
    override streamBatches(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string[], void, undefined> {
      if (args[0] === 'blame' && blameStartCpu === undefined) blameStartCpu = cpuMs();
      return super.streamBatches(args, separator, options);
    }
  }
  const git = new BlameStartRunner({ cwd: repo, idleTimeoutMs: 600_000 });
  const top = /^\s*(\d+)\t(.*) <([^>]*)>$/m.exec(await git.run(['shortlog', '-sne', '--no-merges', 'HEAD']));
  if (!top?.[2] || !top[3]) throw new Error('no author');
  const person = { name: top[2], emails: [top[3]] };
  const started = Date.now();
  const cpuStarted = cpuMs();
  const cold = await analyzeOwnership({ git, cwd: repo, person, maxCandidates, ...(args.includes('--budget') ? { blameBudget: { minMs: 2000, partOfLog: 0.25 } } : {}) });
  const ownershipMs = Date.now() - started;
  const ownershipCpuMs = cpuMs() - cpuStarted;
  const blameCpuMs = blameStartCpu === undefined ? 0 : cpuMs() - blameStartCpu;
  const branchesStarted = Date.now();
  const branchesCpuStarted = cpuMs();
  const head = (await git.run(['log', '-1', '--format=%cs'])).trim();
  const branches = await detectBranches({ git, person, now: head });
  const branchesMs = Date.now() - branchesStarted;
  const branchesCpuMs = cpuMs() - branchesCpuStarted;
  const warmCpuStarted = cpuMs();
  const warm = await analyzeOwnership({ git, cwd: repo, person, maxCandidates, previous: cold.state, currentLinesCache: cold.currentLinesCache });
  const warmCpuMs = cpuMs() - warmCpuStarted;
  const out = {
    repository: repo,
    person: person.name,
    commits: cold.commitsRead,
    owned: cold.files.length,
    contributed: cold.contributed.length,
    formerly: cold.formerly.length,
    excluded: cold.excluded,
    currentLines: cold.currentLines,
    historyMs: cold.timings.logMs,
    blameColdMs: cold.timings.blameMs,
    ownershipMs,
    branchesMs,
    branches: branches.branches.map((b) => `${b.name} ${Math.round(b.personShare * 100)}% ${b.state}${b.comparison ? ` (${b.comparison})` : ''}`),
    branchNotes: branches.notes.map((note) => noteText(note, translator('en'))),
    ownedPlusBranchesMs: ownershipMs + branchesMs,
    cpu: {
      ownershipMs: ownershipCpuMs,
      blameMs: blameCpuMs,
      ownershipWithoutBlameMs: ownershipCpuMs - blameCpuMs,
      branchesMs: branchesCpuMs,
      ownedPlusBranchesWithoutBlameMs: ownershipCpuMs - blameCpuMs + branchesCpuMs,
      ownedPlusBranchesMs: ownershipCpuMs + branchesCpuMs,
      warmRerunMs: warmCpuMs,
    },
    warmRerunMs: warm.timings.logMs + warm.timings.blameMs,
    blameWarmMs: warm.timings.blameMs,
    blamedWarm: warm.currentLines.blamed,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
