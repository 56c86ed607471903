import * as assert from 'node:assert/strict';
import {
  characterClasses,
  isLiteralPassword,
  isLiteralToken,
  isPlainlyNotAValue,
  isPlausibleSecret,
  isPlaceholder,
  isPlaceholderToken,
  isCodeText,
  isSelfDescribingName,
  shannonEntropy,
} from '../../src/core/detect/credentials/valueJudgement';

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

/** Each case is decided by one rule: the other rules alone would answer the other way. */
function check<A extends unknown[]>(judge: (...args: A) => boolean, cases: [boolean, ...A][]): void {
  for (const [expected, ...args] of cases) assert.equal(judge(...args), expected, JSON.stringify(args));
}

describe('stand-ins for a value (isPlaceholder)', () => {
  it('are judged on the trimmed value', () => {
    check(isPlaceholder, [[true, ' <Xk9q2mZ7Lw4> '], [false, 'Xk9q2mZ7Lw4']]);
  });

  it('include type words, marker words anywhere and short markers as a word of their own', () => {
    check(isPlaceholder, [
      [true, 'required'],
      [true, 'boolean'],
      [true, 'k9Xq2-example-Lm7Zw'],
      [true, 'q8v2-TBD-k9x7'],
    ]);
  });

  it('include values of two distinct characters, or three from eight characters on', () => {
    check(isPlaceholder, [
      [true, 'x9x99x'],
      [true, 'x9yx99yx'],
      [false, 'x9yx99y'],
    ]);
  });

  it('include a pattern of up to four characters repeated three times or more, as the whole value', () => {
    check(isPlaceholder, [
      [true, 'q7X!q7X!q7X!'],
      [false, 'q7X!q7X!'],
      [false, 'Wz5kq7X!q7X!q7X!'],
      [false, 'q7X!q7X!q7X!Wz5k'],
    ]);
  });

  it('include filler words with at most three characters or four digits left, letter swaps undone', () => {
    check(isPlaceholder, [
      [true, 'secrettokenq9z'],
      [false, 'secrettokenzqxw'],
      [true, 'secrettoken2869'],
      [true, 'pr1vate-k3y'], // 1 read as i
      [true, 'L0ca1h0st-key'], // 1 read as l
      [true, 'r00t-t0ken'],
      [true, 's3cr3t-k3y'],
      [true, 'd4tabase'],
      [true, '5ecrettoken'],
      [true, 'secre7'],
      [true, 'p@ssword'],
      [true, '$ecret-token'],
      [true, 'adm!n-token'],
      [true, 'pr!vate-token'],
      [true, 'r3plac3-Kq9'], // `replace`, a marker word, with letters swapped
    ]);
  });

  it('include keyboard and alphabet runs: six characters in a short value, ten in any', () => {
    check(isPlaceholder, [
      [true, 'Q9k2-uvwxyz-M7'],
      [true, 'Zk9mq7X2Lw4Np8Rqwerty5v3'], // 24 characters
      [false, 'Zk9mq7X2Lw4Np8RqwertyB5v3T'], // 26
      [true, 'Zk9mq7X2Lw4Np8R-0123456789-B5v3'],
    ]);
  });
});

describe('generated or chosen values after a secret-looking key (isPlausibleSecret)', () => {
  it('trims, and takes a password from 6 characters, a token from 12, up to 4096', () => {
    const long = `${'x7Kp2Qw9Lm'.repeat(409)}x7Kp2Q`;
    assert.equal(long.length, 4096);
    check(isPlausibleSecret, [
      [true, ' x7Kp2Qw9Lm ', 'password'],
      [true, 'x7Kp2Q', 'password'],
      [true, 'Xb7Qz9Lk2Wm4', 'token'],
      [true, long, 'password'],
    ]);
  });

  it('refuses each kind of value a config file holds there that is not a secret', () => {
    check(isPlausibleSecret, [
      [false, '938172640518', 'password'], // a number
      [false, 'v4.17.21-rc7Xq', 'password'], // a version
      [false, '2026-11-30T10:22:31.5Z', 'password'], // a time stamp
      [false, 'k9x.q7m@z2w.io', 'password'], // an e-mail address
      [false, 'k9x-q7m.z2w4.io', 'password'], // a host name
      [false, '10.220.31.47:5432', 'password'], // an address
      [false, 'ops/k8s/prod-db', 'password'], // a relative path
      [true, 'aZ3kq9Lm2Xv7/Bw4Rt8Np6', 'password'], // base64-like text with a slash
      [true, 'a3bf4f1b2b0b822cd15d6c15', 'password'], // hex, but neither a commit id nor a digest's length
      [false, 'aws4_request', 'password'], // a snake-case name
      [false, 'Kubernetes', 'password'], // a word
      [false, 'X-Amz-Security-Token', 'password'], // a header name
      [false, 'required_with:new_password|confirmed', 'password'], // a validation rule list
      [false, 'Tymon\\JWTAuth\\Providers\\Auth\\IlluminateAuthAdapter', 'password'], // a class name
    ]);
  });

  it('refuses a member chain even quoted, but not a dotted value with a generated part', () => {
    assert.equal(isPlausibleSecret('lexer.startToken', 'password', { quoted: true }), false);
    assert.equal(isPlausibleSecret('config.K9Q2M7X4W1', 'password', { quoted: true }), true);
    assert.equal(isPlausibleSecret('cfg.Xk9q2mZ7Lw4Np8Rt5Bv3Cx6Qa', 'password', { quoted: true }), true, 'a part longer than 24 characters');
  });

  it('reads 64 hex characters as a digest for a password, unless the key is known not to be about digests', () => {
    const hex = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    check(isPlausibleSecret, [
      [false, hex, 'password', {}],
      [true, hex, 'password', { digestKey: false }],
      [true, hex, 'token', {}],
    ]);
  });

  it('asks a password for two character classes below 12 characters, and enough spread', () => {
    check(isPlausibleSecret, [
      [false, 'KQZMXWVBTR', 'password'], // one class, 10 characters
      [true, 'x7kp2qw9lm', 'password'], // two classes
      [true, 'KQZMXWVBTRPN', 'password'], // one class, 12 characters
      [true, 'Xk9+Xk9+Zm', 'password'], // four classes, 10 characters: 2.52 bits is enough (not log2(10) × 0.8 = 2.66)
      [true, 'Xk9mXk9mZq', 'password'], // three classes, the same
      [true, 'Aa9+AaBbAa9+AaBb', 'password'], // exactly 2.5 bits
      [true, 'k9m2x7q4k9m2x7q4', 'password'], // two classes, 16 characters, exactly 3 bits
      [true, 'k9m2k9x7', 'password'], // 8 characters: 2.5 bits over log2(8) × 0.8 = 2.4
      [true, 'X9kX+mXq', 'password'], // four classes but 8 characters: 2.41 bits over 2.4 is enough
      [false, 'k9k9m2x7k9k9m2x7', 'password'], // two classes, 16 characters: 2.5 bits is not
      [false, 'XXXkXX9XX+', 'password'], // four classes, 10 characters, 1.4 bits
      [false, 'k9k9k9m2', 'password'], // 1.8 bits
    ]);
  });

  it('asks a token of one class for 16 characters and 3.5 bits, of more classes for generated spread', () => {
    check(isPlausibleSecret, [
      [true, 'QMZQXWKMZRVWTPNJ', 'token'], // exactly 3.5 bits, 16 characters
      [false, 'QMZQXWKMZRVWTPN', 'token'], // 15 characters
      [false, 'QMZXWKRVTPNJHGB', 'token'], // 15 characters, 3.9 bits
      [false, 'QMZQXWKMZRVWTPNQ', 'token'], // under 3.5 bits
      [true, 'k9m2k9m2x7q4', 'token'], // 12 characters: 2.92 bits over log2(12) × 0.8 = 2.87
      [false, 'k9k9k9k9m2m2', 'token'],
    ]);
  });
});

describe('stand-in provider tokens (isPlaceholderToken)', () => {
  it('are marked by a word, too few distinct characters, one repeated eight times, or a typed run', () => {
    check(isPlaceholderToken, [
      [true, 'sk_testkey_q8v2k9x7m3p1z6w4', 'q8v2k9x7m3p1z6w4'],
      [true, 'sk_testingkey_q8v2k9x7m3p1z6w4', 'q8v2k9x7m3p1z6w4'],
      [true, 'tok_q8q8q8q8q8q8q8q8', 'q8q8q8q8q8q8q8q8'],
      [true, 'tok_q8q88q8q', 'q8q88q8q'], // 8 characters: two distinct is too few
      [false, 'tok_q8zq8zq8', 'q8zq8zq8'], // three is not
      [true, 'tok_q8v2k9x7AAAAAAAAm3p1z6w4', 'q8v2k9x7AAAAAAAAm3p1z6w4'],
    ]);
  });
});

describe('values that are plainly not a value (isPlainlyNotAValue)', () => {
  it('are judged trimmed; punctuation, literals, stand-in words (not in a credential file), markers', () => {
    check(isPlainlyNotAValue, [
      [false, ' Xq9k2m7 '],
      [true, '*-*'],
      [true, '~'],
      [true, '""'],
      [true, 'true'],
      [true, 'password'],
      [false, 'password', 'credential-file'],
      [true, 'k9Xq2-example-Lm7'],
      [true, 'q8v2-TBD-k9x7'],
    ]);
  });

  it('are one repeated character, or eight letters and digits of two kinds', () => {
    check(isPlainlyNotAValue, [
      [true, 'zzzzzz'],
      [true, '1111-2222'],
      [false, '111-2222'],
      [true, '1111-1111-2222'],
    ]);
  });

  it('are a variable name, words of the credential (not in a credential file), code words or prose', () => {
    check(isPlainlyNotAValue, [
      [true, 'DB_PASSWORD_FILE'],
      [true, 'strongpassword'],
      [false, 'strongpassword', 'credential-file'],
      [true, 'Cl1ent$ecret!'],
      [true, 'passwordxy'],
      [false, 'passwordxyz'],
      [true, 'password2024'],
      [false, 'password20245'],
      [false, 'zq9'],
      [true, 'required|confirmed'],
      [true, 'min:8|max:64'],
      [false, 'Required|confirmed'],
      [true, '\\App\\Models\\User'],
      [true, 'Tymon\\JWTAuth\\Providers\\Auth\\IlluminateAuthAdapter::class'],
      [true, 'Ask the ops team'],
      [true, 'omitted'],
      [true, 'hidden'],
      [false, 'hidden', 'credential-file'],
      [true, 'c1ient-key'], // 1 read as l
      [true, 'password-2024'],
      [false, 'zq'],
      [true, 'required|confirmed|min'],
      [true, 'required|'], // left open for code to join more rules
      [true, 'nullable|min:8|'],
      [false, 'hunter|'],
      [false, 'required|9|'],
      [false, 'required|confirmed9'],
      [false, 'x\\App\\Models'],
      [false, '\\App\\Models\\User;'],
      [true, 'App\\\\Models\\\\User'], // written with doubled backslashes
      [true, 'Kube Cluster'],
      [true, 'Kube  Cluster'],
      [false, 'Xk9q2m7 Lw4'],
      [false, '9Xk Cluster'],
      [false, 'Kube Cluster9'],
    ]);
  });

  it('are a list of permission codes, as the whole value', () => {
    check(isPlainlyNotAValue, [
      [true, 'deploy.app.view|deploy.request.view'],
      [true, 'deploy.app.view|deploy.request.view|deploy.app.edit'],
      [false, 'Kq9#deploy.app.view|deploy.request.view'],
      [false, 'deploy.app.view|deploy.request.view#Kq9'],
    ]);
  });

  it('are a file named by its table type or credential name, not a URL', () => {
    check(isPlainlyNotAValue, [
      [true, 'hash:/etc/postfix/sasl_passwd'], // Postfix
      [true, 'db:/etc/credstore/db'], // systemd LoadCredential
      [true, 'Lmdb-Table_9:/etc/k9'], // the name: a letter, then letters, digits, `_` and `-`
      [true, 'db:~/credstore/db'],
      [true, 'db:./creds/db'],
      [true, 'db:../creds/db'],
      [false, 'Kq9#hash:/etc/k9'], // only as the whole value
      [false, 'https://k9x:Zq9w2@q7m.io'], // a URL with a password in it
      [false, '9db:/etc/k9'],
    ]);
  });

  it('are an object’s text (a JSON object, escaped or not), only as the whole value', () => {
    check(isPlainlyNotAValue, [
      [true, '{"hashIterations":27500}'],
      [true, '{ "hashIterations":27500}'],
      [true, '{"hashIterations" :27500}'],
      [true, '{\\"hashIterations\\":27500}'],
      [false, 'Kq9{"k9":7x}'],
    ]);
  });
});

describe('random base64 that begins with `/` (one in 64 AWS secret keys, WireGuard keys)', () => {
  /** Base64 characters from a fixed linear congruential sequence: random-looking, the same on every run. */
  const base64 = (seed: number, length: number): string => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let state = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      out += alphabet[(state >>> 16) % 64];
    }
    return out;
  };
  const secret = `/${base64(7, 39)}`;
  const key = `/${base64(13, 42)}=`;

  it('is a value, not a path, for every judgement', () => {
    assert.ok(/^\/[A-Za-z0-9+/]+$/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /\d/.test(secret), secret.length.toString());
    assert.equal(isPlausibleSecret(secret, 'token'), true);
    assert.equal(isPlausibleSecret(key, 'token'), true);
    assert.equal(isLiteralToken(secret), true);
    assert.equal(isLiteralPassword(secret), true);
    // Without its first character it was a value already.
    assert.equal(isPlausibleSecret(secret.slice(1), 'token'), true);
  });

  it('a path of the same alphabet is words, and stays a path', () => {
    // Or many folders, each a name or a few hex digits (a git object's path).
    for (const path of ['/vendor/guzzlehttp/psr7/LICENSE', '/opt/Backup2/Scripts/Rotate', '/run/secrets/dbPassword2', '/opt/NightlyBackupScripts2', `/dotGit/objects/15/${base64(3, 38).replace(/[^0-9a-f]/g, '7')}/a1/b2`]) {
      assert.equal(isPlausibleSecret(path, 'token'), false, path);
      assert.equal(isLiteralToken(path), false, path);
      assert.equal(isLiteralPassword(path), false, path);
    }
  });
});

describe('a literal where a password or token is named (isLiteralPassword, isLiteralToken)', () => {
  it('a password: any literal but the plainly-not-values, text with spaces, paths and version ranges', () => {
    const long = 'Xk9q2m7L'.repeat(512);
    check(isLiteralPassword, [
      [false, 'password'],
      [true, ' Xk9q2m '],
      [true, long],
      [false, `${long}X`],
      [false, 'Xk9 q2m'],
      [false, '/etc/secret'],
      [false, '../k9q2m7'],
      [true, 'Xk9/q2m'],
      [false, 'C:\\k9q2m7'],
      [false, '^12.3'],
      [true, 'Xk9>=2.0'],
      [false, '^1.2.3'],
      [false, '>=2.0'],
      [false, '>2.0'],
      [false, '>= 2.0'],
      [false, '~v1.2'],
    ]);
  });

  it('a password: generated text is a value even with spaces, paths’ and versions’ first characters in it', () => {
    // Built here, character by character, so that no source line holds a key-like value.
    const gen = (spaced: boolean, first = 'K') => {
      const parts = ['Qx', '7', spaced ? ' ' : '#', 'mB', '2', '(', 'vR', '9', '>', 'tZ', '4', '|', 'pL', '6', '{', 'wE', '1', '}', 'nJ', '3', '^', 'hY', '8', ';', 'dU', '5', '[', 'cF', '0', ']'];
      return first + parts.join('') + parts.slice(0, 12).reverse().join('');
    };
    check(isLiteralPassword, [
      [true, gen(true)], // a WordPress salt holds spaces
      [true, gen(false)],
      [true, gen(true, '/')], // begins as a path would
      [true, gen(true, '~')], // or a version range
      [false, gen(true).slice(0, 24)], // too short for the entropy of random text (at most log2 24 = 4.58 bits a character)
      [true, gen(true).slice(0, 30)],
      [true, gen(true).replace(/\d/g, '')], // three classes: no digits
      [false, gen(true).replace(/\d/g, '').toLowerCase()], // two: lower case and punctuation
      [false, '/Kq9mB2-vR9.tZ4_pL6@wE1:nJ3/hY8dU5cF0'], // a path's characters only: a path
      [false, 'Zq7# Zq7# Zq7# Zq7# Zq7# Zq7# Zq7#'], // a pattern typed again and again: not random enough
      [false, `\${${gen(true)}}`], // a reference still
      [false, `changeme ${gen(true)}`], // a stand-in's marker still
      // Prose with symbols and digits, as random in its characters as generated text: mostly words.
      [false, 'Quick Brown Fox: jumps over 12 lazy dogs (7x) & runs!'],
      [false, 'Mount /dev/sdb1 at /mnt/Backup (ext4) every Sunday 03:15!'],
      [false, 'Xk9 q2m'],
    ]);
  });

  it('a password: generated text may hold word-shaped runs by chance, under 40 % of it (spaces not counted)', () => {
    const gen = (spaced: boolean, first = 'K') => {
      const parts = ['Qx', '7', spaced ? ' ' : '#', 'mB', '2', '(', 'vR', '9', '>', 'tZ', '4', '|', 'pL', '6', '{', 'wE', '1', '}', 'nJ', '3', '^', 'hY', '8', ';', 'dU', '5', '[', 'cF', '0', ']'];
      return first + parts.join('') + parts.slice(0, 12).reverse().join('');
    };
    // 55 characters without a word-shaped run, then runs of letters: six lower-case runs of six letters
    // after a symbol each are 36 of 97 (37 %); five of them and a run of capitals before a symbol, 40 of 100.
    // The text holds spaces, so only the generated-text rule can keep it.
    const under = `${gen(true)} %lynxes&fjords*glyphs+crwths=waltzy!jumbos`;
    const at = `${gen(true)} lynxes&fjords*glyphs+crwths=JUMBOSQUADWALTZY#`;
    check(isLiteralPassword, [
      [true, under],
      [false, at], // 40 %: as much of it in words as text a person wrote
      [true, gen(false, '/')], // without spaces too, beginning as a path would
    ]);
  });

  it('a token: not a word, a name, a number, an address or a commit id; its randomness is not asked', () => {
    const hex40 = '3f2c8a9e1b7d4c6a8e0f2b4d6c8a0e2f4b6d8c0a';
    check(isLiteralToken, [
      [false, ' kubernetes '],
      [true, 'Xk9q2m7L'],
      [false, 'Xk9q2m7'],
      [false, '${API_TOKEN}'],
      [false, 'Kubernetes'],
      [false, 'aws4_request'],
      [false, 'startToken'],
      [false, 'X-Amz-Security-Token'],
      [true, 'config_qzkxmwvbtrpnjhgfdsxyz'], // a word longer than a word
      [true, 'startQzkxmwvbtrpnjhgfdsxyzw'],
      [false, 'startTokenFromTheHeader'], // words of a word's length, however many
      [false, 'config_qzkxmwvbtrpnjhgfdsxy'], // 20 letters is still a word
      [false, '938172640518'],
      [false, 'v4.17.21-rc7Xq'],
      [false, '2026-11-30T10:22:31Z'],
      [false, 'ops@corp.example'],
      [false, 'db01.corp.example'],
      [false, '10.220.31.47:5432'],
      [false, 'certs/server.pem'],
      [false, 'sha256:9f86d081884c7d65'],
      [false, hex40],
      [true, hex40, true],
      [true, `${hex40}e`],
      [true, `x${hex40}`],
      [false, 'lexer.startToken'],
      [false, 'lexer.start.endToken'],
      [false, 'Config.Retry3'],
      [false, 'Config.aB9c'],
      [false, 'cfg.Xk9q2mZ7Lw4Np8Rt5Bv3Cx6Q'], // parts up to 24 characters
      [true, '-startToken.lexer'],
      [true, 'lexer.startToken-'],
      [false, 'FINGERPRINT'],
    ]);
  });

  it('a token: a credential word alone is the name of an entry, one that only begins with it is a value', () => {
    check(isLiteralToken, [
      // In deployed configuration, where a value spelled from the credential's words is one (`supersecret`).
      [false, 'token', false, false, false, 'deployed'],
      [false, 'Secrets', false, false, false, 'deployed'],
      [true, 'secretKq9x7Lm2'],
      [true, 'tokenXk9q2m7L', false, false, false, 'deployed'],
    ]);
  });

  it('a token: spelled from the credential’s own words, a stand-in by default (docs, examples, tests), a value in deployed configuration', () => {
    check(isLiteralToken, [
      [false, 'Cl1ent$ecret!'],
      [false, 'Cl1ent$ecret!', false, false, false, 'elsewhere'],
      [true, 'Cl1ent$ecret!', false, false, false, 'deployed'],
      [true, 'supersecret', false, false, false, 'deployed'],
    ]);
  });
});

describe('the stand-in vocabulary, word by word', () => {
  // Each word alone decides: copies of it with three other letters (`testztestxtestjtest`) are a
  // stand-in only because the word is one; a word nobody listed would leave the value as it is.
  const spelled = (word: string, glue: string[]) => word + glue.map((letter) => letter + word).join('');

  it('filler words make a stand-in (isPlaceholder)', () => {
    const words = [
      'password', 'passwd', 'passphrase', 'pass', 'pwd', 'secret', 'secrets', 'token', 'api', 'key', 'keys',
      'access', 'private', 'client', 'auth', 'credential', 'credentials', 'test', 'testing', 'tester', 'demo', 'dev',
      'development', 'local', 'localhost', 'admin', 'administrator', 'root', 'user', 'name', 'guest', 'default',
      'value', 'string', 'here', 'your', 'my', 'our', 'the', 'some', 'new', 'old', 'super', 'very', 'top', 'real',
      'fake', 'mock', 'stub', 'temp', 'tmp', 'none', 'null', 'nil', 'empty', 'unset', 'undefined', 'todo',
      'fixme', 'hidden', 'masked', 'removed', 'letmein', 'welcome', 'qwerty', 'abc', 'foo', 'bar', 'baz', 'qux',
      'hello', 'world', 'app', 'db', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'service', 'server', 'prod',
      'production', 'staging', 'stage', 'qa', 'env', 'config', 'setting', 'settings', 'insert', 'enter', 'put',
      'replace', 'change', 'me', 'it', 'with', 'and', 'for', 'to', 'of', 'a', 'is', 'not', 'set', 'this', 'that',
      'id', 'jwt', 'bearer', 'oauth', 'session', 'cookie', 'signing', 'encryption', 'master', 'shared',
    ];
    for (const word of words) assert.equal(isPlaceholder(spelled(word, ['z', 'x', 'j'])), true, word);
    assert.equal(isPlaceholder(spelled('kubectl', ['z', 'x', 'j'])), false, 'a word not in the list');
  });

  it('marker words make a stand-in anywhere in a value', () => {
    const markers = ['example', 'sample', 'placeholder', 'changeme', 'changeit', 'dummy', 'redacted', 'notreal', 'notareal', 'notasecret', 'fakefake', 'lorem', 'foobar', 'yourpass', 'yoursecret', 'yourtoken', 'yourkey', 'yourapi', 'insertyour', 'replaceme', 'replacewith', 'enteryour', 'putyour', 'xxxx'];
    for (const marker of markers) {
      assert.equal(isPlaceholder(`Xk9q${marker}Zm7`), true, marker);
      assert.equal(isPlainlyNotAValue(`Xk9q${marker}Zm7`), true, marker);
    }
  });

  it('type words and literals are no value', () => {
    const literals = ['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'nil', 'none', 'undefined', 'nan', 'required', 'optional', 'string', 'str', 'int', 'bool', 'boolean', 'object', 'any'];
    for (const literal of literals) {
      assert.equal(isPlaceholder(literal.toUpperCase()), true, literal);
      assert.equal(isPlainlyNotAValue(literal), true, literal);
    }
  });

  it('a value that is only a stand-in word is no value, except in a file that holds the credential', () => {
    const standIns = ['password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'token', 'key', 'apikey', 'test', 'testing', 'empty', 'default', 'value', 'string', 'foo', 'bar', 'baz', 'foobar', 'xxx', 'tbd', 'todo', 'fixme', 'secretkey', 'mypassword', 'yourpassword', 'mysecret', 'yoursecret', 'mytoken', 'yourtoken', 'none', 'null', 'nil', 'unset', 'undefined', 'hidden', 'masked', 'removed', 'omitted'];
    for (const word of standIns) assert.equal(isPlainlyNotAValue(word), true, word);
  });

  it('a value spelled from the credential’s own words is a stand-in, not in a credential file', () => {
    const own = ['password', 'passwd', 'passphrase', 'pass', 'pwd', 'secrets', 'secret', 'tokens', 'token', 'apikey', 'api', 'keys', 'key', 'client', 'access', 'auth', 'credentials', 'credential', 'private', 'my', 'your', 'our', 'the', 'some', 'super', 'strong', 'secure', 'very', 'long', 'good', 'bad', 'test', 'fake', 'dummy', 'sample', 'example', 'demo', 'mock', 'value', 'here', 'default', 'change', 'me', 'new', 'old'];
    for (const word of own) {
      assert.equal(isPlainlyNotAValue(spelled(word, ['q', 'z'])), true, word);
      const marker = ['dummy', 'sample', 'example'].includes(word); // a marker word: a stand-in in any file
      assert.equal(isPlainlyNotAValue(spelled(word, ['q', 'z']), 'credential-file'), marker, `${word} in a credential file`);
      // In deployed configuration only the words that mark a stand-in (`your…here`, `fake`, `mock`, `change`) keep it one.
      const marking = ['your', 'here', 'fake', 'dummy', 'sample', 'example', 'mock', 'change'].includes(word);
      assert.equal(isPlainlyNotAValue(spelled(word, ['q', 'z']), 'deployed'), marking, `${word} in deployed configuration`);
    }
  });

  it('in deployed configuration, a weak value spelled from the credential’s words is a value; markers and stand-in words are not', () => {
    check(isPlainlyNotAValue, [
      [false, 'password', 'deployed'],
      [false, 'Password123!', 'deployed'],
      [false, 'strongpassword', 'deployed'],
      [false, 'Passw0rd', 'deployed'],
      [false, 'testing', 'deployed'],
      [true, 'your-password-here', 'deployed'],
      [true, 'fake-secret', 'deployed'],
      [true, 'changeme', 'deployed'],
      [true, 'hidden', 'deployed'],
      [true, 'blah', 'deployed'],
      [true, '${DB_PASSWORD}', 'deployed'],
      [true, 'DB_PASSWORD', 'deployed'],
      // Chinese templates' asks: "fill in your AccessKey", "enter the password", "replace with yours".
      [true, '填写你的AccessKey', 'deployed'],
      [true, '请输入密码', 'deployed'],
      [true, '替换为您的token', 'deployed'],
      [true, '填写你的SecretKey'],
    ]);
  });

  it('keyboard and alphabet runs of six make a short value a stand-in, in either direction', () => {
    for (const run of ['345678', 'hijklm', 'ertyui', 'sdfghj', 'xcvbnm', '765432', 'onmlkj']) assert.equal(isPlaceholder(`Q9k2-${run}-M7`), true, run);
  });
});

describe('the shapes of values that are not secrets are whole-value shapes', () => {
  // A number, a version, an address… refuses a value only when it is the whole value: the same text
  // with other characters before or after it is judged like any other (and here, kept).
  const shapes = [
    '938172640518', 'v4.17.21-rc7Xq', '2026-11-30T10:22:31.5Z', 'k9x-q7m.z2w4.io', '10.220.31.47:5432', 'aws4_request',
    'Kubernetes', 'X-Amz-Security-Token', '123e4567-e89b-12d3-a456-426614174000', 'ops/k8s/prod-db', 'lexer.startToken',
    'DB_PASSWORD_FILE', 'startToken', 'required_with:new_password|confirmed', 'StartToken', 'START_TOKEN',
  ];

  it('with text before or after, the shape no longer refuses the value', () => {
    for (const shape of shapes) {
      for (const value of [`Zq9#${shape}`, `${shape}#Zq9`]) {
        assert.equal(isPlausibleSecret(value, 'password'), true, value);
        assert.equal(isLiteralToken(value), true, value);
      }
    }
    check(isPlausibleSecret, [
      [true, 'k9x.q7m@z2w.io#Zq9', 'password'], // an e-mail address
      [true, 'Zq9#sha256:9f86d081884c7d65', 'password'], // a digest prefix
      [true, 'Xk9q2mZ7Lw4Np8Rt', 'password', { digestKey: true }], // not hex: a digest key does not matter
    ]);
    check(isLiteralToken, [[true, 'db.key#Zq9']]); // a file name
  });
});

describe('each variant of a non-secret shape', () => {
  it('is refused: numbers with sign, groups, hex and exponent; versions; times; addresses; paths; names', () => {
    const refused = [
      '+938172640518', '9381726405.18', '938_172_640_518', '0x9f86d081884c', '9381726405e12', '93817264.05E+12',
      '4.17.21.3-rc7Xq', '4.17+build.7Xq', '2026-11-30T10:22:31', 'k9x.q7m@z2w.IO', 'k9x-q7m.z2w4.io:8443',
      'http://k9x.q7m.io/z2w', './k9x/q7m', '../k9x/q7m', '~/k9x/q7m', 'C:\\k9x\\q7m', '\\\\k9x\\q7m', 'file:k9x/q7m',
      'k9xq7m.pem', 'k9xq7m.yml', 'k9xq7m.properties', 'X-Amz-Security-Token9', 'aws4_request_v2', 'kube-ctl.k9', 'AKIA_K9X_Q7M',
    ];
    for (const value of refused) {
      assert.equal(isPlausibleSecret(value, 'password'), false, value);
      assert.equal(isLiteralToken(value), false, value);
    }
  });

  it('reads as code unquoted (a lambda, an index, a keyword, a call), as text when quoted', () => {
    for (const value of ['x=>Zq9k2m7', 'cfg[Zq9k2m7]', 'self:Zq9k2m7', 'fn(Zq9k2m7)']) {
      assert.equal(isPlausibleSecret(value, 'password'), false, value);
      assert.equal(isPlausibleSecret(value, 'password', { quoted: true }), true, `${value} quoted`);
    }
  });
});

describe('the details of each non-secret shape', () => {
  it('marker segments at either end, digests, versions and dates in every form', () => {
    check(isPlaceholder, [
      [true, 'tbd-Xk9q2mZ7'],
      [true, 'Xk9q2mZ7-tbd'],
    ]);
    check(isPlausibleSecret, [
      [false, 'blake2:9f86d081884c7d65', 'password'],
      [false, 'sha3-256:9f86d081884c7d65', 'password'],
      [false, 'v14.17.21-rc7Xq', 'password'],
      [false, 'v4.17.21', 'password'],
      [false, '2019-08-27', 'password'],
      [true, 'Zq9#https://k9x.q7m.io', 'password'],
      [true, 'https://k9x:Zq9w2@q7m.io', 'password'], // a URL with credentials in it
      [false, 'k9x+q7m.yml', 'password', { quoted: true }],
      [false, 'aws_request_2024', 'password'],
      [false, 'Content-Security-Policy', 'password'],
      [false, 'StartTokenValue', 'password'],
      [false, 'qzkxmwvbtrpnjhgfdsxyzw_token', 'password'], // a word too long for SNAKE_NAME: still a name
      [false, 'qzkxmwvbtrpnjhgfdsxyzw_token_value', 'password'],
    ]);
    check(isLiteralToken, [
      [false, '2019-08-27'],
      [false, 'k9x+q7m.yml'],
      [false, 'StartTokenValue'],
    ]);
    check(isPlainlyNotAValue, [[true, 'DBX_PASSWORD_FILE']]);
  });

  it('a version and a parent-relative path even quoted; dotted, indexed and keyword code only unquoted', () => {
    check(isPlausibleSecret, [
      [false, 'v4.17.21', 'password', { quoted: true }],
      [false, 'v4.17.21003', 'password', { quoted: true }], // not a snake-case name (five digits)
      [false, '../aZ3kq9Lm2Xv7/Bw4Rt8Np6', 'password', {}],
      [false, 'K9Q2M7X4.W1R8T5B3', 'password', {}],
      [true, 'K9Q2M7X4.W1R8T5B3', 'password', { quoted: true }],
      [false, 'K9Q2.M7X4.W1R8', 'password', {}],
      [true, 'Zq9#cfg[K9Q2M7]', 'password', {}],
      [true, 'Zq9#new-K9Q2M7', 'password', {}],
    ]);
  });
});

describe('the rules from unseen repositories, each on values it alone decides', () => {
  it('a constant path with its calls is code, but only as the whole value', () => {
    check(isPlainlyNotAValue, [
      [true, 'std::env::var'], // more than one `::` step
      [true, 'Rails::Application'], // no call after the path
      [true, 'Faker::Internet.password'],
      [true, 'Devise::Token.friendly.generate'], // several calls
      [true, 'User::Token.generate!'], // a Ruby bang or predicate method
      [true, '::Rails::Application.secret'],
      [false, 'Xk9#q2::Lm7'], // `::` after other characters: a password that holds colons
      [false, 'Kq9::Zm2#x!7'], // and with characters after the path
      [false, 'Kq9::Zm2.Lw4!x'], // one `!` at most, at a call's end
    ]);
  });

  it('reads an instance or class variable’s `@`/`@@` only at the start of a member chain', () => {
    check(isLiteralToken, [
      [false, '@user.reset_token'],
      [false, '@@account.reset_token'],
      [true, 'Kq@token.x9'], // an `@` inside a value is part of it
    ]);
  });

  it('reads a name with a private or framework prefix (`_`, `__`) as a name, under a token too', () => {
    check(isLiteralToken, [
      [false, '__RequestVerificationToken'],
      [false, '_csrf_token'],
      [true, '___RequestVerificationToken'], // three underscores: not a prefix a framework writes
    ]);
  });

  it('under a key pair’s secret half a lower-case word is a weak value, a capitalised word is still a name', () => {
    check(isLiteralToken, [
      [true, 'minioadmin', false, true],
      [false, 'minioadmin', false, false],
      [false, 'Minioadmin', false, true],
      [false, '__minioadmin', false, true],
    ]);
  });

  it('references are recognised in any letter case', () => {
    check(isPlainlyNotAValue, [
      [true, 'Environment.GetEnvironmentVariable("DB_PASSWORD")'], // C#
      [true, 'Vault:secret/data/db#password'],
      [true, 'ARN:AWS:secretsmanager:eu-west-1:123456789012:secret:db'],
    ]);
  });

  it('a doubled stand-in word is no value', () => {
    check(isPlainlyNotAValue, [
      [true, 'blahblah'],
      [true, 'blah'],
      [false, 'blahblah', 'credential-file'],
    ]);
  });

  it('the credential’s own words are read longest first and through letter swaps', () => {
    check(isPlainlyNotAValue, [
      [true, 'my-apikey-secret'], // `apikey`, then `secret` (not `api`, `keys`, then `ecret`)
      [true, '3x4mpl3-t0k3n'], // `example` and `token` with letters swapped for digits
      [true, 's4mpl3_s3cr3t'],
    ]);
  });
});

describe('the rules of the second set of unseen repositories, each on values it alone decides', () => {
  it('a format spelled with field names in capitals says what goes there, not a value', () => {
    check(isPlainlyNotAValue, [
      [true, 'HOST:PORT:DATABASE:PASSWORD'], // a .pgpass line's documented format
      [true, 'DB_USER@DB_HOST/DB_NAME'],
      [false, 'Kx9:PORT:DATABASE:PASSWORD'], // a field name starts with a capital letter
      [false, 'HOST:PORT:DATABASE:pass9Xk'], // every field is a name in capitals
    ]);
  });

  it('a name that describes the credential is lower-case words joined by -, _ or ., the last a credential word', () => {
    check(isSelfDescribingName, [
      [true, ' smtp-password '], // trimmed
      [true, 'database__password'], // several joiners in a row
      [true, 'db.user_password'], // `.` joins words too
      [false, 'password'], // one word alone is no description
      [false, 'smtp-host'], // the last word is not a credential word
      [false, 'Smtp-password'], // lower-case from the first letter
      [false, 'ops-vault/db_password'], // a path: `/` joins no words
    ]);
  });

  it('an Authorization scheme’s name is no value', () => {
    check(isPlainlyNotAValue, [
      [true, 'Bearer'], // `tokenHead: Bearer`
      [true, 'basic'],
      [false, 'Bearer9x'],
    ]);
  });

  it('a counter or a flag is a signed or decimal number, or one of one or two digits', () => {
    check(isLiteralPassword, [
      [false, '-15'], // `pass_http=-15`
      [false, '-0.25'],
      [false, '10.5'],
      [false, '0.25'],
      [false, '42'],
      [true, '123'], // three digits: a weak password
      [true, '-1a9'],
    ]);
  });

  it('a package’s coordinates are an artifact name, `:`, and a version of two parts or more', () => {
    check(isLiteralPassword, [
      [false, 'jjwt:0.9'],
      [false, 'jjwt:10.2'],
      [false, 'jjwt:0.10.1'],
      [false, 'spring-core:5.3.20-RELEASE'], // a qualifier after the version
      [true, 'Xk9#pw:1.2'], // only as the whole value
      [true, 'jjwt:0.9.1#Xk9'],
    ]);
  });

  it('an SSH key file’s conventional name is the key’s name, only as the whole value', () => {
    check(isLiteralPassword, [
      [false, 'id_ecdsa-sk'],
      [false, 'id_ed25519_sk.pub'],
      [true, 'Kq9-id_rsa'],
      [true, 'id_rsa9Kq'],
    ]);
  });

  it('a setting’s dotted name whose last part ends in a credential word says where the credential is kept', () => {
    check(isLiteralPassword, [
      [false, 'spring.mail.password'],
      [false, 'app.secretkey'],
      [false, 'system.secret-key'],
      [false, 'app.apikey'],
      [false, 'app.api-key'],
      [false, 'ssh.privatekey'],
      [false, 'ssh.private_key'],
      [false, 'aws.credential'],
      [true, 'Kq9#mail.password'], // only as the whole value
      [true, 'smtp.k9#x_password'],
      [true, 'mail.password9x'], // the credential word ends the name
    ]);
  });

  it('a regular expression, as sed writes one, is a pattern', () => {
    check(isLiteralPassword, [
      [false, '.+Kq9x'],
      [false, '.?Kq9x7'],
      [false, '\\d{6}'],
      [false, '^SECRET_KEY=.*/SECRET_KEY=Kq9x/'], // `.*` then the substitution's `/`
      [true, 'Kq9.+x7Lm'], // `.+` inside a value is part of it
    ]);
  });

  it('where the context names the secret, a name of several words is a weak value and one word stays a word', () => {
    check(isLiteralToken, [
      [true, 'shopAdminSecret', false, false, true], // camel-case words only
      [true, 'shop_admin2_secret', false, false, true], // snake-case words with a digit only
      [false, 'shopAdminSecret', false, false, false], // the same name without the context is a name
      [false, 'Authorization', false, false, true], // one word
      [false, 'FINGERPRINT', false, false, true], // one word in capitals
    ]);
  });
});

describe('after the merges of 2026-12-01 (survivors of the run on d24efbe)', () => {
  it('random base64 that begins with / is told from a path at the limits of its word share and slashes', () => {
    const word = 'Word';
    // 12 of 20 characters in word-shaped runs: exactly 60 %, a path's share, not random text's.
    const wordy = `/${word.repeat(3)}7x9Q2z8`;
    assert.equal(wordy.length, 20);
    assert.equal(isLiteralPassword(wordy), false, 'a path with 60 % of it in words');
    // 32 characters with 3 slashes: exactly the 1 + 32/16 random base64 may hold.
    const slashed = ['', 'q7Xk2Mz9', 'R4tB8nVw', 'L3cJ6hPy5dG0s'].join('/');
    assert.equal(slashed.length, 32);
    assert.equal(isLiteralPassword(slashed), true, 'random base64 with as many slashes as it may hold');
    // A key file named by random text is a path: the whole value must be base64, not only its start.
    const named = `/${'Xk9Qz7Lm2Rt8Vb4Np6Wq'}.pem`;
    assert.equal(isLiteralPassword(named), false, 'a key file named by random text');
  });

  it('a credential word in capitals is the password in a file that exists to hold it, a field name elsewhere', () => {
    const word = ['PASS', 'WORD'].join('');
    assert.equal(isPlainlyNotAValue(word, 'credential-file'), false);
    assert.equal(isLiteralPassword(word, 'credential-file'), true);
    assert.equal(isPlainlyNotAValue(word, 'elsewhere'), true);
  });

  it('a name ending with a marker\'s two underscores is a name, not a secret or token', () => {
    // (`__name__` is refused as a placeholder before this; two trailing underscores alone are not.)
    const name = `${['render', 'widget', 'cache'].join('_')}__`;
    assert.equal(isPlausibleSecret(name, 'token'), false);
    assert.equal(isPlausibleSecret(name, 'password'), false);
    assert.equal(isLiteralToken(name), false);
    assert.equal(isLiteralToken(`${['Render', 'Widget'].join('')}__`), false);
  });

  it('a page, picture or stylesheet named by its path is not a password; text that only holds such a name is', () => {
    check(isLiteralPassword, [
      [false, 'index.htm'], // no folder, and `.htm` as well as `.html`
      [false, 'guides/setup/index.html'], // two folders
      [false, 'img/logo.jpg'], // `.jpg` as well as `.jpeg`
      [false, 'css/main.scss'], // `.scss` and `.sass`
      [true, 'Kq9#z!readme.md'], // a file's name after a password's punctuation: the whole value is not a path
      [true, 'setup.py#9Kq!zW'], // a file's name followed by more
    ]);
  });

  it('code text: a splice that closes the string, or a regular expression', () => {
    check(isCodeText, [
      [true, "'.csrf_token()"], // PHP: the string closed, then a call
      [true, "' + token"], // JavaScript, with spaces around the operator
      [true, 'csrf_token().\''], // the splice at the end
      [true, '$token + \''], // at the end, with a space before the quote
      [true, '(?:abc)'], // a non-capturing group
      [true, '(?<=abc)x'], // a look-behind
      [true, '[a-z]+'], // a character class with a range and a quantifier
      [true, '[_a-z]+'], // something before the range
      [true, '[a-z_]+'], // something after the range
      [true, '\\d+'], // an escape with a quantifier
      [false, 'ab(?:cd'], // a group construct inside a value, not at its start
      [false, "ab'.cd"], // a quote then a dot inside a value
      [false, "ab.'cd"], // a dot then a quote inside a value
      [false, 'a+bc'], // a plus inside a value
      [false, "ab'"], // a value ending with a quote
      [false, '[a-z]x'], // a class without a quantifier
      [false, '\\q+'], // an escape that is not a class of characters
      [false, '\\dx'], // a class escape without a quantifier
    ]);
  });

  it('a value spelled from the credential\'s words and what it stands for (`plaintext`) is a stand-in', () => {
    assert.equal(isPlainlyNotAValue(['Token', '4', 'Plain', 'text'].join('')), true);
  });

  it('a password that begins with a backslash and a letter that is no class escape is a value', () => {
    assert.equal(isLiteralPassword('\\Zq8#Lm2!x'), true);
  });

  it('under a token’s name in a file that exists to hold it, any literal is the token, short or spelled from its words', () => {
    const randomish = () => ['Xq7', 'Lm2', 'Zt9'].join('');
    const ownWords = ['super', 'secret'].join('');
    const short = ['hun', 'ter', '2'].join('');
    check(isLiteralToken, [
      [true, ownWords, false, false, false, 'credential-file'],
      [true, short, false, false, false, 'credential-file'],
      [false, ownWords, false, false, false, 'elsewhere'], // in code or docs it names what should be there
      [false, short, false, false, false, 'deployed'], // in deployed settings a token's name holds settings too: seven letters are a word
      [false, `sha256:${'0f'.repeat(8)}`, false, false, false, 'credential-file'], // a digest names content
      [false, 'ops@corp.example', false, false, false, 'credential-file'],
      [false, '${NPM_TOKEN}', false, false, false, 'credential-file'],
      [false, 'your-token-here', false, false, false, 'credential-file'],
      [false, `${randomish()}Fake${randomish()}`, false, false, false, 'credential-file'], // `fake` written into a token
      [true, `${randomish()}Fable${randomish()}`, false, false, false, 'credential-file'],
    ]);
  });

  it('a JSONPath template says where a value is read from, in any place', () => {
    const template = `{.${['credential', 'access_token'].join('.')}}`;
    check(isPlainlyNotAValue, [
      [true, template],
      [true, template, 'credential-file'],
      [false, '{Xk9q2mZ7Lw4}', 'credential-file'], // braces around a value, no leading dot
    ]);
    assert.equal(isLiteralToken(template, false, false, false, 'deployed'), false);
  });
});
