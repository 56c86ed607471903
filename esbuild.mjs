// Bundles the extension, the CLI and the tests. `--production` minifies and drops sourcemaps.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
// Stale bundles of deleted tests would still run: the test output is rebuilt from scratch.
if (!production) rmSync('out/test', { recursive: true, force: true });

/** Every *.ts file under `dir` whose name passes `keep`. */
function sources(dir, keep) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found.push(...sources(full, keep));
    else if (name.endsWith('.ts') && keep(name)) found.push(full);
  }
  return found;
}

/**
 * The detectors' sources, hashed: a cached analysis state made by another build of them (an upgrade, a rule
 * changed) is not reused, since what it recorded of the history read may differ from what this build finds there.
 */
const detectorsBuild = createHash('sha256');
for (const file of sources('src/core/detect', () => true).sort()) detectorsBuild.update(`${file}\0`).update(readFileSync(file)).update('\0');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'none' : 'inline',
  define: {
    __HANDOVER_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    __HANDOVER_DETECTORS__: JSON.stringify(detectorsBuild.digest('hex').slice(0, 16)),
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: 'src/extension.ts', cli: 'src/cli.ts' },
    outdir: 'dist',
    external: ['vscode'],
  }),
  production
    ? Promise.resolve()
    : esbuild.build({
        ...common,
        entryPoints: [...sources('test', (n) => n.endsWith('.test.ts') || ['bench.ts', 'ruleGrowthBench.ts', 'editBench.ts', 'mentionsBench.ts', 'runTest.ts', 'index.ts', 'eval.ts', 'sampleSweeps.ts'].includes(n)), 'scripts/demo.ts'],
        outdir: 'out',
        outbase: '.',
        external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
      }),
]);
