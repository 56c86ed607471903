import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDemoRepository } from '../fixtures/demoRepository';
import type { FixtureRepo } from '../fixtures/fixtureRepo';
import { MINIMAL, tempDir } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the handover CLI', function () {
  this.timeout(30_000);
  let demo: FixtureRepo;
  before(() => {
    demo = buildDemoRepository();
  });
  after(() => demo.dispose());

  it('documents every command in --help', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    for (const word of ['validate', 'generate', '--repo', '--out', '--lang', 'Exit status']) assert.ok(help.stdout.includes(word), word);
  });

  it('validates the demo and exits 0', () => {
    const result = cli(['validate', '--repo', demo.dir]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /valid/);
  });

  it('prints path:line:col for errors, exits 1 and writes no report', () => {
    const repo = tempDir({ 'HANDOVER.yaml': `${MINIMAL}duties:\n  - id: a\n    title: A\n  - id: a\n    title: B\n` });
    try {
      const validate = cli(['validate', '--repo', repo.dir]);
      assert.equal(validate.code, 1);
      assert.match(validate.stderr, /HANDOVER\.yaml:11:9: error: Duplicate id "a": it is already used at line 9\./);
      const generate = cli(['generate', '--repo', repo.dir]);
      assert.equal(generate.code, 1);
      assert.deepEqual(readdirSync(repo.dir), ['HANDOVER.yaml'], 'no report, no temp file');
    } finally {
      repo.dispose();
    }
  });

  it('leaves an existing report untouched when HANDOVER.yaml turns invalid', () => {
    const repo = tempDir({ 'HANDOVER.yaml': MINIMAL });
    try {
      assert.equal(cli(['generate', '--repo', repo.dir]).code, 0);
      const before = readFileSync(join(repo.dir, 'HANDOVER.md'), 'utf8');
      writeFileSync(join(repo.dir, 'HANDOVER.yaml'), `${MINIMAL}version: [\n`);
      assert.equal(cli(['generate', '--repo', repo.dir]).code, 1);
      assert.equal(readFileSync(join(repo.dir, 'HANDOVER.md'), 'utf8'), before);
    } finally {
      repo.dispose();
    }
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli([]).code, 2);
    assert.equal(cli(['frobnicate', '--repo', demo.dir]).code, 2);
    assert.equal(cli(['generate', '--lang', 'fr', '--repo', demo.dir]).code, 2);
    assert.equal(cli(['validate', '--bogus']).code, 2);
    assert.equal(cli(['validate', '--repo', join(demo.dir, 'no-such-folder')]).code, 2);
  });

  it('exits 1 with a clear message when there is no HANDOVER.yaml', () => {
    const empty = tempDir();
    try {
      const result = cli(['validate', '--repo', empty.dir]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /No HANDOVER\.yaml in/);
    } finally {
      empty.dispose();
    }
  });

  it('generates the same bytes whatever the time zone and locale', () => {
    const environments: Record<string, string>[] = [
      { TZ: 'UTC', LANG: 'C' },
      { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8' },
      { TZ: 'America/Los_Angeles', LANG: 'en_US.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    ];
    const outputs = environments.map((env, i) => {
      const out = `report-${i}.md`;
      assert.equal(cli(['generate', '--repo', demo.dir, '--out', out], env).code, 0);
      return readFileSync(join(demo.dir, out), 'utf8');
    });
    assert.equal(outputs[1], outputs[0]);
    assert.equal(outputs[2], outputs[0]);
    assert.match(outputs[0], /^# 交接报告：payments-ops$/m, 'the file says language: zh-CN');
  });

  it('writes English with --lang en and names the commit it describes', () => {
    assert.equal(cli(['generate', '--repo', demo.dir, '--lang', 'en', '--out', 'en.md']).code, 0);
    const text = readFileSync(join(demo.dir, 'en.md'), 'utf8');
    assert.match(text, /^# Handover: payments-ops$/m);
    // HEAD only adds HANDOVER.yaml: the report describes the last commit that changed anything else.
    assert.ok(text.includes(`\`${demo.git('rev-parse', 'HEAD~1').trim()}\``));
  });

  it('speaks Chinese messages under a Chinese locale', () => {
    const result = cli(['validate', '--repo', demo.dir], { LANG: 'zh_CN.UTF-8' });
    assert.match(result.stdout, /有效/);
  });

  it('leaves no temporary files beside the report', () => {
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    assert.deepEqual(readdirSync(demo.dir).filter((n) => n.endsWith('.tmp')), []);
    assert.ok(existsSync(join(demo.dir, 'HANDOVER.md')));
  });

  it('runs from the bundle without VS Code installed', () => {
    const bundle = readFileSync(CLI, 'utf8');
    assert.doesNotMatch(bundle, /require\(["']vscode["']\)/);
    assert.equal(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim(), JSON.parse(readFileSync(resolve(CLI, '..', '..', 'package.json'), 'utf8')).version);
  });
});
