// Detection notes as data: every note in both languages with the same parameters, a Chinese report
// with no English note left in it, and `detect --json` carrying each note's key and parameters.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runCli } from '../../src/cli';
import { detectionNote, notesAbout, noteText, type NoteKey, type NoteParamsByKey, type ResultNote } from '../../src/core/detect/detectionNotes';
import type { DetectionResult } from '../../src/core/detect/detectionTypes';
import { maskDetectionResult } from '../../src/core/detect/maskGitText';
import { notesEn } from '../../src/core/i18n/messages.notes.en';
import { notesZhCN } from '../../src/core/i18n/messages.notes.zh-CN';
import { translator } from '../../src/core/i18n/translator';
import { buildHandoverReport } from '../../src/core/reportGenerator';
import { mdText } from '../../src/core/report/markdownText';
import { fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';
import { MINIMAL } from './helpers';

const en = translator('en');
const zh = translator('zh-CN');

/** Parameters for every note: the compiler holds them to NoteParamsByKey, the test to the messages. */
const SAMPLES: { [K in NoteKey]: NoteParamsByKey[K] } = {
  'note.general.notGit': {},
  'note.general.noCommits': {},
  'note.general.gitUnavailable': { detail: 'ENOENT' },
  'note.general.shallow': {},
  'note.owned.skippedCommits': { count: 2, commits: '0123456789ab, 123456789abc' },
  'note.owned.notBlamed': { count: 7, beyondCap: 3, candidates: 400, forTime: 2, failed: 2 },
  'note.owned.historyDoubted': { count: 43, confirmed: 1, measured: 40 },
  'note.owned.stateDamaged': {},
  'note.owned.stateShallow': {},
  'note.owned.stateMailmap': {},
  'note.owned.stateOtherHistory': { ref: 'release/1.2' },
  'note.owned.missingCommits': { count: 1, commits: '0123456789ab' },
  'note.branches.noMergeBase': { branch: 'feature/x' },
  'note.branches.missingObjects': { branch: 'feature/x' },
  'note.branches.unreadable': { branch: 'feature/x', detail: 'ENOENT' },
  'note.branches.tipMissing': { branch: 'feature/x' },
  'note.credentials.longLines': { count: 1, kib: 16 },
  'note.credentials.unreadableCommits': { count: 3, files: 4, commits: '0123456789ab, …' },
  'note.credentials.unreadableCommitsWhole': { count: 3, files: 4, whole: 1, commits: '0123456789ab' },
  'note.credentials.unreadableAtHead': { count: 1, ref: 'release/1.2' },
  'note.credentials.shallow': {},
  'note.credentials.missingCommits': { count: 2, commits: '0123456789ab, 123456789abc' },
  'note.credentials.mergesUnread': { count: 3, commit: '0123456789ab' },
  'note.credentials.mergeFilesTooLarge': { count: 2 },
  'note.credentials.movedUnread': { count: 2 },
  'note.credentials.unreadableRefs': { count: 2, refs: 'feature/x, tags/v1.0' },
  'note.gitleaks.badAllowlistPattern': { index: 1, field: 'regexes' },
  'note.gitleaks.badRuleAllowlistPattern': { rule: 'corp-token', index: 2, field: 'paths' },
  'note.gitleaks.badRulePathPattern': { rule: 'corp-token' },
  'note.gitleaks.badRulePattern': { rule: 'corp-token' },
  'note.gitleaks.extendsOther': {},
  'note.gitleaks.ownRulesOnly': {},
  'note.gitleaks.noRules': {},
  'note.gitleaks.unknownDisabledRule': { rule: 'no-such-rule' },
  'note.mentions.missingObjects': { count: 1 },
  'note.mentions.tooLarge': { count: 2, mib: 1 },
};

/** The parameter names a message uses, plural forms or not. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]!))].sort();
}

const noteKeys = Object.keys(notesEn).filter((key): key is NoteKey => key.startsWith('note.'));

describe('detection notes in both languages', () => {
  it('gives every note an English and a Chinese text with the same parameters, those the detectors pass', () => {
    assert.deepEqual(Object.keys(notesZhCN).sort(), Object.keys(notesEn).sort());
    assert.deepEqual(noteKeys.sort(), Object.keys(SAMPLES).sort());
    for (const key of noteKeys) {
      assert.deepEqual(placeholders(notesZhCN[key]), placeholders(notesEn[key]), key);
      assert.deepEqual(placeholders(notesEn[key]), Object.keys(SAMPLES[key]).sort(), `${key}: the message's placeholders are its parameters`);
    }
  });

  it('renders every note with nothing left unresolved, and in Chinese with no English sentence', () => {
    for (const key of noteKeys) {
      const note = { key, params: SAMPLES[key] };
      const english = noteText(note, en);
      const chinese = noteText(note, zh);
      // No placeholder left, no "(s)"; the braces of a TOML message are text.
      assert.doesNotMatch(english, /\{\w+(\|[^{}]*)?\}|\(s\)/, english);
      assert.doesNotMatch(chinese, /\{\w+(\|[^{}]*)?\}|#/, chinese);
      assert.match(chinese, /[\u4e00-\u9fff]/, `${key} is Chinese: ${chinese}`);
      // Identifiers (.gitleaks.toml, [extend] useDefault, KiB) may stay; two English words in a row may not.
      assert.doesNotMatch(chinese, /[A-Za-z]{3,} [A-Za-z]{3,}/, `${key}: ${chinese}`);
    }
  });

  it('gives each view its own notes and those about the whole history', () => {
    const notes: ResultNote[] = [
      { about: 'general', ...detectionNote('note.general.shallow') },
      { about: 'owned', ...detectionNote('note.owned.skippedCommits', { count: 1, commits: 'abc' }) },
      { about: 'mentions', ...detectionNote('note.mentions.tooLarge', { count: 1, mib: 1 }) },
    ];
    assert.deepEqual(notesAbout(notes, 'owned').map((n) => n.key), ['note.general.shallow', 'note.owned.skippedCommits']);
    assert.deepEqual(notesAbout(notes, 'owned', false).map((n) => n.key), ['note.owned.skippedCommits']);
    assert.deepEqual(notesAbout(notes, 'credentials').map((n) => n.key), ['note.general.shallow']);
  });

  it('inflects English counts: one commit, two commits', () => {
    assert.equal(noteText(detectionNote('note.owned.skippedCommits', { count: 1, commits: 'abc' }), en), 'missing objects: 1 commit skipped (abc), every other commit read; ownership figures are lower bounds');
    assert.equal(noteText(detectionNote('note.credentials.longLines', { count: 2, kib: 16 }), en), '2 added lines longer than 16 KiB were not read');
    assert.equal(noteText(detectionNote('note.mentions.missingObjects', { count: 1 }), zh), '缺失对象：有 1 个文件无法检查是否提及移交人');
  });

  it('masks a secret in a note\'s parameters as in any other string from git; counts stay numbers', () => {
    const key = fakeAccessKeyId();
    const result = { notes: [{ about: 'branches', ...detectionNote('note.branches.unreadable', { branch: `leak/${key}`, detail: `bad ref leak/${key}` }) }, { about: 'owned', ...detectionNote('note.owned.skippedCommits', { count: 2, commits: 'abc' }) }] } as unknown as DetectionResult;
    const masked = maskDetectionResult({ ...result, ownedFiles: [], ownedFolders: [], contributedFiles: [], formerlyOwnedFiles: [], mentions: [], branches: [], credentials: [], defaultBranch: null });
    assert.ok(!JSON.stringify(masked.notes).includes(key), JSON.stringify(masked.notes));
    assert.match(noteText(masked.notes[0]!, zh), /\[masked\]/);
    assert.equal(masked.notes[1]?.params.count, 2);
  });
});

describe('detection notes at the edges', function () {
  this.timeout(120_000);
  const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };
  const BOB: Person = { name: 'Bob', email: 'bob@example.com' };
  let repo: FixtureRepo;
  /** The commits ownership skips (newest first): the one whose blob is gone, and the next, which changes it. */
  let skipped: string;

  /**
   * Alice's repository, damaged: a blob of an older commit is gone (ownership skips that commit, the
   * credential scan reads around it); an orphan branch of hers (an unrelated history); a lockfile
   * left out of ownership; a .gitleaks.toml rule whose pattern is not valid.
   */
  before(() => {
    repo = FixtureRepo.init();
    repo.write('HANDOVER.yaml', MINIMAL).write('deploy/run.sh', 'echo one\n').write('package-lock.json', '{}\n').commit('start', ALICE, '2026-01-01T00:00:00Z');
    repo.write('.gitleaks.toml', '[extend]\nuseDefault = true\n[[rules]]\nid = "corp-token"\nregex = "(unclosed"\n').commit('gitleaks', ALICE, '2026-01-02T00:00:00Z');
    skipped = repo.write('deploy/run.sh', 'echo one\necho two\n').commit('two', BOB, '2026-01-03T00:00:00Z');
    const three = repo.write('deploy/run.sh', 'echo one\necho two\necho three\n').write('ops.md', '# ops\n').commit('three', ALICE, '2026-01-04T00:00:00Z');
    repo.git('checkout', '-q', '--orphan', 'todo');
    repo.git('rm', '-rq', '--cached', '.');
    repo.write('todo.txt', 'one\n').commit('to do', ALICE, '2026-01-05T00:00:00Z');
    repo.git('checkout', '-q', '-f', 'main');
    const lost = repo.git('rev-parse', `${skipped}:deploy/run.sh`).trim();
    skipped = `${three.slice(0, 12)}, ${skipped.slice(0, 12)}`;
    repo.removeObjects([lost]);
  });
  after(() => rmSync(repo.dir, { recursive: true, force: true }));

  async function report(language: 'en' | 'zh-CN'): Promise<{ markdown: string; notes: ResultNote[]; detections: DetectionResult }> {
    const result = await buildHandoverReport({ folder: repo.dir, fallbackLanguage: 'en', messageLanguage: 'en', forcedLanguage: language });
    assert.equal(result.kind, 'written');
    if (result.kind !== 'written' || !result.detections) throw new Error('no report');
    return { markdown: result.markdown, notes: result.detections.notes, detections: result.detections };
  }

  it('writes a Chinese report with each note in Chinese and no English note sentence', async () => {
    const { markdown, notes, detections } = await report('zh-CN');
    // What the history holds: the cases the report must speak about.
    const keys = notes.map((n) => n.key);
    assert.ok(keys.includes('note.owned.skippedCommits'), keys.join());
    assert.ok(keys.includes('note.gitleaks.badRulePattern'), keys.join());
    assert.ok(keys.some((k) => k.startsWith('note.credentials.unreadableCommits')), keys.join());
    assert.deepEqual(detections.branches.map((b) => [b.name, b.comparison]), [['todo', 'unrelated-history']]);
    assert.ok(detections.excludedFiles >= 1);
    assert.equal(notes.find((n) => n.key === 'note.owned.skippedCommits')?.params.commits, skipped);

    for (const note of notes) {
      assert.ok(markdown.includes(mdText(noteText(note, zh))), `the report shows ${note.key} in Chinese`);
      assert.ok(!markdown.includes(mdText(noteText(note, en))), `no English ${note.key}`);
    }
    // Nothing English about skipped commits, unrelated history or the files left out.
    assert.doesNotMatch(markdown, /skipped|lower bounds?|could not be read|unrelated|left out|not a valid regular expression|Note:/i);
    assert.match(markdown, /说明：缺失对象：跳过了 2 个提交/);
    assert.match(markdown, /与默认分支没有共同历史/);
    assert.match(markdown, /已排除 \d+ 个锁文件/);
  });

  it('writes the same notes in English in an English report, under their own sections', async () => {
    const { markdown, notes } = await report('en');
    for (const note of notes) assert.ok(markdown.includes(mdText(noteText(note, en))), `the report shows ${note.key}`);
    const owned = markdown.indexOf('> Note: missing objects: 2 commits skipped');
    const branches = markdown.indexOf('\n## ', owned + 1);
    const gitleaks = markdown.indexOf('> Note: .gitleaks.toml rule "corp-token": its pattern is not a valid regular expression');
    assert.ok(owned > 0 && branches > owned && gitleaks > branches, 'the ownership note in its section, the gitleaks note in a later one');
  });

  it('gives each note of detect --json as about, key, params and text in the chosen language', async () => {
    let stdout = '';
    const code = await runCli(['detect', '--repo', repo.dir, '--json', '--no-cache', '--lang', 'zh-CN'], { out: (s) => (stdout += s), err: () => undefined }, { LANG: 'C' });
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as { notes: Array<{ about: string; key: NoteKey; params: Record<string, string | number>; text: string }> };
    const owned = json.notes.find((n) => n.key === 'note.owned.skippedCommits');
    assert.deepEqual(owned, { about: 'owned', key: 'note.owned.skippedCommits', params: { count: 2, commits: skipped }, text: `缺失对象：跳过了 2 个提交（${skipped}），其余提交均已读取；文件归属的数字只是下限` });
    for (const note of json.notes) {
      assert.deepEqual(Object.keys(note), ['about', 'key', 'params', 'text']);
      assert.equal(note.text, noteText(note, zh));
    }
    assert.ok(json.notes.some((n) => n.about === 'credentials' && n.key === 'note.gitleaks.badRulePattern' && n.params.rule === 'corp-token'));

    let text = '';
    await runCli(['detect', '--repo', repo.dir, '--no-cache', '--lang', 'zh-CN'], { out: (s) => (text += s), err: () => undefined }, { LANG: 'C' });
    assert.match(text, /^说明：缺失对象：跳过了 2 个提交/m);
    assert.doesNotMatch(text, /^note:/m);
  });
});
