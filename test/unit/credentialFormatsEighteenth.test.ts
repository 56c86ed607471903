import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the seventeenth batch of ops files (test/eval/opsBatch/tools-18.sh; docs/evaluation.md,
// helper cred-formats-18). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, a weak one, and one spelled from its own word. */
const password = joined('Qu', 'il', '#', 'mar', 'to', '58', '31');
const weak = joined('ops', '2020');
const spelled = joined('Pass', 'w0rd');
/** An MD5 digest's 32 hex digits, as htdigest writes one. */
const digest = joined('9c4e', '1a7f', '03bd', '5e62', '8f17', 'a4c0', 'd29b', '6e35');

describe('credentials in the seventeenth batch of ops files', () => {
  it('read saved IRC logins: HexChat servlist.conf P= and B=', () => {
    assert.deepEqual(matchKinds('.config/hexchat/servlist.conf', `N=corp\nI=alice\nP=${password}\nS=irc.corp.example/6697`), ['hexchat-server-password@3']);
    assert.deepEqual(matchKinds('.xchat2/servlist_.conf', `N=libera\nB=${weak}`), ['hexchat-server-password@2']);
    assert.deepEqual(matchKinds('.config/hexchat/servlist.conf', 'N=corp\nP=\nS=irc.corp.example/6697'), []);
  });

  it('read 3proxy users in clear, on a users line or in a users file, not a comment or a file reference', () => {
    assert.deepEqual(matchKinds('etc/3proxy/3proxy.cfg', `nscache 65536\nusers admin:CL:${password}\nauth strong`), ['3proxy-user-password@2']);
    // Every clear entry of one users line, after a crypt entry too.
    assert.deepEqual(matchKinds('etc/3proxy/3proxy.cfg', `users "ops:CR:x" alice:CL:${password} bob:CL:${weak}`), ['3proxy-user-password@1', '3proxy-user-password@1']);
    assert.deepEqual(matchKinds('etc/3proxy/passwd', `alice:CL:${weak}`), ['3proxy-user-password@1']);
    assert.deepEqual(matchKinds('etc/3proxy/3proxy.cfg', `users $/etc/3proxy/passwd\n# users admin:CL:${password}`), []);
  });

  it('read htdigest entries and dma\'s smarthost logins', () => {
    assert.deepEqual(matchKinds('etc/apache2/.htdigest', `admin:Restricted:${digest}`), ['htdigest-entry@1']);
    assert.deepEqual(matchKinds('etc/apache2/.htdigest', 'admin:Restricted:'), []);
    assert.deepEqual(matchKinds('etc/dma/auth.conf', `# Format: user|my.smarthost.example.com:password\nrelay@corp.example|smtp.corp.example:${password}`), ['dma-auth-password@2']);
    assert.deepEqual(matchKinds('etc/dma/auth.conf', 'relay|smtp.corp.example:'), []);
  });

  it('read a GlusterFS volume file\'s login and ucarp\'s password in ifupdown', () => {
    assert.deepEqual(matchKinds('var/lib/glusterd/vols/gv0/trusted-gv0.tcp-fuse.vol', `volume gv0-client-0\n    option username u1\n    option password ${password}\nend-volume`), ['glusterfs-volfile-password@3']);
    assert.deepEqual(matchKinds('var/lib/glusterd/vols/gv0/trusted-gv0.tcp-fuse.vol', '    option transport-type tcp\n    option remote-host gluster1'), []);
    assert.deepEqual(matchKinds('etc/network/interfaces.d/vip', `iface eth0 inet static\n    ucarp-vip 10.0.0.10\n    ucarp-password ${weak}`), ['directive-password@3']);
    assert.deepEqual(matchKinds('etc/network/interfaces.d/vip', '    ucarp-password $UCARP_PASSWORD'), []);
  });

  it('read debconf password answers of any package, in a script or a Dockerfile', () => {
    assert.deepEqual(matchKinds('scripts/mysql-preseed.sh', `echo "mysql-server mysql-server/root_password password ${password}" | debconf-set-selections`), ['installer-password@1']);
    assert.deepEqual(matchKinds('docker/db/Dockerfile', `RUN echo 'phpmyadmin phpmyadmin/mysql/admin-pass password ${weak}' | debconf-set-selections`), ['installer-password@1']);
    assert.deepEqual(matchKinds('scripts/mysql-preseed.sh', 'echo "mysql-server mysql-server/root_password password $MYSQL_ROOT_PASSWORD" | debconf-set-selections'), []);
    assert.deepEqual(matchKinds('docs/notes.txt', 'the admin password password is set below'), []);
    assert.deepEqual(matchKinds('.bash_profile', 'export DB_HOST=db.corp.example # harmless w/o password or key'), []);
  });

  it('take a weak value spelled from its word in DVC\'s config.local, irssi\'s config and an Hjson configuration', () => {
    assert.equal(matchKinds('.dvc/config.local', `['remote "storage"']\n    url = ssh://dvc@storage.corp.example/srv/dvc\n    password = ${spelled}`).length, 1);
    assert.equal(matchKinds('.irssi/config', `servers = (\n  {\n    address = "irc.corp.example";\n    password = "${spelled}";\n  }\n);`).length, 1);
    assert.equal(matchKinds('lemmy/lemmy.hjson', `{\n  database: {\n    user: "lemmy"\n    password: "${spelled}"\n  }\n}`).length, 1);
    assert.deepEqual(matchKinds('.dvc/config', `['remote "storage"']\n    url = s3://corp-ml/dvc`), []);
  });
});

describe('credentials in the seventeenth batch of ops files, second round', () => {
  it('read a JSON array of passwords opened alone on its line (Trojan, Trojan-Go), not one of passwords to refuse', () => {
    assert.equal(matchKinds('etc/trojan-go/config.json', `{\n  "run_type": "server",\n  "password": [\n    "${password}",\n    "${weak}"\n  ],\n  "ssl": {"sni": "corp.example"}\n}`).length, 2);
    assert.deepEqual(matchKinds('etc/trojan-go/config.json', '{\n  "password": [\n    ""\n  ],\n  "remote_port": 80\n}'), []);
    assert.deepEqual(matchKinds('policy/config.json', `{\n  "banned_passwords": [\n    "${weak}"\n  ]\n}`), []);
  });
});
