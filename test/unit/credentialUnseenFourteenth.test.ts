import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a NixOS configuration with patches of upstream sources and a vdirsyncer
// config, an Airflow deployment's Flask-AppBuilder config and a Chef cookbook collection (docs/evaluation.md, nineteenth
// session, helper cred-unseen-14). Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Tq5', 'Hw8z', 'Rk3N', 'vb7', 'Pm2c', 'Yd6', 'Gs4x');
/** A person's weak password. */
const weak = joined('kettle', '42', 'Moss');

describe('credentials in the fourteenth batch of unseen histories', () => {
  it('read a token\'s lookup key naming the field that holds the token as a name', () => {
    assert.deepEqual(matchKinds('webserver_config.py', "OAUTH_PROVIDERS = [{\n    'name': 'demo',\n    'token_key': 'access_token',\n}]"), []);
    assert.deepEqual(matchKinds('config/oauth.yaml', 'provider:\n  tokenKey: id_token'), []);
    // A token written there is still a token, and so is a field's name under a token's own key.
    assert.deepEqual(matchKinds('config/oauth.yaml', `provider:\n  tokenKey: ${generated}`), ['token@2']);
    assert.deepEqual(matchKinds('.env', 'API_TOKEN=access_token'), ['token@1']);
  });

  it('read how a password is fetched (vdirsyncer\'s `password.fetch`) as a command, not a password', () => {
    const config = (line: string) => `[storage contacts_remote]\ntype = "carddav"\nurl = "https://dav.example.org/"\nusername = "me@example.org"\n${line}\n`;
    assert.deepEqual(matchKinds('home/me/vdirsyncer.nix', config('password.fetch = ["command", "pass", "dav.example.org/me"]')), []);
    assert.deepEqual(matchKinds('config/vdirsyncer/config', config('password.fetch = ["command", "${pass}", "dav.example.org/me"]')), []);
    // A password written in the same file is found.
    assert.deepEqual(matchKinds('config/vdirsyncer/config', config(`password = "${weak}"`)), ['password@5']);
  });

  it('read the lines of a patch to a source file as that file\'s code', () => {
    const header = (path: string) => `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n@@ -1,3 +1,3 @@\n`;
    // A documentation comment in a C++ header shows a setting with an example value; a Python line aliases a member.
    assert.deepEqual(matchKinds('overlays/tool-fix.patch', `${header('src/settings.hh')}           Example:\n-          access-tokens = host.example=OAuth2:${joined('q1w', 'e2r3k9')}\n+          access-tokens = host.example=OAuth2:${joined('q1w', 'e2r3k9')} other.example=${joined('zz', '9y8')}\n`), []);
    assert.deepEqual(matchKinds('overlays/store-fix.diff', `${header('store/service.py')}-    Store.get_decrypted_password = Store.get_dcrypted_password\n+    if True:\n+        Store.get_decrypted_password = Store.get_dcrypted_password\n`), []);
    // A literal in that code is still read, and a configuration's patch is read as configuration, bare values and all.
    assert.deepEqual(matchKinds('overlays/store-fix.diff', `${header('store/service.py')}+    password = "${generated}"\n`), ['password@6']);
    assert.deepEqual(matchKinds('deploy/env.patch', `${header('.env')}-DB_PASSWORD=old\n+DB_PASSWORD=${weak}\n`), ['password@7']);
    // Two files in one patch: each read as its own.
    assert.deepEqual(matchKinds('deploy/both.patch', `${header('app/main.py')}+    secret = Store.secret_value\n${header('.env')}+SECRET_TOKEN=${generated}\n`), ['token@12']);
  });

  it('read a URL whose password is a short credential word in capitals as the URL\'s form', () => {
    assert.deepEqual(matchKinds('config/runtime.exs', '    raise """\n    environment variable DATABASE_URL is missing.\n    For example: ecto://USER:PASS@HOST/DATABASE\n    """'), []);
    assert.deepEqual(matchKinds('.env', 'DATABASE_URL=postgres://USERNAME:PWD@HOSTNAME/app'), []);
    // A password in the URL is found, in capitals too, and so is the short word in lower case in deployed configuration.
    assert.deepEqual(matchKinds('.env', `DATABASE_URL=postgres://app:${weak.toUpperCase()}@db.internal/app`), ['url-password@1']);
    assert.deepEqual(matchKinds('.env', 'DATABASE_URL=postgres://app:pass@db.internal/app'), ['url-password@1']);
  });

  it('find the password given to a Chef resource in a cookbook\'s recipe', () => {
    assert.deepEqual(matchKinds('site-cookbooks/shop/recipes/database.rb', `mysql_database_user 'shop' do\n  connection mysql_connection_info\n  password '${weak}'\n  action :create\nend`), ['chef-resource-password@3']);
    assert.deepEqual(matchKinds('cookbooks/pg/resources/role.rb', `postgresql_user 'app' do\n  unencrypted_password "${generated}"\nend`), ['chef-resource-password@2']);
    // An attribute or an interpolation is where the value comes from, and the resource's ask to make one is no value.
    assert.deepEqual(matchKinds('cookbooks/pg/recipes/server.rb', "postgresql_user 'app' do\n  password node['pg']['app_password']\n  password \"#{app_password}\"\nend\npostgresql_server_install 'main' do\n  password 'generate'\nend"), []);
  });
});
