import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, type CheckOptions } from '../../src/cli/checkCommand';
import { EXIT_INVALID, EXIT_OK, type CliIo } from '../../src/cli/editCommands';
import { translator } from '../../src/core/i18n/translator';
import { generateHandoverReport } from '../../src/core/reportGenerator';
import { buildDemoRepository, WANG_WU, ZHANG_SAN } from '../fixtures/demoRepository';
import { captured, MINIMAL, tempDir } from './helpers';

const t = translator('en');

/** A folder outside git (no history to read), with HANDOVER.yaml and, after `generate`, its report. */
async function folder(yaml: string): Promise<{ dir: string; file: string; report: string; dispose(): void }> {
  const made = tempDir({ 'HANDOVER.yaml': yaml });
  const report = join(made.dir, 'HANDOVER.md');
  return { ...made, file: join(made.dir, 'HANDOVER.yaml'), report };
}

async function generate(dir: string): Promise<void> {
  const result = await generateHandoverReport({ folder: dir, fallbackLanguage: 'en', messageLanguage: 'en' });
  assert.equal(result.kind, 'written', JSON.stringify(result.loaded.diagnostics));
}

function options(at: { dir: string; file: string }, io: CliIo, requireComplete = false): CheckOptions {
  return { folder: at.dir, file: at.file, messageLanguage: 'en', requireComplete, t, io };
}

const ITEMS = `${MINIMAL}duties:\n${Array.from({ length: 25 }, (_, i) => `  - id: d${String(i + 1).padStart(2, '0')}\n    title: Duty ${i + 1}\n`).join('')}`;

describe('handover check (in process)', function () {
  this.timeout(30_000);
  it('passes a report that is exactly what generate writes, and says so', async () => {
    const at = await folder(MINIMAL);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_OK);
      assert.equal(io.stderr, '');
      assert.match(io.stdout, /HANDOVER\.md matches what `handover generate` writes now\.\n$/);
    } finally {
      at.dispose();
    }
  });

  it('fails a report that is stale by a single changed line, showing that line', async () => {
    const at = await folder(MINIMAL);
    try {
      await generate(at.dir);
      const fresh = readFileSync(at.report, 'utf8');
      const lines = fresh.split('\n');
      const index = lines.findIndex((line) => line.startsWith('# '));
      lines[index] = `${lines[index]} (edited)`;
      writeFileSync(at.report, lines.join('\n'));
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      // One edited line is one line removed and one added.
      assert.match(io.stderr, /is not what `handover generate` would write now \(2 changed lines\)/);
      assert.match(io.stderr, /^-# .* \(edited\)$/m);
      assert.match(io.stderr, /\(committed\)/);
      assert.match(io.stderr, /\(generated now\)/);
      assert.equal(io.stdout, '', 'a stale report is not reported as up to date');
      assert.doesNotMatch(io.stderr, /more changed line/, 'nothing was left out of a short diff');
    } finally {
      at.dispose();
    }
  });

  it('fails a report with one line added at the end', async () => {
    const at = await folder(MINIMAL);
    try {
      await generate(at.dir);
      writeFileSync(at.report, `${readFileSync(at.report, 'utf8')}extra\n`);
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      assert.match(io.stderr, /\(1 changed line\)/);
    } finally {
      at.dispose();
    }
  });

  it('does not count CRLF line ends (a core.autocrlf checkout) as a difference', async () => {
    const at = await folder(MINIMAL);
    try {
      await generate(at.dir);
      writeFileSync(at.report, readFileSync(at.report, 'utf8').replace(/\n/g, '\r\n'));
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_OK, io.stderr);
    } finally {
      at.dispose();
    }
  });

  it('cuts a long diff short and says how many changed lines were left out', async () => {
    const at = await folder(ITEMS);
    try {
      await generate(at.dir);
      writeFileSync(at.report, readFileSync(at.report, 'utf8').replace(/Duty/g, 'Chore'));
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      const shown = (io.stderr.match(/^[-+](?![-+]{2} )/gm) ?? []).length;
      assert.equal(shown, 40, 'forty changed lines are shown');
      // The count of the lines left out follows the last one shown; the explanation of the staleness comes after.
      assert.match(io.stderr, /^\+- \[ \] \*\*Duty 15\*\* `d15`\n… and 10 more changed lines\n/m);
      assert.match(io.stderr, /… and 10 more changed lines\n(?:.*\n)*Run `handover generate` and commit the result\.\n$/);
    } finally {
      at.dispose();
    }
  });

  it('fails when there is no report', async () => {
    const at = await folder(MINIMAL);
    try {
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      assert.match(io.stderr, /There is no report at .*HANDOVER\.md/);
      assert.equal(io.stdout, '');
    } finally {
      at.dispose();
    }
  });

  it('fails on an invalid HANDOVER.yaml, printing each error and their count', async () => {
    // Two errors (items without their title) and one warning (an unknown key): only errors are counted.
    const at = await folder(`${MINIMAL}duties:\n  - id: d1\n  - id: d2\nunknownKey: x\n`);
    try {
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      assert.match(io.stderr, /HANDOVER\.yaml:\d+:\d+: error: Missing required key "title"/);
      assert.match(io.stderr, /HANDOVER\.yaml: 2 errors; nothing was written\.\n$/);
    } finally {
      at.dispose();
    }
  });

  it('with --require-complete, lists open items (the first twenty, then …) and missing signatures', async () => {
    const at = await folder(ITEMS);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      const ids = Array.from({ length: 20 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`).join(', ');
      assert.match(io.stderr, /^The handover is not complete:$/m);
      assert.ok(io.stderr.includes(`  - 25 items not accepted: ${ids}, …\n`), io.stderr);
      assert.ok(io.stderr.includes('  - not signed yet by: Person leaving (移交人), Successor (接收人)\n'), io.stderr);
      assert.doesNotMatch(io.stderr, /credential/);
      assert.equal(io.stdout, '');
    } finally {
      at.dispose();
    }
  });

  it('reports a report it cannot read as an error, not as a missing report', async () => {
    const at = await folder(MINIMAL);
    try {
      mkdirSync(at.report);
      await assert.rejects(runCheck(options(at, captured())), { code: 'EISDIR' });
    } finally {
      at.dispose();
    }
  });

  it('with --require-complete, lists exactly twenty open items in full, without …', async () => {
    const twenty = `${MINIMAL}duties:\n${Array.from({ length: 20 }, (_, i) => `  - id: d${String(i + 1).padStart(2, '0')}\n    title: Duty ${i + 1}\n`).join('')}signoff:\n  from: {name: Alice, date: 2026-12-01}\n  to: {name: Bob, date: 2026-12-01}\n`;
    const at = await folder(twenty);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      const ids = Array.from({ length: 20 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`).join(', ');
      assert.ok(io.stderr.includes(`  - 20 items not accepted: ${ids}\n`), io.stderr);
      assert.doesNotMatch(io.stderr, /not signed yet/, 'everyone has signed');
    } finally {
      at.dispose();
    }
  });

  it('with --require-complete, lists credentials found in git history that are neither rotated nor ignored', async () => {
    const repo = buildDemoRepository();
    try {
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      assert.match(io.stderr, /^ {2}- 1 credential found in git history neither rotated nor ignored: [0-9a-f]{16}$/m);
      // Findings the checklist does not name leave it incomplete too, named by kind and key.
      assert.match(io.stderr, /^ {2}- 2 findings from git history not in the checklist: owned:deploy\/\.env, credentials:[0-9a-f]{16}$/m);
      // What the report shows as still to do: owned files not reviewed, branches without a decision.
      assert.match(io.stderr, /^ {2}- 3 owned files or folders not reviewed: ansible\/, docs\/runbook\.md, deploy\/\.env$/m);
      assert.match(io.stderr, /^ {2}- 1 branch of the person leaving without a decision: feature\/pg-failover$/m);
      // Nothing of what is not there: no system to do, no placeholder, no configuration line naming them.
      assert.doesNotMatch(io.stderr, /with an action still to do|still to be completed|still naming the person leaving/);
    } finally {
      repo.dispose();
    }
  });

  it('with --require-complete, lists the systems whose action is still to do and the placeholders still to be completed', async () => {
    const accepted = '    accepted: {by: Bob, on: 2026-11-20}\n';
    const system = (id: string, status: string) => `  - id: ${id}\n    name: ${id}\n    action: revoke\n    status: ${status}\n${accepted}`;
    const yaml = `${MINIMAL}systems:\n${system('sys-vpn', 'todo')}${system('sys-git', 'done')}duties:\n  - id: d1\n    title: T\n    details: "TODO(handover) what is left to do"\n${accepted}signoff:\n  from: {name: Alice, date: 2026-12-01}\n  to: {name: Bob, date: 2026-12-01}\n`;
    const at = await folder(yaml);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      assert.match(io.stderr, /^ {2}- 1 system with an action still to do: sys-vpn$/m);
      assert.match(io.stderr, /^ {2}- 1 placeholder still to be completed: d1\.details$/m);
      assert.doesNotMatch(io.stderr, /not in the checklist|not reviewed|without a decision|still naming the person leaving/, 'outside git: no finding, owned file, branch or mention');
    } finally {
      at.dispose();
    }
  });

  it('says which commit a stale report describes, and which newer commits change what it shows', async () => {
    const repo = buildDemoRepository();
    try {
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      repo.write('ansible/roles/certs/tasks/main.yml', '- name: renew\n  command: /usr/local/bin/renew-certs --all\n');
      const newer = repo.commit('Renew every certificate', ZHANG_SAN, '2026-11-29T10:00:00+08:00');
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      const described = /^The committed report describes commit ([0-9a-f]{12}); generated now it describes ([0-9a-f]{12})\.$/m.exec(io.stderr);
      assert.ok(described, io.stderr);
      assert.equal(described[2], newer.slice(0, 12));
      // The explanation follows the diff at once, and ends the output.
      assert.match(io.stderr, /\n[ +@-][^\n]*\nThe committed report describes commit [^\n]*\nNewer commits that change what the report shows:\n {2}[0-9a-f]{12} Renew every certificate\nRun `handover generate` and commit the result\.\n$/);
      assert.notEqual(described[1], described[2]);
      assert.match(io.stderr, new RegExp(`^Newer commits that change what the report shows:\n {2}${newer.slice(0, 12)} Renew every certificate$`, 'm'));
      assert.match(io.stderr, /^Run `handover generate` and commit the result\.\n$/m);
    } finally {
      repo.dispose();
    }
  });

  it('lists the ten newest commits that change what a stale report shows, then how many more', async () => {
    const repo = buildDemoRepository();
    try {
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      const shas: string[] = [];
      for (let i = 1; i <= 12; i++) {
        repo.write('ansible/roles/certs/tasks/main.yml', `- name: renew\n  command: /usr/local/bin/renew-certs --pass ${i}\n`);
        shas.push(repo.commit(`Renew, pass ${i}`, ZHANG_SAN, `2026-11-29T${String(i + 9).padStart(2, '0')}:00:00+08:00`));
      }
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      const listed = [...io.stderr.matchAll(/^ {2}([0-9a-f]{12}) Renew, pass (\d+)$/gm)].map((m) => Number(m[2]));
      assert.deepEqual(listed, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3], 'the ten newest, newest first');
      // The count of the rest follows the last one listed, before what to run.
      assert.ok(io.stderr.includes(`  ${shas[2]!.slice(0, 12)} Renew, pass 3\n  … and 2 more commits\nRun \`handover generate\``), io.stderr);
    } finally {
      repo.dispose();
    }
  });

  it('with --require-complete, lists the configuration lines that still name the person leaving', async () => {
    const repo = buildDemoRepository();
    try {
      repo.write('.github/CODEOWNERS', `/ansible/ ${ZHANG_SAN.email}\n`);
      repo.commit('Code owners', WANG_WU, '2026-11-29T10:00:00+08:00');
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      assert.match(io.stderr, /^ {2}- 1 configuration line still naming the person leaving without a decision: \.github\/CODEOWNERS\S*.*$/m);
    } finally {
      repo.dispose();
    }
  });

  it('names no commit when a stale report describes the commit of now (edited by hand)', async () => {
    const repo = buildDemoRepository();
    try {
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      writeFileSync(join(repo.dir, 'HANDOVER.md'), `${readFileSync(join(repo.dir, 'HANDOVER.md'), 'utf8')}edited\n`);
      const edited = captured();
      assert.equal(await runCheck(options(at, edited)), EXIT_INVALID);
      assert.doesNotMatch(edited.stderr, /describes commit|Newer commits/);
      assert.match(edited.stderr, /^Run `handover generate` and commit the result\.\n$/m);
    } finally {
      repo.dispose();
    }
  });

  it('says when the commit a stale report describes is no longer in the history (a rebase rewrote it)', async () => {
    const repo = buildDemoRepository();
    try {
      const at = { dir: repo.dir, file: join(repo.dir, 'HANDOVER.yaml') };
      await generate(repo.dir);
      repo.git('checkout', '-q', '--orphan', 'rewritten');
      const now = repo.commit('The same tree, another history', ZHANG_SAN, '2026-11-29T10:00:00+08:00');
      const io = captured();
      assert.equal(await runCheck(options(at, io)), EXIT_INVALID);
      const described = /^The committed report describes commit ([0-9a-f]{12}); generated now it describes ([0-9a-f]{12})\.$/m.exec(io.stderr);
      assert.ok(described, io.stderr);
      assert.equal(described[2], now.slice(0, 12));
      assert.match(io.stderr, new RegExp(`^Commit ${described[1]} is not in the history of ${described[2]} \\(a rebase or an amended commit rewrote it\\)\\.$`, 'm'));
      assert.doesNotMatch(io.stderr, /Newer commits/);
    } finally {
      repo.dispose();
    }
  });

  it('with --require-complete, lists every open item when there are twenty or fewer, and open credentials', async () => {
    const yaml = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-20}\ncredentials:\n  - id: c1\n    name: Root password\n    location: vault:secret/root\n    accepted: {by: Bob, on: 2026-11-20}\n`;
    const at = await folder(yaml);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_INVALID);
      assert.ok(io.stderr.includes('  - 1 credential not rotated: c1\n'), io.stderr);
      assert.doesNotMatch(io.stderr, /items? not accepted/);
    } finally {
      at.dispose();
    }
  });

  it('with --require-complete, passes a finished handover with an up-to-date report', async () => {
    const yaml = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-20}\nsignoff:\n  from: {name: Alice, date: 2026-12-01}\n  to: {name: Bob, date: 2026-12-01}\n`;
    const at = await folder(yaml);
    try {
      await generate(at.dir);
      const io = captured();
      assert.equal(await runCheck(options(at, io, true)), EXIT_OK, io.stderr);
      assert.match(io.stdout, /^The handover is complete/m);
      assert.match(io.stdout, /HANDOVER\.md matches what `handover generate` writes now\.\n$/);
      // Complete, but the report is stale: a failure, and "complete" is not claimed.
      writeFileSync(at.report, `${readFileSync(at.report, 'utf8')}x\n`);
      const stale = captured();
      assert.equal(await runCheck(options(at, stale, true)), EXIT_INVALID);
      assert.equal(stale.stdout, '');
    } finally {
      at.dispose();
    }
  });
});
