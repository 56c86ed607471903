import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the nineteenth batch of ops files (test/eval/opsBatch/tools-20.sh; docs/evaluation.md,
// helper cred-formats-20). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose, and a weak one. */
const password = joined('Qu', 'il', '#', 'ba', 'ro', '58', '31');
const weak = joined('broker', '2020');

describe('credentials in the nineteenth batch of ops files', () => {
  it('read a login given as -u user -p password to any command of a script, not a port or a variable', () => {
    assert.deepEqual(matchKinds('iot/publish.sh', `mosquitto_pub -h broker.corp.example -p 8883 -u sensor -P ${password} -t plant/temp -m on`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('mq/queues.sh', `rabbitmqadmin -H mq.corp.example -u admin -p ${weak} list queues`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('windows/remote.cmd', `winrs -r:http://srv01.corp.example:5985 -u:CORP\\admin -p:${password} ipconfig /all`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('iot/publish.sh', 'mosquitto_pub -h broker -p 8883 -u sensor -t t -m on\nsudo -u postgres psql -p 5432 -c "SELECT 1"\nrabbitmqadmin -u admin -p "$MQ_PASS" list queues'), []);
    // A page's command line is documentation.
    assert.deepEqual(matchKinds('docs/mq.md', `rabbitmqadmin -u admin -p ${password} list queues`), []);
  });

  it('read a secret fed by echo or printf to a tool that reads it on standard input', () => {
    assert.deepEqual(matchKinds('krb/ticket.sh', `echo '${password}' | kinit svc-backup@CORP.EXAMPLE`), ['command-line-password@1']);
    assert.deepEqual(matchKinds('users/create.sh', `echo "${weak}" | passwd --stdin deploy`), ['command-line-password@1']);
    assert.deepEqual(matchKinds('keyring/store.sh', `echo -n "${password}" | secret-tool store --label=db service corp-db`), ['command-line-password@1']);
    assert.deepEqual(matchKinds('krb/ticket.sh', 'echo "$KRB_PASSWORD" | kinit svc@CORP.EXAMPLE'), []);
  });

  it('read the positional passwords of mysqladmin, nmcli and aws configure set', () => {
    assert.deepEqual(matchKinds('db/reset-root.sh', `mysqladmin -u root password "${password}"`), ['script-positional-password@1']);
    assert.deepEqual(matchKinds('wifi/join.sh', `nmcli dev wifi connect CorpWLAN password ${weak} ifname wlan0`), ['script-positional-password@1']);
    assert.deepEqual(matchKinds('wifi/join.sh', 'nmcli dev wifi connect Corp password "$WIFI_PSK"'), []);
  });

  it('read a proxy login written as user:password@host without a scheme in a proxy setting', () => {
    assert.deepEqual(matchKinds('etc/pip/pip.conf', `[global]\nproxy = builder:${password}@proxy.corp.example:3128`), ['proxy-setting-login@2']);
    assert.deepEqual(matchKinds('etc/environment', `https_proxy=builder:${weak}@proxy.corp.example:3128`), ['proxy-setting-login@1']);
    assert.deepEqual(matchKinds('etc/pip/pip.conf', '[global]\nproxy = proxy.corp.example:3128\nproxy = $PROXY_USER:$PROXY_PASS@proxy.corp.example:3128'), []);
  });
});

describe('credentials in the nineteenth batch of ops files, second round (the probe, not held out)', () => {
  it('read Windows\' /user: … /password: and an option that runs a word into password', () => {
    assert.deepEqual(matchKinds('scripts/inventory.bat', `wmic /node:srv01 /user:CORP\\admin /password:${password} os get caption`), ['cli-user-short-password@1']);
    assert.deepEqual(matchKinds('ops/pve-template.sh', `qm set 9000 --ciuser ops --cipassword ${weak} --ipconfig0 ip=dhcp`), ['script-option-password@1']);
    assert.deepEqual(matchKinds('ops/pve-template.sh', 'qm set 9000 --cipassword "$(cat /run/secrets/ci)"\nwmic /user:CORP\\admin /password:%WMI_PASS% os get caption\npsql -U app -W shop'), []);
  });
});
