import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isPlaceholder, isPlaceholderToken, isStandInHash } from '../../src/core/detect/credentials/valueJudgement';
import { joined, matchKinds } from './helpers';

// Real secrets that a judgement took for stand-ins or names by chance: found by drawing each rule's samples a thousand
// times over (docs/evaluation.md, twenty-first session). Every value is made up at run time: random-looking text comes
// from a hash of a label, so that none reads as a key in the source.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LETTERS_DIGITS = BASE64.slice(0, 62);

/** `length` characters of `alphabet`, drawn from hashes of `label`. */
function drawn(label: string, length: number, alphabet = BASE64): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (const byte of createHash('sha256').update(`${label}#${round}`).digest()) {
      if (out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** `text` with `piece` put in at `at`, between two letters or digits of it (never at a separator). */
function within(text: string, at: number, piece: string): string {
  return `${text.slice(0, at)}q${piece}7${text.slice(at + piece.length + 2)}`;
}

describe('credentials: words met by chance inside generated values', () => {
  it('finds a long key whose base64 holds a one-word marker among random characters', () => {
    // A base64 PKCS#1 key of 1,600 characters holds a given word of four letters once in some 600 keys.
    const body = within(drawn('unarmored', 1560), 700, joined('Fa', 'ke'));
    assert.deepEqual(matchKinds('src/main/resources/application.yml', `pay:\n  merchant-private-key: MIIEowIBAAKC${body}==\n`), ['private-key-unarmored@2']);
    // Written as a word of its own, at an end or beside a separator, it still marks a stand-in.
    assert.ok(isPlaceholderToken(`${joined('fa', 'ke')}-${drawn('unarmored', 80)}`));
    assert.ok(isPlaceholderToken(`${drawn('unarmored', 80)}_${joined('XX', 'XX')}`));
    assert.ok(!isPlaceholderToken(within(drawn('long token', 120, LETTERS_DIGITS), 60, joined('Fa', 'ke'))));
  });

  it('reads a one-word marker in mixed case as chance, at any length', () => {
    const token = within(drawn('npm', 36, LETTERS_DIGITS), 10, joined('fa', 'kE'));
    assert.deepEqual(matchKinds('n.md', `see npm_${token} here\n`), ['npm-token@1']);
    const secret = within(drawn('synapse', 40, LETTERS_DIGITS), 20, joined('FA', 'ke'));
    assert.deepEqual(matchKinds('synapse/homeserver.yaml', `server_name: "corp.example"\nform_secret: "${secret}"\n`), ['synapse-secret@2']);
    // In one case, or capitalised after a small letter, it is a person's word.
    assert.ok(isPlaceholderToken(`npm_${joined('fa', 'ke')}${drawn('npm', 32, LETTERS_DIGITS)}`));
    assert.ok(isPlaceholderToken(`npm_my${joined('Fa', 'ke')}${drawn('npm', 30, LETTERS_DIGITS)}`));
  });

  it('does not join letters across a separator into a marker', () => {
    // `F!ake` is not `fake`, `XX!xx` not `xxxx`: the password's own characters.
    const password = joined('KJIF', '!', 'akela', '0241');
    assert.deepEqual(matchKinds('ops/helm.sh', `helm repo add corp https://charts.corp.example --username ops --password ${password}\n`), ['script-option-password@1']);
    const relay = joined('SPXX', '!', 'xxsdi', '6445');
    assert.deepEqual(matchKinds('etc/mail/secrets', `relay notify@corp.example:${relay}\n`), ['opensmtpd-secret@1']);
  });

  it('reads `set me` as an ask only from a word’s start', () => {
    const password = joined('VSET', '+', 'mewhi', '2038');
    assert.deepEqual(matchKinds('ops/ldap.sh', `ldapsearch -x -H ldap://dc1 -D "cn=admin,dc=corp" -w ${password} -b "dc=corp" uid=ops\n`), ['command-line-password@1']);
    for (const ask of ['SET-ME-PLEASE', 'set_me', 'setme', 'pleaseSetMe', 'please-set-me']) assert.ok(isPlaceholder(ask), ask);
  });

  it('reads `tbd` beside digits as chance in a long value, and as a marker in a short one', () => {
    const key = `${drawn('fortios', 40)}${joined('E9', 'tbd', '+C')}${drawn('fortios 2', 13)}`;
    assert.equal(key.length, 60);
    const config = `config vpn ipsec phase1-interface\n    edit "to-dc"\n        set psksecret ENC ${key}\n    next\nend\n`;
    assert.deepEqual(matchKinds('network/fw01.conf', config), ['network-device-password@3']);
    for (const ask of ['TBD', 'token-tbd', 'TODO: set me', 'tbd2']) assert.ok(isPlaceholder(ask), ask);
  });

  it('finds hex secrets whose spread is low only by chance', () => {
    // A random hex value of 40 falls under 3.3 bits once in 750 (this one, 3.21), of 32 once in 60.
    const hex = joined('95c3bebf', '4b399309', 'cb9cbf3b', '0ded5359', 'a03f5b03');
    assert.deepEqual(matchKinds('src/webhooks.js', `const hexSecret = "${hex}";\n`), ['secret@1']);
    // Hand-typed hex stays a stand-in.
    assert.deepEqual(matchKinds('src/webhooks.js', `const hexSecret = "${joined('dead', 'beef').repeat(5)}";\n`), []);
  });

  it('tells base64 beginning with a slash from a path by its changes of case', () => {
    const awsLike = joined('/4rL8Nmk', '/eCF6V', '/o5IiQIDdPVoJiHa', '/tBEBQWwZx');
    assert.deepEqual(matchKinds('spark/conf/spark-defaults.conf', `spark.hadoop.fs.s3a.secret.key   ${awsLike}\n`), ['spark-defaults-secret@1']);
    const hash = joined('/lSYA6Sbfn', '0JPqpcNQCaxtzwHn++');
    assert.deepEqual(matchKinds('softether/vpn_server.config', `declare ServerConfiguration\n{\n\tbyte HashedPassword ${hash}\n}\n`), ['softether-config-password@3']);
    // Paths stay paths, camel humps and all.
    assert.deepEqual(matchKinds('spark/conf/spark-defaults.conf', 'spark.hadoop.fs.s3a.secret.key   /etc/spark/conf/S3SecretKey\n'), []);
  });

  it('reads random letters shaped like camel humps as a token, not a name', () => {
    const token = joined('HyDbtfv', 'ItdrUjy', 'XfnBGC');
    assert.deepEqual(matchKinds('ops/runner.sh', `gitlab-runner register --url https://git.corp.example --registration-token=${token}\n`), ['script-option-password@1']);
    assert.deepEqual(matchKinds('ops/runner.sh', 'gitlab-runner register --url https://git.corp.example --registration-token=RunnerRegistrationToken\n'), []);
    assert.deepEqual(matchKinds('ops/runner.sh', 'deploy --token=HttpsProxyToken\n'), []);
  });

  it('reads committed ciphertext by its first bytes in their own case only', () => {
    // A data bag secret of 512 base64 characters beginning with `aG` (one in 1,024 random ones begins with `ag` in some case).
    const secret = `aG${drawn('data bag', 510)}`;
    assert.deepEqual(matchKinds('chef/encrypted_data_bag_secret', `${secret}\n`), ['secret-file@1']);
    // A SealedSecret's entry begins with `Ag` and stays ciphertext meant to be committed.
    const sealed = `Ag${drawn('sealed', 400)}`;
    assert.deepEqual(matchKinds('k8s/db.sealed.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: ${sealed}\n`), []);
  });

  it('reads a hash as a stand-in only for a marker written as one', () => {
    const body = within(drawn('pbkdf2', 43), 28, joined('fA', 'kE'));
    assert.ok(!isStandInHash(`pbkdf2_sha256$260000$${drawn('salt', 22, LETTERS_DIGITS)}$${body}=`));
    assert.ok(isStandInHash(`$2a$10$${joined('fa', 'ke')}${drawn('bcrypt', 49, LETTERS_DIGITS)}`));
    assert.ok(isStandInHash(`{SSHA}${joined('XX', 'XX')}${drawn('ssha', 24)}`));
  });

  it('reads a password that begins with `*` as a password, and a YAML alias as a reference', () => {
    const password = joined('*Kx9', 'mQ2pL');
    assert.deepEqual(matchKinds('deploy/prod.env', `DB_PASSWORD='${password}'\n`), ['password@1']);
    assert.deepEqual(matchKinds('config/prod.json', `{\n  "password": "${password}"\n}\n`), ['password@2']);
    for (const alias of ['*db_password', '*DB_PASSWORD', '*dbPassword', '*PostgresPassword', '*default-pass']) {
      assert.deepEqual(matchKinds('deploy/values.yaml', `db:\n  password: ${alias}\n`), [], alias);
    }
  });
});

