import * as assert from 'node:assert/strict';
import type { OwnedFile, PersonSpec } from '../../src/core/detect/detectionTypes';
import { credentialsCacheKey } from '../../src/core/detect/credentials/credentialsRun';
import { DETECTORS_BUILD } from '../../src/core/detect/detectorsBuild';
import { analyzeOwnership, ownershipCacheKey, PROGRESS_EVERY, type OwnershipResult } from '../../src/core/detect/ownership/ownershipAnalyzer';
import type { OwnershipState } from '../../src/core/detect/ownership/ownershipLedger';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
import { compileDefaultExclusions, CONTENT_RULES, filesOfLibraryFolders, isFolderPlaceholder, isKnitOutput, isRenderedFromTemplate, libraryFolderOf, translatedDocuments } from '../../src/core/detect/ownership/defaultExclusions';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import {
  BOB,
  CAROL,
  LEE,
  LEE_SPEC,
  REGEXY,
  cloneTarget,
  identitiesRepo,
  labelsRepo,
  longRepo,
  mergesRepo,
  move,
  numberedLines,
  oddFilesRepo,
  renamesRepo,
} from '../fixtures/ownershipRepos';

const DAY = 86_400;

function analyze(dir: string, person: PersonSpec = LEE_SPEC, extra: { exclude?: string[]; previous?: OwnershipState; signal?: AbortSignal; onProgress?: (n: number) => void } = {}): Promise<OwnershipResult> {
  return analyzeOwnership({ git: new GitRunner({ cwd: dir, signal: extra.signal }), cwd: dir, person, ...extra });
}

/** Every file the person added lines to: owned, contributed to, formerly theirs. */
const rows = (result: OwnershipResult): OwnedFile[] => [...result.files, ...result.contributed, ...result.formerly];

function file(result: OwnershipResult, path: string): OwnedFile {
  const found = rows(result).find((f) => f.path === path);
  if (!found) throw new Error(`${JSON.stringify(path)} not among ${JSON.stringify(rows(result).map((f) => f.path))}`);
  return found;
}

const paths = (result: OwnershipResult): string[] => rows(result).map((f) => f.path).sort();
const ownedPaths = (result: OwnershipResult): string[] => result.files.map((f) => f.path).sort();
/** What the successor must learn: their lines × 0.5^(years since their last touch) ÷ (1 + others active). */
const risk = (theirLines: number, ageDays: number, othersActive = 0): number => Math.round(((theirLines * 0.5 ** (ageDays / 365)) / (1 + othersActive)) * 100) / 100;
/** Compares what a person sees, whatever the state's internal order. */
const visible = (result: OwnershipResult) => ({ files: result.files, folders: result.folders, contributed: result.contributed, formerly: result.formerly });

describe('ownership analysis', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  const keep = (repo: FixtureRepo): FixtureRepo => {
    repos.push(repo);
    return repo;
  };
  after(() => {
    for (const repo of repos) repo.dispose();
  });

  it('follows a file across two renames, with exact figures', async () => {
    const repo = keep(renamesRepo());
    const result = await analyze(repo.dir);
    assert.deepEqual(paths(result), ['core/c.ts']);
    assert.deepEqual(file(result, 'core/c.ts'), {
      path: 'core/c.ts',
      share: Math.round((11 / 14) * 10_000) / 10_000,
      // Of the 12 lines now, Bob's last change rewrote 2: 10 are Lee's.
      currentShare: Math.round((10 / 12) * 10_000) / 10_000,
      personCurrentLines: 10,
      lines: 12,
      personAdded: 11,
      personRemoved: 1,
      totalAdded: 14,
      totalRemoved: 2,
      personCommits: 3,
      totalCommits: 5,
      authors: 2,
      othersActiveLastYear: 1,
      firstTouched: '2025-01-01',
      lastTouched: '2025-04-01',
      anyoneLastTouched: '2025-05-01',
      mainDeveloper: true,
      label: 'main-developer',
      risk: risk(10, 30, 1),
    });
    assert.equal(result.commitsRead, 5);
    assert.deepEqual(result.folders, []);
    // Bob's view of the same file.
    const bob = await analyze(repo.dir, { emails: [BOB.email] });
    assert.deepEqual(paths(bob), ['core/c.ts', 'other.txt']);
    assert.equal(file(bob, 'core/c.ts').personAdded, 3);
    assert.equal(file(bob, 'core/c.ts').label, 'contributor');
    assert.equal(file(bob, 'other.txt').label, 'knowledge-island');
  });

  it('does not count merge commits, plain or octopus, and reads empty commits', async () => {
    const repo = keep(mergesRepo());
    const result = await analyze(repo.dir);
    // g.txt, x.txt and y.txt came in through merges Lee made: still not Lee's.
    assert.deepEqual(paths(result), ['f.txt']);
    const f = file(result, 'f.txt');
    assert.deepEqual([f.personAdded, f.totalAdded, f.personCommits, f.totalCommits, f.share], [7, 7, 2, 2, 1]);
    assert.equal(result.commitsRead, 6);
    const carol = await analyze(repo.dir, { emails: [CAROL.email] });
    assert.deepEqual(paths(carol), ['x.txt']);
    assert.deepEqual([file(carol, 'x.txt').totalAdded, file(carol, 'x.txt').totalCommits], [4, 1]);
  });

  it('skips binary files, symlinks and submodules; reads odd names and a huge one-line file', async () => {
    const repo = keep(oddFilesRepo());
    const result = await analyze(repo.dir);
    assert.deepEqual(paths(result), ['huge.txt', 'new\nline.txt', 'tab\there.txt', 'target.txt', 'with space.txt', '\x1estarts-with-marker.txt', '中文/文件.txt'].sort());
    assert.deepEqual(
      result.files.filter((f) => f.path !== 'huge.txt').map((f) => [f.path, f.lines, f.personAdded, f.share]),
      [
        ['target.txt', 7, 7, 1],
        ['\x1estarts-with-marker.txt', 6, 6, 1],
        ['中文/文件.txt', 5, 5, 1],
        ['tab\there.txt', 4, 4, 1],
        ['new\nline.txt', 3, 3, 1],
        ['with space.txt', 2, 2, 1],
      ],
    );
    const huge = file(result, 'huge.txt');
    assert.deepEqual([huge.lines, huge.personAdded, huge.totalAdded, huge.totalRemoved, huge.share], [1, 1, 2, 1, 0.5]);
  });

  it('joins addresses through .mailmap, splits co-authored commits, matches e-mails and names literally', async () => {
    const repo = keep(identitiesRepo());
    const result = await analyze(repo.dir);
    const a = file(result, 'a.txt');
    assert.deepEqual([a.personAdded, a.totalAdded, a.personCommits, a.authors, a.share], [10, 10, 2, 1, 1]);
    const pair = file(result, 'pair.txt');
    // Bob, Lee (upper-case address in the trailer) and Carol share 12 lines.
    assert.deepEqual([pair.personAdded, pair.totalAdded, pair.personCommits, pair.totalCommits, pair.authors, pair.share], [4, 12, 1, 1, 3, 0.3333]);
    assert.ok(!result.files.some((f) => f.path === 'rex.txt'));
    // Lee's (mailmapped) name finds Lee's own commits without an address, as git shortlog groups; a
    // co-author trailer is credited by its e-mail only.
    const byName = await analyze(repo.dir, { name: ` ${LEE.name.toUpperCase()} `, emails: ['someone@else.example'] });
    assert.deepEqual(paths(byName), paths(result));
    assert.deepEqual(paths(byName), ['.mailmap', 'a.txt', 'pair.txt']);
    assert.deepEqual(paths(await analyze(repo.dir, { name: 'Nobody', emails: ['someone@else.example'] })), []);
    // A namesake with their own address is told apart by a .mailmap entry that renames them.
    repo.write('namesake.txt', 'x\ny\n').commit('namesake', { name: LEE.name, email: 'other.lee@corp.example' }, '2025-01-06T00:00:00Z');
    assert.deepEqual(paths(await analyze(repo.dir, { name: LEE.name, emails: [] })), ['.mailmap', 'a.txt', 'namesake.txt', 'pair.txt']);
    repo.write('.mailmap', `${LEE.name} <${LEE.email}> <lee@old.example>\nLee (DBA) <other.lee@corp.example>\n`).commit('mailmap', BOB, '2025-01-07T00:00:00Z');
    assert.deepEqual(paths(await analyze(repo.dir, { name: LEE.name, emails: [] })), ['.mailmap', 'a.txt', 'pair.txt']);
    const rex = await analyze(repo.dir, { emails: [REGEXY.email.toUpperCase()] });
    assert.deepEqual(paths(rex), ['rex.txt']);
    assert.deepEqual([file(rex, 'rex.txt').personAdded, file(rex, 'rex.txt').totalAdded, file(rex, 'rex.txt').share], [6, 8, 0.75]);
  });

  it('labels islands, main developers and contributors by today\'s lines; rolls folders up; honours linguist attributes, default exclusions and exclude globs', async () => {
    const repo = keep(labelsRepo());
    const result = await analyze(repo.dir, LEE_SPEC, { exclude: ['docs/'] });
    const labels = Object.fromEntries(rows(result).map((f) => [f.path, f.label]));
    assert.deepEqual(labels, {
      '.gitattributes': 'knowledge-island',
      'app/solo.ts': 'knowledge-island',
      'app/old.ts': 'knowledge-island',
      'app/fresh.ts': 'main-developer',
      'app/bob.ts': 'contributor',
      'app/sub/deep.ts': 'knowledge-island',
    });
    // Only owned files are in `files`; the contributed one is apart.
    assert.deepEqual(ownedPaths(result), ['.gitattributes', 'app/fresh.ts', 'app/old.ts', 'app/solo.ts', 'app/sub/deep.ts']);
    assert.deepEqual(result.contributed.map((f) => f.path), ['app/bob.ts']);
    const age = (Date.UTC(2025, 5, 1) - Date.UTC(2025, 0, 1)) / 1000 / DAY;
    assert.deepEqual(
      result.files.map((f) => [f.path, f.currentShare, f.risk]),
      [
        ['app/solo.ts', 1, risk(20, age)],
        ['app/old.ts', 0.9, risk(18, age)],
        ['app/fresh.ts', 0.9, risk(18, age, 1)],
        ['app/sub/deep.ts', 1, risk(5, age)],
        ['.gitattributes', 1, risk(2, age)],
      ],
    );
    // Not named by history as theirs (2 of 12 lines): not blamed, history's figures.
    assert.deepEqual([file(result, 'app/bob.ts').currentShare, file(result, 'app/bob.ts').risk], [null, risk(0.1667 * 12, age)]);
    assert.equal(file(result, 'app/fresh.ts').othersActiveLastYear, 1);
    assert.equal(file(result, 'app/old.ts').othersActiveLastYear, 0);
    // Left out: gen/ (linguist-generated), vendor/ (linguist-vendored), the minified bundle (default) and docs/ (glob).
    assert.equal(result.excluded, 4);
    const fileRisk = result.files.filter((f) => f.path.startsWith('app/')).reduce((sum, f) => sum + f.risk, 0);
    assert.deepEqual(result.folders, [
      { path: 'app', files: 5, ownedFiles: 4, share: Math.round((63 / 77) * 10_000) / 10_000, lines: 77, lastTouched: '2025-01-01', label: 'main-developer', risk: Math.round(fileRisk * 100) / 100 },
    ]);
    // Without the default exclusions, the minified file is Lee's too; linguist-marked files never are.
    const all = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, defaultExclusions: false });
    assert.ok(ownedPaths(all).includes('dist/app.min.js'));
    assert.ok(!paths(all).some((p) => p.startsWith('gen/') || p.startsWith('vendor/')));
    assert.equal(all.excluded, 2);
  });

  it('owns the code as it is now: a file they wrote most of but others rewrote is formerly theirs; a tie or a one-line note is not owned', async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('runbook.md', numberedLines(100, 'bob')).commit('bob writes the runbook', BOB, '2024-12-01T00:00:00Z');
    repo.write('db.go', numberedLines(30, 'lee'));
    repo.write('README.md', 'title\n');
    repo.commit('lee writes db.go', LEE, '2025-01-01T00:00:00Z');
    // Bob rewrites 25 of db.go's 30 lines: history still says Lee (30 added of 55), today's lines do not.
    repo.write('db.go', numberedLines(5, 'lee') + numberedLines(25, 'bob'));
    repo.write('README.md', 'title\nbob line\n');
    repo.commit('bob rewrites', BOB, '2025-02-01T00:00:00Z');
    repo.write('README.md', 'title\nbob line\nlee line\n');
    repo.write('runbook.md', `${numberedLines(100, 'bob')}lee note\n`);
    repo.commit('lee notes', LEE, '2025-03-01T00:00:00Z');
    const result = await analyze(repo.dir);
    const db = file(result, 'db.go');
    assert.deepEqual([db.label, db.share, db.currentShare, db.personCurrentLines], ['formerly-theirs', Math.round((30 / 55) * 10_000) / 10_000, Math.round((5 / 30) * 10_000) / 10_000, 5]);
    assert.deepEqual(result.formerly.map((f) => f.path), ['db.go']);
    // README.md: the initial commit's line is Lee's too, so Lee wrote 2 of 3 lines: owned by history and now.
    // runbook.md: one line of 101 is a contribution, never ownership.
    assert.equal(file(result, 'runbook.md').label, 'contributor');
    assert.ok(!ownedPaths(result).includes('runbook.md'));
    assert.ok(!ownedPaths(result).includes('db.go'));
    // A one-line-each tie is nobody's.
    const tie = keep(FixtureRepo.init());
    tie.write('README.md', 'bob\n').commit('bob', BOB, '2025-01-01T00:00:00Z');
    tie.write('README.md', 'bob\nlee\n').commit('lee', LEE, '2025-01-02T00:00:00Z');
    const tied = await analyze(tie.dir);
    assert.deepEqual(ownedPaths(tied), []);
    assert.equal(file(tied, 'README.md').label, 'contributor');
    assert.equal(file(tied, 'README.md').mainDeveloper, false);
  });

  it('leaves out lockfiles, generated files (by name or header), snapshots and golden files by default, and counts them', async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('package-lock.json', numberedLines(40));
    repo.write('go.sum', numberedLines(40));
    repo.write('api/api.pb.go', numberedLines(40));
    repo.write('parser/parser.go', `// Copyright 2025\n\n// Code generated by goyacc -o parser.go. DO NOT EDIT.\n${numberedLines(40)}`);
    repo.write('web/src/__snapshots__/app.test.tsx.snap', numberedLines(40));
    repo.write('testdata/out.golden', numberedLines(40));
    repo.write('docs/generation.md', `${numberedLines(60)}// Code generated by nobody. DO NOT EDIT. (quoted far below the top)\n`);
    repo.write('main.go', numberedLines(40));
    repo.commit('lee', LEE, '2025-01-01T00:00:00Z');
    const result = await analyze(repo.dir);
    assert.deepEqual(ownedPaths(result), ['docs/generation.md', 'main.go']);
    assert.equal(result.excluded, 6);
    const everything = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, defaultExclusions: false });
    assert.equal(ownedPaths(everything).length, 8);
    assert.equal(everything.excluded, 0);
  });

  it("leaves out Django's migrations, copied libraries of a static folder (by folder or banner), Android vector drawables, and looks again under new content rules", async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('app/migrations/0002_auto.py', `# Generated by Django 4.2.7 on 2024-01-05 10:11\n\n${numberedLines(30)}`);
    repo.write('app/models.py', numberedLines(30));
    repo.write('public/js/plugins/picker/picker.js', numberedLines(30));
    repo.write('public/js/select2/select2.js', `/*!\n * Select2 4.0.13\n */\n${numberedLines(30)}`);
    repo.write('public/js/select2/i18n/de.js', numberedLines(30)); // no banner of its own: its library's folder
    repo.write('public/js/app.js', `/* the app's own script */\n${numberedLines(30)}`);
    repo.write('src/banner.js', `/*!\n * Ours v1.2.3\n */\n${numberedLines(30)}`);
    repo.write('storage/cache/.gitignore', '*\n!.gitignore\n'); // keeps a folder
    repo.write('.gitignore', 'node_modules\n'); // the project's own
    // an Android vector drawable (an image) and a shape (a style written by hand), and a vector outside a drawable folder
    repo.write('app/src/main/res/drawable/ic_add.xml', `<?xml version="1.0" encoding="utf-8"?>\n<vector android:width="24dp">\n${numberedLines(30)}</vector>\n`);
    repo.write('app/src/main/res/drawable-v21/bg_card.xml', `<?xml version="1.0" encoding="utf-8"?>\n<shape android:shape="rectangle">\n${numberedLines(30)}</shape>\n`);
    repo.write('docs/vector.xml', `<vector>\n${numberedLines(30)}</vector>\n`);
    repo.commit('lee', LEE, '2025-01-01T00:00:00Z');
    const result = await analyze(repo.dir);
    assert.deepEqual(ownedPaths(result), ['.gitignore', 'app/models.py', 'app/src/main/res/drawable-v21/bg_card.xml', 'docs/vector.xml', 'public/js/app.js', 'src/banner.js']);
    assert.equal(result.excluded, 6);
    // A state kept under the first content rules (no `headRules`, nothing found by content): every
    // file is looked at again, not only the changed ones.
    const older = { ...result.state, headGenerated: [] as string[], headRules: undefined };
    repo.write('app/models.py', numberedLines(31)).commit('lee again', LEE, '2025-01-02T00:00:00Z');
    const again = await analyze(repo.dir, LEE_SPEC, { previous: older });
    assert.equal(again.stateUse.kind, 'incremental');
    assert.deepEqual(ownedPaths(again), ['.gitignore', 'app/models.py', 'app/src/main/res/drawable-v21/bg_card.xml', 'docs/vector.xml', 'public/js/app.js', 'src/banner.js']);
    assert.equal(again.state.headRules, CONTENT_RULES);
    // Under today's rules, only the changed files are: a file the state says is not generated stays so.
    const current = { ...again.state, headGenerated: [] as string[] };
    repo.write('app/models.py', numberedLines(32)).commit('lee a third time', LEE, '2025-01-03T00:00:00Z');
    const third = await analyze(repo.dir, LEE_SPEC, { previous: current });
    assert.deepEqual(ownedPaths(third), ['.gitignore', 'app/migrations/0002_auto.py', 'app/models.py', 'app/src/main/res/drawable-v21/bg_card.xml', 'app/src/main/res/drawable/ic_add.xml', 'docs/vector.xml', 'public/js/app.js', 'public/js/select2/i18n/de.js', 'public/js/select2/select2.js', 'src/banner.js']);
  });

  it("leaves out game engines' import sidecars, antsibull's notes by how they open, a README rendered from its source (which stays), and Compose Multiplatform's drawables and locales", async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('sprites/player.png.import', `[remap]\n\nimporter="texture"\n${numberedLines(20)}`);
    repo.write('scripts/player.gd', numberedLines(20));
    repo.write('scripts/player.gd.uid', 'uid://b1yd0wl8kt2i7\n');
    repo.write('Assets/Player.cs.meta', `fileFormatVersion: 2\nguid: 0123456789abcdef0123456789abcdef\n${numberedLines(10)}`);
    repo.write('Assets/Player.cs', numberedLines(20));
    repo.write('CHANGELOG.rst', `======================\nExample Release Notes\n======================\n\n.. contents:: Topics\n\n${numberedLines(20)}`);
    repo.write('changelogs/fragments/fix.yml', 'bugfixes:\n  - fix the parser\n');
    repo.write('README.Rmd', `---\noutput: github_document\n---\n\n<!-- README.md is generated from README.Rmd. Please edit that file -->\n${numberedLines(20)}`);
    repo.write('README.md', `<!-- README.md is generated from README.Rmd. Please edit that file -->\n${numberedLines(20)}`);
    // the same lines further down a hand-written file, and a Markdown file with no source beside it
    repo.write('docs/import.md', `# Importing\n\n[remap]\n\nimporter="texture"\n${numberedLines(5)}`);
    repo.write('docs/guide.md', numberedLines(10));
    // Compose Multiplatform's resources: a vector drawable and a locale's strings, and the strings of no locale
    repo.write('app/shared/src/commonMain/composeResources/drawable-dark/logo.xml', `<vector xmlns:android="http://schemas.android.com/apk/res/android"\n${numberedLines(20)}</vector>\n`);
    repo.write('app/shared/src/commonMain/composeResources/values-de/strings.xml', `<resources>\n${numberedLines(10)}</resources>\n`);
    repo.write('app/shared/src/commonMain/composeResources/values/strings.xml', `<resources>\n${numberedLines(10)}</resources>\n`);
    repo.commit('lee', LEE, '2025-01-01T00:00:00Z');
    const result = await analyze(repo.dir);
    assert.deepEqual(ownedPaths(result), ['Assets/Player.cs', 'README.Rmd', 'app/shared/src/commonMain/composeResources/values/strings.xml', 'changelogs/fragments/fix.yml', 'docs/guide.md', 'docs/import.md', 'scripts/player.gd']);
    assert.equal(result.excluded, 7);
    const everything = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, defaultExclusions: false });
    assert.equal(ownedPaths(everything).length, 14);
  });

  it('leaves out translated docs, generated documentation pages, recorded terminal output, modulesync\'s and the changelog generator\'s files, a framework\'s schema dump and frozen doc versions', async () => {
    const repo = keep(FixtureRepo.init());
    // a docs site by locale: English, the source, written first; German, written later, has every page and
    // a prompt of its own beside them (more documents than English: history tells the source)
    const pages = ['index.md', 'tutorial/first-steps.md', 'tutorial/body.md', 'tutorial/query.md', 'tutorial/path.md', 'advanced/index.md', 'advanced/events.md', 'deployment/docker.md', 'about.md'];
    for (const page of pages) repo.write(`docs/en/docs/${page}`, numberedLines(12));
    repo.commit('lee writes the docs', LEE, '2024-06-01T00:00:00Z');
    for (const page of pages) repo.write(`docs/de/docs/${page}`, numberedLines(12, 'de'));
    repo.write('docs/de/llm-prompt.md', numberedLines(8, 'prompt'));
    // jazzy's pages, a bat-style highlighted sample beside its source, modulesync's Gemfile, a generated history
    repo.write('docs/Classes/Session.html', `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <link rel="stylesheet" type="text/css" href="../css/jazzy.css" />\n${numberedLines(30)}`);
    repo.write('tests/syntax-tests/source/Rust/output.rs', numberedLines(10));
    repo.write('tests/syntax-tests/highlighted/Rust/output.rs', `\x1b[38;2;249;38;114mfn\x1b[0m \x1b[38;2;166;226;46mmain\x1b[0m\n${numberedLines(10)}`);
    repo.write('Gemfile', `# Managed by modulesync - DO NOT EDIT\n# https://voxpupuli.org/docs/updating-files-managed-with-modulesync/\n\n${numberedLines(10)}`);
    repo.write('CHANGELOG.md', `# Changelog\n\n## [v1.1.0](https://github.com/example/tool/tree/v1.1.0) (2024-05-01)\n\n[Full Changelog](https://github.com/example/tool/compare/v1.0.0...v1.1.0)\n\n${numberedLines(10)}`);
    // a Rails schema dump and its migration; Docusaurus' frozen copy of the docs
    repo.write('db/structure.sql', `--\n-- PostgreSQL database dump\n--\n${numberedLines(40)}`).write('db/migrate/20240101_create_users.rb', numberedLines(8));
    repo.write('website/versioned_docs/version-1.x/intro.md', numberedLines(15)).write('website/docs/intro.md', numberedLines(15, 'current'));
    repo.commit('lee', LEE, '2025-01-01T00:00:00Z');
    const result = await analyze(repo.dir);
    assert.deepEqual(ownedPaths(result), [
      'db/migrate/20240101_create_users.rb',
      'docs/de/llm-prompt.md',
      ...pages.map((page) => `docs/en/docs/${page}`).sort(),
      'tests/syntax-tests/source/Rust/output.rs',
      'website/docs/intro.md',
    ]);
    assert.equal(result.excluded, 15);
  });

  it("tells translated documents from their source: the older locale, else the larger, beside an English one; nine in ten of a translation's pages are the source's", () => {
    const translated = (paths: string[]) => [...translatedDocuments(paths)].sort();
    const site = ['docs/en/docs/a.md', 'docs/en/docs/b.md', 'docs/en/docs/c/d.md', 'docs/zh-hant/docs/a.md', 'docs/pt-BR/docs/c/d.md', 'docs/de/docs/only-german.md', 'docs/de/mkdocs.yml', 'docs/en/mkdocs.yml'];
    assert.deepEqual(translated(site), ['docs/pt-BR/docs/c/d.md', 'docs/zh-hant/docs/a.md']);
    // a project written in Chinese first: English is the partial translation
    assert.deepEqual(translated(['docs/zh/a.md', 'docs/zh/b.md', 'docs/zh/c.md', 'docs/en/a.md']), ['docs/en/a.md']);
    // the same pages in both: history tells which came first (the English folder was made with the Chinese
    // one, a stub README in it, so the middle of each folder's times counts); without history, English
    const seen = new Map([['docs/zh/README.md', 100], ['docs/zh/a.md', 100], ['docs/zh/b.md', 150], ['docs/en/README.md', 100], ['docs/en/a.md', 200], ['docs/en/b.md', 200]]);
    assert.deepEqual([...translatedDocuments(seen.keys(), (path) => seen.get(path))].sort(), ['docs/en/README.md', 'docs/en/a.md', 'docs/en/b.md']);
    assert.deepEqual(translated([...seen.keys()]), ['docs/zh/README.md', 'docs/zh/a.md', 'docs/zh/b.md']);
    // two folders each with pages of its own: neither is called the other's translation
    assert.deepEqual(translated(['docs/zh/a.md', 'docs/zh/b.md', 'docs/zh/only-zh.md', 'docs/en/a.md', 'docs/en/b.md', 'docs/en/c.md', 'docs/en/d.md']), []);
    // a locale before the extension beside the source (mkdocs-static-i18n), and not a dotted name alone
    assert.deepEqual(translated(['docs/index.md', 'docs/index.fr.md', 'docs/setup.zh-TW.md', 'guide.v2.md']), ['docs/index.fr.md']);
    // per-language examples (no English folder beside them), code by locale, one locale alone
    assert.deepEqual(translated(['examples/go/README.md', 'examples/ts/README.md', 'examples/cs/README.md', 'examples/ts/other.md']), []);
    assert.deepEqual(translated(['src/en/a.ts', 'src/de/a.ts', 'docs/en/a.md']), []);
    // Docusaurus' translations by path (TRANSLATION_FILE), and its source docs
    const excluded = compileDefaultExclusions();
    assert.ok(excluded('website/i18n/fr/docusaurus-plugin-content-docs/current/intro.md') && excluded('i18n/zh-Hans/docusaurus-theme-classic/navbar.json') && excluded('i18n/ko/docusaurus-plugin-content-blog/2024-01-01-post.mdx'));
    assert.ok(!excluded('website/docs/intro.md') && !excluded('website/i18n/README.md') && !excluded('src/i18n/fr/docusaurus-like/notes.md'));
  });

  it("finds a copied library's folder from its main file's name, below a served folder only, and placeholder files", () => {
    assert.equal(libraryFolderOf('public/js/flatpickr/flatpickr.js'), 'public/js/flatpickr/');
    assert.equal(libraryFolderOf('public/js/select2/select2.full.js'), 'public/js/select2/');
    assert.equal(libraryFolderOf('public/js/bootstrap/js/bootstrap.min.js'), 'public/js/bootstrap/', 'above a js/ folder');
    assert.equal(libraryFolderOf('static/plugins/chartjs/Chart.bundle.js'), 'static/plugins/chartjs/', 'a folder named by more letters');
    assert.equal(libraryFolderOf('public/js/jquery.colorbox.js'), undefined, 'no folder named so');
    assert.equal(libraryFolderOf('static/css/bootstrap.css'), undefined, 'not the served folder itself');
    assert.equal(libraryFolderOf('src/select2/select2.js'), undefined, 'not served as is');
    assert.equal(libraryFolderOf('public/js/app/pages/x.js'), undefined);
    assert.deepEqual(
      filesOfLibraryFolders(['public/js/flatpickr/flatpickr.js', 'public/js/moment.js'], ['public/js/flatpickr/l10n/cy.js', 'public/js/flatpickr/flatpickr.css', 'public/js/flatpickr/upload.php', 'public/js/flatpickr-setup.js', 'public/js/main.js']),
      ['public/js/flatpickr/l10n/cy.js', 'public/js/flatpickr/flatpickr.css'],
    );
    assert.ok(isFolderPlaceholder('storage/app/.gitignore', 2) && isFolderPlaceholder('logs/.gitkeep', 1) && isFolderPlaceholder('a/.keep', 3));
    assert.ok(!isFolderPlaceholder('.gitignore', 1) && !isFolderPlaceholder('web/.gitignore', 4) && !isFolderPlaceholder('app/gitignore.py', 1));
    const tree = new Set(['README.Rmd', 'README.md', 'vignettes/intro.qmd', 'vignettes/intro.md', 'docs/guide.md', 'docs/guide.R', 'NEWS.md']);
    const exists = (path: string) => tree.has(path);
    assert.ok(isKnitOutput('README.md', exists) && isKnitOutput('vignettes/intro.md', exists), 'rendered beside its source');
    assert.ok(!isKnitOutput('README.Rmd', exists) && !isKnitOutput('docs/guide.md', exists) && !isKnitOutput('NEWS.md', exists), 'the source itself, a file of another source, a file alone');
    const provider = new Set(['templates/resources/repository.md.tmpl', 'docs/resources/repository.md', 'docs/resources/team.md', 'templates/index.md.tmpl', 'docs/index.md', 'providers/x/templates/data-sources/user.md.tmpl', 'providers/x/docs/data-sources/user.md', 'docs/guides/upgrade.md']);
    const inProvider = (path: string) => provider.has(path);
    assert.ok(isRenderedFromTemplate('docs/resources/repository.md', inProvider) && isRenderedFromTemplate('docs/index.md', inProvider) && isRenderedFromTemplate('providers/x/docs/data-sources/user.md', inProvider), 'a page of tfplugindocs from its template');
    assert.ok(!isRenderedFromTemplate('docs/resources/team.md', inProvider) && !isRenderedFromTemplate('docs/guides/upgrade.md', inProvider) && !isRenderedFromTemplate('templates/resources/repository.md.tmpl', inProvider), 'a page without a template, the template itself');
  });

  it('leaves out a file of each kind the default globs name, at the top and in a subfolder', () => {
    const excluded = compileDefaultExclusions();
    const files = [
      // lockfiles, one per package manager
      'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lockb', 'go.sum', 'Cargo.lock', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock',
      'Gemfile.lock', 'composer.lock', 'mix.lock', 'pubspec.lock', 'Podfile.lock', 'packages.lock.json', 'flake.lock', '.terraform.lock.hcl', 'gradle.lockfile', 'bun.lock',
      'deno.lock', 'Package.resolved', 'paket.lock', 'shard.lock', 'stack.yaml.lock', 'renv.lock', 'pixi.lock', 'conda-lock.yml', 'cabal.project.freeze',
      // generated code by name
      'api.pb.go', 'api.pb.gw.go', 'api_pb2.py', 'api_pb2_grpc.py', 'api.pb.cc', 'api.pb.h', 'schema_generated.ts', 'client.generated.cs', 'enum.gen.go', 'zz_generated.deepcopy.go',
      'api_pb.js', 'api_pb.d.ts', 'api_grpc_pb.js', 'api_grpc_pb.d.ts', 'api.pb.swift', 'api_pb.rb', 'form.designer.cs', 'Form.Designer.cs', 'View.g.cs', 'user.g.dart', 'user.freezed.dart', 'api.mocks.dart',
      // build tool wrappers, Xcode's own files
      'gradlew', 'gradlew.bat', 'gradle/wrapper/gradle-wrapper.properties', 'mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties', 'App/Assets.xcassets/AppIcon.appiconset/Contents.json',
      'App.xcworkspace/contents.xcworkspacedata', 'App.xcworkspace/xcshareddata/IDEWorkspaceChecks.plist', 'App.xcworkspace/xcshareddata/WorkspaceSettings.xcsettings', 'Package/.swiftpm/xcode/package.xcworkspace/x.plist',
      // licence listings and texts
      'web-licenses.txt', 'web-licenses.json', 'THIRD_PARTY_NOTICES.md', 'ThirdPartyNotices.txt', 'THIRD-PARTY-NOTICES', 'LICENSE', 'LICENSE.md', 'LICENSE-APACHE', 'LICENCE', 'LICENCE.txt', 'LICENCE-MIT',
      'license', 'license.md', 'COPYING', 'COPYING.LIB', 'COPYRIGHT', 'COPYRIGHT.txt', 'NOTICE', 'NOTICE.txt', 'UNLICENSE',
      // minified bundles, source maps, snapshots, golden files, catalogs
      'app.min.js', 'app.min.css', 'app.min.mjs', 'app.js.map', '__snapshots__/app.test.ts.snap', 'view.snap', 'out.golden', 'testdata/render/page.golden', 'golden/page.html',
      'django.po', 'messages.pot', 'messages.xlf', 'messages.xliff', 'Localizable.xcstrings',
      // Symfony Flex's and Unity's lockfiles, licences under other names and REUSE's, testthat's snapshots, 3D models as text
      'symfony.lock', 'packages-lock.json', 'MIT-LICENSE', 'COMM-LICENSE.txt', 'GPL-LICENCE.md', 'LICENSES/Apache-2.0.txt', 'CHANGELOG.md.license', 'tests/testthat/_snaps/sets.md',
      'town_model.gltf', 'scene.dae', 'tree.obj', 'tree.mtl', 'bracket.stl', 'scan.ply', 'rig.fbx', 'stage.usda',
      // Dash docsets, Docusaurus' frozen versions of the docs, a framework's schema dump
      'docs/docsets/App.docset/Contents/Resources/Documents/index.html', 'versioned_docs/version-10.x/intro.md', 'versioned_sidebars/version-10.x-sidebars.json', 'community_versioned_docs/version-1/a.md',
      'db/structure.sql', 'priv/repo/structure.sql',
    ];
    for (const file of files) {
      assert.ok(excluded(file), file);
      assert.ok(excluded(`services/billing/${file}`), `services/billing/${file}`);
    }
    // Look-alikes that are hand-written: a name that only starts or ends like one of them.
    for (const path of ['package.json', 'go.mod', 'Cargo.toml', 'pyproject.toml', 'Gemfile', 'gradle.properties', 'Makefile', 'golden.md', 'api.go', 'licenses.go', 'notice_board.py', 'copying.c', 'map.ts', 'snapshot.ts',
      // (next to the ones added for unseen kinds: a Symfony config, Unity's manifest, a licence checker, a folder of licence code, snapshot helpers, a model's code)
      'symfony.yaml', 'Packages/manifest.json', 'check-license.sh', 'src/licenses/spdx.ts', 'tests/testthat/helper-snaps.R', 'snaps/README.md', 'models/obj.py', 'mesh_obj.ts', 'gltf.ts',
      // (a docset's name in prose, the current docs, SQL written by hand)
      'docs/docset.md', 'docs/intro.md', 'db/seeds.sql', 'test/fixtures/structure.sql', 'sql/structure.sql'])
      assert.ok(!excluded(path), path);
  });

  it('names the lockfiles, generated code, licence listings, translations, build tool wrappers, Xcode\'s own files and SVG images in the default exclusions, and not hand-written files', () => {
    const excluded = compileDefaultExclusions();
    for (const path of ['bun.lock', 'web/deno.lock', 'ios/App.xcworkspace/xcshareddata/swiftpm/Package.resolved', 'renv.lock', 'api/v1/service_pb.js', 'api/v1/service_grpc_pb.d.ts', 'Forms/MainForm.Designer.cs', 'lib/models/user.g.dart', 'lib/models/user.freezed.dart', 'dev/licensing/js-library-licenses.txt', 'THIRD_PARTY_NOTICES.md', 'ThirdPartyNotices.txt', 'netbox/translations/fr/LC_MESSAGES/django.po', 'locale/messages.pot', 'src/locale/messages.de.xlf', 'i18n/app.xliff',
      // translation files by framework: Laravel, i18next, Rails, Angular/JSON, Java bundles, Android, Apple
      'resources/lang/de/auth.php', 'resources/lang/pt-BR/admin/settings/general.php', 'resources/lang/fil-PH/general.php', 'resources/lang/de-if/general.php', 'public/locales/pt_BR/common.json', 'config/locales/de.yml', 'config/locales/devise.zh-CN.yml', 'src/i18n/es-419.json', 'src/main/resources/messages_de.properties', 'WEB-INF/classes/ApplicationResources_pt_BR.properties', 'app/src/main/res/values-pt-rBR/strings.xml', 'ios/App/zh-Hans.lproj/Localizable.strings',
      // vendored code by its path
      'vendor/symfony/polyfill-intl-idn/Resources/unidata/mapped.php', 'vendor/gems/dotenv-3.2.0/lib/dotenv.rb', 'web/node_modules/left-pad/index.js', 'third_party/zlib/inflate.c', 'static/dist/vendor.bundle.js',
      // copied libraries and built files of a folder served as is, fonts as SVG, translations in a part's folder
      'public/libs/tinymce/tinymce.d.ts', 'apps/static/js/plugins/xterm/xterm.js', 'src/Web/wwwroot/lib/bootstrap/dist/css/bootstrap.css', 'public/css/build/app.css', 'static/fonts/fontawesome-webfont.svg', 'assets/fonts/Roboto-Light.svg', 'apps/i18n/lina/zh.json',
      // licence texts
      'LICENSE', 'LICENSE.md', 'LICENSE-MIT', 'ansible/roles/apt/COPYRIGHT', 'COPYING.LESSER', 'NOTICE', 'license.txt',
      // build tool wrappers, Mockito's Dart mocks
      'gradlew', 'app/android/gradlew.bat', 'gradle/wrapper/gradle-wrapper.properties', 'app/android/gradle/wrapper/gradle-wrapper.properties', 'mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties', '.mvn/wrapper/MavenWrapperDownloader.java', 'app/test/mocks.mocks.dart',
      // Xcode's asset catalogs, workspace bookkeeping, a package's state, string catalogs
      'App/Assets.xcassets/AppIcon.appiconset/Contents.json', 'Packages/UI/Sources/UI/Resources/Colors.xcassets/label.colorset/Contents.json', 'App.xcodeproj/project.xcworkspace/contents.xcworkspacedata', 'App.xcodeproj/project.xcworkspace/xcshareddata/IDEWorkspaceChecks.plist', 'ios/Runner.xcworkspace/xcshareddata/WorkspaceSettings.xcsettings', 'Packages/Models/.swiftpm/xcode/xcshareddata/xcschemes/Models.xcscheme', 'App/Resources/Localization/Localizable.xcstrings',
      // Android locales of three letters and BCP 47 tags
      'ui/i18n/src/main/res/values-ast/strings.xml', 'app/src/main/res/values-fil/strings.xml', 'app/src/main/res/values-b+sr+Latn/strings.xml', 'app/src/main/res/values-zh-rTW/strings.xml',
      // data sets' tables
      'notebooks/data/births.csv', 'data/anew.csv', 'datasets/housing/housing.tsv', 'tests/Data/import/recipes.CSV',
      // SVG images
      'resources/icons/edit.svg', 'docs/assets/img/sponsors/logo.svg', 'support/docs/dependency-hierarchy.svg', 'static/img/logo.svg'])
      assert.ok(excluded(path), path);
    for (const path of ['licenses/README.md', 'app/Licenses.php', 'lib/models/user.dart', 'Forms/MainForm.cs', 'api/v1/service.js', 'docs/lock.md', 'app/policy.py', 'locale/README.md',
      // a programming language's folder, the source strings and settings, fixtures by locale, code about locales
      'src/lang/go/parser.go', 'lang/cs/Program.cs', 'lang/php/settings.php', 'src/main/resources/messages.properties', 'app/src/main/res/values/strings.xml', 'conf/settings_qa.properties', 'tests/fixtures/de/data.json', 'config/locales.rb', 'lib/locale/detect.rb', 'i18n/index.ts', 'resources/lang/README.md', 'app/vendor_service.py', 'src/vendors.ts', 'docs/vendor-policy.md',
      // an app's own static files, server code in a `lib/` of a served folder, plugins of an app's sources, a build folder's scripts, images
      'public/js/app.js', 'static/css/base.css', 'www/lib/db.php', 'resources/js/plugins/i18n.js', 'src/plugins/vuetify.ts', 'build/webpack.config.js', 'i18n/tools/extract.py',
      // the build scripts and the Xcode project themselves, a Dart file and its test, a Swift package's manifest
      'build.gradle', 'app/build.gradle.kts', 'settings.gradle', 'gradle/libs.versions.toml', 'gradle.properties', 'pom.xml', '.mvn/jvm.config', 'App.xcodeproj/project.pbxproj', 'App.xcodeproj/xcshareddata/xcschemes/App.xcscheme', 'lib/mocks.dart', 'test/mock_server.dart', 'Package.swift',
      // Android strings of no locale, of a screen's or UI mode's qualifiers, and other resources of a locale
      'app/src/main/res/values-night/strings.xml', 'app/src/main/res/values-car/strings.xml', 'app/src/main/res/values-hdr/strings.xml', 'app/src/main/res/values-sw600dp/strings.xml', 'app/src/main/res/values-land/strings.xml', 'app/src/main/res/values-v21/strings.xml',
      // tables outside a data folder, and the code and notes of one
      'config/mapping.csv', 'app/src/main/assets/developers.csv', 'metadata/data.csv', 'data/load.py', 'data/README.md', 'datastore/rows.csv',
      // an SVG a server fills in
      'templates/badge.svg', 'app/templates/icons/status.svg'])
      assert.ok(!excluded(path), path);
  });

  it('blames only the candidates, keeps the results by blob id, and blames nothing again on a re-run', async () => {
    const repo = keep(labelsRepo());
    const first = await analyze(repo.dir);
    // History names five files as Lee's (not app/bob.ts: 2 lines of 12). Three no one else ever added a
    // line to (app/solo.ts, app/sub/deep.ts, .gitattributes): all their lines are Lee's, measured without a
    // blame. The other two are blamed.
    assert.deepEqual([first.currentLines.candidates, first.currentLines.blamed, first.currentLines.measured], [5, 2, 5]);
    assert.deepEqual(
      ['app/solo.ts', 'app/sub/deep.ts', '.gitattributes'].map((path) => [file(first, path).currentShare, file(first, path).personCurrentLines]),
      [
        [1, 20],
        [1, 5],
        [1, 2],
      ],
    );
    const again = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, previous: first.state, currentLinesCache: first.currentLinesCache });
    assert.deepEqual([again.currentLines.blamed, again.currentLines.measured], [0, 5]);
    assert.deepEqual(visible(again), visible(first));
    // The cache holds counts and hashed ids only: no e-mail, no name, no line.
    const stored = JSON.stringify(first.currentLinesCache);
    assert.ok(!stored.includes(LEE.email) && !stored.includes(LEE.name) && !stored.includes('line 1'), stored.slice(0, 200));
    // A changed file is blamed again; the others come from the cache.
    repo.write('app/solo.ts', numberedLines(20) + numberedLines(3, 'bob')).commit('bob adds', BOB, '2025-06-02T00:00:00Z');
    const later = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, previous: again.state, currentLinesCache: again.currentLinesCache });
    assert.equal(later.currentLines.blamed, 1);
    assert.equal(file(later, 'app/solo.ts').currentShare, Math.round((20 / 23) * 10_000) / 10_000);
    // A cap of 0 blames nothing: history's figures only.
    const historyOnly = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, maxCandidates: 0 });
    assert.ok(rows(historyOnly).every((f) => f.currentShare === null));
    assert.equal(historyOnly.currentLines.beyondCap, 5);
    // A spent time budget stops blame (running ones too): the files to blame keep history's figures
    // (app/solo.ts is Bob's in part now; the two others of Lee's alone need no blame).
    const hurried = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, blameBudget: { minMs: 0, partOfLog: 0 } });
    assert.deepEqual([hurried.currentLines.unmeasured, hurried.currentLines.blamed, hurried.currentLines.measured], [3, 0, 2]);
    assert.deepEqual(
      rows(hurried)
        .filter((f) => f.currentShare !== null)
        .map((f) => f.path)
        .sort(),
      ['.gitattributes', 'app/sub/deep.ts'],
    );
    assert.deepEqual(ownedPaths(hurried), ownedPaths(historyOnly));
  });

  it('measures a file only the person ever added lines to without a blame, unless a commit of its history could not be read', async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('deploy/run.sh', numberedLines(10)).write('deploy/notes.md', numberedLines(6)).commit('lee writes', LEE, '2025-01-01T00:00:00Z');
    // Bob only takes lines out of notes.md: no line of it is his (he is active in it, so it is not an island).
    repo.write('deploy/notes.md', numberedLines(4)).commit('bob trims', BOB, '2025-02-01T00:00:00Z');
    const whole = await analyze(repo.dir);
    assert.deepEqual([whole.currentLines.candidates, whole.currentLines.blamed, whole.currentLines.measured], [2, 0, 2]);
    assert.deepEqual(
      ['deploy/run.sh', 'deploy/notes.md'].map((path) => [file(whole, path).currentShare, file(whole, path).personCurrentLines, file(whole, path).label]),
      [
        [1, 10, 'knowledge-island'],
        [1, 4, 'main-developer'],
      ],
    );
    // The same figures as blame gives (blame walking the whole history).
    const plain = await analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, plainBlame: true });
    assert.equal(plain.currentLines.blamed, 2);
    assert.deepEqual(visible(plain), visible(whole));
    // Bob adds three lines to run.sh in a commit whose other file this clone lacks: the history pass
    // skips that commit, so it cannot say the file is Lee's alone: blame reads it and finds Bob's lines.
    const bobs = repo.write('deploy/run.sh', numberedLines(10) + numberedLines(3, 'bob')).write('big.bin.txt', numberedLines(5, 'bob')).commit('bob adds', BOB, '2025-03-01T00:00:00Z');
    repo.removeObjects([repo.git('rev-parse', `${bobs}:big.bin.txt`).trim()]);
    const damaged = await analyze(repo.dir);
    assert.deepEqual(damaged.skippedCommits, [bobs]);
    assert.deepEqual([file(damaged, 'deploy/run.sh').currentShare, file(damaged, 'deploy/run.sh').personCurrentLines], [Math.round((10 / 13) * 10_000) / 10_000, 10]);
    assert.equal(damaged.currentLines.blamed, 1);
  });

  it('returns an empty result for a repository without commits', async () => {
    const repo = keep(FixtureRepo.init());
    const progress: number[] = [];
    const result = await analyze(repo.dir, LEE_SPEC, { onProgress: (n) => progress.push(n) });
    assert.deepEqual(visible(result), { files: [], folders: [], contributed: [], formerly: [] });
    assert.equal(result.commitsRead, 0);
    assert.equal(result.state.head, null);
    assert.deepEqual(progress, [0]);
  });

  it('works on a detached HEAD, as of that commit', async () => {
    const repo = keep(renamesRepo());
    repo.git('checkout', '-q', '--detach', 'HEAD~1');
    const result = await analyze(repo.dir);
    assert.deepEqual(paths(result), ['lib/b.ts']);
    assert.deepEqual([file(result, 'lib/b.ts').personAdded, file(result, 'lib/b.ts').totalAdded], [11, 13]);
  });

  it('works on a shallow clone (its oldest commit carries every earlier line)', async () => {
    const repo = keep(renamesRepo());
    const target = cloneTarget(repo, 'shallow');
    repo.git('clone', '-q', '--depth', '2', `file://${repo.dir}`, target);
    const result = await analyze(target);
    assert.equal(result.state.shallow, true);
    assert.equal(result.commitsRead, 2);
    // Lee's 2025-04-01 commit is the shallow root: it "adds" all 12 lines.
    assert.deepEqual([file(result, 'core/c.ts').personAdded, file(result, 'core/c.ts').totalAdded], [12, 13]);
  });

  it('reads a file deleted and re-added, and a file renamed back and forth', async () => {
    const repo = keep(FixtureRepo.init());
    repo.write('a.txt', numberedLines(4));
    repo.commit('a', LEE, '2025-01-01T00:00:00Z');
    repo.git('mv', 'a.txt', 'b.txt');
    repo.commit('to b', BOB, '2025-01-02T00:00:00Z');
    repo.git('mv', 'b.txt', 'a.txt');
    repo.write('a.txt', numberedLines(5));
    repo.commit('back to a', BOB, '2025-01-03T00:00:00Z');
    const result = await analyze(repo.dir);
    assert.deepEqual([file(result, 'a.txt').personAdded, file(result, 'a.txt').totalAdded, file(result, 'a.txt').totalCommits], [4, 5, 3]);
  });

  it('reports progress every PROGRESS_EVERY commits and at the end', async () => {
    const repo = keep(longRepo(PROGRESS_EVERY + 5));
    const progress: number[] = [];
    const result = await analyze(repo.dir, LEE_SPEC, { onProgress: (n) => progress.push(n) });
    assert.deepEqual(progress, [PROGRESS_EVERY, PROGRESS_EVERY + 5]);
    assert.equal(result.commitsRead, PROGRESS_EVERY + 5);
    assert.equal(rows(result).length, 10);
  });

  it('cancels: rejects with an aborted GitError, before or while reading', async () => {
    const repo = keep(longRepo(PROGRESS_EVERY + 5));
    const before = new AbortController();
    before.abort();
    await assert.rejects(analyze(repo.dir, LEE_SPEC, { signal: before.signal }), (err: unknown) => err instanceof GitError && err.kind === 'aborted');
    const during = new AbortController();
    let last = 0;
    await assert.rejects(
      analyze(repo.dir, LEE_SPEC, {
        signal: during.signal,
        onProgress: (n) => {
          last = n;
          during.abort();
        },
      }),
      (err: unknown) => err instanceof GitError && err.kind === 'aborted',
    );
    assert.equal(last, PROGRESS_EVERY);
    // Without the signal on the runner, the analysis still stops at the next record.
    const unwired = new AbortController();
    await assert.rejects(
      analyzeOwnership({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEE_SPEC, signal: unwired.signal, onProgress: () => unwired.abort() }),
      (err: unknown) => err instanceof GitError && err.kind === 'aborted',
    );
  });

  describe('incremental state', () => {
    it('reads only the new commits when HEAD descends from the cached HEAD, renames included', async () => {
      const repo = keep(renamesRepo());
      const first = await analyze(repo.dir);
      const cached = JSON.parse(JSON.stringify(first.state)) as OwnershipState;
      // No e-mail address in the state.
      assert.ok(!JSON.stringify(cached).includes('@'));
      move(repo, 'core/c.ts', 'final/d.ts');
      repo.write('final/d.ts', 'changed 1\n' + numberedLines(9, 'line', 2) + 'bob 11\nbob changed 12\nlee 13\n');
      repo.commit('lee moves and adds', LEE, '2025-06-01T00:00:00Z');
      repo.write('new.txt', numberedLines(2));
      repo.commit('carol', CAROL, '2025-06-02T00:00:00Z');
      const progress: number[] = [];
      const warm = await analyze(repo.dir, LEE_SPEC, { previous: cached, onProgress: (n) => progress.push(n) });
      assert.equal(warm.commitsRead, 2);
      assert.deepEqual(progress, [2]);
      assert.equal(warm.state.commits, 7);
      const d = file(warm, 'final/d.ts');
      assert.deepEqual([d.personAdded, d.totalAdded, d.personCommits, d.totalCommits], [12, 15, 4, 6]);
      const full = await analyze(repo.dir);
      assert.equal(full.commitsRead, 7);
      assert.deepEqual(visible(warm), visible(full));
      // Only the changed files were counted again, and the counts are the full run's.
      assert.deepEqual(warm.state.headLines, full.state.headLines);
      assert.ok(full.state.headLines?.some(([path, lines]) => path === 'final/d.ts' && lines === 13));
      // Same HEAD again: nothing to read.
      const again = await analyze(repo.dir, LEE_SPEC, { previous: warm.state });
      assert.equal(again.commitsRead, 0);
      assert.deepEqual(visible(again), visible(full));
    });

    it('runs in full when HEAD does not descend from the cached HEAD, or the state is damaged', async () => {
      const repo = keep(renamesRepo());
      const first = await analyze(repo.dir);
      repo.git('reset', '-q', '--hard', 'HEAD~1');
      repo.write('lib/b.ts', numberedLines(3, 'other'));
      repo.commit('diverge', BOB, '2025-06-01T00:00:00Z');
      const after = await analyze(repo.dir, LEE_SPEC, { previous: first.state });
      assert.equal(after.commitsRead, 5);
      assert.deepEqual(visible(after), visible(await analyze(repo.dir)));
      const damaged = { ...first.state, paths: [['x', 'not a number']] } as unknown as OwnershipState;
      assert.equal((await analyze(repo.dir, LEE_SPEC, { previous: damaged })).commitsRead, 5);
    });

    it('runs in full when .mailmap changes', async () => {
      const repo = keep(identitiesRepo());
      const first = await analyze(repo.dir);
      repo.write('.mailmap', '');
      repo.commit('no mailmap', BOB, '2025-02-01T00:00:00Z');
      const after = await analyze(repo.dir, LEE_SPEC, { previous: first.state });
      assert.equal(after.commitsRead, 6);
      // Without the mailmap, the old address is another person.
      assert.equal(file(after, 'a.txt').personAdded, 4);
    });

    it('keys the cache by repository', () => {
      assert.equal(ownershipCacheKey('/r'), ownershipCacheKey('/r'));
      assert.notEqual(ownershipCacheKey('/r'), ownershipCacheKey('/s'));
      assert.match(ownershipCacheKey('/r'), /^[0-9a-f]{64}$/);
    });

    it('keys the cache by the build of the detectors too, so a state another build recorded is not reused', () => {
      // The bundle this test runs from carries the hash of the detectors' sources (esbuild.mjs).
      assert.match(DETECTORS_BUILD, /^[0-9a-f]{16}$/);
      assert.equal(ownershipCacheKey('/r'), ownershipCacheKey('/r', DETECTORS_BUILD));
      assert.notEqual(ownershipCacheKey('/r', 'a'), ownershipCacheKey('/r', 'b'));
      assert.equal(credentialsCacheKey('/r'), credentialsCacheKey('/r', false, DETECTORS_BUILD));
      assert.notEqual(credentialsCacheKey('/r', false, 'a'), credentialsCacheKey('/r', false, 'b'));
      assert.notEqual(credentialsCacheKey('/r', true, 'a'), credentialsCacheKey('/r', false, 'a'));
    });
  });

  it('lists files judged on history alone as contributed, not owned, when blame refuted most of those it checked', async () => {
    // Bob writes 16 files, each commit co-authored by Lee (history splits its 20 lines: 10 each); Lee then adds
    // 2 lines to each. History: 12 of 22 lines Lee's, the largest author. Blame: 2 of 22.
    const repo = FixtureRepo.init();
    try {
      for (let i = 0; i < 16; i++) repo.write(`src/f${String(i).padStart(2, '0')}.go`, numberedLines(20, `bob${i}`));
      repo.commit(`feat: sixteen files\n\nCo-authored-by: ${LEE.name} <${LEE.email}>`, BOB, '2025-01-01T00:00:00Z');
      for (let i = 0; i < 16; i++) repo.write(`src/f${String(i).padStart(2, '0')}.go`, numberedLines(20, `bob${i}`) + numberedLines(2, `lee${i}`));
      repo.commit('fix: two lines each', LEE, '2025-02-01T00:00:00Z');
      const git = new GitRunner({ cwd: repo.dir });
      const historyOnly = await analyzeOwnership({ git, cwd: repo.dir, person: LEE_SPEC, maxCandidates: 0 });
      assert.equal(historyOnly.files.length, 16, 'history alone names all sixteen as Lee’s');
      const capped = await analyzeOwnership({ git, cwd: repo.dir, person: LEE_SPEC, maxCandidates: 12 });
      // Blame refutes all 12 it checks; the 4 beyond the cap are not listed as owned on history's word.
      assert.deepEqual([capped.currentLines.checked, capped.currentLines.confirmed, capped.currentLines.doubted], [12, 0, 4]);
      assert.deepEqual(capped.files, []);
      assert.equal(capped.contributed.length + capped.formerly.length, 16);
      assert.deepEqual(capped.folders, []);
      // Too few checked to say anything: history's word stands for the others.
      const few = await analyzeOwnership({ git, cwd: repo.dir, person: LEE_SPEC, maxCandidates: 9 });
      assert.deepEqual([few.currentLines.checked, few.currentLines.doubted, few.files.length], [9, 0, 7]);
    } finally {
      repo.dispose();
    }
  });

});
