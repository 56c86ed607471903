// `npm run test:electron`: the same extension in VS Code desktop through @vscode/test-electron, for
// machines that can download it (this project's CI cannot: it uses `npm run test:vscode`).
import { resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildDemoRepository } from '../fixtures/demoRepository';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const repo = buildDemoRepository();
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: resolve(__dirname, 'suite', 'index.js'),
      launchArgs: [repo.dir, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { HANDOVER_TEST_REPO: repo.dir },
    });
  } finally {
    repo.dispose();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
