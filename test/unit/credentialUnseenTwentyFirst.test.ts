import * as assert from 'node:assert/strict';
import { FileMatcher } from '../../src/core/detect/credentials/fileMatcher';
import { joined, matchKinds } from './helpers';

// Classes of lines and files met in the histories of a box-building Packer collection, a Chef repository with its cookbooks
// and data bags, a NixOS configuration, an Azure Terraform module, a Go microservice with its Kubernetes manifests and the
// Jenkins configuration-as-code plugin (docs/evaluation.md, twenty-second session, helper cred-unseen-21). Every value here is
// made up and built from pieces, so that none reads as a key in the source.

/** Random-looking text of a token's length. */
const tokenLike = joined('q7Rt', 'Zp2w', 'Lm9x', 'Vb4k', 'Hs8d', 'Nc3f');

describe('credentials in the twenty-first batch of unseen histories', () => {
  it('read a template of a program by the extension before its own: a bare word there is the language\'s', () => {
    // A Chef cookbook's template of a Ruby script, a role's Jinja template of a Python module.
    assert.deepEqual(matchKinds('cookbooks/app/templates/default/seed.rb.erb', '    :password_digest => SecureRandom.hex,\n'), []);
    assert.deepEqual(matchKinds('roles/app/templates/local_settings.py.j2', 'SECRET_KEY = get_random_secret_key\n'), []);
    assert.deepEqual(matchKinds('templates/client.go.tmpl', '\tapiToken := cfg.Token\n'), []);
    // A literal written in is still found there, and a template of configuration is read as configuration.
    assert.deepEqual(matchKinds('cookbooks/app/templates/default/seed.rb.erb', `  :password => "${tokenLike}",\n`), ['password@1']);
    assert.deepEqual(matchKinds('roles/app/templates/local_settings.py.j2', `SECRET_KEY = '${tokenLike}'\n`), ['secret@1']);
    assert.deepEqual(matchKinds('cookbooks/web/templates/default/database.yml.erb', joined('production:\n  password: web', 'pass2019\n')), ['password@2']);
    // An INI file named `.php` so that the web server runs it (NagVis' `nagvis.ini.php`), and a template of one, are INI.
    const nagvis = joined('; <?php return 1; ?>\n[backend_db]\ndbuser="monitor"\ndbpass="moni', 'tor"\n');
    assert.deepEqual(matchKinds('etc/nagvis/nagvis.ini.php', nagvis), ['password@4']);
    assert.deepEqual(matchKinds('modules/nagvis/templates/nagvis.ini.php.erb', nagvis), ['password@4']);
  });

  it('read a file named after `@` as the file a command reads the value from', () => {
    const vault = joined('DEPLOY_PRIVATE_KEY', '=@/run/secrets/deploy_ssh_key\n');
    assert.deepEqual(matchKinds('docs/VAULT.md', vault), []);
    assert.deepEqual(matchKinds('ops/seed-vault.sh', vault), []);
    assert.deepEqual(matchKinds('ops/seed-vault.sh', joined('vault kv put secret/ci pass', 'word=@./ci_password.txt\n')), []);
    // A value that only begins with `@` is still one.
    assert.deepEqual(matchKinds('ops/seed-vault.sh', `export DB_PASSWORD=@${tokenLike}\n`), ['password@1']);
    assert.deepEqual(matchKinds('deploy/app.env', `DB_PASSWORD=@/${tokenLike.slice(0, 6)}!${tokenLike.slice(6)}\n`), ['password@1']);
  });

  it('read a bare word after `=>` followed by more words as a sentence', () => {
    assert.deepEqual(matchKinds('demos/logins/README.md', joined("The entry 'basic", "Password' => hash of the fields the login is made from.\n")), []);
    // A value alone after `=>` is still read, in prose and in code.
    assert.deepEqual(matchKinds('docs/setup.md', joined("'pass", "word' => ", tokenLike, '\n')), ['password@1']);
    assert.deepEqual(matchKinds('config/settings.php', `    'password' => '${tokenLike}',\n`), ['password@1']);
    // After `=`, words that follow are a command the value is set for.
    assert.deepEqual(matchKinds('ops/restore.sh', `PGPASSWORD=${tokenLike} psql -U ops shop\n`), ['password@1']);
  });

  it('read a BOSH, CredHub or Concourse variable as a reference, and `unused` as no value', () => {
    const manifest = joined('agent:\n  queue: amqp://agent:((queue_', 'password))@((director_ip)):5671\n', '  password: ((db_', 'password))\n',
      '  aws_secret_access_key: "((backup-secret-access-', 'key))"\n', '  private_key: "((director_tls.private_', 'key))"\n', '  token: ((vault:ci/deploy.tok', 'en))\n');
    assert.deepEqual(matchKinds('bosh.yml', manifest), []);
    assert.deepEqual(matchKinds('vsphere/cpi.yml', joined('vcenter:\n  user: unused\n  pass', 'word: unused\n  client_secret: not', 'used\n')), []);
    // A literal in the manifest, and one between double parentheses with more around it, are still found.
    assert.deepEqual(matchKinds('bosh.yml', `  password: ${tokenLike}\n`), ['password@1']);
    assert.deepEqual(matchKinds('bosh.yml', `  password: "((${tokenLike}))x!"\n`), ['password@1']);
  });

  it('report macOS\' automatic login password file by its name, its blob standing for the XORed password', () => {
    const blob = '0123456789abcdef0123456789abcdef01234567';
    const presence = (path: string) => new FileMatcher(path).presence(blob).map((m) => `${m.kind} ${m.value}`);
    for (const path of ['packer/scripts/macosx/support/kcpassword', 'etc/kcpassword']) assert.deepEqual(presence(path), [`macos-kcpassword blob:${blob}`], path);
    // The script that writes one, and a page about one, are not one.
    for (const path of ['macos/scripts/support/set_kcpassword.py', 'docs/kcpassword.md', 'kcpassword.sh']) assert.deepEqual(presence(path), [], path);
  });
});
