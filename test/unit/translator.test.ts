import * as assert from 'node:assert/strict';
import { languageFromLocale, translator } from '../../src/core/i18n/translator';

describe('messages in both languages', () => {
  const en = translator('en');
  const zh = translator('zh-CN');

  it('inflects English counts: one file, two files, no "file(s)"', () => {
    assert.equal(en('report.secrets.alsoIn', { count: 1 }), 'also in 1 more place');
    assert.equal(en('report.secrets.alsoIn', { count: 2 }), 'also in 2 more places');
    assert.equal(en('report.secrets.alsoIn', { count: 0 }), 'also in 0 more places');
    assert.equal(en('report.named.all', { total: 1 }), 'The checklist names it.');
    assert.equal(en('report.named.all', { total: 4 }), 'The checklist names all 4.');
    assert.match(en('report.owned.intro', { count: 1 }), /^Files the person leaving owns: 1 file where/);
    assert.match(en('report.owned.intro', { count: 5 }), /^Files the person leaving owns: 5 files where/);
    assert.equal(en('report.owned.folders', { folders: 2 }), '2 folders whose files are all theirs are listed once each, for their files.');
    assert.equal(en('report.secrets.summary', { count: 1, notRotated: 1 }).includes('could read it: rotate it, then record it.'), true);
    assert.equal(en('cli.invalid', { path: 'HANDOVER.yaml', count: 1 }), 'HANDOVER.yaml: 1 error; nothing was written.');
  });

  it('leaves Chinese, which does not inflect, with the plain number', () => {
    assert.match(zh('report.owned.intro', { count: 1 }), /共 1 个文件——/);
    assert.match(zh('report.owned.folders', { folders: 3 }), /其中 3 个文件夹/);
  });

  it('keeps a placeholder visible when its parameter is missing, inflected or not', () => {
    assert.equal(en('report.secrets.alsoIn'), 'also in {count|# more place|# more places}');
    assert.equal(en('cli.valid', { path: 'x' }), 'x: valid ({warnings|# warning|# warnings}).');
  });

  it('never leaves "(s)" or an inflection unresolved in an English message', () => {
    for (const key of ['report.secrets.summary', 'cli.check.openItems', 'cli.check.unreviewed', 'cli.check.undecided', 'cli.check.stale'] as const) {
      const text = en(key, { count: 1, notRotated: 0, list: 'a', report: 'HANDOVER.md' });
      assert.doesNotMatch(text, /\(s\)|\(es\)|[{}|#]/, key);
    }
  });

  it('maps editor locales to a language', () => {
    assert.equal(languageFromLocale('zh-cn'), 'zh-CN');
    assert.equal(languageFromLocale('zh-Hans'), 'zh-CN');
    assert.equal(languageFromLocale('en-US'), 'en');
    assert.equal(languageFromLocale(undefined), 'en');
  });
});
