// Mutation testing (`npm run test:mutation`): StrykerJS puts small bugs into the code whose failure
// loses data or leaks a secret, one at a time, and checks that a unit test fails for each. Not part of
// `npm test` (too slow for CI). See docs/testing.md for the scores and the review of every survivor.
//
// The tests run from esbuild bundles (esbuild.mjs), so Stryker instruments the TypeScript sources in
// its sandbox and re-bundles them once (`buildCommand`); the mocha runner then switches mutants on
// and off inside the loaded bundles. `HANDOVER_MUTATION_MODULE=<name>` runs one module of the scope
// (names below). `npm run test:mutation` without it (scripts/mutation.mjs) runs Stryker once per
// module, each with its own tests, and sums the scores; Stryker started directly without it runs every
// module in one run, where a static mutant runs the tests of every module.


/** Module in scope → the files mutated and the (fast, in-process) unit tests that state their behaviour. */
export const MODULES = {
  edit: {
    mutate: ['src/core/handover/edit/**/*.ts', '!src/core/handover/edit/index.ts', '!src/core/handover/edit/editTypes.ts'],
    // focusedEdit: the tests of `fileOutline.ts` and `focusedEdit.ts` (without them, a run of `edit`
    // found none of their mutants covered). draftChecklist: the only in-process tests of the `addItems`
    // edit (new checklist items: their style, flow lists of several items).
    spec: ['editValues', 'editCases', 'editSafetyNet', 'editProperties', 'editCommand', 'focusedEdit', 'draftChecklist'],
  },
  // The edit's safety net, for a run that must fit in less time than `edit` takes (2,865 mutants): the
  // refusals planEdit() makes before and after planning, its hand-over to the focused reading, and the
  // read-back that refuses any result but the intended change (planEdit.ts lines 67-135: planEdit(),
  // applyEdits(), verify()), the data comparison it uses, and how written values are quoted. The parts
  // `editGuards`, `editOutline` and `editSplices` split the mutants of `edit` exactly (no gap, no
  // overlap); run at one commit, their scores compose the module's.
  editGuards: {
    mutate: ['src/core/handover/edit/planEdit.ts:67-135', 'src/core/handover/edit/plainData.ts', 'src/core/handover/edit/scalarText.ts'],
    // The spec of `edit` but the property test, as for `editSplices`: with it, the dry run alone passed
    // Stryker's 5-minute limit on the loaded machine (tenth session), and each survivor would run it.
    spec: ['editValues', 'editCases', 'editSafetyNet', 'editCommand', 'focusedEdit', 'draftChecklist'],
  },
  // The rest of `edit`, in two parts of minutes each (not in a run of every module: `edit` takes them
  // whole): the focused edit of large files with its own tests, and the splicing, layout and style of
  // the written text (planEdit.ts outside the safety net of `editGuards`) with the example-based tests.
  editOutline: {
    mutate: ['src/core/handover/edit/fileOutline.ts', 'src/core/handover/edit/focusedEdit.ts'],
    // editCommand: the CLI's focused reading of a large file, in process.
    spec: ['focusedEdit', 'editCommand'],
  },
  editSplices: {
    mutate: [
      'src/core/handover/edit/planEdit.ts:1-66',
      'src/core/handover/edit/planEdit.ts:136-611',
      'src/core/handover/edit/yamlSplices.ts',
      'src/core/handover/edit/textLayout.ts',
      'src/core/handover/edit/styleOf.ts',
      'src/core/handover/edit/outValue.ts',
      'src/core/handover/edit/knownFindings.ts',
      'src/core/handover/edit/layoutError.ts',
    ],
    // The spec of `edit` but the property test (25 s of CPU a run: each survivor would take that long),
    // so the score is a lower bound of what `edit` would give. focusedEdit: its tests plan each edit on
    // the whole file too; draftChecklist: the only in-process tests of `addItems` and the items' style.
    spec: ['editValues', 'editCases', 'editSafetyNet', 'editCommand', 'focusedEdit', 'draftChecklist'],
  },
  atomicWrite: { mutate: ['src/core/atomicWrite.ts'], spec: ['atomicWrite'] },
  masking: {
    mutate: ['src/core/detect/credentials/maskSecrets.ts', 'src/core/detect/credentials/spanMasks.ts', 'src/core/detect/credentials/fingerprint.ts'],
    spec: ['credentialMasking', 'credentialRules'],
  },
  // One file, so the TypeScript checker cannot group its 1,131 mutants (it groups mutants of files that
  // do not import each other): it re-checked the file once per mutant, 3/4 of the run's CPU time, while
  // the tests of a mutant take milliseconds. Without the checker, a mutant that would not compile is
  // run like any other (esbuild does not check types); docs/testing.md lists the survivors of that kind.
  valueJudgement: {
    mutate: ['src/core/detect/credentials/valueJudgement.ts'],
    // ruleTable: the rule table's own hits and misses (each rule's samples) decide values too.
    spec: ['credentialRules', 'credentialHeldOut', 'valueJudgement', 'ruleTable'],
    typeCheck: false,
  },
  // branches.test.ts runs the detection inside each test (not in a `before` hook), so a mutant runs only
  // the tests that reach it. `tsconfig`: the checker's own project for a run of this module alone.
  branches: {
    mutate: ['src/core/detect/branches/**/*.ts'],
    spec: ['branchRules', 'branches', 'squashLanding'],
    tsconfig: 'tsconfig.mutation.branches.json',
  },
  // The rules of `branches` that need no repository, with the tests that state them without git: a run
  // of minutes rather than an hour.
  branchRules: {
    mutate: [
      'src/core/detect/branches/refs.ts:29-38', // nulRecords
      'src/core/detect/branches/refs.ts:67-94', // chooseDefaultBranch, withoutRemote
      'src/core/detect/branches/landedChanges.ts:19-55', // PatchFingerprint
      'src/core/detect/branches/detectBranches.ts:61-67', // SHARED_BRANCH_NAME, isReleaseLikeName
      'src/core/detect/branches/detectBranches.ts:271-308', // sharedRefs, compareFindings, pendingFor, branchNote
    ],
    spec: ['branchRules'],
  },
  // The rest of `branches` (the git-driven detection), for a run without the `branchRules` lines: the
  // two parts' mutants together are those of `branches`.
  branchesGit: {
    mutate: [
      'src/core/detect/branches/refs.ts:1-28',
      'src/core/detect/branches/refs.ts:39-66',
      'src/core/detect/branches/landedChanges.ts:1-18',
      'src/core/detect/branches/landedChanges.ts:56-131',
      'src/core/detect/branches/detectBranches.ts:1-60',
      'src/core/detect/branches/detectBranches.ts:68-270',
      'src/core/detect/branches/detectBranches.ts:309-341',
    ],
    spec: ['branchRules', 'branches', 'squashLanding'],
    tsconfig: 'tsconfig.mutation.branches.json',
  },
  checkCommand: { mutate: ['src/cli/checkCommand.ts'], spec: ['checkCommand'] },
  // focusedEdit: the edit command's focused reading of a large file is stated there (in process).
  editCommands: { mutate: ['src/cli/editCommands.ts'], spec: ['editCommand', 'focusedEdit'] },
  markdownText: { mutate: ['src/core/report/markdownText.ts'], spec: ['markdownText', 'report'] },
  // The edit lock every writer takes (`fileLock.test.ts` in process; `fileSafety.test.ts` also races
  // writers in process, and its CLI runs, which see no mutant, cost only the static mutants' runs).
  fileLock: { mutate: ['src/core/fileLock.ts'], spec: ['fileLock', 'fileSafety'] },
  // Paths kept inside the repository, links followed (`fileSafety.test.ts` states it through the CLI
  // only, which sees no mutant: `insideRepository.test.ts` states it in process).
  insideRepository: { mutate: ['src/core/insideRepository.ts'], spec: ['insideRepository'] },
  // What merges add themselves and a CSV's credential columns (thirteenth session): a mutant that reads
  // nothing loses a committed secret from the report. The combined diff's parser is in patchParser.ts
  // (its `feedCombined`), stated by `credentialRules.test.ts`; the reading of its bytes (sixteenth session:
  // a parent's line counted from its marks, byteLines.ts' splitter) by `mergeLines.test.ts`.
  // What ownership leaves out by default (fifteenth session): generated headers and library banners read
  // from the blobs, copied libraries' folders, placeholders, licence texts and translation files by path.
  // A mutant that leaves out too much loses a file the person owns; too little pads the list.
  ownershipExclusions: {
    mutate: ['src/core/detect/ownership/defaultExclusions.ts', 'src/core/detect/ownership/blobFacts.ts'],
    spec: ['blobFacts', 'ownership'],
  },
  mergeReading: {
    mutate: ['src/core/detect/credentials/mergeReader.ts', 'src/core/detect/credentials/csvColumns.ts', 'src/core/detect/credentials/patchParser.ts', 'src/core/detect/credentials/byteLines.ts'],
    spec: ['credentialRules', 'credentials', 'csvColumns', 'mergeLines', 'byteLines'],
  },
};

/** See scripts/strykerMochaCompat.mjs: Stryker 9's mocha runner with mocha 12, on Node 20. */
const mochaCompat = new URL('./scripts/strykerMochaCompat.mjs', import.meta.url).href;

/** `HANDOVER_MUTATION_MODULE=edit` or `=atomicWrite,editCommands`: those modules only. */
const chosen = process.env.HANDOVER_MUTATION_MODULE?.trim() || undefined;
/** `editGuards`, `editOutline`, `editSplices`, `branchRules` and `branchesGit` are parts of `edit` and `branches`: a run of every module takes those whole. */
const PARTS = new Set(['editGuards', 'editOutline', 'editSplices', 'branchRules', 'branchesGit']);
const names = chosen ? chosen.split(',').map((name) => name.trim()) : Object.keys(MODULES).filter((name) => !PARTS.has(name));
for (const name of names) {
  if (!(name in MODULES)) throw new Error(`HANDOVER_MUTATION_MODULE: ${name} is not a module in scope (${Object.keys(MODULES).join(', ')})`);
}
const modules = names.map((name) => MODULES[name]);
const runName = chosen ? names.join('+') : 'all';
const spec = [...new Set(modules.flatMap((m) => m.spec))].map((name) => `out/test/unit/${name}.test.js`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // `typeCheck: false` on every module of the run: no checker (see valueJudgement above).
  checkers: modules.every((m) => m.typeCheck === false) ? [] : ['typescript'],
  // A module's own narrower tsconfig when it runs alone (same verdicts, shorter checks).
  tsconfigFile: (modules.length === 1 && modules[0].tsconfig) || 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  buildCommand: 'node esbuild.mjs',
  mutate: modules.flatMap((m) => m.mutate),
  mochaOptions: { spec },
  testRunnerNodeArgs: ['--import', mochaCompat],
  checkerNodeArgs: ['--import', mochaCompat],
  coverageAnalysis: 'perTest',
  // Mutants in code that runs outside any one test (module constants, code called from a `before`
  // hook) are "static": each runs every test of the module. HANDOVER_MUTATION_IGNORE_STATIC=1 leaves
  // them out (counted as "ignored", not in the score) for a quick partial measure; docs/testing.md
  // says which scores were measured so.
  ignoreStatic: process.env.HANDOVER_MUTATION_IGNORE_STATIC === '1',
  // The machine is shared: one test process, one checker.
  concurrency: 1,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/mutation/${runName}.incremental.json`,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${runName}.json` },
  htmlReporter: { fileName: `reports/mutation/${runName}.html` },
  // `-- --reporters clear-text,progress,json,html,event-recorder` also writes each mutant's result as it
  // is tested: a long run stopped early still leaves what it measured.
  eventReporter: { baseDir: `reports/mutation/${runName}.events` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportMutants: true, reportScoreTable: true },
  ignorePatterns: ['dist', 'out', 'reports', '.vscode-test', 'test-results', '*.vsix', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};
