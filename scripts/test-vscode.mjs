// `npm run test:vscode`: runs out/test/vscode/**/*.test.js (mocha) against a real VS Code.
//   1. ensures the VS Code server (code-server's lib/vscode) + Node 24 + Chromium (scripts/vscode-server.mjs);
//   2. builds (node esbuild.mjs) and packages the extension (vsce) into a temp VSIX;
//   3. installs the VSIX into a fresh extensions dir with the server's --install-extension;
//   4. runs mocha with a 120 s timeout; the tests get the paths in environment variables:
//      HANDOVER_TEST_EXTENSIONS_DIR, HANDOVER_TEST_VSIX, HANDOVER_VSCODE_SERVER_MAIN, HANDOVER_VSCODE_NODE.
// Arguments: --grep <pattern> (mocha grep), --no-build (skip esbuild), --keep (keep the temp dir),
// and test file paths or substrings to run only those.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureVsCodeServer } from './vscode-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const log = (line) => console.log(`[test:vscode] ${line}`);

const argv = process.argv.slice(2);
const opt = { grep: undefined, build: true, keep: false, filters: [] };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--grep' || a === '-g') opt.grep = argv[++i];
  else if (a === '--no-build') opt.build = false;
  else if (a === '--keep') opt.keep = true;
  else opt.filters.push(a);
}

function sh(cmd, args, options = {}) {
  return spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...testFiles(full));
    else if (name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

/** Builds the tests, then the production bundles: the VSIX under test is the one we ship. */
function build() {
  for (const args of [['esbuild.mjs'], ['esbuild.mjs', '--production']]) {
    const r = sh(process.execPath, args);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stderr}${r.stdout}`);
  }
}

/** Packages the extension exactly as `npm run package` does; a packaging problem fails the run. */
function packageVsix(tmp) {
  const vsix = join(tmp, 'handover.vsix');
  const vsce = join(root, 'node_modules', '.bin', 'vsce');
  // The same flags as `npm run package`.
  const r = sh(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix]);
  if (r.status !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed:\n${r.stderr}${r.stdout}`);
  if (/WARNING/i.test(r.stderr + r.stdout)) throw new Error(`vsce package warned:\n${r.stderr}${r.stdout}`);
  return vsix;
}

async function main() {
  const t0 = Date.now();
  const { serverMain, nodeBin } = await ensureVsCodeServer();
  if (opt.build) {
    log('building (node esbuild.mjs, then --production)');
    build();
  }
  const tmp = mkdtempSync(join(tmpdir(), 'handover-test-vscode-'));
  const extensionsDir = join(tmp, 'extensions');
  mkdirSync(extensionsDir);
  let exitCode;
  try {
    log('packaging the extension (vsce package)');
    const vsix = packageVsix(tmp);
    {
      const r = spawnSync(nodeBin, [serverMain, '--install-extension', vsix, '--force', '--extensions-dir', extensionsDir, '--server-data-dir', join(tmp, 'install-data'), '--accept-server-license-terms'], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
      log(`installed ${relative(tmp, vsix)} into ${extensionsDir}`);
    }

    Object.assign(process.env, {
      HANDOVER_TEST_EXTENSIONS_DIR: extensionsDir,
      HANDOVER_TEST_VSIX: vsix,
      HANDOVER_VSCODE_SERVER_MAIN: serverMain,
      HANDOVER_VSCODE_NODE: nodeBin,
    });

    let files = testFiles(join(root, 'out', 'test', 'vscode'));
    if (opt.filters.length) files = files.filter((f) => opt.filters.some((x) => f.includes(x.replace(/\.ts$/, '').replace(/^test[\\/]/, ''))));
    if (!files.length) throw new Error('no out/test/vscode/**/*.test.js to run (did the build run?)');
    log(`running ${files.length} test file(s) with mocha`);

    const mochaModule = require('mocha');
    const Mocha = mochaModule.Mocha ?? mochaModule.default ?? mochaModule;
    const mocha = new Mocha({ timeout: 120_000, slow: 30_000, reporter: 'spec', color: !process.env.CI, ...(opt.grep ? { grep: opt.grep } : {}) });
    for (const f of files) mocha.addFile(f);
    await mocha.loadFilesAsync();
    const stats = await new Promise((res) => {
      const runner = mocha.run(() => res(runner.stats));
    });
    const passed = stats?.passes ?? 0;
    const failed = stats?.failures ?? 0;
    const skipped = stats?.pending ?? 0;
    log(`finished in ${Math.round((Date.now() - t0) / 1000)} s`);
    console.log(`vscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    exitCode = failed > 0 || passed === 0 ? 1 : 0;
  } finally {
    if (opt.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[test:vscode] FAILED: ${e.stack || e.message}`);
    process.exit(1);
  },
);
