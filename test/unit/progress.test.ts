import * as assert from 'node:assert/strict';
import { isMineToDo, rolesOf } from '../../src/core/handover/progress';
import type { HandoverItem, SectionKey } from '../../src/core/handover/model';
import { load } from './helpers';

const FILE = `version: 1
project: p
from: {name: 张三, emails: [ZhangSan@corp.example]}
to: {name: 李四, email: lisi@corp.example}
supervisor: {name: 王五}
pending:
  - {id: p1, title: Failover, reason: r, remaining: x}
schedule:
  - {id: s1, date: 2026-01-01, topic: kickoff, status: done}
  - {id: s2, date: 2026-01-02, topic: drill}
documents:
  - {id: d1, title: Runbook, url: https://wiki.example/r}
  - {id: d2, title: Old, url: https://wiki.example/o, accepted: {by: 李四, on: 2026-01-03}}
credentials:
  - {id: c1, name: db root, location: vault}
`;

function items(section: SectionKey): HandoverItem[] {
  const handover = load(FILE).handover!;
  return handover.sections[section] as HandoverItem[];
}

describe('roles and "mine to do"', () => {
  const handover = load(FILE).handover!;

  it('finds the roles from a git identity, e-mails ignoring case, names exactly', () => {
    assert.deepEqual([...rolesOf(handover, { email: 'zhangsan@CORP.example' })], ['from']);
    assert.deepEqual([...rolesOf(handover, { name: '李四' })], ['to']);
    assert.deepEqual([...rolesOf(handover, { name: '王五', email: 'ww@corp.example' })], ['supervisor']);
    assert.deepEqual([...rolesOf(handover, { name: '张', email: 'zhangsan@corp.example.evil' })], []);
  });

  it('gives the successor every unaccepted item, and the person leaving only their open work', () => {
    const ids = (roles: Array<'from' | 'to' | 'supervisor'>, section: SectionKey) =>
      items(section).filter((item) => isMineToDo(item, new Set(roles), '2026-06-01')).map((item) => item.id);
    assert.deepEqual(ids(['to'], 'documents'), ['d1']);
    assert.deepEqual(ids(['from'], 'documents'), []);
    assert.deepEqual(ids(['from'], 'pending'), ['p1']);
    assert.deepEqual(ids(['from'], 'schedule'), ['s2']);
    assert.deepEqual(ids(['from'], 'credentials'), ['c1']);
    assert.deepEqual(ids(['supervisor'], 'pending'), []);
  });
});
