import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the eighteenth batch of ops files (test/eval/opsBatch/tools-19.sh; docs/evaluation.md,
// helper cred-formats-19). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, a weak one, and one spelled from its own word. */
const password = joined('Vel', 'ta', '#', 'ru', 'mo', '47', '12');
const weak = joined('proxy', '2020');
const spelled = joined('Pass', 'w0rd');
/** A TSIG key's base64 (32 bytes). */
const tsig = joined('q3Jv', 'N8xT', 'b1Lk', 'Wm2R', 'dY7e', 'Pz4H', 'sG0u', 'Cf5A', 'aX9n', 'Kj6V', 'tE8=');

describe('credentials in the eighteenth batch of ops files', () => {
  it('read the logins of a Clash or mihomo configuration\'s authentication list, only there', () => {
    assert.deepEqual(matchKinds('.config/mihomo/config.yaml', `mixed-port: 7890\nauthentication:\n  - "ops:${password}"\n  - alice:${weak}\nmode: rule`), ['password@3', 'password@4']);
    assert.deepEqual(matchKinds('clash/config.yaml', 'authentication:\n  - "ops"\nnameserver:\n  - 192.168.1.1:53\n  - tls://1.1.1.1:853'), []);
    // Elsewhere an `authentication:` list is not one of logins.
    assert.deepEqual(matchKinds('config/app.yaml', `authentication:\n  - "ops:${password}"`), []);
  });

  it('read Ory\'s lists of keys under secrets:, not a Compose service\'s list of secret names', () => {
    assert.deepEqual(matchKinds('hydra/hydra.yml', `serve:\n  public:\n    port: 4444\nsecrets:\n  system:\n    - "${password}"\n  cookie:\n    - ${weak}x\ndsn: memory`), ['secret@6', 'secret@8']);
    assert.deepEqual(matchKinds('docker-compose.yml', 'services:\n  app:\n    secrets:\n      - db_password\n    environment:\n      - MODE=prod'), []);
    assert.deepEqual(matchKinds('kratos/kratos.yml', 'secrets:\n  cookie:\n    - ${COOKIE_SECRET}'), []);
  });

  it('take octoDNS\'s env/NAME as a reference to the environment', () => {
    assert.deepEqual(matchKinds('octodns/config.yaml', 'providers:\n  gandi:\n    class: octodns_gandi.GandiProvider\n    token: env/GANDI_TOKEN'), []);
    assert.equal(matchKinds('octodns/config.yaml', `providers:\n  gandi:\n    token: ${password}`).length, 1);
  });

  it('take a weak value spelled from its word in a {PLAIN} password file', () => {
    assert.equal(matchKinds('etc/dovecot/users', `alice:{PLAIN}${spelled}:5000:5000::/var/mail/alice::`).length, 1);
  });

  it('read an option and its value as two items of a command array, and Compose command lines', () => {
    assert.deepEqual(matchKinds('redis/docker-compose.yml', `    command: ["redis-server", "--requirepass", "${weak}"]`), ['command-array-password@1']);
    assert.deepEqual(matchKinds('k8s/exporter.yaml', `          args: ["--db-user", "monitor", "--db-password", "${password}"]`), ['command-array-password@1']);
    assert.deepEqual(matchKinds('redis/docker-compose.yml', '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]'), []);
    assert.deepEqual(matchKinds('docker-compose.yml', `    command: redis-server --requirepass ${password}`), ['script-option-password@1']);
  });

  it('read ops tools\' logins and keys given on the command line', () => {
    assert.deepEqual(matchKinds('bmc/ilo.sh', `ilorest login ilo1.corp.example -u admin -p '${password}'`), ['ops-tool-login@1']);
    assert.deepEqual(matchKinds('bmc/smc.sh', `SMCIPMITool 10.0.0.5 ADMIN ${weak} ipmi power status`), ['ops-tool-login@1']);
    assert.deepEqual(matchKinds('storage/mc.sh', `mc alias set corp https://s3.corp.example minio-admin '${password}'`), ['ops-tool-key-pair@1']);
    assert.deepEqual(matchKinds('dns/ddns.sh', `nsupdate -y hmac-sha256:ddns-key:${tsig} update.txt`), ['ops-tool-key-pair@1']);
    assert.deepEqual(matchKinds('storage/unlock.sh', `echo -n '${password}' | cryptsetup luksOpen /dev/sdb1 data -d -`), ['command-line-password@1']);
    assert.deepEqual(matchKinds('routers/exabgp.conf', `neighbor 192.0.2.1 {\n    md5-password ${password};\n}`), ['routing-daemon-password@2']);
    assert.deepEqual(matchKinds('scripts/backup.py', `r = requests.get(url, auth=("backup", "${password}"), timeout=30)`), ['positional-login@1']);
  });
});

describe('credentials in the eighteenth batch of ops files, an expect script', () => {
  it('read the answer sent to a password prompt, not the commands sent after it', () => {
    assert.deepEqual(matchKinds('ops/switch-login.exp', `#!/usr/bin/expect -f\nset timeout 20\nspawn ssh admin@sw1.corp.example\nexpect "assword:"\nsend "${password}\\r"\nexpect "#"\nsend "show running-config\\r"`), ['expect-password-answer@5']);
  });
});

describe('credentials in the eighteenth batch of ops files, second round (after the probe)', () => {
  it('read a login set in Emacs Lisp, a Privoxy SOCKS login and altool\'s password', () => {
    assert.deepEqual(matchKinds('.emacs.d/init.el', `(setq erc-nick "alice"\n      erc-password "${password}")`), ['emacs-setq-password@2']);
    assert.deepEqual(matchKinds('.emacs.d/init.el', '(setq erc-password (auth-source-pick-first-password :host "irc"))'), []);
    assert.deepEqual(matchKinds('etc/privoxy/config', `forward-socks5t / alice:${weak}@socks.corp.example:1080 .`), ['privoxy-forward-login@1']);
    assert.deepEqual(matchKinds('ios/upload.sh', `xcrun altool --upload-app -f Corp.ipa -u release@corp.example -p "${weak}"`), ['ops-tool-login@1']);
    assert.deepEqual(matchKinds('ios/upload.sh', 'xcrun altool --upload-app -f Corp.ipa -u release@corp.example -p "@keychain:AC_PASSWORD"'), []);
  });
});
