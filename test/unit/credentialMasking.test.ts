import * as assert from 'node:assert/strict';
import { credentialFingerprint, maskSecrets } from '../../src/core/detect/credentials';
import { MASK, SpanMasks } from '../../src/core/detect/credentials/spanMasks';
import { randomText } from '../fixtures/credentialCorpus';
import { documentedFingerprint } from './documentedFingerprint';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('credential fingerprints', () => {
  it('match values computed outside the product from the documented formula', () => {
    // Computed with: printf 'handover-credential-v1\0<commit>\0config/app.env\0aws-access-key\012' | sha256sum
    assert.equal(credentialFingerprint(COMMIT, 'config/app.env', 'aws-access-key', 12, 0), 'ff16cc253298b0b9');
    assert.equal(credentialFingerprint(COMMIT, 'deploy/[masked].pem', 'private-key', 3, 2), 'c560611773b66187');
  });

  it('follow the documented formula for every field, and change when any field changes', () => {
    const cases: [string, string, string, number, number][] = [
      [COMMIT, 'a.env', 'github-token', 1, 0],
      [COMMIT, 'a.env', 'github-token', 1, 1],
      [COMMIT, 'a.env', 'github-token', 2, 0],
      [COMMIT, 'a.env', 'slack-token', 1, 0],
      [COMMIT, 'b.env', 'github-token', 1, 0],
      ['f'.repeat(40), 'a.env', 'github-token', 1, 0],
      [COMMIT, '路径/配置.env', 'password-assignment', 10, 3],
    ];
    const seen = new Set<string>();
    for (const args of cases) {
      const value = credentialFingerprint(...args);
      assert.match(value, /^[0-9a-f]{16}$/);
      assert.equal(value, documentedFingerprint(...args), JSON.stringify(args));
      seen.add(value);
    }
    assert.equal(seen.size, cases.length);
  });
});

describe('masking secrets in text shown to people', () => {
  const token = () => ['gh', 'p_', randomText(36)].join('');

  it('masks a secret on any line of a text with line breaks, keeping the lines', () => {
    const secret = token();
    assert.equal(maskSecrets(`Merge branch\n\nadd ${secret} to CI`), 'Merge branch\n\nadd [masked] to CI');
    assert.equal(maskSecrets(`add ${secret}\nsecond line`), 'add [masked]\nsecond line');
    assert.equal(maskSecrets(`one\r\nadd ${secret}\r\nthree`), 'one\r\nadd [masked]\r\nthree');
    const password = `${randomText(10)}#4aZ`;
    assert.equal(maskSecrets(`deploy notes\nset DB_PASSWORD=${password} on staging\nthen restart`), 'deploy notes\nset DB_PASSWORD=[masked] on staging\nthen restart');
    assert.equal(maskSecrets(`password: ${password}\npassword: ${password}`), 'password: [masked]\npassword: [masked]');
    const other = token();
    assert.equal(maskSecrets(`${secret}\n${other}`), '[masked]\n[masked]');
  });

  it('masks every secret on a line and leaves what is between them', () => {
    const a = token();
    const b = token();
    assert.equal(maskSecrets(`${a} and ${b}`), '[masked] and [masked]');
    assert.equal(maskSecrets('no secret here: feature/rotate-password-policy'), 'no secret here: feature/rotate-password-policy');
    // An assigned password before a provider token: found by different rules, both masked in place.
    const password = `${randomText(10)}#4aZ`;
    const later = token();
    assert.equal(maskSecrets(`DB_PASSWORD=${password} token ${later} end`), 'DB_PASSWORD=[masked] token [masked] end');
    assert.equal(maskSecrets(''), '');
  });
});

describe('masking noted values inside paths and names', () => {
  it('masks every occurrence, merges overlapping ones, and leaves other texts alone', () => {
    const masks = new SpanMasks();
    masks.note('keys/abcabc/abc.pem', 'abc');
    assert.equal(masks.apply('keys/abcabc/abc.pem'), `keys/${MASK}/${MASK}.pem`);
    masks.note('x-SECRET-y', 'SECRET');
    masks.note('x-SECRET-y', 'CRE');
    assert.equal(masks.apply('x-SECRET-y'), `x-${MASK}-y`);
    masks.note('aaaa', 'aa');
    assert.equal(masks.apply('aaaa'), MASK);
    masks.note('ab-cd', 'ab');
    masks.note('ab-cd', 'cd');
    assert.equal(masks.apply('ab-cd'), `${MASK}-${MASK}`);
    assert.equal(masks.apply('untouched'), 'untouched');
    // Noted in any order.
    masks.note('cd-ab', 'ab');
    masks.note('cd-ab', 'cd');
    assert.equal(masks.apply('cd-ab'), `${MASK}-${MASK}`);
    masks.note('one two three', 'three');
    masks.note('one two three', 'one');
    assert.equal(masks.apply('one two three'), `${MASK} two ${MASK}`);
    // Text that happens to read "[masked]" before a value does not swallow the value's mask.
    masks.note('x[masked]SECRET', 'SECRET');
    assert.equal(masks.apply('x[masked]SECRET'), `x[masked]${MASK}`);
    masks.note('plain', '');
    masks.note('plain', 'zzz');
    assert.equal(masks.apply('plain'), 'plain');
  });

  it('masks a noted path inside a longer message', () => {
    const masks = new SpanMasks();
    masks.note('certs/TOPSECRET.key', 'TOPSECRET');
    assert.equal(masks.applyWithin('fatal: bad object in certs/TOPSECRET.key (twice: certs/TOPSECRET.key)'), `fatal: bad object in certs/${MASK}.key (twice: certs/${MASK}.key)`);
    assert.equal(masks.applyWithin('nothing to see'), 'nothing to see');
  });
});
