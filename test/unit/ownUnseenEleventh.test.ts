// Owned files, branches and mentions on unseen kinds of repositories, eleventh round (helper own-unseen-11): an OCaml
// formatter with dune and opam, a JavaScript GitHub Action, an ops runbook repository and a Debian tool package. Each
// case is a class of mistakes seen there, written with made-up names and files.
import * as assert from 'node:assert/strict';
import { landedAsSquash } from '../../src/core/detect/branches/landedChanges';
import { identitiesOf, mentionsInFile } from '../../src/core/detect/mentions';
import { compileDefaultExclusions, isActionBundle, isRecordedTestOutput } from '../../src/core/detect/ownership/defaultExclusions';
import { GitRunner } from '../../src/core/git/gitRunner';
import { COLLEAGUE, LEAVER } from '../fixtures/branchRepos';
import { FixtureRepo } from '../fixtures/fixtureRepo';

const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
const rules = (path: string, text: string): string[] => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);

describe('own-unseen-11: owned files', () => {
  it('leaves out a test suite’s recorded output, not its inputs, options or tests', () => {
    const excluded = compileDefaultExclusions();
    for (const path of [
      'test/passing/refs.default/apply.ml.ref',
      'test/passing/refs.janestreet/apply.ml.err',
      'test/passing/tests/apply.ml.err',
      'test/failing/tests/comments.ml.broken-ref',
      'test/projects/outside_project.expected',
      'test/bashisms/808271.sh.out',
      'tests/ui/borrow.stderr',
      'tests/cases/run.py.output',
      'src/parser/testdata/expr.json.ref',
    ]) {
      assert.ok(isRecordedTestOutput(path) && excluded(path), path);
    }
    for (const path of [
      'test/passing/tests/apply.ml',
      'test/passing/tests/apply.ml.opts',
      'test/passing/tests/apply.ml.enabled-if',
      'test/cli/debug.t',
      'test/test_debdiff',
      'test/bashisms/808271.sh',
      // not in a test folder: a program's own files so named
      'src/refs/branch.ref',
      'lib/expected.ml',
      'bin/run.sh.out',
      // no input's extension inside: what `.out` or `.err` means there is not said
      'test/logs/run.out',
    ]) {
      assert.ok(!isRecordedTestOutput(path) && !excluded(path), path);
    }
  });

  it('leaves out dune’s generated rules (`dune.inc`), not the `dune` files that include them', () => {
    const excluded = compileDefaultExclusions();
    assert.ok(excluded('test/passing/gen/dune.inc') && excluded('dune.inc'));
    assert.ok(!excluded('test/passing/gen/dune') && !excluded('test/passing/gen/gen.ml') && !excluded('dune-project'));
  });

  it('leaves out a JavaScript action’s bundle under `dist/` beside its `action.yml`, not a `dist/` folder elsewhere', () => {
    const action = new Set(['action.yml', 'src/main.ts', 'dist/index.js', 'dist/licenses.txt', 'dist/790.index.js', 'tools/setup/action.yaml', 'tools/setup/dist/index.js', 'web/dist/app.js']);
    const exists = (path: string) => action.has(path);
    for (const path of ['dist/index.js', 'dist/licenses.txt', 'dist/790.index.js', 'tools/setup/dist/index.js']) assert.ok(isActionBundle(path, exists), path);
    for (const path of ['src/main.ts', 'action.yml', 'web/dist/app.js', 'distro/index.js']) assert.ok(!isActionBundle(path, exists), path);
    assert.ok(!isActionBundle('dist/index.js', () => false), 'no action.yml: a dist folder says nothing alone');
  });
});

describe('own-unseen-11: a branch squash-merged with its bundle built again', function () {
  this.timeout(30_000);

  /**
   * main has src/main.ts and dist/index.js; the branch changes both. main then gets one commit with `mainSource` and
   * `mainBundle`: whether that commit is the branch squashed in.
   */
  async function landed(mainSource: string, mainBundle: string, branchSourceChange = true): Promise<boolean> {
    const repo = FixtureRepo.init({ branch: 'main' });
    try {
      repo.write('src/main.ts', 'export const a = 1;\nexport const b = 2;\n');
      repo.write('dist/index.js', 'var a = 1;\nvar b = 2;\n/* deps v1 */\n');
      repo.commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
      repo.git('checkout', '-q', '-b', 'fix/unicode');
      if (branchSourceChange) repo.write('src/main.ts', 'export const a = 1;\nexport const b = 3;\n');
      repo.write('dist/index.js', 'var a = 1;\nvar b = 3;\n/* deps v1 */\n/* helper chunk */\n');
      repo.commit('fix: keep unicode paths', LEAVER, '2026-02-01T10:00:00Z');
      const branch = repo.head();
      repo.git('checkout', '-q', 'main');
      repo.write('src/main.ts', mainSource);
      repo.write('dist/index.js', mainBundle);
      repo.commit('fix: keep unicode paths (#12)', COLLEAGUE, '2026-02-02T10:00:00Z');
      return (await landedAsSquash(new GitRunner({ cwd: repo.dir }), repo.head(), branch)) === 'landed';
    } finally {
      repo.dispose();
    }
  }

  it('counts as landed when the sources change alike and the bundle was built again otherwise', async () => {
    assert.equal(await landed('export const a = 1;\nexport const b = 3;\n', 'var a = 1;\nvar b = 3;\n/* deps v1 */\n'), true);
  });

  it('does not when the sources differ, whatever the bundle', async () => {
    assert.equal(await landed('export const a = 1;\nexport const b = 4;\n', 'var a = 1;\nvar b = 3;\n/* deps v1 */\n/* helper chunk */\n'), false);
  });

  it('compares the bundle itself when the branch changes nothing else', async () => {
    assert.equal(await landed('export const a = 1;\nexport const b = 2;\n', 'var a = 1;\nvar b = 3;\n/* deps v1 */\n', false), false, 'another bundle');
    assert.equal(await landed('export const a = 1;\nexport const b = 2;\n', 'var a = 1;\nvar b = 3;\n/* deps v1 */\n/* helper chunk */\n', false), true, 'the same bundle');
  });
});

describe('own-unseen-11: mentions', () => {
  it('reads the people of an opam file and of dune’s `dune-project`, not their other lines', () => {
    const opam = [
      '# This file is generated by dune, edit dune-project instead',
      'opam-version: "2.0"',
      'synopsis: "A tool"',
      'maintainer: [',
      '  "Li Si <lisi@corp.example>"',
      '  "Zhang San <zhangsan@corp.example>"',
      ']',
      'authors: ["Zhang San <zhangsan@corp.example>"]',
      'homepage: "https://example.org/zhangsan"',
      'depends: [',
      '  "dune" {>= "3.0"}',
      ']',
    ].join('\n');
    assert.deepEqual(rules('tool.opam', opam), ['6:ownership:package-manifest-people:zhangsan@corp.example', '6:ownership:package-manifest-people:Zhang San', '8:ownership:package-manifest-people:zhangsan@corp.example', '8:ownership:package-manifest-people:Zhang San']);
    const duneProject = [
      '(lang dune 3.0)',
      ';; Zhang San keeps the release notes',
      '(name tool)',
      '(authors',
      ' "Zhang San <zhangsan@corp.example>")',
      '(maintainers "Li Si <lisi@corp.example>"',
      ' "Zhang San <zhangsan@corp.example>")',
      '(package',
      ' (name tool)',
      ' (description "A tool.\n Thanks to Zhang San for (much) of it")',
      ' (maintainers "Zhang San <zhangsan@corp.example>"))',
      '(source (uri "https://example.org/zhangsan/tool"))',
    ].join('\n');
    assert.deepEqual(rules('dune-project', duneProject), [
      '5:ownership:package-manifest-people:zhangsan@corp.example',
      '5:ownership:package-manifest-people:Zhang San',
      '7:ownership:package-manifest-people:zhangsan@corp.example',
      '7:ownership:package-manifest-people:Zhang San',
      '12:ownership:package-manifest-people:zhangsan@corp.example',
      '12:ownership:package-manifest-people:Zhang San',
    ]);
  });

  it('reads a YAML key whose flow list is left open on its line as the key of the lines below it', () => {
    assert.deepEqual(rules('config/review.yml', 'owners: [\n  "zhangsan",\n  "lisi"\n]\nlabels: [bug]\n'), ['2:ownership:owner-key:zhangsan']);
  });

  it('searches a CI pipeline at the repository root whatever its name, not one in an example’s folder', () => {
    const workflow = 'name: tests\non: push\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: zhangsan/setup-tool@v2\n';
    assert.deepEqual(rules('.github/workflows/run-tests.yml', workflow), ['7:dependency:account-dependency:zhangsan']);
    assert.deepEqual(rules('.github/workflows/tool-example-command.yml', workflow), ['7:dependency:account-dependency:zhangsan']);
    assert.deepEqual(rules('examples/app/.github/workflows/ci.yml', workflow), []);
  });

  it('leaves out credits written as text: a deb822 comment or description, a script’s `--version` message', () => {
    const copyright = [
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
      'Upstream-Contact: Zhang San <zhangsan@corp.example>',
      '',
      'Files: *',
      'Copyright: 2001, Zhang San <zhangsan@corp.example>',
      'License: GPL-2+',
      'Comment: This package was written by Wang Wu and extensively',
      ' modified by',
      ' Zhang San <zhangsan@corp.example>.',
    ].join('\n');
    assert.deepEqual(rules('debian/copyright', copyright), ['2:ownership:upstream-contact:zhangsan@corp.example', '2:ownership:upstream-contact:Zhang San']);
    const control = 'Source: tool\nMaintainer: Tool Team <tool@lists.example>\nUploaders:\n Zhang San <zhangsan@corp.example>,\n\nPackage: tool\nDescription: a tool\n Written by Zhang San <zhangsan@corp.example>.\n';
    assert.deepEqual(rules('debian/control', control), ['4:ownership:debian-maintainer:zhangsan@corp.example', '4:ownership:debian-maintainer:Zhang San']);
    const script = [
      '#!/bin/sh',
      'version () { echo \\',
      '"This is $PROGNAME, version 1.0',
      'Authors: Wang Wu <wangwu@corp.example>',
      'Modifications: Zhang San <zhangsan@corp.example>"',
      '}',
      'usage () { echo "Adapted from tool-alert, by Wang Wu,',
      'with modifications by Zhang San <zhangsan@corp.example>"; }',
      'RELEASE_SIGNER=zhangsan@corp.example',
    ].join('\n');
    assert.deepEqual(rules('scripts/tool-check.sh', script), ['9:other:config:zhangsan@corp.example']);
    // A package's author keeps its meaning: a rule reads the line for what it is.
    assert.deepEqual(rules('galaxy.yml', 'namespace: corp\nname: tool\nauthors:\n  - Zhang San <zhangsan@corp.example>\n'), ['4:ownership:package-manifest-people:zhangsan@corp.example', '4:ownership:package-manifest-people:Zhang San']);
    assert.deepEqual(rules('roles/tool/meta/main.yml', 'galaxy_info:\n  author: Zhang San\n'), ['2:ownership:package-manifest-people:Zhang San']);
  });
});
