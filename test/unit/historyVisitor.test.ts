// The visitor's sibling for commits read out of turn (historyReader.ts reads the commits that need a
// missing blob beside the log): nothing it finds reaches the ledger, the masks or the counts before the
// commit's turn, and then exactly what reading the commit in place would have given.
import * as assert from 'node:assert/strict';
import { HistoryVisitor } from '../../src/core/detect/credentials/historyVisitor';
import { PatchScanner } from '../../src/core/detect/credentials/patchScanner';
import { DEFAULT_RULES } from '../../src/core/detect/credentials/ruleEngine';
import { SecretLedger } from '../../src/core/detect/credentials/secretLedger';
import { SpanMasks } from '../../src/core/detect/credentials/spanMasks';
import { randomText } from '../fixtures/credentialCorpus';

const header = (sha: string, parent: string, time: number) => `\x1e${sha}\x1f${parent}\x1fAnn\x1fann@x.example\x1f${time}\x1f${time}`;
const section = (path: string) => [`diff --git a/${path} b/${path}`, 'index 1111111..2222222 100644', `--- a/${path}`, `+++ b/${path}`];

/** A token of GitHub's format, made at run time (never a literal in the sources). */
function token(): string {
  return ['gh', 'p_', randomText(36)].join('');
}

function feed(visitor: HistoryVisitor, lines: string[]): void {
  const scanner = new PatchScanner(visitor, DEFAULT_RULES.keywords);
  scanner.feed(Buffer.from(`${lines.join('\n')}\n`));
  scanner.end();
}

describe('HistoryVisitor: commits read out of turn', () => {
  it('keeps what a commit read out of turn changes until its turn, then gives the same ledger as reading it in place', () => {
    const value = token();
    const removed = token();
    // ccc3 (newest) removes `removed`; bbb2 adds `value` in two files; aaa1 (oldest) added `removed`.
    const ccc3 = [header('ccc3', 'bbb2', 300), ...section('old.env'), '@@ -1 +0,0 @@', `-GITHUB_TOKEN=${removed}`];
    const bbb2 = [header('bbb2', 'aaa1', 200), ...section('a.env'), '@@ -0,0 +1 @@', `+GITHUB_TOKEN=${value}`, ...section('b/c.env'), '@@ -0,0 +1 @@', `+GITHUB_TOKEN=${value}`];
    const aaa1 = [header('aaa1', '', 100), ...section('old.env'), '@@ -0,0 +1 @@', `+GITHUB_TOKEN=${removed}`];

    // A branch named with the value (a mistake it happens): the reports mask it there.
    const ref = `leak-${value}`;
    const inPlace = { ledger: new SecretLedger(), masks: new SpanMasks(), counts: [] as number[] };
    const straight = new HistoryVisitor(inPlace.ledger, inPlace.masks, [ref], (n) => inPlace.counts.push(n));
    for (const commit of [ccc3, bbb2, aaa1]) feed(straight, commit);

    const outOfTurn = { ledger: new SecretLedger(), masks: new SpanMasks(), counts: [] as number[] };
    const main = new HistoryVisitor(outOfTurn.ledger, outOfTurn.masks, [ref], (n) => outOfTurn.counts.push(n));
    const side = main.deferred();
    // The sibling reads bbb2 and aaa1 first (a second git, ahead of the log): nothing is handed on yet.
    feed(side.visitor as HistoryVisitor, bbb2);
    feed(side.visitor as HistoryVisitor, aaa1);
    assert.equal(outOfTurn.ledger.entries.size, 0, 'no ledger entry before the commit\'s turn');
    assert.equal(main.commitsRead, 0);
    assert.equal(outOfTurn.masks.apply(ref), ref, 'no mask before the commit\'s turn');
    // The log reads ccc3, then the turns of bbb2 and aaa1 come.
    feed(main, ccc3);
    side.replay('bbb2');
    assert.equal(outOfTurn.ledger.entries.size, 1);
    side.replay('aaa1');
    side.replay('aaa1'); // once only
    assert.equal(main.commitsRead, 3);
    assert.deepEqual(outOfTurn.counts, inPlace.counts);
    assert.deepEqual(outOfTurn.ledger.entries, inPlace.ledger.entries);
    outOfTurn.ledger.settle();
    inPlace.ledger.settle();
    assert.deepEqual(outOfTurn.ledger.entries, inPlace.ledger.entries);
    assert.ok([...outOfTurn.ledger.entries.values()].some((e) => e.removal?.sha === 'ccc3'), 'the removal by ccc3 is attached to what aaa1 added');
    assert.ok(!outOfTurn.masks.apply(ref).includes(value), 'the branch name is masked once bbb2\'s turn came');
    assert.equal(outOfTurn.masks.apply(ref), inPlace.masks.apply(ref));
  });
});
