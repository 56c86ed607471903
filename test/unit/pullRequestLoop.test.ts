// Issue 12b: the pull-request loop and the report — repositories with nothing to count, complete
// meaning complete, a stale report explained, signatures, report text, names that carry credentials.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';

const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };
const BOB: Person = { name: 'Bob', email: 'bob@example.com' };

const HANDOVER = `version: 1
project: demo
from:
  name: Alice
  emails: [alice@example.com]
to:
  name: Bob
`;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) }, { LANG: 'C' });
  return { code, stdout, stderr };
}

function readIn(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

describe('repositories with nothing for git grep to match (issue 12, 6)', function () {
  this.timeout(60_000);
  const cases: [string, (repo: FixtureRepo) => void][] = [
    ['an empty first commit only', (repo) => repo.commit('init', ALICE, '2026-01-01T00:00:00Z')],
    ['only binary files', (repo) => repo.write('logo.bin', Buffer.from([0, 1, 2, 0, 255])).commit('logo', ALICE, '2026-01-01T00:00:00Z')],
    ['only a .gitkeep', (repo) => repo.write('logs/.gitkeep', '').commit('keep logs/', ALICE, '2026-01-01T00:00:00Z')],
  ];
  for (const [what, build] of cases) {
    it(`generate and check succeed on ${what}`, async () => {
      const repo = FixtureRepo.init();
      try {
        build(repo);
        repo.write('HANDOVER.yaml', HANDOVER);
        const generated = await run(['generate', '--repo', repo.dir, '--no-cache']);
        assert.equal(generated.code, 0, generated.stderr);
        assert.match(readIn(repo.dir, 'HANDOVER.md'), /## /);
        const checked = await run(['check', '--repo', repo.dir, '--no-cache']);
        assert.equal(checked.code, 0, checked.stderr);
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    });
  }
});
