import * as assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { contextOfPath } from '../../src/core/detect/credentials/pathContext';
import { notebookLine } from '../../src/core/detect/credentials/fileMatcher';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Puppet control repository with Hiera data, the Icinga Vagrant boxes (their
// Puppet modules and monitoring plugins), a GitLab template, Pulumi's examples and a data-science project's notebooks (docs/evaluation.md, twenty-first session,
// helper cred-unseen-18). Every value here is made up and built from pieces, or made at run time, so that none reads as a
// key in the source.

/** Random-looking text of a token's length. */
const tokenLike = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k', 'Hs8d', 'Nc3f');
/** A hex secret of 32 digits. */
const hexLike = joined('5c1e', '9a7d', '03bf', '4e62', 'a8d1', '7f09', 'c3b5', '62ea');

/** A fresh RSA key in PKCS#1 PEM, made at run time. */
function rsaPem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

describe('credentials in the eighteenth batch of unseen histories', () => {
  it('read an SNMP object\'s MIB name or numeric OID as an address, not a value', () => {
    // A monitoring plugin's table maps each object's name, some with a credential's word in it, to the object.
    assert.deepEqual(matchKinds('templates/icinga/check_nwc_health.erb', "    tokenRingPortEarlyTokenRelDefinition => 'CISCO-STACK-MIB::tokenRingPortEarlyTokenRel',\n"), []);
    assert.deepEqual(matchKinds('templates/icinga/check_nwc_health.erb', "    'lcsSetupWlanMngmtSyncWtpPasswordDefinition' => 'LCOS-MIB::lcsSetupWlanMngmtSyncWtpPassword',\n"), []);
    assert.deepEqual(matchKinds('templates/icinga/check_nwc_health.erb', "    vrrpOperAuthKey => '.1.3.6.1.2.1.68.1.3.1.10',\n"), []);
    assert.deepEqual(matchKinds('conf/snmp.yaml', 'auth_key: SNMPv2-MIB::sysDescr.0\n'), []);
    // A secret beside them is still found.
    assert.deepEqual(matchKinds('templates/icinga/check.erb', `    authKey => '${tokenLike}',\n`), ['api-key@1']);
  });

  it('read a key\'s passphrase dialog as the way it is asked for, not a passphrase', () => {
    // puppetlabs-apache's parameter for Apache's SSLPassPhraseDialog.
    assert.deepEqual(matchKinds('modules/apache/manifests/mod/ssl.pp', "  $ssl_pass_phrase_dialog  = 'builtin',\n"), []);
    assert.deepEqual(matchKinds('manifests/mod/ssl.pp', "  ssl_pass_phrase_dialog => 'exec:/usr/libexec/httpd-ssl-pass-dialog',\n"), []);
    // A passphrase itself is still found.
    assert.deepEqual(matchKinds('manifests/mod/ssl.pp', `  ssl_pass_phrase => '${tokenLike}',\n`), ['password@1']);
  });

  it('read Puppet\'s undef as no value', () => {
    assert.deepEqual(matchKinds('manifests/init.pp', '  api_basic_auth_password => undef,\n'), []);
    assert.deepEqual(matchKinds('data/common.yaml', 'profile::db::password: undef\n'), []);
  });

  it('read an identifier Terraform made up as a name', () => {
    assert.deepEqual(matchKinds('infra/outputs.json', joined('{ "creationToken": "terraform-2018', '0319235552', '106200000001" }\n')), []);
    // Another value under the same key is still read.
    assert.deepEqual(matchKinds('infra/outputs.json', `{ "creationToken": "${tokenLike}" }\n`), ['token@1']);
  });

  it('leave a PEM block that holds less than half of what its DER header declares', () => {
    const pem = rsaPem();
    const lines = pem.trim().split('\n');
    // GitLab's gitlab.rb template shows a key's shape in comments: BEGIN, one line of the body, END.
    const cut = `# gitlab_rails['bitbucket'] = {\n#  'private_key' => '${lines[0]}\n#   ${lines[1]}\n#   ${lines[lines.length - 1]}',\n# }\n`;
    assert.deepEqual(matchKinds('templates/gitlab/gitlab.rb.erb', cut), []);
    // The whole key is found, in a file of its own and commented the same way.
    assert.deepEqual(matchKinds('keys/private_key.pem', pem), ['private-key@1']);
    const commented = `#  'private_key' => '${lines[0]}\n${lines.slice(1).map((l) => `#   ${l}`).join('\n')}',\n`;
    assert.deepEqual(matchKinds('templates/gitlab/gitlab.rb.erb', commented), ['private-key@1']);
    // A short key whose header declares no long length (an EC key) is judged as before.
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    assert.deepEqual(matchKinds('keys/ec.pem', privateKey.export({ type: 'sec1', format: 'pem' }).toString()), ['private-key@1']);
  });

  it('find Icinga 2\'s ticket salt as the Puppet module and Hiera give it', () => {
    assert.deepEqual(matchKinds('site/profile/manifests/icinga/master.pp', `class { 'icinga2':\n  constants => {\n    'TicketSalt' => '${hexLike}',\n  },\n}\n`), ['icinga-ticket-salt@3']);
    assert.deepEqual(matchKinds('manifests/satellite.pp', `class { 'icinga2::feature::api':\n  ticket_salt     => '${tokenLike}',\n}\n`), ['icinga-ticket-salt@2']);
    assert.deepEqual(matchKinds('data/nodes/master.yaml', `icinga2::feature::api::ticket_salt: "${hexLike}"\n`), ['icinga-ticket-salt@1']);
    // A variable, a lookup, the constant's own name as a default and an empty salt are no values.
    assert.deepEqual(matchKinds('manifests/master.pp', "  'TicketSalt' => $ticket_salt,\n  ticket_salt => lookup('icinga2::ticket_salt'),\n  $ticket_salt = 'TicketSalt',\n  'TicketSalt' => '',\n"), []);
  });

  it('read a notebook\'s line of code as the code it holds', () => {
    /** A notebook whose one code cell holds these lines of Python, as Jupyter writes them (each line a JSON string). */
    const notebook = (...code: string[]) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n${code.map((c, i) => `    ${JSON.stringify(i < code.length - 1 ? `${c}\n` : c)}${i < code.length - 1 ? ',' : ''}`).join('\n')}\n   ]\n  }\n ]\n}\n`;
    const lines = ['import openai', `openai.api_key = "${tokenLike}"`, `client = Client(api_token="${tokenLike}b")`];
    // Found as they would be in a Python file (a notebook is documentation: listed among docs rows).
    assert.deepEqual(matchKinds('notebooks/explore.ipynb', notebook(...lines)), ['api-key@7', 'token@8']);
    assert.deepEqual(matchKinds('explore.py', lines.join('\n')), ['api-key@2', 'token@3']);
    // A variable and a stand-in stay quiet there too.
    assert.deepEqual(matchKinds('notebooks/explore.ipynb', notebook('openai.api_key = os.environ["OPENAI_API_KEY"]', 'openai.api_key = "<your-api-key>"')), []);
    // The value is placed where it is written on the notebook's line.
    const raw = `    "openai.api_key = \\"${tokenLike}\\"\\n",`;
    const cell = notebookLine(raw);
    assert.ok(cell);
    const start = cell.text.indexOf(tokenLike);
    assert.equal(raw.slice(cell.at[start], cell.at[start + tokenLike.length]), tokenLike);
    // A line that is no JSON string, or one without an escape, is read as it is.
    assert.equal(notebookLine('   "cell_type": "code",'), undefined);
    assert.equal(notebookLine('    "import openai",'), undefined);
  });

  it('put a module\'s Serverspec suite among tests', () => {
    assert.equal(contextOfPath('serverspec/environments/production/manifests/default.pp'), 'test');
    assert.equal(contextOfPath('modules/icinga2/serverspec/spec/default/icinga2_spec.rb'), 'test');
    assert.equal(contextOfPath('modules/icinga2/manifests/init.pp'), 'code');
  });
});
