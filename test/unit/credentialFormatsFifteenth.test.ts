import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the fourteenth batch of ops files (test/eval/opsBatch/tools-15.sh; docs/evaluation.md,
// helper cred-formats-15). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose. */
const password = joined('Vo', 'rn', '%', 'ek', 'la', '47', '19');
/** Hex a generator wrote, derived from made-up text, and a UUID cut from it. */
const hex64 = createHash('sha256').update(joined('made', '-up', ' batch', ' fourteen')).digest('hex');
const uuid = `${hex64.slice(0, 8)}-${hex64.slice(8, 12)}-${hex64.slice(12, 16)}-${hex64.slice(16, 20)}-${hex64.slice(20, 32)}`;

describe('credentials in the fourteenth batch of ops files', () => {
  it('read a ZNC user\'s <Pass> block (its hash, or the password itself when the method is plain)', () => {
    assert.deepEqual(matchKinds('znc/configs/znc.conf', `<User ops>\n\t<Pass password>\n\t\tMethod = sha256\n\t\tHash = ${hex64}\n\t\tSalt = ${hex64.slice(0, 20)}\n\t</Pass>`), ['znc-password@4']);
    assert.deepEqual(matchKinds('znc/configs/znc.conf', '\t<Pass password>\n\t\tHash = {{ znc_hash }}\n\t</Pass>'), []);
  });

  it('read SpamAssassin\'s SQL passwords, written after their name with no equals sign', () => {
    assert.deepEqual(matchKinds('etc/mail/spamassassin/local.cf', `bayes_sql_username sa_bayes\nbayes_sql_password ${password}`), ['spamassassin-sql-password@2']);
    assert.deepEqual(matchKinds('etc/spamassassin/sql.cf', `user_scores_sql_password ${password}`), ['spamassassin-sql-password@1']);
    assert.deepEqual(matchKinds('etc/mail/spamassassin/local.cf', 'bayes_sql_password\nbayes_sql_password {{ sa_sql_password }}'), []);
  });

  it('read an OpenSMTPD credentials table (`label user:password`)', () => {
    assert.deepEqual(matchKinds('etc/mail/secrets', `relay notify@corp.example:${password}`), ['opensmtpd-secret@1']);
    assert.deepEqual(matchKinds('etc/mail/smtpd/creds', `# label user:password\nrelay ops:${password}`), ['opensmtpd-secret@2']);
    assert.deepEqual(matchKinds('etc/mail/secrets', '# label user:password\nrelay ops:'), []);
    assert.deepEqual(matchKinds('docs/secrets', `relay ops:${password}`), []);
  });

  it('read the password option of a pppd peer or options file, bare or quoted', () => {
    assert.deepEqual(matchKinds('etc/ppp/peers/l2tp-corp', `noauth\nname ops\npassword ${password}`), ['pppd-password@3']);
    assert.deepEqual(matchKinds('etc/ppp/options.l2tpd.client', `user "ops"\npassword "${password}"`), ['pppd-password@2']);
    assert.deepEqual(matchKinds('etc/ppp/peers/provider', 'password ""\n# password secret'), []);
  });

  it('read a SmokePing secrets file (`host:secret`, one slave a line)', () => {
    assert.deepEqual(matchKinds('etc/smokeping/smokeping_secrets', `probe-berlin:${password}`), ['smokeping-secret@1']);
    assert.deepEqual(matchKinds('etc/smokeping/slavesecrets.conf', `# host:secret\nprobe-tokyo:${password}`), ['smokeping-secret@2']);
    assert.deepEqual(matchKinds('etc/smokeping/smokeping_secrets', 'probe-berlin:'), []);
  });

  it('read a RHEL or SUSE interface file\'s Wi-Fi and 802.1X keys', () => {
    assert.deepEqual(matchKinds('etc/sysconfig/network-scripts/keys-wlan0', `WPA_PSK='${password}'`), ['wifi-psk@1']);
    assert.deepEqual(matchKinds('etc/sysconfig/network-scripts/ifcfg-eth1', `KEY_MGMT=IEEE8021X\nIEEE_8021X_IDENTITY=host-web1\nIEEE_8021X_PASSWORD="${password}"`), ['wifi-psk@3']);
    assert.deepEqual(matchKinds('etc/sysconfig/network/ifcfg-wlan0', `WIRELESS_WPA_PSK='${password}'`), ['wifi-psk@1']);
    assert.deepEqual(matchKinds('etc/sysconfig/network-scripts/keys-wlan0', "WPA_PSK=''\nKEY_MGMT=WPA-PSK"), []);
  });

  it('read the client id of an Xray, V2Ray or sing-box inbound (a UUID), not a placeholder', () => {
    assert.deepEqual(matchKinds('etc/xray/config.json', `        "clients": [\n          { "id": "${uuid}", "flow": "xtls-rprx-vision" }\n        ]`), ['proxy-client-id@2']);
    assert.deepEqual(matchKinds('etc/v2ray/config.json', `"settings": { "clients": [ { "id": "${uuid}", "alterId": 0 } ] }`), ['proxy-client-id@1']);
    assert.deepEqual(matchKinds('etc/v2ray/config.json', '"clients": [ { "id": "<your-uuid>", "alterId": 0 } ]'), []);
    assert.deepEqual(matchKinds('src/config.json', `{ "id": "${uuid}" }`), []);
  });

  it('read a NetBird setup key given to the client or its container', () => {
    const key = uuid.toUpperCase();
    assert.deepEqual(matchKinds('deploy/netbird/docker-compose.yml', `    environment:\n      - NB_SETUP_KEY=${key}`), ['netbird-setup-key@2']);
    assert.deepEqual(matchKinds('scripts/netbird-join.sh', `netbird up --management-url https://nb.corp.example:33073 --setup-key ${key}`), ['netbird-setup-key@1']);
    assert.deepEqual(matchKinds('scripts/netbird-join.sh', 'netbird up --setup-key "$NB_SETUP_KEY"\n      - NB_SETUP_KEY=${NB_SETUP_KEY}'), []);
  });

  it('read Pacemaker\'s pcs login and JuiceFS\' object storage secret on a command line', () => {
    assert.deepEqual(matchKinds('scripts/cluster-setup.sh', `pcs host auth node1 node2 -u hacluster -p '${password}'`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/ha.sh', `pcs cluster auth db1 db2 -u hacluster -p ${password} --force`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/jfs.sh', `juicefs format --storage minio --access-key jfs --secret-key=${password} redis://r:6379/2 media`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/jfs.sh', `juicefs format \\\n  --storage s3 \\\n  --secret-key ${password} \\\n  redis://r:6379/1 fs`), ['ops-command-password@3']);
    assert.deepEqual(matchKinds('scripts/ha.sh', 'pcs host auth node1 -u hacluster -p "$HACLUSTER_PASS"\npcs host auth node1 -u hacluster\njuicefs format --secret-key "$JFS_SECRET" redis://r/1 fs'), []);
  });

  it('read the password of a CUPS SMB printer URI that names its workgroup', () => {
    assert.deepEqual(matchKinds('etc/cups/printers.conf', `DeviceURI smb://CORP/printuser:${password}@printsrv.corp.example/Floor2`).length, 1);
    assert.deepEqual(matchKinds('scripts/add-printer.sh', `lpadmin -p Floor3 -E -v smb://CORP/printuser:${password}@printsrv.corp.example/Floor3`).length, 1);
    assert.deepEqual(matchKinds('etc/cups/printers.conf', 'DeviceURI smb://CORP/printuser:${PRINT_PASS}@printsrv/Floor2\nDeviceURI smb://printsrv.corp.example/Floor2'), []);
  });

  // Second round, after the probe (test/eval/opsBatch/tools-15-probe.sh).
  it('read the passwords of a Cisco IOS SNMPv3 user', () => {
    assert.deepEqual(matchKinds('network/ios-snmp.cfg', `snmp-server group NMS v3 priv\nsnmp-server user nms-poller NMS v3 auth sha ${password} priv aes 128 ${password}`), ['snmp-community@2']);
    assert.deepEqual(matchKinds('network/ios-snmp.cfg', 'snmp-server user nms-poller NMS v3\nsnmp-server group NMS v3 priv read V1'), []);
  });

  it('read the connect string of Oracle\'s other command-line tools (Data Pump, RMAN)', () => {
    assert.deepEqual(matchKinds('etc/cron.d/oracle-export', `0 3 * * * oracle expdp system/${password}@ORCLPDB1 directory=DUMP_DIR full=y`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/rman.sh', `rman target sys/${password}@ORCL cmdfile=backup.rman`), ['ops-command-password@1']);
    assert.deepEqual(matchKinds('scripts/export.sh', 'expdp system/"$ORA_PASS"@ORCLPDB1 full=y\nexpdp parfile=export.par'), []);
  });

  it('judge openfortivpn\'s and Oxidized\'s config as files that hold a login: a value spelled from its word is a weak value there', () => {
    const spelled = joined('Pass', 'w0rd');
    assert.deepEqual(matchKinds('etc/openfortivpn/config', `host = vpn.corp.example\nusername = ops\npassword = ${spelled}`), ['password@3']);
    assert.deepEqual(matchKinds('oxidized/config', `---\nusername: oxidized\npassword: ${spelled}\nmodel: ios`), ['password@3']);
    assert.deepEqual(matchKinds('oxidized/config', '---\nusername: oxidized\npassword: "{{ oxidized_device_password }}"'), []);
    assert.deepEqual(matchKinds('lib/vpn/config', `password = ${spelled}`), []);
  });
});
