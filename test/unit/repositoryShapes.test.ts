// Repository shapes an ops team audits (reliability.md 11 and 30): a shallow clone and a bare mirror.
// Every detection runs on them and says what it could not see.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli';
import { notesAbout } from '../../src/core/detect/detectionNotes';
import { runDetections } from '../../src/core/detect/runDetections';
import { fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';
import { MINIMAL } from './helpers';

const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };
const BOB: Person = { name: 'Bob', email: 'bob@example.com' };
const PERSON = { name: 'Alice', emails: [ALICE.email] };

async function cli(args: string[], lang = 'C'): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (text) => (stdout += text), err: (text) => (stderr += text) }, { LANG: lang });
  return { code, stdout, stderr };
}

/** A bare clone of `repo` beside it (as a server-side mirror is). */
function bareClone(repo: FixtureRepo): string {
  const target = `${repo.dir}-bare.git`;
  repo.git('clone', '-q', '--bare', repo.dir, target);
  return target;
}

/** Eight commits on main (a secret in the last), and Alice's open branch. */
function history(): FixtureRepo {
  const repo = FixtureRepo.init();
  for (let i = 1; i <= 7; i++) repo.write('ops/run.sh', `${'echo step\n'.repeat(i)}`).commit(`step ${i}`, i % 3 === 0 ? BOB : ALICE, `2026-01-0${i}T00:00:00Z`);
  repo.write('deploy/prod.env', `AWS_ACCESS_KEY_ID=${fakeAccessKeyId()}\n`).commit('prod settings', ALICE, '2026-01-08T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'alice/cleanup');
  repo.write('ops/cleanup.sh', 'echo cleanup\n').commit('cleanup', ALICE, '2026-01-09T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  return repo;
}

describe('repository shapes: shallow clone and bare mirror', function () {
  this.timeout(60_000);

  it('a shallow clone (--depth 5): files, branches and credentials are read and every section says the history is shallow', async () => {
    const repo = history();
    const target = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    try {
      repo.git('clone', '-q', '--no-single-branch', '--depth', '5', `file://${repo.dir}`, target);
      const result = await runDetections({ cwd: target, person: PERSON });
      assert.equal(result.shallow, true);
      assert.deepEqual(result.ownedFiles.map((f) => f.path).sort(), ['deploy/prod.env', 'ops/run.sh']);
      assert.deepEqual(result.branches.map((b) => b.name), ['origin/alice/cleanup']);
      assert.deepEqual(result.credentials.map((c) => c.path), ['deploy/prod.env']);
      assert.ok(result.notes.some((n) => n.about === 'general' && n.key === 'note.general.shallow'));
      assert.ok(notesAbout(result.notes, 'credentials', false).some((n) => n.key === 'note.credentials.shallow'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('a bare repository: files (attributes and .mailmap read from the commit), branches, credentials and mentions', async () => {
    const repo = history();
    // Alice's other address, mapped by the commit's .mailmap (git reads HEAD's in a bare repository).
    repo.write('ops/tool.sh', 'echo tool\n').commit('tool', { name: 'alice', email: 'alice@old.example' }, '2026-01-10T00:00:00Z');
    repo.write('.mailmap', 'Alice <alice@example.com> <alice@old.example>\n').commit('mailmap', BOB, '2026-01-11T00:00:00Z');
    repo.write('gen/api.ts', 'export const x = 1;\n').commit('generated client', ALICE, '2026-01-12T00:00:00Z');
    repo.write('.gitattributes', 'gen/** linguist-generated\n').commit('attributes', BOB, '2026-01-13T00:00:00Z');
    repo.write('ops/notify.yaml', 'to: alice@example.com\n').commit('notify', BOB, '2026-01-14T00:00:00Z');
    const bare = bareClone(repo);
    try {
      const result = await runDetections({ cwd: bare, person: PERSON });
      assert.equal(result.failures, undefined);
      assert.deepEqual(result.notes, []);
      const owned = result.ownedFiles.map((f) => f.path).sort();
      assert.deepEqual(owned, ['deploy/prod.env', 'ops/run.sh', 'ops/tool.sh'], 'the .mailmap of the commit applies; gen/ is linguist-generated there');
      assert.deepEqual(result.branches.map((b) => b.name), ['alice/cleanup']);
      assert.deepEqual(result.credentials.map((c) => [c.path, c.inHead]), [['deploy/prod.env', true]]);
      assert.deepEqual(result.mentions.map((m) => m.path), ['ops/notify.yaml']);
      // --ref: the branch's commit described instead of HEAD.
      const atBranch = await runDetections({ cwd: bare, person: PERSON, revision: 'alice/cleanup', only: new Set(['owned'] as const) });
      assert.ok(atBranch.ownedFiles.some((f) => f.path === 'ops/cleanup.sh'));
      assert.ok(!atBranch.ownedFiles.some((f) => f.path === 'ops/tool.sh'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('the CLI on a bare repository: detect reads HANDOVER.yaml from the commit (HEAD or --ref); other commands say a work tree is needed, in both languages', async () => {
    const repo = history();
    repo.write('HANDOVER.yaml', MINIMAL).commit('handover', ALICE, '2026-01-10T00:00:00Z');
    const bare = bareClone(repo);
    try {
      const detected = await cli(['detect', '--repo', bare, '--no-cache', '--json']);
      assert.equal(detected.code, 0, detected.stderr);
      assert.match(detected.stderr, /HANDOVER\.yaml read from HEAD \(a bare repository has no work tree\)/);
      const json = JSON.parse(detected.stdout) as { person: { emails: string[] }; credentials: { path: string }[]; ownedFiles: { path: string }[] };
      assert.deepEqual(json.person.emails, ['alice@example.com'], 'the person comes from the commit\'s HANDOVER.yaml');
      assert.deepEqual(json.credentials.map((c) => c.path), ['deploy/prod.env']);
      // The branch was made before HANDOVER.yaml: the person is named on the command line.
      const noChecklist = await cli(['detect', '--repo', bare, '--no-cache', '--ref', 'alice/cleanup']);
      assert.equal(noChecklist.code, 2);
      assert.match(noChecklist.stderr, /name the person with --person/);
      const atRef = await cli(['detect', '--repo', bare, '--no-cache', '--ref', 'alice/cleanup', '--person', ALICE.email, '--only', 'owned', '--json']);
      assert.equal(atRef.code, 0, atRef.stderr);
      assert.ok((JSON.parse(atRef.stdout) as { ownedFiles: { path: string }[] }).ownedFiles.some((f) => f.path === 'ops/cleanup.sh'));
      const badRef = await cli(['detect', '--repo', bare, '--no-cache', '--ref', 'no/such/branch']);
      assert.equal(badRef.code, 2);
      assert.match(badRef.stderr, /--ref: "no\/such\/branch" names no commit of this repository/);
      for (const [lang, words] of [['C', /generate needs a work tree, and .* is a bare repository/], ['zh_CN.UTF-8', /generate 需要工作区，而 .* 是裸仓库/]] as const) {
        const generated = await cli(['generate', '--repo', bare], lang);
        assert.equal(generated.code, 2);
        assert.match(generated.stderr, words);
      }
      assert.equal((await cli(['check', '--repo', bare])).code, 2);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  });
  it('detect --ref names the ref given and its commit, not HEAD, in the summary (both languages) and the JSON', async () => {
    const repo = history();
    const bare = bareClone(repo);
    try {
      const sha = repo.git('rev-parse', 'alice/cleanup').trim();
      const args = ['detect', '--repo', bare, '--no-cache', '--ref', 'alice/cleanup', '--person', ALICE.email, '--only', 'credentials'];
      for (const [lang, first, still] of [
        ['C', `alice/cleanup (commit ${sha.slice(0, 12)}, 2026-01-09)`, 'at alice/cleanup'],
        ['zh_CN.UTF-8', `alice/cleanup（提交 ${sha.slice(0, 12)}，2026-01-09）`, '仍在 alice/cleanup 中'],
      ] as const) {
        const text = await cli(args, lang);
        assert.equal(text.code, 0, text.stderr);
        const lines = text.stdout.split('\n');
        assert.equal(lines[0], first);
        assert.ok(!/HEAD/.test(text.stdout), text.stdout);
        // The secret is still in the described commit's tree: the row says where, by the ref's name.
        assert.equal(lines.find((line) => line.includes('deploy/prod.env'))?.split('\t')[4], still);
      }
      const json = JSON.parse((await cli([...args, '--json'])).stdout) as { head: string; ref?: string };
      assert.equal(json.head, sha);
      assert.equal(json.ref, 'alice/cleanup');
      assert.equal((JSON.parse((await cli(['detect', '--repo', bare, '--no-cache', '--person', ALICE.email, '--only', 'credentials', '--json'])).stdout) as { ref?: string }).ref, undefined);
      assert.match((await cli(['detect', '--repo', bare, '--no-cache', '--person', ALICE.email, '--only', 'credentials'])).stdout, /^HEAD [0-9a-f]{40} \(2026-01-08\)\n/);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
