// Evaluation on real repositories: `npm run eval -- [--detector credentials|ownership|mentions] DIR…`.
// Each detector has one evaluator in the table below; each prints what it found on each clone, for
// classification by hand, and a table row for docs/evaluation.md. Clones live outside this repository
// (CI never needs them). The scan runs in a child process so that its peak memory is its own.
import { credentialsChild, evaluateCredentials, type CredentialsEval } from './credentialsEval';
import { evaluateMentions } from './mentionsEval';
import { evaluateOwnership } from './ownershipEval';

/** Evaluates one clone, printing as it goes; returns the row for docs/evaluation.md. */
export type Evaluator = (dir: string, log: (line: string) => void) => Promise<string>;

const HEADERS: Record<string, string[]> = {
  credentials: [
    '| repository@commit | commits | rows | code / test / vendored / docs | real | fixture | noise | time | peak memory |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ],
};

const EVALUATORS: Record<string, Evaluator> = {
  credentials: async (dir, log) => (await evaluateCredentials(dir, { log }) satisfies CredentialsEval).row,
  // Three most prolific authors, their top 15 owned files against plain `git blame` at HEAD: a table per clone.
  ownership: async (dir, log) => {
    const result = await evaluateOwnership(dir, { log });
    return `\n${result.repository}@${result.commit.slice(0, 12)}\n\n${result.table}\n`;
  },
  // The three handles the ownership files name most: what the product reports against every line naming them.
  mentions: async (dir, log) => {
    const result = await evaluateMentions(dir, { log });
    return `\n${result.repository}@${result.commit.slice(0, 12)}\n\n${result.table}\n`;
  },
};

function usage(): string {
  return `usage: npm run eval -- [--detector ${Object.keys(EVALUATORS).join('|')}] DIR…`;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--child') {
    // One measured scan, in its own process (see credentialsEval.ts).
    if (argv[1] === 'credentials' && argv[2]) {
      await credentialsChild(argv[2]);
      return 0;
    }
    throw new Error(`unknown child ${argv[1] ?? ''}`);
  }
  const dirs: string[] = [];
  let detector = 'credentials';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--detector') detector = argv[++i] ?? '';
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      return 0;
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${usage()}`);
      return 2;
    } else dirs.push(arg);
  }
  const evaluate: Evaluator | undefined = Object.hasOwn(EVALUATORS, detector) ? EVALUATORS[detector] : undefined;
  if (!evaluate || dirs.length === 0) {
    console.error(evaluate ? usage() : `unknown detector ${detector}\n${usage()}`);
    return 2;
  }
  const rows: string[] = [];
  // One clone after the other: the machine's cores are shared, and each measurement must be its own.
  for (const dir of dirs) rows.push(await evaluate(dir, (line) => console.log(line)));
  console.log(`\n${[...(HEADERS[detector] ?? []), ...rows].join('\n')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
