import * as assert from 'node:assert/strict';
import { CatFileBatchParser, MAX_OBJECT_HEADER, parseObjectHeader } from '../../src/core/git/catFileBatch';
import { GitError } from '../../src/core/git/gitRunner';

const ID_A = 'a'.repeat(40);
const ID_B = '0123456789abcdef0123456789abcdef01234567';
const ID_C = 'c'.repeat(64); // a SHA-256 repository's id

/** What the parser told its handler, one string per call: `header …`, `content <hex>` joined per object, `end`. */
function events(output: Buffer, cuts: readonly number[]): string[] {
  const told: string[] = [];
  let content: Buffer[] = [];
  const parser = new CatFileBatchParser({
    header: (header) => void told.push(`header ${JSON.stringify(header)}`),
    content: (bytes) => void content.push(Buffer.from(bytes)),
    objectEnd: () => {
      told.push(`content ${Buffer.concat(content).toString('hex')}`, 'end');
      content = [];
    },
  });
  let at = 0;
  for (const cut of [...cuts, output.length]) {
    parser.push(output.subarray(at, cut));
    at = cut;
  }
  parser.end();
  return told;
}

const present = (id: string, type: string, content: Buffer): Buffer => Buffer.concat([Buffer.from(`${id} ${type} ${content.length}\n`), content, Buffer.from('\n')]);

describe('cat-file --batch framing (one header parser for every blob reader)', () => {
  it('parses present, missing, ambiguous and submodule headers; a missing name may be a revision and a path with spaces', () => {
    assert.deepEqual(parseObjectHeader(`${ID_A} blob 12`), { id: ID_A, type: 'blob', size: 12 });
    assert.deepEqual(parseObjectHeader(`${ID_C} tree 0`), { id: ID_C, type: 'tree', size: 0 });
    assert.deepEqual(parseObjectHeader(`${ID_A} missing`), { name: ID_A, status: 'missing' });
    assert.deepEqual(parseObjectHeader('HEAD:deploy/my file.yaml missing'), { name: 'HEAD:deploy/my file.yaml', status: 'missing' });
    assert.deepEqual(parseObjectHeader('abc1 ambiguous'), { name: 'abc1', status: 'ambiguous' });
    assert.deepEqual(parseObjectHeader(`${ID_B} submodule`), { name: ID_B, status: 'submodule' });
    for (const line of ['fatal: not a git repository', `${ID_A} blob`, `${ID_A} blob -1`, `${ID_A} blob 12 `, `${ID_A.toUpperCase()} blob 12`, ' missing', 'missing', `${ID_A} blob 1e3`, '']) {
      assert.throws(() => parseObjectHeader(line), (err: unknown) => err instanceof GitError && err.kind === 'failed' && err.message.includes('unexpected object header'), JSON.stringify(line));
    }
  });

  describe('a stream of objects cut anywhere', () => {
    // Content that would derail a parser looking for newlines or headers in it: a header-like line,
    // NUL and 0xff bytes, a trailing newline, and CR LF.
    const tricky = Buffer.concat([Buffer.from(`x\n${ID_B} blob 3\nabc\n${ID_A} missing\n`), Buffer.from([0x00, 0xff, 0x0a, 0x00]), Buffer.from('\r\n')]);
    const objects = [
      present(ID_A, 'blob', Buffer.from('one\ntwo\n')),
      present(ID_B, 'blob', Buffer.alloc(0)),
      Buffer.from(`${ID_C} missing\n`),
      present(ID_C, 'blob', tricky),
      Buffer.from('HEAD:no such.txt missing\n'),
      present(ID_B, 'blob', Buffer.alloc(0)),
      present(ID_A, 'blob', Buffer.from([0x0a])),
    ];
    const output = Buffer.concat(objects);
    const expected = [
      `header {"id":"${ID_A}","type":"blob","size":8}`,
      `content ${Buffer.from('one\ntwo\n').toString('hex')}`,
      'end',
      `header {"id":"${ID_B}","type":"blob","size":0}`,
      'content ',
      'end',
      `header {"name":"${ID_C}","status":"missing"}`,
      `header {"id":"${ID_C}","type":"blob","size":${tricky.length}}`,
      `content ${tricky.toString('hex')}`,
      'end',
      'header {"name":"HEAD:no such.txt","status":"missing"}',
      `header {"id":"${ID_B}","type":"blob","size":0}`,
      'content ',
      'end',
      `header {"id":"${ID_A}","type":"blob","size":1}`,
      'content 0a',
      'end',
    ];

    it('reads them whole', () => {
      assert.deepEqual(events(output, []), expected);
    });

    it('reads them the same cut once at every byte (each header split at each of its positions)', () => {
      for (let cut = 0; cut <= output.length; cut++) assert.deepEqual(events(output, [cut]), expected, `cut at ${cut}`);
    });

    it('reads them the same in pieces of any size, down to one byte', () => {
      for (const size of [1, 2, 3, 5, 13, 64]) {
        const cuts: number[] = [];
        for (let at = size; at < output.length; at += size) cuts.push(at);
        assert.deepEqual(events(output, cuts), expected, `pieces of ${size}`);
      }
    });
  });

  it('refuses output that is cut short (in a header, in content, before the closing newline) or not framed as cat-file frames it', () => {
    const blob = present(ID_A, 'blob', Buffer.from('abc'));
    const refused = (output: Buffer, what: RegExp) =>
      assert.throws(() => events(output, []), (err: unknown) => err instanceof GitError && err.kind === 'failed' && what.test(err.message), output.toString('latin1'));
    refused(blob.subarray(0, 10), /output cut short/);
    refused(blob.subarray(0, blob.length - 2), /output cut short/);
    refused(blob.subarray(0, blob.length - 1), /output cut short/);
    refused(Buffer.from(`${ID_A} blob 3\nabcX`), /no newline after an object/);
    refused(Buffer.from(`${ID_A} blob 2\nabc\n`), /no newline after an object/);
    refused(Buffer.from('fatal: bad object\n'), /unexpected object header "fatal: bad object"/);
    refused(Buffer.from('x'.repeat(MAX_OBJECT_HEADER + 1)), /object header too long/);
    // A missing object's line repeats the name asked for: a long path is still a header.
    const longName = `HEAD:${'d/'.repeat(2000)}f missing\n`;
    assert.deepEqual(events(Buffer.from(longName), [100, 3000]), [`header ${JSON.stringify({ name: longName.slice(0, -' missing\n'.length), status: 'missing' })}`]);
  });
});
