import * as assert from 'node:assert/strict';
import { matchText } from '../../src/core/detect/credentials/fileMatcher';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a SaltStack formula, a Flask forum, a Node.js API server, a homelab GitOps
// repository with Talos and SOPS, and an Elixir/Phoenix realtime server with its compose files (docs/evaluation.md,
// twenty-third session, helper cred-unseen-24). Every value here is made up and built from pieces, so that none reads
// as a key in the source.

/** A random value, as a configuration would hold. */
const random = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k');

/** What matchText finds, as `kind@line:value` with the value told apart from `random` (never printed). */
function found(path: string, text: string): string[] {
  const out: string[] = [];
  matchText(path, text, (m) => out.push(`${m.kind}@${m.line}:${m.value === random ? 'random' : m.value === `${random};` ? 'random;' : 'other'}`));
  return out;
}

describe('credentials in the twenty-fourth batch of unseen histories', () => {
  it('read PAM\'s return codes in a control\'s brackets as results, not passwords', () => {
    const pam = (control: string) => `    - text: "auth [${control}] pam_unix.so nullok"\n`;
    assert.deepEqual(matchKinds('pam/common-auth.sls', pam('success=done new_authtok_reqd=done default=die')), []);
    assert.deepEqual(matchKinds('etc/pam.d/common-password', 'password [success=1 default=ignore authtok_err=bad authtok_lock_busy=die] pam_unix.so obscure\n'), []);
    // A password named so on the same kind of line is still one.
    assert.deepEqual(matchKinds('pam/common-auth.sls', `    - password: "${random}"\n`), ['password@1']);
  });

  it('end an unquoted word of a shell command at the `;` glued to it', () => {
    const entrypoint = (tail: string) => `  createbuckets:\n    entrypoint: >\n      /bin/sh -c "\n      mc alias set store http://minio:9000 minio ${random}${tail}\n      mc mb store/app;\n      "\n`;
    assert.deepEqual(found('docker-compose.yml', entrypoint(';')), ['cloud-cli-secret@4:random']);
    assert.deepEqual(found('docker-compose.yml', entrypoint(';;')), ['cloud-cli-secret@4:random']);
    assert.deepEqual(found('scripts/setup.sh', `redis-cli -h cache -a ${random}; echo done\n`), ['ops-command-password@1:random']);
    // Quoted, a `;` is the value's own.
    assert.deepEqual(found('scripts/setup.sh', `mc alias set store http://minio:9000 minio '${random};'\n`), ['ops-tool-key-pair@1:random;']);
  });

  it('read a lower-case word under the key CSRF tokens are signed with as a weak value in configuration', () => {
    const word = joined('orange', 'walrus', 'kettle');
    assert.deepEqual(matchKinds('app/configs/default.py', `class DefaultConfig(object):\n    CSRF_SESSION_KEY = "${word}"\n`), ['api-key@2']);
    assert.deepEqual(matchKinds('config/settings.yml', `csrf_secret: ${word}\n`), ['secret@1']);
    // Other session keys stay names (Django's `SESSION_KEY = '_auth_user_id'`), and in code a word is still judged by its looks.
    assert.deepEqual(matchKinds('app/configs/default.py', `class DefaultConfig(object):\n    REDIS_SESSION_KEY = "${word}"\n`), []);
    assert.deepEqual(matchKinds('app/forms.py', `CSRF_SESSION_KEY = "${word}"\n`), []);
  });

  it('read a URL that is a password key\'s whole value by its own password', () => {
    // In an example copy, a URL whose password only names itself is a stand-in, as it is outside a key.
    assert.deepEqual(matchKinds('settings/prod.py.example', `CACHE_URL = "redis://cache:6379"  # to set a password: "redis://:${joined('pass', 'word')}@cache:6379"\n`), []);
    // A real password in such a URL is found as the URL's password, with that value.
    assert.deepEqual(found('deploy/.env', `REDIS_PASSWORD=redis://:${random}@cache:6379/0\n`), ['url-password@1:random']);
    assert.deepEqual(found('app/settings.py', `CACHE_PASSWORD = "redis://app:${random}@cache:6379"\n`), ['url-password@1:random']);
    // A password that is no URL is the password still.
    assert.deepEqual(found('deploy/.env', `REDIS_PASSWORD=${random}\n`), ['password@1:random']);
  });
});
