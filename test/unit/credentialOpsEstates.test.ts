import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of configuration-management and GitOps estates: Salt states and pillar, a Puppet
// control repository with Hiera data, a Chef cookbook, a Terraform estate of many modules, a Flux cluster, Nomad jobs and a
// Spring service's compose files (docs/evaluation.md, fifteenth session, seventh batch). Every value here is made up and
// built from pieces, so that none reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Qx7', 'Lm2p', 'Rt9V', 'wK4', 'zN8c', 'Hy3');
/** A weak but chosen password: a word, a sign and digits. */
const weak = joined('Hel', 'iotrope', '-', '73');

describe('credentials in configuration-management and GitOps estates', () => {
  it('read a Salt renderer\'s lookup and an sdb URI as references to a secret store', () => {
    const pillar = [
      'password: __vault__:cache:postgres-app/creds/readonly>data>password',
      '  SECRET_KEY: __vault__::secret-app/global/django>data>value',
      '  api_key: __vault__:gen_if_missing:secret-ops/heroku/api-key>data>value',
      "{% set passphrase = '__vault__::secret-ops/backup-passphrase>data>value' %}",
      '  password: sdb://vault/secret/app/db?password',
    ].join('\n');
    assert.deepEqual(matchKinds('pillar/apps/app.sls', pillar), []);
    // A value in the same file is still one; so is a word in dunders that is not a lookup before a path.
    assert.deepEqual(matchKinds('pillar/apps/app.sls', `password: ${generated}\napi_key: __init__:${generated}`), ['password@1', 'api-key@2']);
  });

  it('read Puppet\'s fully qualified variables as references', () => {
    const manifest = ['    pass     => $::profile::sensu::api_password,', '  $db_password = $::app::params::password'].join('\n');
    assert.deepEqual(matchKinds('site/profile/manifests/sensu/uchiwa.pp', manifest), []);
    assert.deepEqual(matchKinds('site/profile/manifests/sensu/uchiwa.pp', `    pass     => '${weak}',`), ['password@1']);
  });

  it('read Puppet\'s `absent` as no value', () => {
    assert.deepEqual(matchKinds('site/tools/manifests/user/managed.pp', "  $password            = 'absent',"), []);
    assert.deepEqual(matchKinds('site/tools/manifests/user/managed.pp', `  $password            = '${joined('absent', 'ee', '2')}',`), ['password@1']);
  });

  it('read a Ruby interpolation cut by the quotes inside it as filled in by code', () => {
    const recipe = `  echo "ALTER ROLE postgres ENCRYPTED PASSWORD '#{node['postgresql']['password']['postgres']}';" | psql`;
    assert.deepEqual(matchKinds('recipes/server.rb', recipe), []);
    assert.deepEqual(matchKinds('recipes/server.rb', `  echo "ALTER ROLE postgres ENCRYPTED PASSWORD '${weak}';" | psql`), ['sql-password@1']);
  });

  it('read Ruby\'s instance variables inside an ERB tag as the template\'s variables', () => {
    assert.deepEqual(matchKinds('templates/nrsysmond.cfg.erb', "hostname=<%= @options['license_key'] ||= @hostname %>"), []);
    assert.deepEqual(matchKinds('templates/nrsysmond.cfg.erb', `license_key=${generated}`), ['api-key@1']);
  });

  it('read credentials further in a name, followed by a setting\'s words, as a thing the setting is about', () => {
    assert.deepEqual(matchKinds('pillar/heroku/app.sls', "    'DIGITAL_CREDENTIALS_SUPPORTED_RUNS': 'course-v1:Org+Course1+R2',"), []);
    // A credential's word, an environment's name or `for` after it: whose credential it is.
    const named = [`    DIGITAL_CREDENTIALS_HMAC_SECRET: ${generated}`, `GCP_CREDENTIALS_PROD_EU=${generated}`, `GCP_CREDENTIALS_FOR_DEPLOY=${generated}`].join('\n');
    assert.deepEqual(matchKinds('deploy/app.env', named), ['secret@1', 'secret@2', 'secret@3']);
  });

  it('read a policy\'s age, a Secret\'s namespace and a rule\'s action after the credential\'s word as settings', () => {
    const settings = ['maximum_password_age = 380', 'provisioner-secret-namespace = "kube-system"', 'pass_action: .filter_action == "pass"'].join('\n');
    assert.deepEqual(matchKinds('modules/account-settings/default.auto.tfvars', settings), []);
    // Before the credential's word they name the tool or the service whose credential it is.
    const tools = [`AGE_SECRET_KEY=${generated}`, `ACTIONS_RUNTIME_TOKEN=${generated}`, `NAMESPACE_TOKEN=${generated}`].join('\n');
    assert.deepEqual(matchKinds('deploy/.env', tools), ['secret@1', 'token@2', 'token@3']);
  });

  it('read a Kubernetes label\'s qualified name as a name', () => {
    const manifest = ['      topologyKey: "failure-domain.beta.kubernetes.io/zone"', '  secret: "csi.storage.k8s.io/provisioner-secret"'].join('\n');
    assert.deepEqual(matchKinds('charts/app/templates/deployment.yaml', manifest), []);
    assert.deepEqual(matchKinds('charts/app/values.yaml', `  secret: "${generated}"`), ['secret@1']);
  });

  it('read words parted by slashes and a path under a hidden folder as paths, not values', () => {
    const values = ['    secret: "kube-system/acme-crt-secret"', '  external-secrets: .taskfiles/ExternalSecrets', '  ssm_key_password: admin/db_password', "{% set debconf_root_password = 'percona-server-server-5.7/root-pass' %}"].join('\n');
    assert.deepEqual(matchKinds('deploy/values.yaml', values), []);
    // A login written as documentation writes it and generated text with a slash are still values.
    assert.deepEqual(matchKinds('deploy/values.yaml', `  password: ${joined('adm', 'in/', 'adm', 'in')}\n  password: "${joined('Qx7Lm2p', '/', 'Rt9V-wK4zN8c')}"`), ['password@1', 'password@2']);
  });

  it('read an ExternalSecret\'s `- secretKey:` entry as the name of the target Secret\'s entry', () => {
    const externalSecret = ['  data:', '    - secretKey: api-key', '      remoteRef:', '        key: cloudflare', '    - secretKey: username', '    - secretKey: tls.crt'].join('\n');
    assert.deepEqual(matchKinds('kubernetes/apps/network/externalsecret.yaml', externalSecret), []);
    // A generated value there, and a secret key's value outside a list item (MinIO's `secretKey:`), are values.
    assert.deepEqual(matchKinds('kubernetes/apps/storage/values.yaml', `    - secretKey: ${generated}\n      accessKey: minio\n    secretKey: ${weak}`), ['secret@1', 'secret@3']);
  });

  it('read a note that the value is replaced at start and a described htpasswd entry as stand-ins', () => {
    const config = ['postgresPass = "overwritten-by-env"', 'sessionSecret = "overridden_at_runtime"'].join('\n');
    assert.deepEqual(matchKinds('kubernetes/apps/autobrr/config/config.toml', config), []);
    assert.deepEqual(matchKinds('levant/defaults.yml', "auth: 'user:hash' #in htaccess format"), []);
    assert.deepEqual(matchKinds('kubernetes/apps/autobrr/config/config.toml', `postgresPass = "${weak}"`), ['password@1']);
  });

  it('read a socket named by its type in a commented nginx directive as a place', () => {
    assert.deepEqual(matchKinds('pillar/nginx/video.sls', '#     - uwsgi_pass: unix:/var/run/uwsgi/video-service.sock'), []);
    assert.deepEqual(matchKinds('pillar/nginx/video.sls', `#     - db_pass: ${generated}`), ['password@1']);
  });

  it('read a token parted by a hyphen whose parts mix cases as a token, not a header\'s name', () => {
    const runner = `token: '${joined('WQkjrbLsyhFB', '-', 'FKMosPe9')}' # CI runner token, changes at every installation`;
    assert.deepEqual(matchKinds('hieradata/nodes/cirunner.yaml', runner), ['token@1']);
    // Header names: words and acronyms, two words glued at most.
    const headers = ['token_header: X-Amz-Security-Token', '  tokenHeader: X-CSRFToken', '  secret_header: Sec-WebSocket-Key'].join('\n');
    assert.deepEqual(matchKinds('hieradata/common.yaml', headers), []);
  });

  it('read glauth\'s passsha256 and passbcrypt as a password\'s digest', () => {
    const digest = joined('6b3a55e0261b0304', '143f805a24924d0c', '1c44524821305f31', 'd9277843b8a10f4e');
    assert.deepEqual(matchKinds('cluster/apps/glauth/config.toml', `[[users]]\nname = "svc"\npasssha256 = "${digest}"`), ['password@3']);
    // What describes a digest there is no value, as under any digest's name.
    assert.deepEqual(matchKinds('cluster/apps/glauth/config.toml', 'passsha256 = "some-password-sha"\nbypass = "on"'), []);
  });

  it('read the credential\'s words joined in capitals as a field\'s name, and a line opening with an example\'s introduction as documentation', () => {
    assert.deepEqual(matchKinds('packs/app/clickhouse/storage.xml', '            <secret_access_key>SECRET-ACCESS-KEY</secret_access_key>'), []);
    assert.deepEqual(matchKinds('packs/app/clickhouse/storage.xml', `            <secret_access_key>${generated}</secret_access_key>`), ['secret@1']);
    // Inside an XML comment block: the line is prose, so a value there must look generated, as on a commented line.
    const comment = ['    <!-- Password could be specified in plaintext or in SHA256.', '         Example: <password>qwerty</password>.', '         Example: <password_sha256_hex>65e84be3353…</password_sha256_hex>', '    -->'].join('\n');
    assert.deepEqual(matchKinds('packs/app/clickhouse/users.xml', comment), []);
    assert.deepEqual(matchKinds('packs/app/clickhouse/users.xml', `            <password>${joined('qwe', 'rty')}</password>\n         Example: <password>${generated}</password>.`), ['password@1', 'password@2']);
  });

  it('read a heredoc\'s environment-file lines in HCL as text, their bare values as literals', () => {
    const variable = ['variable "server_config" {', '  default     = <<EOF', 'DRONE_SERVER_HOST=drone.service.consul', `DRONE_RPC_SECRET=${generated}`, 'DB_PASSWORD=var.db_password', 'EOF', '}'].join('\n');
    assert.deepEqual(matchKinds('packs/drone/variables.hcl', variable), ['secret@4']);
    // HCL's own attributes: a bare value is an expression.
    assert.deepEqual(matchKinds('main.tf', '  password=random_password.db.result\n  password = local.db_password'), []);
  });

  it('read 40 hexadecimal digits under a token\'s name in deployed configuration as the token (a Gitea token), not a commit', () => {
    const token = joined('31a914fe', '134384e4', '044a7d3f', '7f965bea', '7a5be5b0');
    assert.deepEqual(matchKinds('platform/renovate/values.yaml', `        "token": "${token}",`), ['token@1']);
    // Under a name that says what it is about or a commit's name, and in code, such a value is still a commit id.
    assert.deepEqual(matchKinds('platform/renovate/values.yaml', `  BUILD_TOKEN: ${token}\n  commit_token: ${token}`), []);
    assert.deepEqual(matchKinds('app/sync.py', `token = "${token}"`), []);
  });

  it('read Nomad job files as deployed configuration, a keyword argument ending its line as passed on', () => {
    const job = ['        PAPERLESS_ADMIN_PASSWORD="admin"', "        smtp_auth_password: 'password'"].join('\n');
    assert.deepEqual(matchKinds('paperless/nomad.job', job), ['password@1', 'password@2']);
    assert.deepEqual(matchKinds('apps/paperless.nomad', job), ['password@1', 'password@2']);
    assert.deepEqual(matchKinds('pgvector-client/nomad.job', '    password=pg_password,'), []);
    // A YAML flow mapping's weak value, a comma after it, is still one.
    assert.deepEqual(matchKinds('group_vars/all.yml', 'users: [{name: app, password: shop_pwd}, {name: b}]'), ['password@1']);
  });
});
