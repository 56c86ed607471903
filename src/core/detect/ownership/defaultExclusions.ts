// Files nobody needs to learn from the person leaving, left out of ownership by default: lockfiles
// (written by a package manager), generated code (a generator wrote it; its source is what counts),
// minified bundles, snapshot or golden test files (recorded output), and translation catalogs (rewritten
// whole by extraction tools and translation platforms: on netbox the person who syncs them "owned" 14
// catalogs of 18,000 lines each, ahead of any code). The setting
// `handover.ownershipDefaultExclusions: false` (CLI: --no-default-exclusions) turns the list off; the
// count of files left out is shown either way.
/** Globs (see pathGlob.ts) of lockfiles, generated, minified, snapshot and golden files, and translation catalogs. */
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
  // translation catalogs (gettext, XLIFF): extracted by `xgettext`/`makemessages`/`ng extract-i18n`, filled in by translators
  '*.po',
  '*.pot',
  '*.xlf',
  '*.xliff',
];

/**
 * A generated file's header, as generators write it: Go's `// Code generated … DO NOT EDIT.` and the
 * `@generated` marker (Facebook's convention, used by many tools), looked for in the blob pass
 * (blobFacts.ts hasGeneratedHeader) near the top only (after a licence block at most): a file that
 * mentions the marker later is not generated.
 */
export const HEADER_LINES = 40;
