#!/usr/bin/env node
// The command line over the core: proof that the core runs without VS Code, and the tool for CI.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from './core/diagnosticFormat';
import { hasErrors, HANDOVER_FILE_NAME, readHandoverFile } from './core/handover/handoverLoader';
import { readHandoverAtCommit } from './core/handover/handoverAtCommit';
import { GitRunner } from './core/git/gitRunner';
import { readRepositoryLayout } from './core/git/repositoryLayout';
import type { DetectedDecisions, ReportLanguage } from './core/handover/model';
import { writeFileAtomic } from './core/atomicWrite';
import { describeError } from './core/fileErrors';
import { requireInside, requireRegularFileIfPresent } from './core/insideRepository';
import { toSarif } from './core/detect/credentials';
import { languageFromLocale, translator, type Translate } from './core/i18n/translator';
import { defaultCliCacheFolder, FileDetectionCache } from './core/detect/detectionCache';
import { noteText, withText } from './core/detect/detectionNotes';
import type { DetectionResult, PersonSpec } from './core/detect/detectionTypes';
import { DETECTION_KINDS, personOf, runDetections, type DetectionKind, type ReadingProgress } from './core/detect/runDetections';
import { maskGitText } from './core/detect/maskGitText';
import { generateHandoverReport } from './core/reportGenerator';
import { runCheck } from './cli/checkCommand';
import { runMentionDecision } from './cli/mentionCommand';
import { CLI_COMMANDS } from './cli/commandTable';
import { ProgressLine, terminalProgressSink, type ProgressSink } from './cli/progressLine';
import { CliUsageError } from './cli/draftCommand';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runEdit } from './cli/editCommands';
import { isCalendarDate } from './core/handover/contentChecks';
import { findingFingerprints } from './core/handover/decisions';
import type { EditOperation } from './core/handover/edit';
import { localToday, type HandoverRole } from './core/handover/progress';
import { signatureWarnings, signatureWarningText } from './core/handover/signing';

/** Branches already landed listed in detect's text summary (the JSON lists all). */
const LANDED_LISTED = 10;
const HELP = `handover — engineering and operations handovers from HANDOVER.yaml

Usage:
  handover validate [--repo DIR]
      Check HANDOVER.yaml: syntax, schema, unique ids, dates, paths.
      Prints problems as path:line:col: severity: message.
  handover generate [--repo DIR] [--out FILE] [--lang zh-CN|en]
      Write the handover report (default HANDOVER.md beside HANDOVER.yaml).
      Nothing is written while HANDOVER.yaml has errors.
  handover detect [--repo DIR] [--ref REV] [--person EMAIL]... [--account NAME]... [--name NAME] [--only owned,branches,credentials,mentions] [--json] [--sarif FILE] [--no-cache] [--no-default-exclusions]
      Read git history for what the person leaving owns and left unmerged, and the configuration
      that still names them. The person is HANDOVER.yaml's "from" (name, emails, accounts, sshKeys)
      unless --person, --account or --name is given (--person and --account repeatable). --ref describes that commit instead
      of HEAD. DIR may be a bare repository (a mirror): HANDOVER.yaml is then read from the commit.
  handover accept ID [--by NAME] [--on DATE] [--repo DIR]
      Record that the successor accepted the item ID (accepted: {by, on} in HANDOVER.yaml).
  handover reopen ID [--repo DIR]
      Remove the item's acceptance.
  handover sign --as from|to|supervisor --name NAME [--on DATE] [--opinion TEXT] [--repo DIR]
      Sign off as the person leaving, the successor or the supervisor (signoff.<role>).
      Signing as the supervisor needs one named in HANDOVER.yaml. A name that differs from the
      party's, or a date before the last acceptance, is recorded with a warning.
  handover rotated FINGERPRINT|ID... [--by NAME] [--on DATE] [--repo DIR]
      Record credentials as rotated: a credentials item by its id, a credential found in git
      history by its fingerprint (see detect --json).
  handover mention PATH[:LINE] --outcome reassigned|removed|kept [--note TEXT] [--identity ID] [--by NAME] [--on DATE] [--repo DIR]
  handover mention PATH[:LINE] --take-back [--identity ID] [--repo DIR]
      Record what became of a configuration line that still names the person leaving (see
      detect --only mentions): one decision covers every line of PATH naming that identity.
      kept needs --note (the reason). --identity picks one when the line names several.
  handover check [--repo DIR] [--out FILE] [--lang zh-CN|en] [--require-complete]
      For CI: fail when the committed report is not what generate would write now (shows the
      first differences) or HANDOVER.yaml is invalid. With --require-complete, also while items
      are not accepted, credentials not rotated or signatures missing.
${[...CLI_COMMANDS.values()].map((command) => command.help).join('')}  handover --help | handover --version

Options:
  --repo DIR     Folder that holds HANDOVER.yaml (default: the current folder).
  --out FILE     Report path, relative to --repo (default: HANDOVER.md).
  --lang LANG    Report language, zh-CN or en. Default: the file's "language", else en.
                 Messages follow --lang, else LC_ALL / LC_MESSAGES / LANG.
  --person EMAIL An author e-mail of the person leaving (after .mailmap); repeatable.
  --account NAME A code-host, chat or system user name of the person leaving; repeatable.
  --only LIST    Detections to run: owned, branches, credentials, mentions (comma-separated); for draft,
                 the kinds of finding to draft (owned, branches, credentials, mentions).
  --write        draft: add the drafted items to HANDOVER.yaml instead of printing them.
  --json         Print the detections as one JSON object.
  --sarif FILE   Also write the credentials found as SARIF 2.1.0 (no values, no snippets).
  --no-cache     Read the whole history again instead of only the commits new since the last run.
                 The cache (no file contents) is in $XDG_CACHE_HOME/handover or ~/.cache/handover.
  --no-default-exclusions  detect: count lockfiles, generated, minified, snapshot and golden files
                 among owned files too (the setting handover.ownershipDefaultExclusions).
  --by NAME      Who accepted or rotated (default: the successor, HANDOVER.yaml's to.name).
  --on DATE      When, as YYYY-MM-DD (default: today on this machine's clock).
  --as ROLE      from (移交人), to (接收人) or supervisor (监交人).
  --name NAME    sign: the name signed with. detect: the full name of the person leaving, looked for
                 in configuration as HANDOVER.yaml's from.name is.
  --opinion TEXT sign --as supervisor: the supervisor's opinion (监交意见).
  --outcome WHAT reassigned, removed or kept (mention).
  --note TEXT    Why (mention; required with --outcome kept).
  --identity ID  The identity a mention names, when the place names several (mention).
  --take-back    Remove the decision recorded for the place (mention).
  --require-complete  check: also fail while the handover is not finished.

Edits change only the lines they record; comments, quoting and layout stay as they were.

Exit status: 0 success; 1 invalid HANDOVER.yaml, a refused edit (nothing written) or a failed check;
2 usage or runtime error.
`;

class UsageError extends Error {}

function parseLanguage(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'zh-CN') return value;
  if (/^zh[-_]?cn$/i.test(value)) return 'zh-CN';
  throw new UsageError(`--lang must be zh-CN or en, not "${value}"`);
}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where a progress line may be drawn while history is read: standard error when it is a terminal. */
  progress?: ProgressSink;
}

/** Runs one CLI invocation; returns the exit code. Exported for tests. */
export async function runCli(argv: string[], given: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let t: Translate = translator(languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG));
  // The progress line is erased before anything else is printed.
  let progressLine: ProgressLine | undefined;
  const io: Io = {
    out: (text) => {
      progressLine?.clear();
      given.out(text);
    },
    err: (text) => {
      progressLine?.clear();
      given.err(text);
    },
  };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        repo: { type: 'string' },
        ref: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        person: { type: 'string', multiple: true },
        account: { type: 'string', multiple: true },
        only: { type: 'string' },
        json: { type: 'boolean' },
        sarif: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'no-default-exclusions': { type: 'boolean' },
        by: { type: 'string' },
        on: { type: 'string' },
        as: { type: 'string' },
        name: { type: 'string' },
        opinion: { type: 'string' },
        'require-complete': { type: 'boolean' },
        outcome: { type: 'string' },
        note: { type: 'string' },
        identity: { type: 'string' },
        'take-back': { type: 'boolean' },
        write: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    }
    const [command, ...extra] = positionals;
    if (!command) throw new UsageError('a command is required (validate, generate, check, accept…); see --help');
    const tabled = CLI_COMMANDS.get(command);
    const takesArguments = command === 'accept' || command === 'reopen' || command === 'rotated' || command === 'mention' || !!tabled;
    if (extra.length && !takesArguments) throw new UsageError(`unexpected argument "${extra[0]}"`);
    checkOptionsFor(command, values);
    // An empty --by is a usage error, as an empty --name is: not a refused edit.
    if (values.by !== undefined && !values.by.trim()) throw new UsageError('--by must not be empty: give who did it, or leave --by out to use the successor (to.name)');
    const lang = parseLanguage(values.lang);
    if (lang) t = translator(lang);
    const line = given.progress ? new ProgressLine(given.progress, t) : undefined;
    progressLine = line;
    // What the commands that read history are given: the progress line's callbacks, when there is one.
    const reading: ReadingProgress = line ? { onProgress: (count) => line.commits(count), onStage: (kind) => line.stage(kind) } : {};
    const folder = resolve(values.repo ?? '.');
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`--repo: no such folder: ${folder}`);
    const file = resolve(folder, HANDOVER_FILE_NAME);
    // A HANDOVER.yaml that is a folder, or a link out of the repository, is refused before any read.
    await requireInside(folder, file);
    await requireRegularFileIfPresent(file);
    const cache = values['no-cache'] ? undefined : new FileDetectionCache(defaultCliCacheFolder(env));
    if (command === 'detect') {
      const only = parseOnly(values.only);
      let person: PersonSpec | undefined =
        values.person?.length || values.account?.length || values.name !== undefined
          ? { ...(values.name !== undefined ? { name: values.name } : {}), emails: values.person ?? [], ...(values.account?.length ? { accounts: values.account } : {}) }
          : undefined;
      let pending: { id: string; branch?: string }[] = [];
      let decisions: DetectedDecisions | undefined;
      const git = new GitRunner({ cwd: folder });
      const revision = values.ref;
      if (revision !== undefined && !(await isCommit(git, revision))) throw new CliUsageError(t('cli.detect.badRef', { ref: revision }));
      let loaded = existsSync(file) ? await readHandoverFile(file, { t }) : undefined;
      let shownFile = file;
      if (!loaded && (await isBareRepository(git))) {
        // A bare repository has no work tree: the checklist is the one the described commit holds.
        const at = revision ?? 'HEAD';
        loaded = await readHandoverAtCommit(git, folder, at, { t });
        shownFile = `${at}:${HANDOVER_FILE_NAME}`;
        if (loaded) io.err(`${t('cli.detect.note', { text: t('cli.bare.handoverFromCommit', { revision: at }) })}\n`);
      }
      if (loaded) {
        if (loaded.handover) {
          person ??= personOf(loaded.handover);
          pending = loaded.handover.sections.pending.map((item) => ({ id: item.id, branch: item.data.branch }));
          decisions = loaded.handover.detected;
        } else if (!person) {
          for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(shownFile, d)}\n`);
          return EXIT_INVALID;
        }
      }
      if (!person) throw new UsageError('name the person with --person EMAIL, --account NAME or --name NAME, or add HANDOVER.yaml with from.emails');
      const result = await runDetections({ cwd: folder, person, only, pending, decisions, cache, ...reading, ...(revision !== undefined ? { revision } : {}), ...(values['no-default-exclusions'] ? { defaultExclusions: false } : {}) });
      if (values.sarif) {
        // Fingerprints, kinds and places only: the SARIF carries no value and no snippet.
        const sarif = toSarif(result.credentials, { toolVersion: VERSION });
        await writeFileAtomic(resolve(values.sarif), `${JSON.stringify(sarif, null, 2)}\n`);
      }
      // Each note as data (about, key, params) and as text in the messages' language.
      // What the caches said goes to standard error: the output reads the same with or without a cache.
      const { cacheNotes = [], ...detections } = result;
      for (const note of cacheNotes) io.err(`${t('cli.detect.note', { text: noteText(note, t) })}\n`);
      // `head` is the described commit; with --ref, `ref` names what was given.
      const { head, ...rest } = detections;
      const json = { head, ...(revision !== undefined ? { ref: revision } : {}), ...rest, notes: withText(result.notes, t) };
      io.out(values.json ? `${JSON.stringify(json, null, 2)}\n` : detectionSummary(result, t, revision, only));
      return EXIT_OK;
    }
    if (!existsSync(file) && (await isBareRepository(new GitRunner({ cwd: folder })))) {
      // Every other command reads or writes files beside HANDOVER.yaml: a bare repository has none.
      io.err(`${t('cli.failed', { detail: t('cli.bare.needsWorkTree', { command, folder }) })}\n`);
      return EXIT_USAGE;
    }
    if (!existsSync(file)) {
      io.err(`${t('cli.failed', { detail: t('read.fileMissing', { folder }) })}\n`);
      return EXIT_INVALID;
    }
    const messageLanguage = lang ?? languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
    if (tabled) {
      for (const option of ['out', 'person', 'json', 'sarif', 'by', 'on', 'as', 'name', 'require-complete', 'write', 'only'] as const) {
        if (values[option] !== undefined && !tabled.options.includes(option)) throw new UsageError(`--${option} is not an option of ${command}`);
      }
      return await tabled.run({ folder, file, args: extra, values: { only: values.only, write: values.write }, t, lang, messageLanguage, cache, io, reading });
    }
    switch (command) {
      case 'validate': {
        if (values.out) throw new UsageError('--out is only for generate');
        const loaded = await readHandoverFile(file, { t });
        for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        if (errors) {
          io.err(`${t('cli.invalid', { path: file, count: errors })}\n`);
          return EXIT_INVALID;
        }
        io.out(`${t('cli.valid', { path: file, warnings: loaded.diagnostics.length })}\n`);
        return EXIT_OK;
      }
      case 'generate': {
        const result = await generateHandoverReport({
          folder,
          cache,
          ...reading,
          reportPath: values.out,
          fallbackLanguage: 'en',
          messageLanguage,
          forcedLanguage: lang,
        });
        for (const d of result.loaded.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
        if (result.kind === 'invalid' || hasErrors(result.loaded)) {
          const count = result.loaded.diagnostics.filter((d) => d.severity === 'error').length;
          io.err(`${t('cli.invalid', { path: file, count })}\n`);
          return EXIT_INVALID;
        }
        io.out(`${t('cli.written', { path: result.reportFile })}\n`);
        return EXIT_OK;
      }
      case 'check':
        return await runCheck({
          folder,
          file,
          cache,
          reportPath: values.out,
          forcedLanguage: lang,
          messageLanguage,
          requireComplete: !!values['require-complete'],
          generateCommand: generateCommandLine(values),
          t,
          io,
          reading,
        });
      case 'accept':
      case 'reopen': {
        const id = single(extra, 'an item id');
        const on = dateOption(values.on);
        return await runEdit(file, t, io, async (handover) => {
          const operation: EditOperation = command === 'accept' ? { kind: 'accept', id, by: values.by ?? handover.to.name, on } : { kind: 'reopen', id };
          const by = operation.kind === 'accept' ? operation.by.trim() : '';
          return { operations: [operation], done: command === 'accept' ? t('cli.accepted', { id, by, on }) : t('cli.reopened', { id }) };
          // The request reads only the successor's name: a large file is read around the item alone.
        }, [id]);
      }
      case 'sign': {
        const role = values.as;
        if (role !== 'from' && role !== 'to' && role !== 'supervisor') throw new UsageError('--as must be from, to or supervisor');
        if (!values.name?.trim()) throw new UsageError('--name is required: the name you sign with');
        const name = values.name.trim();
        const date = dateOption(values.on);
        if (values.opinion !== undefined && role !== 'supervisor') throw new UsageError('--opinion is only for --as supervisor (监交意见)');
        return await runEdit(file, t, io, async (handover) => ({
          operations: [{ kind: 'sign', role: role as HandoverRole, name, date, opinion: values.opinion }],
          done: t('cli.signed', { role: t(`report.${role}`), name, date }),
          warnings: signatureWarnings(handover, role, name, date).map((warning) => signatureWarningText(warning, t)),
        }));
      }
      case 'rotated': {
        if (!extra.length) throw new UsageError('name at least one credential: a credentials id or a fingerprint');
        const on = dateOption(values.on);
        return await runEdit(file, t, io, async (handover) => {
          const by = (values.by ?? handover.to.name).trim();
          const ids = new Set(Object.values(handover.sections).flat().map((item) => item.id));
          // An argument that is an item's id names that item (a non-credential is refused by the edit);
          // anything else is a fingerprint, checked against what the credentials scan finds.
          const fingerprints = extra.filter((target) => !ids.has(target));
          const known = fingerprints.length
            ? { fingerprints: findingFingerprints(await runDetections({ cwd: folder, person: personOf(handover), only: new Set(['credentials'] as const), cache, ...reading })) }
            : undefined;
          const operations: EditOperation[] = extra.map((target) =>
            ids.has(target) ? { kind: 'rotateCredential', id: target, by, on } : { kind: 'rotateFinding', fingerprint: target, by, on },
          );
          return { operations, known, done: t('cli.rotated', { by, on, targets: extra.join(', ') }) };
          // The request reads the parties and whether each argument is an item's id: the items named suffice.
        }, extra);
      }
      case 'mention':
        return await runMentionDecision({ file, folder, t, io, cache, target: single(extra, 'PATH or PATH:LINE'), values, on: values['take-back'] ? undefined : dateOption(values.on) });
      default:
        throw new UsageError(`unknown command "${command}"; see --help`);
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof CliUsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${t('cli.usage', { detail: (err as Error).message })}\n`);
      return EXIT_USAGE;
    }
    // git's messages can quote a branch name or a path: masked like every other string from git.
    io.err(`${t('cli.failed', { detail: maskGitText(describeError(err, t)) })}
`);
    return EXIT_USAGE;
  } finally {
    progressLine?.clear();
  }
}

/** Options that belong to other commands are refused rather than silently ignored. */
const OPTION_COMMANDS: Record<string, readonly string[]> = {
  by: ['accept', 'rotated', 'mention'],
  on: ['accept', 'rotated', 'sign', 'mention'],
  outcome: ['mention'],
  note: ['mention'],
  identity: ['mention'],
  'take-back': ['mention'],
  as: ['sign'],
  name: ['sign', 'detect'],
  opinion: ['sign'],
  'require-complete': ['check'],
  sarif: ['detect'],
  ref: ['detect'],
  'no-default-exclusions': ['detect'],
  account: ['detect'],
  write: ['draft'],
};

function checkOptionsFor(command: string, values: Record<string, unknown>): void {
  for (const [option, commands] of Object.entries(OPTION_COMMANDS)) {
    if (values[option] !== undefined && !commands.includes(command)) throw new UsageError(`--${option} is only for ${commands.join(', ')}`);
  }
  if (values.out !== undefined && !['generate', 'check', 'validate'].includes(command)) throw new UsageError('--out is only for generate and check');
}

/** `handover generate` with the options this run was given, ready to paste into a shell. */
function generateCommandLine(values: { repo?: string; out?: string; lang?: string }): string {
  const quote = (value: string) => (/^[\w./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
  const parts = ['handover', 'generate'];
  if (values.repo !== undefined) parts.push('--repo', quote(values.repo));
  if (values.out !== undefined) parts.push('--out', quote(values.out));
  if (values.lang !== undefined) parts.push('--lang', quote(values.lang));
  return parts.join(' ');
}

function single(args: readonly string[], what: string): string {
  if (args.length !== 1) throw new UsageError(`give exactly one argument: ${what}`);
  return args[0]!;
}

/** --on, or today's date on this machine: the CLI is a UI, the only place the clock may decide a date. */
function dateOption(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!isCalendarDate(value.trim())) throw new UsageError(`--on must be a date as YYYY-MM-DD, not "${value}"`);
  return value.trim();
}

function parseOnly(value: string | undefined): Set<DetectionKind> | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(DETECTION_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--only takes ${DETECTION_KINDS.join(', ')}, not "${kind}"`);
  }
  return new Set(kinds as DetectionKind[]);
}

/** True when `git` runs in a bare repository (no work tree); false for a work tree, a plain folder or no git. */
async function isBareRepository(git: GitRunner): Promise<boolean> {
  try {
    return (await readRepositoryLayout(git)).bare;
  } catch {
    return false;
  }
}

/** True when `revision` names a commit of the repository. */
async function isCommit(git: GitRunner, revision: string): Promise<boolean> {
  try {
    return /^[0-9a-f]{40,64}$/.test((await git.run(['rev-parse', '--verify', '-q', '--end-of-options', `${revision}^{commit}`])).trim());
  } catch {
    return false;
  }
}

/**
 * A short plain-text account of the detections, for people at a terminal: of those that ran only (`only`:
 * those asked for; all when undefined), none that did not run shown as found empty.
 */
// With --ref, the first line and the credentials' "still there" column name the ref and its commit, not HEAD.
function detectionSummary(result: DetectionResult, t: Translate, ref?: string, only?: ReadonlySet<DetectionKind>): string {
  const ran = (kind: DetectionKind): boolean => only === undefined || only.has(kind);
  const lines = [
    ref !== undefined && result.head !== null
      ? t('cli.detect.described', { ref, sha: result.head.slice(0, 12), date: result.headDate ?? t('cli.detect.noHead') })
      : `HEAD ${result.head ?? t('cli.detect.noHead')}${result.headDate ? ` (${result.headDate})` : ''}`,
  ];
  for (const note of result.notes) lines.push(t('cli.detect.note', { text: noteText(note, t) }));
  if (ran('owned')) {
    const { ownedFiles, ownedFolders, contributedFiles, formerlyOwnedFiles, excludedFiles } = result;
    lines.push(t('cli.detect.owned', { count: ownedFiles.length, folders: ownedFolders.length, contributed: contributedFiles.length, formerly: formerlyOwnedFiles.length, excluded: excludedFiles }));
  }
  // Today's share when blame measured it, else history's (marked h).
  for (const f of result.ownedFiles.slice(0, 20)) lines.push(`  ${f.currentShare === null ? `${Math.round(f.share * 100)}%h` : `${Math.round(f.currentShare * 100)}%`}\t${t(`report.owned.label.${f.label}`)}\t${f.path}`);
  // Open branches, each listed; those whose every change already landed, counted apart and listed up to LANDED_LISTED.
  const openBranches = result.branches.filter((b) => b.state === 'open');
  const landed = result.branches.filter((b) => b.state !== 'open');
  if (ran('branches')) lines.push(result.defaultBranch ? t('cli.detect.branchesAgainst', { branch: result.defaultBranch, count: openBranches.length }) : t('cli.detect.branches', { count: openBranches.length }));
  const branchLine = (b: (typeof result.branches)[number]): string => {
    const states = [t(b.state === 'open' ? 'report.branches.open' : 'report.branches.mergedEquivalent')];
    if (b.stale) states.push(t('report.branches.stale'));
    if (b.comparison === 'unrelated-history') states.push(t('cli.detect.unrelatedHistory'));
    if (b.comparison === 'too-far') states.push(t('cli.detect.tooFar'));
    return `  ${b.name}\t+${b.ahead}/-${b.behind}\t${states.join(t('cli.detect.listSeparator'))}\t${b.lastCommitDate}`;
  };
  for (const b of openBranches) lines.push(branchLine(b));
  if (landed.length) {
    lines.push(t('cli.detect.branchesLanded', { count: landed.length }));
    for (const b of landed.slice(0, LANDED_LISTED)) lines.push(branchLine(b));
    if (landed.length > LANDED_LISTED) lines.push(t('cli.detect.more', { count: landed.length - LANDED_LISTED }));
  }
  const open = result.credentials.filter((c) => !c.rotated && !c.ignored);
  if (ran('credentials')) lines.push(t('cli.detect.credentials', { count: result.credentials.length, notRotated: open.length }));
  for (const c of result.credentials) {
    const state = t(c.ignored ? 'cli.detect.ignored' : c.rotated ? 'cli.detect.rotated' : 'cli.detect.notRotated');
    lines.push(`  ${c.fingerprint}\t${c.kind}\t${c.path}:${c.line}\t${c.date}\t${c.inHead ? (ref !== undefined ? t('cli.detect.atRef', { ref }) : t('cli.detect.atHead')) : t('report.secrets.historyOnly')}\t${state}`);
  }
  if (ran('mentions')) lines.push(t('cli.detect.mentions', { count: result.mentions.length }));
  for (const m of result.mentions) lines.push(`  ${m.kind}\t${m.path}:${m.line}\t${m.identity}${m.comment ? `\t${t('cli.detect.inComment')}` : ''}\t${m.suggestion}`);
  return `${lines.join('\n')}\n`;
}

declare const __HANDOVER_VERSION__: string | undefined;
const VERSION = typeof __HANDOVER_VERSION__ === 'string' ? __HANDOVER_VERSION__ : 'dev';

if (require.main === module) {
  const progress = terminalProgressSink(process.stderr, process.env);
  runCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), ...(progress ? { progress } : {}) }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
