// Entry point that VS Code desktop calls inside the extension host.
import { resolve } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  mocha.addFile(resolve(__dirname, 'extension.test.js'));
  await new Promise<void>((done, fail) => {
    mocha.run((failures) => (failures ? fail(new Error(`${failures} in-host test(s) failed`)) : done()));
  });
}
