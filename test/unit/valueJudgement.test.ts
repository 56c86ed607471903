import * as assert from 'node:assert/strict';
import { characterClasses, isPlausibleSecret, isPlaceholder, isPlaceholderToken, shannonEntropy } from '../../src/core/detect/credentials/valueJudgement';

describe('judging a value found where a secret could be', () => {
  it('measures entropy and character classes', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('ab'), 1);
    assert.equal(shannonEntropy('abcd'), 2);
    assert.equal(characterClasses('abc'), 1);
    assert.equal(characterClasses('aB'), 2);
    assert.equal(characterClasses('aB3'), 3);
    assert.equal(characterClasses('aB3#'), 4);
    assert.equal(characterClasses('az'), 1);
    assert.equal(characterClasses('AZ'), 1);
    assert.equal(characterClasses('09'), 1);
    assert.equal(characterClasses('`{@/:['), 1, 'characters just outside the letter and digit ranges are "other"');
  });
});

describe('which values after a secret-looking key are secrets', () => {
  const real: [string, 'password' | 'token'][] = [
    ['x7Kp2Qw9Lm', 'password'],
    ['Zq8#kLm2vR', 'password'],
    ['k3j9x8v7q2m4', 'password'],
    ['Xb7Qz9Lk2Wm4Np8R', 'token'],
    ['q8v2k9x7m3p1z6w4', 'token'],
    ['aZ3$kq9!Lm2@', 'password'],
  ];
  const notSecrets: [string, 'password' | 'token', string][] = [
    ['', 'password', 'empty'],
    ['aB3$x', 'password', 'shorter than 6'],
    ['Xb7Qz9Lk2Wm', 'token', 'a token shorter than 12'],
    ['changeme', 'password', 'a stand-in word'],
    ['your-secret-here', 'password', 'filler words'],
    ['Password123!', 'password', 'a word and a few characters'],
    ['P@ssw0rd1', 'password', 'a word in leetspeak'],
    ['${DB_PASSWORD}', 'password', 'a template'],
    ['{{ vault_db_password }}', 'password', 'a template'],
    ['vault:secret/payments/db', 'password', 'a vault reference'],
    ['process.env.DB_PASSWORD', 'password', 'code'],
    ['getenv(DB_PASSWORD)', 'password', 'code'],
    ['DB_PASSWORD_FILE', 'password', 'a variable name'],
    ['true', 'password', 'a literal'],
    ['1234567890', 'password', 'a number'],
    ['v1.22.3', 'password', 'a version'],
    ['2026-11-30', 'password', 'a date'],
    ['ops@example.org', 'password', 'an e-mail address'],
    ['db01.internal.example', 'password', 'a host name'],
    ['10.20.30.40:5432', 'password', 'an address'],
    ['https://vault.example/v1', 'password', 'a URL without credentials'],
    ['/etc/ssl/private/db.key', 'password', 'a path'],
    ['secrets/db/password', 'password', 'a relative path'],
    ['abcabcabcabc', 'password', 'a repeated pattern'],
    ['zzzzzzzzzzzz', 'token', 'one character'],
    ['qwertyuiop12', 'password', 'a keyboard run'],
    ['3f2c8a9e1b7d4c6a8e0f2b4d6c8a0e2f4b6d8c0a', 'token', 'a commit id'],
    ['123e4567-e89b-12d3-a456-426614174000', 'token', 'a UUID'],
    ['sha256:9f86d081884c7d659a2feaa0c55ad015', 'token', 'a digest'],
    ['x7Kp2 Qw9Lm', 'password', 'text with a space'],
    [`${'x7Kp2Qw9Lm'.repeat(500)}`, 'password', 'longer than 4096'],
    ['ENC[AES256_GCM,data:abc]', 'password', 'sops'],
    ['***redacted***', 'password', 'a mask'],
  ];

  it('keeps values that look generated or chosen', () => {
    for (const [value, strength] of real) assert.equal(isPlausibleSecret(value, strength), true, `${value} (${strength})`);
  });

  it('drops stand-ins, references and everything else a config file holds there', () => {
    for (const [value, strength, why] of notSecrets) assert.equal(isPlausibleSecret(value, strength), false, `${value}: ${why}`);
  });

  it('reads hex under a digest key as a digest, and dots and parentheses in a quoted value as text', () => {
    const hex = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    assert.equal(isPlausibleSecret(hex, 'token', { digestKey: true }), false);
    assert.equal(isPlausibleSecret('a3bf4f1b2b0b822cd15d6c15', 'token'), true, 'hex under another key can be a token');
    assert.equal(isPlausibleSecret('k9(x)Q7.z2Lm', 'password', { quoted: true }), true);
    assert.equal(isPlausibleSecret('k9(x)Q7.z2Lm', 'password'), false, 'unquoted, it reads as code');
  });

  it('tells stand-in tokens from real ones', () => {
    assert.equal(isPlaceholderToken('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), true);
    assert.equal(isPlaceholderToken('AKIAIOSFODNN7EXAMPLE'), true);
    assert.equal(isPlaceholderToken('sk_live_abcdefghijklmnop', 'abcdefghijklmnop'), true, 'an alphabet run');
    assert.equal(isPlaceholderToken('ghp_q8v2k9x7m3p1z6w4Xb7Qz9Lk2Wm4Np8Rzz', 'q8v2k9x7m3p1z6w4Xb7Qz9Lk2Wm4Np8Rzz'), false);
    assert.equal(isPlaceholder('TBD'), true);
    assert.equal(isPlaceholder('token-tbd'), true);
    assert.equal(isPlaceholder('q8v2tbdk9x7m'), false, 'tbd inside generated text is chance');
    assert.equal(isPlaceholder('  '), true);
  });
});
