// Files nobody needs to learn from the person leaving, left out of ownership by default: lockfiles
// (written by a package manager), generated code (a generator wrote it; its source is what counts),
// minified bundles, and snapshot or golden test files (recorded output). The setting
// `handover.ownershipDefaultExclusions: false` (CLI: --no-default-exclusions) turns the list off; the
// count of files left out is shown either way.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { throwIfAborted } from './headFiles';

/** Globs (see pathGlob.ts) of lockfiles, generated, minified, snapshot and golden files. */
export const DEFAULT_EXCLUDE_GLOBS: readonly string[] = [
  // lockfiles
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lockb',
  'go.sum',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'Gemfile.lock',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
  'flake.lock',
  '.terraform.lock.hcl',
  'gradle.lockfile',
  'bun.lock',
  'deno.lock',
  'Package.resolved',
  'paket.lock',
  'shard.lock',
  'stack.yaml.lock',
  'renv.lock',
  'pixi.lock',
  'conda-lock.yml',
  'cabal.project.freeze',
  // generated code
  '*.pb.go',
  '*.pb.gw.go',
  '*_pb2.py',
  '*_pb2_grpc.py',
  '*.pb.cc',
  '*.pb.h',
  '*_generated.*',
  '*.generated.*',
  '*.gen.go',
  'zz_generated*',
  '*_pb.js',
  '*_pb.d.ts',
  '*_grpc_pb.js',
  '*_grpc_pb.d.ts',
  '*.pb.swift',
  '*_pb.rb',
  '*.designer.cs',
  '*.Designer.cs',
  '*.g.cs',
  '*.g.dart',
  '*.freezed.dart',
  // third-party licence listings, written by a licence tool from the dependencies
  '*-licenses.txt',
  '*-licenses.json',
  'THIRD_PARTY_NOTICES*',
  'ThirdPartyNotices*',
  'THIRD-PARTY-NOTICES*',
  // minified bundles and source maps
  '*.min.js',
  '*.min.css',
  '*.min.mjs',
  '*.map',
  // snapshots and golden files
  '__snapshots__/',
  '*.snap',
  '*.golden',
  'testdata/**/*.golden',
  'golden/',
];

/**
 * A generated file's header, as generators write it: Go's `// Code generated … DO NOT EDIT.` and the
 * `@generated` marker (Facebook's convention, used by many tools).
 */
const GENERATED_HEADER = String.raw`Code generated .{0,200}DO NOT EDIT|@generated`;
/** The header is looked for near the top only (after a licence block at most): a file that mentions the marker later is not generated. */
export const HEADER_LINES = 40;

/**
 * Which of `paths` (every file when undefined) at `commit` carry a generated-code header in their
 * first HEADER_LINES lines: one `git grep` that prints only the matched words.
 */
export async function generatedByHeader(git: GitRunner, commit: string, paths: readonly string[] | undefined, signal?: AbortSignal): Promise<Set<string>> {
  const found = new Set<string>();
  const prefix = `${commit}:`;
  // Pathspecs in batches (a command line has a length limit); no paths: the whole tree in one run.
  const batches: string[][] = [];
  if (paths === undefined) batches.push([':(top)']);
  else for (let start = 0; start < paths.length; start += 500) batches.push(paths.slice(start, start + 500).map((path) => `:(top,literal)${path}`));
  for (const batch of batches) {
    try {
      // Output with -o: `<commit>:<path>\0<line>\0<matched text>\n`, so a long (minified) line costs nothing.
      let field = 0;
      let path = '';
      for await (const token of git.stream(['grep', '-I', '-n', '-o', '-z', '-E', '--full-name', '--no-color', '-e', GENERATED_HEADER, commit, '--', ...batch])) {
        throwIfAborted(signal);
        if (field === 0) {
          const text = token.startsWith('\n') ? token.slice(1) : token;
          // The previous match's text ends with a newline, glued to this record's start.
          const newline = text.lastIndexOf('\n');
          const head = newline >= 0 ? text.slice(newline + 1) : text;
          path = head.startsWith(prefix) ? head.slice(prefix.length) : '';
          field = 1;
        } else if (field === 1) {
          if (path && Number.parseInt(token, 10) <= HEADER_LINES) found.add(path);
          field = 2;
        } else {
          // the matched text, then the next record's path after its newline
          const newline = token.lastIndexOf('\n');
          const next = newline >= 0 ? token.slice(newline + 1) : '';
          if (next.startsWith(prefix)) {
            path = next.slice(prefix.length);
            field = 1;
          } else field = 0;
        }
      }
    } catch (err) {
      // git grep exits 1 when nothing matched, and fails on a blob it cannot read (a clone missing
      // objects) after printing what it found elsewhere: both keep what was found.
      if (!(err instanceof GitError && err.kind === 'failed')) throw err;
    }
  }
  return found;
}

/** The generated files of `commit`, from those of an earlier commit and the paths changed since (headFiles.ts changedPaths). */
export async function generatedSince(git: GitRunner, earlier: readonly string[], changed: readonly string[], commit: string, signal?: AbortSignal): Promise<Set<string>> {
  const found = new Set(earlier);
  for (const path of changed) found.delete(path);
  for (const path of await generatedByHeader(git, commit, changed, signal)) found.add(path);
  return found;
}
