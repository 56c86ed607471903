import * as assert from 'node:assert/strict';
import { credentialFingerprint, maskSecrets } from '../../src/core/detect/credentials';
import { isCredentialStrength, MASK, SpanMasks } from '../../src/core/detect/credentials/spanMasks';
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
  // Values of credential strength: every occurrence is masked (weak, word-like values: see below).
  const A = 'Qz7#k2';
  const B = 'Vn4!x8';
  it('masks every occurrence, merges overlapping ones, and leaves other texts alone', () => {
    const masks = new SpanMasks();
    masks.note(`keys/${A}${A}/${A}.pem`, A);
    assert.equal(masks.apply(`keys/${A}${A}/${A}.pem`), `keys/${MASK}/${MASK}.pem`);
    masks.note(`x-${A}${B}-y`, `${A}${B}`);
    masks.note(`x-${A}${B}-y`, `7#k2Vn`);
    assert.equal(masks.apply(`x-${A}${B}-y`), `x-${MASK}-y`);
    masks.note('a1a1a1a1', 'a1a1a1');
    assert.equal(masks.apply('a1a1a1a1'), MASK);
    masks.note(`${A}-${B}`, A);
    masks.note(`${A}-${B}`, B);
    assert.equal(masks.apply(`${A}-${B}`), `${MASK}-${MASK}`);
    assert.equal(masks.apply('untouched'), 'untouched');
    // Noted in any order.
    masks.note(`${B}-${A}`, A);
    masks.note(`${B}-${A}`, B);
    assert.equal(masks.apply(`${B}-${A}`), `${MASK}-${MASK}`);
    masks.note(`${A} two ${B}`, B);
    masks.note(`${A} two ${B}`, A);
    assert.equal(masks.apply(`${A} two ${B}`), `${MASK} two ${MASK}`);
    // Text that happens to read "[masked]" before a value does not swallow the value's mask.
    masks.note(`x[masked]${A}`, A);
    assert.equal(masks.apply(`x[masked]${A}`), `x[masked]${MASK}`);
    masks.note('plain', '');
    masks.note('plain', 'Zz9#zz');
    assert.equal(masks.apply('plain'), 'plain');
  });

  it('masks a noted path inside a longer message', () => {
    const masks = new SpanMasks();
    masks.note(`certs/${A}.key`, A);
    assert.equal(masks.applyWithin(`fatal: bad object in certs/${A}.key (twice: certs/${A}.key)`), `fatal: bad object in certs/${MASK}.key (twice: certs/${MASK}.key)`);
    assert.equal(masks.applyWithin('nothing to see'), 'nothing to see');
  });

  it('tells values of credential strength from values that read as words of paths', () => {
    for (const weak of ['flask', 'mysql', 'Admin', 'ROOT', 'admin2020', 'python3', 'mysql-8', '123456', 'docker-compose', 'a1!']) assert.ok(!isCredentialStrength(weak), weak);
    for (const strong of ['Summer2019!', 'p@ssw0rd', 'Qz7#k2', 'x8KpLq2vNm', '8f14e45f-ceea-467f-a8d9-00a0c91e6bf6', 'MyPassword']) assert.ok(isCredentialStrength(strong), strong);
    // From six characters on (shorter values are weak whatever they are), each shape of a word of paths.
    for (const weak of ['jenkins', 'Jenkins', 'JENKINS', '20242025', 'docker-compose2', 'spring-boot-starter', 'spring-boot-starter2024']) assert.ok(!isCredentialStrength(weak), weak);
    for (const strong of ['jenkins-Xk', 'JenKins', 'spring-boot-starter20245', 'docker-compose-']) assert.ok(isCredentialStrength(strong), strong);
  });

  it('leaves a weak value alone where it is a word of a path or a branch, and masks it where the text shows it as a credential', () => {
    const masks = new SpanMasks();
    // The password `flask` of a Flask project: its folders and branches are not the secret.
    for (const text of ['docker-flask/provisioning/docker.yml', 'flask/app.py', 'feature/flask-upgrade', 'apps/flasky/x', 'release/flask2']) {
      masks.note(text, 'flask');
      assert.equal(masks.apply(text), text);
    }
    // Where the text names it as a credential, it is masked: after a credential word, or as a URL's password.
    const shown: [string, string][] = [
      ['fix/db-password-flask', `fix/db-password-${MASK}`],
      ['notes/pass=flask.txt', `notes/pass=${MASK}.txt`],
      ['ops/token_flask/readme', `ops/token_${MASK}/readme`],
      ['mirror/https://ops:flask@git.corp.example', `mirror/https://ops:${MASK}@git.corp.example`],
      ['fix/password-flasky', 'fix/password-flasky'],
      ['docs/password-reset/flask-app', 'docs/password-reset/flask-app'], // the credential word must come right before
      ['ops/credential-flask', `ops/credential-${MASK}`],
      ['ops/creds.flask', `ops/creds.${MASK}`],
      ['ops/cred-flask', `ops/cred-${MASK}`],
      ['ops/API_KEY=flask', `ops/API_KEY=${MASK}`],
      [`token_flask/${'docs/'.repeat(12)}x.md`, `token_${MASK}/${'docs/'.repeat(12)}x.md`], // in a long name too
      ['deps/flask@2.0.1', 'deps/flask@2.0.1'], // `@` alone is no URL's password
      ['mirror/https://ci:Xk9@git.corp.example/flask@v2', 'mirror/https://ci:Xk9@git.corp.example/flask@v2'],
    ];
    for (const [text, expected] of shown) {
      masks.note(text, 'flask');
      assert.equal(masks.apply(text), expected, text);
    }
    // A weak password that is also a port number: masked as the URL's password, not as the port.
    for (const [text, expected] of [
      ['notes/postgres://app:5432@db.internal/app', `notes/postgres://app:${MASK}@db.internal/app`],
      ['notes/postgres://db.internal:5432/app', 'notes/postgres://db.internal:5432/app'],
    ]) {
      masks.note(text, '5432');
      assert.equal(masks.apply(text), expected, text);
    }
    // A strong value is masked wherever it stands.
    masks.note('backup/Summer2019!/db.sql', 'Summer2019!');
    assert.equal(masks.apply('backup/Summer2019!/db.sql'), `backup/${MASK}/db.sql`);
  });
});
