// Mentions of the person leaving in configuration: every kind, every decoy, whole tokens, one git pass.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runDetections } from '../../src/core/detect/runDetections';
import { identitiesOf, mentionsInFile } from '../../src/core/detect/mentions';
import type { MentionFinding } from '../../src/core/detect/detectionTypes';
import { buildMentionRepository, KEY_BY_FINGERPRINT, LEAVING } from '../fixtures/mentionRepos';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

const PERSON = {
  name: LEAVING.name,
  emails: [LEAVING.email],
  accounts: ['zhangsan', 'zs-ops'],
  sshKeys: ['zhangsan@laptop', KEY_BY_FINGERPRINT.fingerprint],
};

function row(m: MentionFinding): string {
  return `${m.path}:${m.line} ${m.kind} ${m.rule} ${m.identity}${m.comment ? ' comment' : ''}${m.reassignable ? ' reassignable' : ''}${m.system ? ` system=${m.system}` : ''}`;
}

describe('mentions of the person leaving in configuration', function () {
  this.timeout(30_000);
  let repo: FixtureRepo;
  before(() => {
    repo = buildMentionRepository();
  });
  after(() => repo.dispose());

  it('finds every kind and leaves every decoy alone', async () => {
    const result = await runDetections({ cwd: repo.dir, person: PERSON, only: new Set(['mentions']) });
    assert.deepEqual(result.notes, []);
    assert.deepEqual(result.mentions.map(row), [
      '.github/CODEOWNERS:3 ownership codeowners zhangsan reassignable',
      '.github/CODEOWNERS:5 ownership codeowners zhangsan@corp.example reassignable',
      '.github/CODEOWNERS:6 ownership codeowners zhangsan comment',
      '.github/dependabot.yml:8 review dependabot-reviewers zhangsan reassignable',
      '.github/dependabot.yml:10 review dependabot-reviewers zs-ops reassignable',
      '.gitlab-ci.yml:4 review ci zhangsan@corp.example',
      'MAINTAINERS:1 ownership maintainers 张三',
      'MAINTAINERS:1 ownership maintainers zhangsan@corp.example',
      'OWNERS:2 ownership owners zhangsan reassignable',
      'alertmanager/alertmanager.yml:6 alerting alertmanager-receiver zhangsan@corp.example',
      'ansible/files/authorized_keys:1 access authorized-keys zhangsan@laptop system=ssh',
      `ansible/files/authorized_keys:3 access authorized-keys ${KEY_BY_FINGERPRINT.fingerprint} system=ssh`,
      'ansible/files/sudoers.d/ops:1 access sudoers zhangsan system=ssh',
      'ansible/group_vars/all.yml:2 access ansible-users zhangsan system=ssh',
      'charts/api/Chart.yaml:5 ownership helm-chart-maintainers zs-ops reassignable',
      'charts/api/Chart.yaml:6 ownership helm-chart-maintainers zhangsan@corp.example reassignable',
      'etc/cron.d/backup:1 alerting cron-mailto zhangsan@corp.example',
      'grafana/provisioning/alerting/contact-points.yaml:9 alerting alertmanager-receiver zhangsan@corp.example',
      'k8s/rbac.yaml:11 access k8s-rbac-subject zhangsan@corp.example system=kubernetes',
      'package.json:4 ownership package-json-people zhangsan@corp.example',
      'renovate.json:6 review renovate-reviewers zhangsan reassignable',
      'scripts/deploy.sh:2 other config zhangsan',
      'terraform/iam.tf:2 access terraform-iam zhangsan system=aws',
      'terraform/iam.tf:8 access terraform-iam zhangsan@corp.example system=gcp',
      'terraform/pagerduty.tf:2 alerting terraform-oncall 张三',
      'terraform/pagerduty.tf:3 alerting terraform-oncall zhangsan@corp.example',
    ]);
  });

  it('gives the place of the token and the suggestion, never the line', async () => {
    const result = await runDetections({ cwd: repo.dir, person: PERSON, only: new Set(['mentions']) });
    const owners = result.mentions.find((m) => m.path === '.github/CODEOWNERS' && m.line === 3)!;
    assert.deepEqual(
      { column: owners.column, token: owners.token, identityType: owners.identityType, suggestion: owners.suggestion },
      { column: 15, token: 'zhangsan', identityType: 'account', suggestion: 'reassign' },
    );
    const rbac = result.mentions.find((m) => m.kind === 'access' && m.path === 'k8s/rbac.yaml')!;
    assert.equal(rbac.suggestion, 'revoke');
    assert.ok(!JSON.stringify(result.mentions).includes('NOPASSWD'), 'no line text in the findings');
  });

  it('searches the described commit, not the work tree', async () => {
    const head = repo.head();
    repo.write('OWNERS', 'approvers:\n  - lisi\n');
    const result = await runDetections({ cwd: repo.dir, person: PERSON, only: new Set(['mentions']), report: { commit: head, ownFiles: [] } });
    assert.ok(result.mentions.some((m) => m.path === 'OWNERS'));
    repo.git('checkout', '--', 'OWNERS');
  });

  it('finds nothing, and says nothing went wrong, when no file names them (git grep exits 1)', async () => {
    const result = await runDetections({ cwd: repo.dir, person: { emails: ['nobody@nowhere.example'], accounts: ['nobody-at-all'] }, only: new Set(['mentions']) });
    assert.deepEqual(result.mentions, []);
    assert.deepEqual(result.notes, []);
  });

  it('matches whole tokens only, ignoring case', () => {
    const ids = identitiesOf({ emails: ['ZhangSan@Corp.Example'], accounts: ['zhangsan'] });
    const hits = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.column}:${m.token}`);
    assert.deepEqual(hits('a.yaml', 'owner: zhangsan\n'), ['1:8:zhangsan']);
    assert.deepEqual(hits('a.yaml', 'owner: ZHANGSAN\n'), ['1:8:ZHANGSAN']);
    assert.deepEqual(hits('a.yaml', 'to: zhangsan@corp.example\n'), ['1:5:zhangsan@corp.example']);
    for (const decoy of ['zhangsanfeng', 'xzhangsan', 'zhangsan-bot', 'zhangsan_2', 'zhangsan@other.example', 'a.zhangsan', 'zhangsan.old', 'xzhangsan@corp.example', 'zhangsan@corp.example.org']) {
      assert.deepEqual(hits('a.yaml', `owner: ${decoy}\n`), [], decoy);
    }
    assert.deepEqual(hits('a.yaml', 'owners: [lisi, "zhangsan"]  # and zhangsan again\n'), ['1:17:zhangsan']);
    assert.deepEqual(hits('a.sh', 'home=/home/zhangsan/.ssh\n'), ['1:12:zhangsan']);
    assert.deepEqual(hits('a.md', 'zhangsan\n'), [], 'prose is not searched');
    // A TOML table header's dotted segments are keys: `[people.zhangsan]` names them (a MAINTAINERS file's entry).
    assert.deepEqual(hits('MAINTAINERS.toml', '[people.zhangsan]\n  Name = "Zhang San"\n'), ['1:9:zhangsan']);
    assert.deepEqual(hits('a.toml', '[[org.teams.zhangsan]]\n'), ['1:13:zhangsan']);
    for (const decoy of ['[people.zhangsan-bot]', '[people.a.zhangsanfeng]', 'owner = "a.zhangsan"', '[people.zhangsan.old x]']) {
      assert.deepEqual(hits('a.toml', `${decoy}\n`), [], decoy);
    }
  });

  it('reads the people of other package manifests as ownership', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    assert.deepEqual(rules('composer.json', '{\n  "authors": [\n    {"name": "Zhang San", "email": "zhangsan@corp.example"}\n  ],\n  "require": {"zhangsan/lib": "^1"}\n}\n'), ['3:ownership:package-manifest-people', '5:dependency:account-dependency'], 'a package under their name is a dependency');
    assert.deepEqual(rules('pyproject.toml', '[project]\nauthors = [{name = "Zhang San", email = "zhangsan@corp.example"}]\n'), ['2:ownership:package-manifest-people']);
    assert.deepEqual(rules('.spi.yml', 'version: 1\nmetadata:\n  authors: "Li Si, Zhang San"\n'), [], 'a name only when it is given');
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const byName = (path: string, text: string) => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);
    assert.deepEqual(byName('.spi.yml', 'version: 1\nmetadata:\n  authors: "Li Si, Zhang San"\n'), ['3:ownership:package-manifest-people:Zhang San'], "the Swift Package Index's authors");
    // Haskell's Cabal file and an R package's DESCRIPTION (Debian-like fields, continued on indented lines); the copyright field is a notice
    const cabal = 'name:               tool\nauthor:             Li Si, Zhang San\nmaintainer:         Zhang San <zhangsan@corp.example>\ncopyright:          2020 Zhang San\nbug-reports:        https://github.com/zhangsan/tool/issues\n\nlibrary\n  build-depends:    base\n';
    assert.deepEqual(byName('tool.cabal', cabal), ['2:ownership:package-manifest-people:Zhang San', '3:ownership:package-manifest-people:zhangsan@corp.example', '3:ownership:package-manifest-people:Zhang San']);
    const description = 'Package: tool\nAuthors@R: c(\n    person("Li", "Si", role = "aut"),\n    person("Zhang San", email = "zhangsan@corp.example", role = c("aut", "cre"))\n  )\nURL: https://github.com/zhangsan/tool\nBugReports: https://github.com/zhangsan/tool/issues\n';
    assert.deepEqual(byName('DESCRIPTION', description), ['4:ownership:package-manifest-people:zhangsan@corp.example', '4:ownership:package-manifest-people:Zhang San', '6:dependency:account-dependency:zhangsan']);
    // a gem's specification: its authors and e-mails, not its other lines
    assert.deepEqual(rules('tool.gemspec', 'Gem::Specification.new do |spec|\n  spec.authors = ["Zhang San"]\n  spec.email = ["zhangsan@corp.example"]\n  spec.summary = "by zhangsan"\nend\n'), ['3:ownership:package-manifest-people']);
    assert.deepEqual(rules('website/blog/authors.yml', 'zhangsan:\n  name: Zhang San\n  title: Creator\n  socials:\n    github: zhangsan\n# TODO(zhangsan): add the new writers\n'), ['6:todo:todo-marker'], "a blog's bylines are credits; a marker there still counts");
    assert.deepEqual(rules('deploy/authors.yml', 'zhangsan:\n  role: admin\n'), ['1:other:config'], 'a file of that name elsewhere');
    assert.deepEqual(rules('charts/api/Chart.yaml', 'annotations:\n  artifacthub.io/maintainers: |\n    - name: zhangsan\n      email: zhangsan@corp.example\n'), ['3:ownership:package-manifest-people', '4:ownership:package-manifest-people']);
  });

  it('tells what the project takes from their own account from their other mentions', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const kinds = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.suggestion}`);
    assert.deepEqual(
      kinds('.github/workflows/ci.yml', 'jobs:\n  a:\n    steps:\n      - uses: zhangsan/deploy-action@v2\n      - run: curl -fsSL https://raw.githubusercontent.com/zhangsan/scripts/main/x.sh | sh\n      - run: echo zhangsan\n'),
      ['4:dependency:move', '5:dependency:move', '6:review:reassign'],
    );
    assert.deepEqual(
      kinds('values.yaml', 'image:\n  repository: zhangsan/app\nsidecar:\n  image: "ghcr.io/zhangsan/tool:1.2"\nrepo: git@github.com:zhangsan/infra.git\nhome: /home/zhangsan/.ssh\nlink: https://github.com/zhangsan\nowner: zhangsan\n'),
      ['2:dependency:move', '4:dependency:move', '5:dependency:move', '6:other:review', '7:other:review', '8:ownership:reassign'],
    );
    assert.deepEqual(kinds('package.json', '{\n  "dependencies": {"@zhangsan/ui": "^1.0.0"}\n}\n'), ['2:dependency:move']);
    assert.deepEqual(kinds('deploy/app.yaml', 'image: registry.corp.example:5000/zhangsan/app:1.0\nimage: zhangsan.example/app\n'), ['1:dependency:move'], 'a registry of their own host is theirs; their domain is not an account');
    assert.deepEqual(kinds('Dockerfile', 'FROM --platform=linux/amd64 harbor.corp.example/zhangsan/base:3\nMAINTAINER Zhang San <zhangsan@corp.example>\nLABEL org.opencontainers.image.authors="zhangsan@corp.example"\nRUN echo zhangsan\n'), ['1:dependency:move', '2:ownership:reassign', '3:ownership:reassign', '4:other:review']);
    for (const name of ['Dockerfile.prod', 'docker/api.Dockerfile', 'Containerfile', 'build/app.dockerfile']) assert.deepEqual(kinds(name, 'FROM zhangsan/base\n'), ['1:dependency:move'], name);
    for (const name of ['docs/Dockerfile.md', 'Dockerfile.md']) assert.deepEqual(kinds(name, 'FROM zhangsan/base\n'), [], `${name}: prose about a Dockerfile is not one`);
    assert.deepEqual(kinds('.github/CODEOWNERS', '/zhangsan/ @zhangsan\n'), ['1:ownership:reassign'], 'an ownership file says what it is');
    assert.deepEqual(kinds('ci.yml', 'x: https://github.com/zhangsan-org/tool\n'), [], 'another account');
    assert.deepEqual(kinds('ci.yml', 'docs: https://github.com/zhangsan/tool/issues/12\n'), ['1:other:review'], 'a link to an issue is a reference');
    // a call to the code host's API on their repository, even to its pull requests, is something the project takes from their account
    assert.deepEqual(kinds('.github/workflows/changelog.yml', 'jobs:\n  a:\n    steps:\n      - run: curl -sSfL https://api.github.com/repos/zhangsan/tool/pulls/${PR} | jq .user.login\n'), ['4:dependency:move']);
    assert.deepEqual(kinds('a.yaml', 'x: https://api.github.com/repos/zhangsan-org/tool\n'), [], 'another account');
    assert.deepEqual(kinds('composer.json', '{"require": {"zhangsan/poddle": "^1.2"}}\n'), ['1:dependency:move']);
  });

  it('reads manifests written in a language’s syntax for what they take from their accounts and the people they name, not their other lines', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    const mix = 'defp deps do\n  [\n    {:git_diff,\n     github: "zhangsan/git_diff", ref: "d47473d"},\n    {:lib, git: "https://github.com/zhangsan/lib.git"}\n  ]\nend\ndefp package do\n  [\n    maintainers: ["zhangsan"],\n    links: %{"Docs" => "https://zhangsan.example/docs"}\n  ]\nend\n# ask zhangsan about the fork\n';
    assert.deepEqual(rules('mix.exs', mix), ['4:dependency:account-dependency', '5:dependency:account-dependency', '10:ownership:owner-key']);
    assert.deepEqual(rules('Gemfile', 'gem "tool", github: "zhangsan/tool"\ngem "rails" # pinned by zhangsan\n'), ['1:dependency:account-dependency']);
    assert.deepEqual(rules('go.mod', 'module example.com/app\n\nrequire (\n\tgithub.com/zhangsan/instrumented_http v0.3.0\n)\n'), ['4:dependency:account-dependency']);
    assert.deepEqual(rules('Package.swift', '    .package(url: "https://github.com/zhangsan/Kit.git", from: "1.0.0"),\n'), ['1:dependency:account-dependency']);
    assert.deepEqual(rules('app/build.gradle.kts', 'repositories { maven("https://jitpack.io") }\ndependencies { implementation("com.github.zhangsan:lib:1.0") }\n'), [], 'a coordinate is not a path in their namespace');
    assert.deepEqual(rules('lib/app.ex', '    github: "zhangsan/tool"\n'), [], 'code elsewhere is searched for work markers only');
  });

  it('reads submodules, Clojure and Perl manifests, Julia packages and the developers of Maven, sbt and Gradle builds', () => {
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);
    // git's submodules: a repository under their account that the project takes; the other lines of the file are not searched
    assert.deepEqual(rules('.gitmodules', '[submodule "zhangsan-sci"]\n\tpath = sci\n\turl = https://github.com/zhangsan/sci\n[submodule "lib"]\n\turl = git@github.com:team/lib.git\n'), ['3:dependency:account-dependency:zhangsan']);
    // Clojure: coordinates in their group, a git dependency on their account (a later token on the line), not a namespace or a comment
    const deps = '{:deps {zhangsan/tool {:mvn/version "1.0"}\n        team/lib {:git/url "https://github.com/zhangsan/lib" :sha "00"}\n        zhangsan.tool/x {:local/root "x"}}\n ;; zhangsan/tool is pinned here because the newer release breaks the build\n :paths ["src"]}\n';
    assert.deepEqual(rules('deps.edn', deps), ['1:dependency:account-dependency:zhangsan', '2:dependency:account-dependency:zhangsan']);
    assert.deepEqual(rules('project.clj', '(defproject app "0.1"\n  :dependencies [[zhangsan/edamame "1.6"]\n                 [org.clojure/clojure "1.12"]\n                 [org.clojars.zhangsan/contajners "0.0.6"]\n                 [com.zhangsan/x "1"]])\n'), ['2:dependency:account-dependency:zhangsan', '4:dependency:account-dependency:zhangsan'], "their group, Clojars' personal group; not a domain's");
    assert.deepEqual(rules('bb.edn', '{:deps {zhangsan/gh-release {:git/url "https://github.com/zhangsan/gh-release" :git/sha "00"}}}\n'), ['1:dependency:account-dependency:zhangsan']);
    assert.deepEqual(rules('src/app/core.clj', '(require (quote [zhangsan/tool :as t]))\n'), [], 'code elsewhere is searched for work markers only');
    // Perl: the distribution's author in Makefile.PL, Build.PL and dist.ini; not its other lines
    assert.deepEqual(rules('Makefile.PL', "WriteMakefile(\n  NAME         => 'Mojolicious',\n  AUTHOR       => 'Zhang San <zhangsan@corp.example>',\n  META_MERGE   => {resources => {x => 'https://zhangsan.example'}},\n);\n"), ['3:ownership:package-manifest-people:zhangsan@corp.example', '3:ownership:package-manifest-people:Zhang San']);
    assert.deepEqual(rules('Build.PL', "Module::Build->new(\n  dist_author => 'Zhang San',\n)->create_build_script;\n"), ['2:ownership:package-manifest-people:Zhang San']);
    assert.deepEqual(rules('dist.ini', 'name = Tool\nauthor = Zhang San <zhangsan@corp.example>\n'), ['2:ownership:package-manifest-people:zhangsan@corp.example', '2:ownership:package-manifest-people:Zhang San']);
    // Julia's Project.toml
    assert.deepEqual(rules('Plots/Project.toml', 'name = "Plots"\nauthors = ["Zhang San (@zhangsan)"]\nversion = "1.0.0"\n'), ['2:ownership:package-manifest-people:zhangsan', '2:ownership:package-manifest-people:Zhang San']);
    // the developers of a build, each field on its own line; a line after the block closes is not one
    const sbt = 'inThisBuild(List(\n  developers := List(Developer(\n    "zhangsan",\n    "Zhang San",\n    "zhangsan@corp.example",\n    url("https://zhangsan.example"),\n  )),\n  description := "by zhangsan",\n))\n';
    assert.deepEqual(rules('build.sbt', sbt), ['3:ownership:package-manifest-people:zhangsan', '4:ownership:package-manifest-people:Zhang San', '5:ownership:package-manifest-people:zhangsan@corp.example']);
    assert.deepEqual(rules('build.sbt', 'developers := List(Developer("zhangsan", "Zhang San", "zhangsan@corp.example", url("https://x")))\n'), ['1:ownership:package-manifest-people:zhangsan@corp.example', '1:ownership:package-manifest-people:zhangsan', '1:ownership:package-manifest-people:Zhang San']);
    const pom = '<project>\n  <developers>\n    <developer>\n      <id>zhangsan</id>\n      <name>Zhang San</name>\n    </developer>\n  </developers>\n  <description>zhangsan</description>\n</project>\n';
    assert.deepEqual(rules('pom.xml', pom), ['4:ownership:package-manifest-people:zhangsan', '5:ownership:package-manifest-people:Zhang San']);
    const gradle = 'publishing { publications { maven(MavenPublication) { pom {\n  developers {\n    developer {\n      id = "zhangsan"\n    }\n  }\n  name = "zhangsan"\n} } } }\n';
    assert.deepEqual(rules('lib/build.gradle', gradle), ['4:ownership:package-manifest-people:zhangsan']);
  });

  it('leaves credits alone: Zenodo’s creators, a comment saying who wrote a file; who maintains it stays', () => {
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);
    assert.deepEqual(rules('.zenodo.json', '{\n  "creators": [\n    {"name": "Zhang San", "orcid": "0000-0000"}\n  ]\n}\n'), []);
    assert.deepEqual(rules('zenodo/settings.json', '{"owner": "zhangsan"}\n'), ['1:ownership:owner-key:zhangsan'], 'another file');
    const script = '#!/bin/sh\n# Implemented by Zhang San <zhangsan@corp.example>\n# Originally written by zhangsan\n// Author: zhangsan\n# Maintained by zhangsan\nDEPLOY_USER=zhangsan\n';
    assert.deepEqual(rules('tool.sh', script), ['5:other:config:zhangsan', '6:other:config:zhangsan']);
  });

  it('leaves out roles held in the past: OWNERS’ emeritus lists, a MAINTAINERS file’s emeritus or former section', () => {
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);
    const owners = 'reviewers:\n  - lisi\napprovers:\n  - lisi\nemeritus_approvers:\n  - zhangsan\nemeritus_reviewers: [zhangsan]\n';
    assert.deepEqual(rules('OWNERS', owners), []);
    assert.deepEqual(rules('pkg/OWNERS', 'approvers:\n  - zhangsan\nemeritus_approvers:\n  - wangwu\n'), ['2:ownership:owners:zhangsan'], 'a current approver stays');
    const maintainers = [
      '# Maintainers',
      '',
      '## Current Maintainers',
      '',
      '| Name | GitHub |',
      '| --- | --- |',
      '| Li Si | [@lisi](https://github.com/lisi) |',
      '',
      '## Emeritus Maintainers (in alphabetical order)',
      '',
      '| Name | GitHub |',
      '| --- | --- |',
      '| Zhang San | [@zhangsan](https://github.com/zhangsan) |',
    ].join('\n');
    assert.deepEqual(rules('MAINTAINERS.md', maintainers), []);
    const current = maintainers.replace('| Li Si | [@lisi](https://github.com/lisi) |', '| Zhang San | [@zhangsan](https://github.com/zhangsan) |');
    assert.deepEqual(rules('MAINTAINERS.md', current), ['7:ownership:maintainers:zhangsan', '7:ownership:maintainers:Zhang San'], 'a current maintainer stays');
    assert.deepEqual(rules('MAINTAINERS.rst', 'Maintainers\n===========\n\n- zhangsan@corp.example\n\nFormer maintainers\n------------------\n\n- zhangsan@corp.example\n'), ['4:ownership:maintainers:zhangsan@corp.example']);
    assert.deepEqual(rules('config/team.yml', 'former_maintainers:\n  - zhangsan\nowners:\n  - zhangsan\n'), ['4:ownership:owner-key:zhangsan']);
    assert.deepEqual(rules('config/billing.yml', 'past_due:\n  notify: zhangsan@corp.example\n'), ['2:alerting:alerting-key:zhangsan@corp.example'], 'past, not before a role');
  });

  it('reads the maintainer a source file’s opening header names (Emacs Lisp, Vim script); not its authors, former maintainers or later comments', () => {
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const other = identitiesOf({ name: 'Li Si', emails: ['lisi@corp.example'], accounts: ['lisi'] });
    const rules = (path: string, text: string, ids = named) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}`);
    const elisp = [
      ';;; tool.el --- A tool  -*- lexical-binding:t -*-',
      '',
      ';; Copyright (C) 2020 The Tool Contributors',
      '',
      ';; Author: Zhang San <zhangsan@corp.example>',
      ';;     Wang Wu <wangwu@corp.example>',
      ';; Maintainer: Li Si <lisi@corp.example>',
      ';;     Zhang San <zhang.san@home.example>',
      ';; Former-Maintainers:',
      ';;     Zhang San <zhangsan@corp.example>',
      ';; Homepage: https://example.org/tool',
      '',
      ';;; Code:',
      '',
      '(defun tool-run () ;; Maintainer: zhangsan',
      '  nil)',
      ';; TODO(zhangsan): speed this up',
    ].join('\n');
    assert.deepEqual(rules('lisp/tool.el', elisp), ['8:ownership:header-maintainer:Zhang San', '17:todo:todo-marker:zhangsan']);
    assert.deepEqual(rules('lisp/tool.el', elisp, other), ['7:ownership:header-maintainer:lisi@corp.example', '7:ownership:header-maintainer:Li Si']);
    assert.deepEqual(rules('syntax/tool.vim', '" Vim syntax file\n" Language: Tool\n" Maintainer: Zhang San <zhangsan@corp.example>\n" Last Change: 2024 Jan 1\n'), ['3:ownership:header-maintainer:zhangsan@corp.example', '3:ownership:header-maintainer:Zhang San']);
    assert.deepEqual(rules('src/tool.el', '(require \'x)\n;; Maintainer: Zhang San\n'), [], 'a comment after the code starts');
    assert.deepEqual(rules('test/tool-test.el', ';; Maintainer: Zhang San\n'), [], 'a test file');
    assert.deepEqual(rules('vendor/lib/tool.el', ';; Maintainer: Zhang San\n'), [], 'a vendored copy');
  });

  it('reads a permission’s note and a link cited at the end of a comment as prose', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}${m.comment ? ':comment' : ''}`);
    const workflow = 'permissions:\n  contents: write  # for zhangsan/rebase to push code to rebase\n  pull-requests: read  # for zhangsan/rebase to get info about PR\n  issues: write  # zhangsan\njobs:\n  a:\n    uses: zhangsan/actions/.github/workflows/rebase.yml@main\n';
    assert.deepEqual(rules('.github/workflows/rebase.yml', workflow), ['4:review:comment', '7:dependency']);
    assert.deepEqual(rules('native-image.properties', 'Args=-march=compatibility\n# march=compatibility: needed for older machines, see https://github.com/zhangsan/tool/actions/runs/63\n# url=https://github.com/zhangsan/tool\n'), ['3:dependency:comment']);
    assert.deepEqual(rules('a.yml', 'x: 1  # see https://github.com/zhangsan/tool and pin it\n'), ['1:dependency:comment'], 'a link followed by more words');
    const script = '#!/bin/sh\n# Avoid the scrolling issue\n# * https://github.com/zhangsan/tool/issues/2544\n#   https://github.com/zhangsan/tool/pull/17\nX=1 # https://gitlab.com/zhangsan/tool/-/issues/3 too\n# - https://github.com/zhangsan/tool\nurl=https://github.com/zhangsan/tool/issues\n';
    assert.deepEqual(rules('bin/preview.sh', script), ['6:dependency:comment', '7:other'], 'links to their issues and pull requests in comments are references; a repository and a live line stay');
  });

  it('reads the person named as the contact of a security or conduct policy, not their name or their repositories there', () => {
    const named = identitiesOf({ name: 'Zhang San', emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, named).map((m) => `${m.line}:${m.kind}:${m.rule}:${m.identity}${m.reassignable ? ' reassignable' : ''}`);
    const security = [
      '# Security Policy',
      'Please file a private report via GitHub, email [@zhangsan](https://github.com/zhangsan), or see https://tidelift.com/security.',
      'If you prefer, write to zhangsan@corp.example.',
      'Thanks to Zhang San for the audit of https://github.com/zhangsan/tool.',
      'Copyright (c) 2020 Zhang San <zhangsan@corp.example>',
      'TODO(zhangsan): add a PGP key',
    ].join('\n');
    assert.deepEqual(rules('.github/SECURITY.md', security), ['2:alerting:report-contact:zhangsan reassignable', '3:alerting:report-contact:zhangsan@corp.example reassignable', '6:todo:todo-marker:zhangsan']);
    assert.deepEqual(rules('CODE_OF_CONDUCT.md', 'Reports go to the community leaders at `zhangsan@corp.example` or @zhangsan.\n'), ['1:alerting:report-contact:zhangsan@corp.example reassignable', '1:alerting:report-contact:zhangsan reassignable']);
    assert.deepEqual(rules('docs/security.rst', 'Reports go to zhangsan@corp.example.\n'), [], 'another page about security');
    assert.deepEqual(rules('vendor/github.com/x/y/SECURITY.md', 'Email zhangsan@corp.example.\n'), [], "a vendored library's policy");
  });

  it('reads Kubernetes SECURITY_CONTACTS as the contacts for security reports', () => {
    const ids = identitiesOf({ emails: [], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}${m.reassignable ? ':reassignable' : ''}`);
    const file = '# Defined below are the security contacts for this repo.\n#\n# DO NOT REPORT SECURITY VULNERABILITIES DIRECTLY TO THESE NAMES\nlisi\nZhangSan\nwangwu\n';
    assert.deepEqual(rules('SECURITY_CONTACTS', file), ['5:alerting:security-contacts:reassignable']);
    assert.deepEqual(rules('staging/src/k8s.io/api/SECURITY_CONTACTS', file), ['5:alerting:security-contacts:reassignable']);
    assert.deepEqual(rules('SECURITY_CONTACTS.md', file), [], 'prose about them is not the file');
  });

  it('reads a Dockerfile label continued on the next lines, and Dockerfiles named with _ or - variants', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    const unix = 'FROM alpine:3\nLABEL org.opencontainers.image.title="agent" \\\n      org.opencontainers.image.authors="Zhang San <zhangsan@corp.example>" \\\n      org.opencontainers.image.vendor="Corp"\nENV A=1 \\\n    B=zhangsan\nRUN echo \\\n    zhangsan\n';
    assert.deepEqual(rules('Dockerfile', unix), ['3:ownership:dockerfile-maintainer', '6:other:config', '8:other:config']);
    const windows = '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nLABEL org.opencontainers.image.title="agent" `\n      org.opencontainers.image.authors="Zhang San <zhangsan@corp.example>" `\n      description="x"\n';
    assert.deepEqual(rules('Dockerfiles/agent/windows/Dockerfile', windows), ['4:ownership:dockerfile-maintainer']);
    for (const name of ['Dockerfile_msvc.agent2', 'build/Dockerfile-alpine', 'Containerfile_rhel']) assert.deepEqual(rules(name, windows), ['4:ownership:dockerfile-maintainer'], name);
    for (const name of ['Dockerfile.dockerignore', 'Dockerfile-notes.md', 'Dockerfile_guide.rst']) assert.deepEqual(rules(name, 'FROM zhangsan/base\n'), [], name);
  });

  it('gives the lines of a multi-line TOML array or inline table the key that opened it', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    const pyproject = '[project]\ndescription = "a [bracket in a string"\nauthors = [\n   { name = "Li Si", email = "lisi@corp.example" },  # [x\n   { name = "Zhang San", email = "zhangsan@corp.example" },\n]\nkeywords = [\n  "zhangsan",\n]\n\n[tool.x]\nowner = "zhangsan"\n';
    assert.deepEqual(rules('pyproject.toml', pyproject), ['5:ownership:package-manifest-people', '8:other:config', '12:ownership:owner-key']);
    assert.deepEqual(rules('Cargo.toml', '[package]\nname = "x"\nauthors = [\n  "Zhang San <zhangsan@corp.example>",\n]\n'), ['4:ownership:package-manifest-people']);
  });

  it('reads Ansible Galaxy authors (a collection’s galaxy.yml, a role’s meta/main.yml) as ownership', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    assert.deepEqual(rules('ansible_collections/corp/ops/galaxy.yml', 'namespace: corp\nauthors:\n  - "Zhang San <zhangsan@corp.example>"\nrepository: https://git.corp.example/ops\n'), ['3:ownership:package-manifest-people']);
    assert.deepEqual(rules('roles/nginx/meta/main.yml', 'galaxy_info:\n  author: zhangsan\n  company: Corp\ndependencies:\n  - role: zhangsan\n'), ['2:ownership:package-manifest-people', '5:other:config']);
    assert.deepEqual(rules('roles/nginx/tasks/main.yml', '- debug:\n    author: zhangsan\n'), ['2:other:config'], 'only the manifests');
  });

  it('reads a code host’s shorthand for their repository as a dependency', () => {
    const ids = identitiesOf({ emails: [], accounts: ['zhangsan'] });
    const kinds = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}`);
    assert.deepEqual(kinds('apps/konflate.yaml', 'spec:\n  repo: github://zhangsan/home-ops\n'), ['2:dependency']);
    assert.deepEqual(kinds('renovate.json', '{\n  "extends": ["github>zhangsan/renovate-config"]\n}\n'), ['2:dependency']);
    assert.deepEqual(kinds('package.json', '{\n  "dependencies": {"tool": "github:zhangsan/tool#v1", "x": "gitlab:zhangsan/x"}\n}\n'), ['2:dependency']);
    assert.deepEqual(kinds('.github/FUNDING.yml', 'github: [zhangsan]\n'), ['1:other'], 'a key named after the host is not a shorthand');
    assert.deepEqual(kinds('a.yaml', 'x: mygithub:zhangsan/tool\n'), ['1:other'], 'another word ending in a host name');
  });

  it('reads Debian and Arch packaging: maintainers and uploaders, the upstream contact; copyright holders and contributor credits are notices', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: [] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    const control = 'Source: ops-agent\nMaintainer: Zhang San <zhangsan@corp.example>\nUploaders: Li Si <lisi@corp.example>,\n           Zhang San <zhangsan@corp.example>\nBuild-Depends: debhelper\n\nPackage: ops-agent\nDescription: agent\n Ask zhangsan@corp.example for access.\n';
    assert.deepEqual(rules('debian/control', control), ['2:ownership:debian-maintainer', '4:ownership:debian-maintainer', '9:other:config']);
    const copyright = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: ops\nUpstream-Contact: Zhang San <zhangsan@corp.example>\n\nFiles: *\nCopyright: 2019 Li Si <lisi@corp.example>\n           2020-2024 Zhang San <zhangsan@corp.example>\nLicense: MIT\n';
    assert.deepEqual(rules('.reuse/dep5', copyright), ['3:ownership:upstream-contact']);
    assert.deepEqual(rules('packaging/debian/copyright', copyright), ['3:ownership:upstream-contact']);
    const pkgbuild = '# Maintainer: Zhang San <zhangsan@corp.example>\n# Contributor: Zhang San <zhangsan@corp.example>\npkgname=ops-agent\npackager="zhangsan@corp.example"\n';
    assert.deepEqual(rules('packaging/arch/PKGBUILD', pkgbuild), ['1:ownership:pkgbuild-maintainer', '4:other:config'], 'an Arch package: its maintainer; a credit to a contributor is a notice');
    assert.deepEqual(rules('debian/changelog', 'ops (1.0) stable; urgency=low\n\n -- Zhang San <zhangsan@corp.example>  Mon, 01 Jan 2024 10:00:00 +0000\n'), [], 'a changelog is history');
  });

  it('reads a folder of key files as access, not a role or module named authorized_keys', () => {
    const ids = identitiesOf({ emails: [], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}:${m.rule}`);
    assert.deepEqual(rules('keys/authorized_keys/zhangsan.conf', 'user = zhangsan\n'), ['1:access:authorized-keys']);
    assert.deepEqual(rules('roles/authorized_keys/defaults/main.yml', 'authorized_keys__default_user: zhangsan\n'), ['1:other:config']);
    assert.deepEqual(rules('roles/authorized_keys/meta/main.yml', 'galaxy_info:\n  author: zhangsan\n'), ['2:ownership:package-manifest-people']);
  });

  it('leaves prose in comments of configuration files to the work-marker search, not commented-out settings', () => {
    const ids = identitiesOf({ emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] });
    const rules = (path: string, text: string) => mentionsInFile(path, text, ids).map((m) => `${m.line}:${m.kind}${m.comment ? ':comment' : ''}`);
    const defaults = [
      '# consider to use the preset for this role maintained by zhangsan:',
      '# https://github.com/zhangsan/ansible-inventory',
      "# .. _zhangsan's packages: https://github.com/zhangsan/ansible-packages",
      '## zhangsan: does not help much when the URL changes',
      '# description: managed by zhangsan for the payments team',
      '# - zhangsan',
      '# sudo -u zhangsan systemctl restart app',
      '# TODO(zhangsan): move this to the team account before the end of the month',
      'owner: zhangsan  # ask zhangsan before changing any of these values',
      '# uses: zhangsan/deploy-action@v2',
      '# url: https://github.com/zhangsan/ansible-inventory',
      '# See: https://github.com/zhangsan/tool/issues/3634',
      '// ref https://github.com/zhangsan/tool/pull/12.',
      '# see zhangsan about https://github.com/zhangsan/tool/issues/1',
    ].join('\n');
    assert.deepEqual(rules('roles/app/defaults/main.yml', defaults), ['5:other:comment', '6:other:comment', '7:other:comment', '8:todo', '9:ownership', '10:dependency:comment', '11:dependency:comment', '14:other:comment']);
    assert.deepEqual(rules('.github/CODEOWNERS', '# Security team: zhangsan and lisi review every change here\n'), ['1:ownership:comment'], 'an ownership file’s comments name its teams');
    assert.deepEqual(rules('.github/workflows/ci.yml', 'on: push\n# This job was written by zhangsan and runs every night\n# NOTE(zhangsan): we limit concurrency to avoid issues with too many mmaps\n'), ['3:review:comment'], 'a note signed in a marker’s form says whom to ask');
    assert.deepEqual(rules('etc/cron.d/backup', '# MAILTO=zhangsan@corp.example\n'), ['1:alerting:comment'], 'a rule that reads the line still counts');
  });

  it('reads the enclosing keys of YAML lists written at the key’s indentation', () => {
    const ids = identitiesOf({ emails: [], accounts: ['zhangsan'] });
    const found = mentionsInFile('.github/dependabot.yml', 'updates:\n- reviewers:\n  - zhangsan\n  labels:\n  - zhangsan\n', ids);
    assert.deepEqual(found.map((m) => `${m.line}:${m.rule}`), ['3:dependabot-reviewers', '5:config']);
  });
});

describe('mentions: work markers that assign work to them, in any text file', function () {
  this.timeout(30_000);
  it('finds TODO(them), FIXME(a, them) and TODO @them in code, prose, tests and configuration; not markers that only talk about them, test data or copyright notices', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('storage/store.go', [
        'package storage',
        '// TODO(zhangsan): switch to the v2 appender once it lands.',
        '// FIXME(lisi, zhangsan) flaky under load',
        '// TODO: ask zhangsan why this exists',
        '// TODO(zhangsanfeng): not them',
        '// NOTE(zhangsan): a note is not work',
        'const owner = "zhangsan" // code, not configuration',
        '',
      ].join('\n'));
      repo.write('tools/migrate.py', '# XXX(ZhangSan@corp.example) remove after the migration\r\n# HACK @zhangsan: pinned\r\n');
      repo.write('docs/runbook.md', '- TODO(@zhangsan) write the failover steps\n');
      repo.write('deploy/values.yaml', 'replicas: 2  # TODO(zhangsan) back to 3 after the sale\nowner: zhangsan\n');
      repo.write('vendor/lib/x.go', '// TODO(zhangsan) upstream\n');
      repo.write('HANDOVER.yaml', '# TODO(zhangsan)\n');
      // Tests, fixtures and examples are not what runs: only their work markers count.
      repo.write('tests/fixtures/users.json', '{"user": "zhangsan"}\n');
      repo.write('t/t1000-basic.sh', '# TODO(zhangsan) flaky\ngit config user.name zhangsan\n');
      repo.write('examples/compose.yml', 'owner: zhangsan\n');
      // A copyright notice says who wrote the file, not who runs it.
      repo.write('scripts/backup.sh', '# Copyright (c) 2019 zhangsan@corp.example\n#  (C) zhangsan\nMAILTO=zhangsan@corp.example\n');
      repo.commit('code', LEAVING, '2026-10-01T10:00:00Z');
      const result = await runDetections({ cwd: repo.dir, person: { emails: ['zhangsan@corp.example'], accounts: ['zhangsan'] }, only: new Set(['mentions']) });
      assert.deepEqual(result.notes, []);
      assert.deepEqual(result.mentions.map((m) => `${m.path}:${m.line}:${m.column} ${m.kind} ${m.rule} ${m.identity}${m.comment ? ' comment' : ''} ${m.suggestion}`), [
        'deploy/values.yaml:1:21 todo todo-marker zhangsan reassign',
        'deploy/values.yaml:2:8 ownership owner-key zhangsan reassign',
        'docs/runbook.md:1:9 todo todo-marker zhangsan reassign',
        'scripts/backup.sh:3:8 alerting cron-mailto zhangsan@corp.example reassign',
        'storage/store.go:2:9 todo todo-marker zhangsan reassign',
        'storage/store.go:3:16 todo todo-marker zhangsan reassign',
        't/t1000-basic.sh:1:8 todo todo-marker zhangsan reassign',
        'tools/migrate.py:1:7 todo todo-marker zhangsan@corp.example reassign',
        'tools/migrate.py:2:9 todo todo-marker zhangsan reassign',
      ]);
    } finally {
      repo.dispose();
    }
  });
});

describe('mentions: identities with regular-expression characters', function () {
  this.timeout(30_000);
  it('are matched literally by the one git grep pass', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('OWNERS', 'approvers:\n  - a.b+c@x.example\n  - aXb+c@x.example\n  - -zs\n  - (ops)*\n');
      repo.commit('owners', LEAVING, '2026-10-01T10:00:00Z');
      const result = await runDetections({ cwd: repo.dir, person: { emails: ['a.b+c@x.example'], accounts: ['-zs', '(ops)*'] }, only: new Set(['mentions']) });
      assert.deepEqual(result.mentions.map((m) => `${m.line}:${m.identity}`), ['2:a.b+c@x.example', '4:-zs', '5:(ops)*']);
    } finally {
      repo.dispose();
    }
  });
});

describe('mentions: a repository missing objects (partial clones, mirrors without large blobs)', function () {
  this.timeout(30_000);
  it('searches what it can read and says what it could not', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('OWNERS', 'approvers:\n  - zhangsan\n').write('k8s/rbac.yaml', 'subjects:\n  - name: zhangsan\n');
      repo.commit('config', LEAVING, '2026-10-01T10:00:00Z');
      const blob = repo.git('rev-parse', 'HEAD:k8s/rbac.yaml').trim();
      rmSync(`${repo.dir}/.git/objects/${blob.slice(0, 2)}/${blob.slice(2)}`);
      const result = await runDetections({ cwd: repo.dir, person: { emails: [], accounts: ['zhangsan'] }, only: new Set(['mentions']) });
      assert.deepEqual(result.mentions.map((m) => m.path), ['OWNERS']);
      assert.ok(englishNotes(result.notes).some((note) => /^missing objects: 1 file could not be searched for mentions$/.test(note)), englishNotes(result.notes).join('\n'));
    } finally {
      repo.dispose();
    }
  });
});
