import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { joined, matchKinds } from './helpers';

// Classes of ops credential files read after the twelfth batch of ops files (test/eval/opsBatch/tools-13.sh; docs/evaluation.md,
// helper cred-formats-13). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A password a person chose. */
const password = joined('Ve', 'lt', '#', 'ra', 'no', '42', '17');
/** The same password's weak form, spelled from the credential's word (a stand-in outside deployed configuration and credential files). */
const spelled = joined('Pass', 'w0rd');
/** Hex and base64 a generator wrote, derived from made-up text. */
const hex64 = createHash('sha256').update(joined('made', '-up', ' seed')).digest('hex');
const hex32 = hex64.slice(0, 32);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('credentials in the twelfth batch of ops files', () => {
  it('read a certificate request\'s challenge password by its OID or its YAML name, not OpenSSL\'s prompt', () => {
    assert.deepEqual(matchKinds('etc/puppetlabs/puppet/csr_attributes.yaml', `---\ncustom_attributes:\n  1.2.840.113549.1.9.7: "${password}"\nextension_requests:\n  pp_role: web`), ['csr-challenge-password@3']);
    assert.deepEqual(matchKinds('puppet/csr_attributes.yaml', `custom_attributes:\n  challengePassword: ${password}`), ['csr-challenge-password@2']);
    assert.deepEqual(matchKinds('etc/ssl/openssl.cnf', '[ req_attributes ]\nchallengePassword = A challenge password\nchallengePassword_min = 4'), []);
  });

  it('read the password of a Percona Toolkit DSN after its user', () => {
    assert.deepEqual(matchKinds('etc/cron.d/pt-table-checksum', `15 2 * * * root pt-table-checksum h=db1.corp.example,u=checksum,p=${password} --quiet`), ['percona-dsn-password@1']);
    assert.deepEqual(matchKinds('ops/archive.sh', `pt-archiver --source 'h=db1,D=shop,t=orders,u=archiver,p=${password}' --purge`), ['percona-dsn-password@1']);
    assert.deepEqual(matchKinds('ops/archive.sh', 'pt-archiver --source h=db1,D=shop,t=orders,u=archiver,p=$PT_PASS --purge'), []);
    // A minified script's variables declared in a row are not a DSN (met in a built docs site's bundle).
    assert.deepEqual(matchKinds('assets/js/a97.e4bc.js', 'return a}var u=n.createContext({}),p=function(e){return e};var t=e,u=r.parentName,p=c(e);'), []);
  });

  it('read GoldenGate\'s USERID …, PASSWORD … unless the password is written encrypted', () => {
    assert.deepEqual(matchKinds('goldengate/dirprm/extsales.prm', `EXTRACT extsales\nUSERID ggadmin@ORCL, PASSWORD ${password}\nEXTTRAIL ./dirdat/es`), ['goldengate-password@2']);
    assert.deepEqual(matchKinds('ogg/dirprm/mgr.oby', `dblogin userid c##ggadmin, password ${password}`), ['goldengate-password@1']);
    assert.deepEqual(matchKinds('dirprm/ext.prm', `USERID ggadmin, PASSWORD ${hex64.toUpperCase()}, AES128, ENCRYPTKEY securekey1`), []);
  });

  it('read a password of an otopi answer file (oVirt engine-setup, hosted-engine) by its name and str: type', () => {
    assert.deepEqual(matchKinds('etc/ovirt-engine-setup/answers.conf', `[environment:default]\nOVESETUP_CONFIG/adminPassword=str:${password}\nOVESETUP_DB/user=str:engine\nOVESETUP_DB/password=str:${password}x`), ['otopi-answer-password@2', 'otopi-answer-password@4']);
    assert.deepEqual(matchKinds('answers.conf', 'OVESETUP_CONFIG/adminPassword=none:None\nOVESETUP_CONFIG/fqdn=str:engine.corp.example'), []);
  });

  it('read Junos secrets in set commands and in the braces form', () => {
    assert.deepEqual(matchKinds('network/edge1.set', `set system radius-server 10.0.0.5 secret "${password}"\nset protocols bgp group transit authentication-key ${password}x`), ['junos-secret@1', 'junos-secret@2']);
    assert.deepEqual(matchKinds('network/srx1.conf', `system {\n    radius-server {\n        10.0.0.5 secret "$9$${hex32}"; ## SECRET-DATA\n    }\n}`), ['junos-secret@3']);
    assert.deepEqual(matchKinds('network/edge1.set', 'set system radius-server 10.0.0.5 secret "{{ radius_secret }}"\nset security ike policy P pre-shared-key ascii-text $PSK'), []);
    // Prose that ends `secret directory);` (met in debops' READMEs), and a sentence that starts with `set`.
    assert.deepEqual(matchKinds('README.md', '  certificates. Generated files are kept on the Controller in\n  secret directory);\nset the shared secret value'), []);
  });

  it('read the lines of a SASL password file and an OSSEC or Wazuh agents\' client.keys', () => {
    assert.deepEqual(matchKinds('etc/sasl2/memcached-sasl-pwdb', `cacheuser:${password}\n# user:password`), ['sasl-pwdb-password@1']);
    assert.deepEqual(matchKinds('var/ossec/etc/client.keys', `001 web1 any ${hex64}\n002 web2 10.0.1.12 ${hex64.split('').reverse().join('')}`), ['ossec-agent-key@1', 'ossec-agent-key@2']);
    assert.deepEqual(matchKinds('var/ossec/etc/client.keys', '#001 web1 any KEY'), []);
  });

  it('read Kopia\'s saved password (base64), Varnish\'s secret, and a Tarsnap key file\'s key', () => {
    assert.deepEqual(matchKinds('.config/kopia/repository.config.kopia-password', b64(password)), ['kopia-password@1']);
    assert.deepEqual(matchKinds('etc/varnish/secret', `${hex32.slice(0, 8)}-${hex32.slice(8, 12)}-4${hex32.slice(13, 16)}-a${hex32.slice(17, 20)}-${hex32.slice(20)}`), ['varnish-secret@1']);
    assert.deepEqual(matchKinds('etc/varnish/secret', '{{ varnish_secret }}'), []);
    // Tarsnap's key: the first base64 line after the header; a template's stand-in line there is none (met in sovereign's roles).
    const tarsnapKey = `# START OF TARSNAP KEY FILE\n${Buffer.from(hex64 + hex64, 'hex').toString('base64')}\n${b64(hex64).slice(0, 40)}\n# END OF TARSNAP KEY FILE`;
    for (const path of ['root/tarsnap.key', 'backup/web1.tarsnap.key']) assert.deepEqual(matchKinds(path, tarsnapKey), ['tarsnap-key-file@2'], path);
    assert.deepEqual(matchKinds('roles/tarsnap/files/root_tarsnap.key', '# START OF TARSNAP KEY FILE\nTODO\n# END OF TARSNAP KEY FILE'), []);
  });

  it('read the API key given to maas login', () => {
    const key = `${hex64.slice(0, 18)}:${hex64.slice(18, 36)}:${hex64.slice(36, 68)}`;
    assert.deepEqual(matchKinds('scripts/maas-login.sh', `maas login ops http://maas.corp.example:5240/MAAS/api/2.0/ "${key}"`), ['maas-api-key@1']);
    assert.deepEqual(matchKinds('scripts/maas-login.sh', 'maas login ops http://maas:5240/MAAS/api/2.0/ "$MAAS_API_KEY"'), []);
  });

  it('read the SNMP community of a PHP monitor\'s config array', () => {
    assert.deepEqual(matchKinds('librenms/config.php', `<?php\n$config['snmp']['community'][] = "${password}";`), ['php-snmp-community@2']);
    assert.deepEqual(matchKinds('observium/config.php', `$config['snmp']['community'] = array('${password}');`), ['php-snmp-community@1']);
    assert.deepEqual(matchKinds('librenms/config.php', "$config['snmp']['community'][] = getenv('SNMP_COMMUNITY');"), []);
  });

  it('read iwd\'s and ConnMan\'s Wi-Fi keys by their names, and no other line of an iwd network file', () => {
    assert.deepEqual(matchKinds('var/lib/iwd/Office.psk', `[Security]\nPassphrase=${password}\n\n[Settings]\nAutoConnect=true`), ['wifi-psk@2']);
    assert.deepEqual(matchKinds('var/lib/connman/office.config', `[service_office]\nType = wifi\nPassphrase = ${password}`), ['wifi-psk@3']);
    // A Zabbix agent's PSK file is still one value alone.
    assert.deepEqual(matchKinds('etc/zabbix/zabbix_agentd.psk', hex64), ['secret-file@1']);
  });

  it('read a value: child of a credential\'s name alone on its line, and not a sibling\'s after its block', () => {
    assert.deepEqual(matchKinds('.flyrc', `targets:\n  main:\n    api: https://ci.corp.example\n    team: main\n    token:\n      type: bearer\n      value: ${password}`), ['token@7']);
    assert.deepEqual(matchKinds('deploy/values.yaml', `redis:\n  password:\n    value: "${password}"`), ['password@3']);
    assert.deepEqual(matchKinds('deploy/values.yaml', `auth:\n  token:\n    enabled: true\n  replicas:\n    value: ${password}`), []);
  });

  it('read an entry\'s key: under a parent named for the keys or credentials it holds, not under a list of public keys', () => {
    assert.deepEqual(matchKinds('apisix/conf/config.yaml', `deployment:\n  admin:\n    admin_key:\n      - name: admin\n        key: ${hex32}\n        role: admin`), ['api-key@5']);
    assert.deepEqual(matchKinds('kong/kong.yml', `consumers:\n- username: billing\n  keyauth_credentials:\n  - key: ${password}\n- username: other`), ['secret@4']);
    assert.deepEqual(matchKinds('cfssl/ca-config.json', `{\n  "auth_keys": {\n    "central": {\n      "type": "standard",\n      "key": "${hex32}"\n    }\n  }\n}`), ['api-key@5']);
    assert.deepEqual(matchKinds('users/ops.yaml', `ssh_authorized_keys:\n  - key: ssh-ed25519 ${b64(hex32)} ops\n    state: present`), []);
    assert.deepEqual(matchKinds('kong/kong.yml', 'consumers:\n- username: billing\n  keyauth_credentials:\n  - key: "{vault://env/billing-key}"'), []);
  });

  it('read a base64-encoded PEM block of a 25519 key by its label, as a written block is', () => {
    const body = Buffer.from(hex64, 'hex').toString('base64');
    const pem = b64(`-----BEGIN ED25519 ${'PRIVATE'} KEY-----\n${body}\n-----END ED25519 ${'PRIVATE'} KEY-----\n`);
    assert.deepEqual(matchKinds('talos/talosconfig', `contexts:\n  prod:\n    key: ${pem}`), ['private-key@3']);
  });

  it('read TeamCity\'s credentialsJSON reference as a reference, and a plain parameter value as a value', () => {
    const id = `${hex32.slice(0, 8)}-${hex32.slice(8, 12)}-4${hex32.slice(13, 16)}-8${hex32.slice(17, 20)}-${hex32.slice(20)}`;
    assert.deepEqual(matchKinds('.teamcity/projects/Shop/project-config.xml', `    <param name="env.REGISTRY_PASSWORD" value="credentialsJSON:${id}" spec="password display='hidden'" />`), []);
    assert.deepEqual(matchKinds('.teamcity/projects/Shop/project-config.xml', `    <param name="env.REGISTRY_PASSWORD" value="${password}" />`), ['password@1']);
  });

  it('read Baidu\'s bce CLI credentials, fly\'s .flyrc and a CURVE secret certificate as credential files, cron tables and GoldenGate parameters as deployed', () => {
    assert.deepEqual(matchKinds('.bce/credentials', `[Defaults]\nak = ${hex32.slice(0, 16)}\nsk = ${hex32}`), ['cloud-cli-config@3']);
    // A value spelled from the credential's word is a weak value there, not a stand-in.
    assert.deepEqual(matchKinds('zmq/certs/broker.key_secret', `curve\n    secret-key = "${spelled}"`), ['secret@2']);
    assert.deepEqual(matchKinds('home/ops/.flyrc', `targets:\n  main:\n    token:\n      type: bearer\n      value: ${spelled}`), ['token@5']);
    assert.deepEqual(matchKinds('etc/cron.d/pt-heartbeat', `* * * * * root pt-heartbeat --update h=db1,u=hb,p=${spelled}`), ['percona-dsn-password@1']);
    assert.deepEqual(matchKinds('ogg/dirprm/rep1.prm', `USERID ggadmin, PASSWORD ${spelled}`), ['goldengate-password@1']);
    // In a script the same word is a stand-in.
    assert.deepEqual(matchKinds('ops/checksum.sh', `pt-table-checksum h=db1,u=checksum,p=${spelled}`), []);
  });

  // Second round, after the probe (tools-13-probe.sh) showed these forms of the same families unread.
  it('read the probe\'s other forms: otopi\'s Pwd, Junos NTP keys and SNMPv3 passwords, iwd 802.1X and ConnMan services, a key-auth plugin, a Tarsnap folder', () => {
    assert.deepEqual(matchKinds('etc/ovirt-hosted-engine/answers.conf', `OVEHOSTED_VM/cloudinitRootPwd=str:${password}`), ['otopi-answer-password@1']);
    assert.deepEqual(matchKinds('network/ex1.set', `set system ntp authentication-key 1 type md5 value "${password}"\nset snmp v3 usm local-engine user mon authentication-sha256 authentication-password "${password}x"`), ['junos-secret@1', 'junos-secret@2']);
    assert.deepEqual(matchKinds('var/lib/iwd/Corp.8021x', `[Security]\nEAP-PEAP-Phase2-Identity=ops\nEAP-PEAP-Phase2-Password=${spelled}`), ['wifi-psk@3']);
    assert.deepEqual(matchKinds('var/lib/connman/wifi_office_managed_psk/settings', `[wifi_office_managed_psk]\nAutoConnect=true\nPassphrase=${spelled}`), ['wifi-psk@3']);
    assert.deepEqual(matchKinds('apisix/conf/apisix.yaml', `consumers:\n  - username: billing\n    plugins:\n      key-auth:\n        key: ${password}`), ['api-key@5']);
    assert.deepEqual(matchKinds('etc/tarsnap/web1.key', `# START OF TARSNAP KEY FILE\n${Buffer.from(hex64 + hex64, 'hex').toString('base64')}`), ['tarsnap-key-file@2']);
  });
});
