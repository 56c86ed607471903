// `npm start`: builds the demo operations repository, generates its handover report with the CLI
// (the same code the extension runs) and says where both are.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDemoRepository } from '../test/fixtures/demoRepository';

const root = resolve(__dirname, '..', '..');
const target = join(root, 'out', 'demo', 'payments-ops');
rmSync(target, { recursive: true, force: true });
const repo = buildDemoRepository(target);
const cli = join(root, 'dist', 'cli.js');
process.stdout.write(`Demo repository: ${repo.dir}\n`);
execFileSync(process.execPath, [cli, 'validate', '--repo', repo.dir], { stdio: 'inherit' });
execFileSync(process.execPath, [cli, 'generate', '--repo', repo.dir], { stdio: 'inherit' });
execFileSync(process.execPath, [cli, 'generate', '--repo', repo.dir, '--lang', 'en', '--out', 'HANDOVER.en.md'], { stdio: 'inherit' });
process.stdout.write(`\nOpen it in VS Code to see the Handover tree: code ${repo.dir}\n`);
