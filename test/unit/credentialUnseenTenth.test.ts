import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Classes of lines met in the histories of a Spring Boot and Vue admin system, an ASP.NET Core shop with Razor views, a Phoenix app's
// Makefile and Terraform templates, a homelab's compose boilerplates, a Kubernetes operator's Secrets and an Express starter
// (docs/evaluation.md, sixteenth session, helper cred-unseen-10). Every value here is made up and built from pieces, so that none
// reads as a key in the source.

/** A value a generator wrote. */
const generated = joined('Vb4', 'Kq8s', 'Wm2T', 'pZ6', 'rJ3d', 'Nf9', 'Lx7c', 'Hy5', 'Gt1e');
/** A shorter one, a password's length. */
const typed = joined('Qm7x', 'Vb2K', 'p9Lw');

describe('credentials in the tenth batch of unseen histories', () => {
  it('read a bound attribute or a directive of a template as an expression, a string literal there as its text', () => {
    const view = [
      '<a-button type="primary" v-auth="\'system:user:add\'" @click="handleAdd"> 新增</a-button>',
      '<j-cell :isNotPass="notPassedIds.includes(col.key + row.id)" />',
      '<input v-bind:password="form.password">',
      '<app-login [token]="session.token"></app-login>',
    ].join('\n');
    assert.deepEqual(matchKinds('src/views/system/UserList.vue', view), []);
    // A literal given to a bound attribute is still read, without its quotes, and a plain attribute's too.
    assert.deepEqual(matchKinds('src/views/Demo.vue', `<demo-client :token="'${generated}'" />`), ['token@1']);
    assert.deepEqual(matchKinds('src/views/Demo.vue', `<demo-client token="${generated}" />`), ['token@1']);
  });

  it('read a permission code or a namespaced name joined by colons as names', () => {
    const table = ["      auth: 'system:sys_ugroup:edit',", "      auth: 'openapi:open_api_auth:deleteBatch',", "  auth: 'online:form:enhanceSql:save',"].join('\n');
    assert.deepEqual(matchKinds('src/views/system/ugroup/SysUgroupList.vue', table), []);
    // A key's namespace glued to its name in a page that shows code or a command.
    const notes = ['private static final String ROLE_CACHE_PREFIX = "satoken:user-role:";', 'redis-cli --scan --pattern "satoken:login:session:*"'].join('\n');
    assert.deepEqual(matchKinds('docs/migration.md', notes), []);
    // Generated text with colons is still a secret, and a glued value of one part too.
    assert.deepEqual(matchKinds('src/config.ts', `  auth: '${generated.slice(0, 9)}:${generated.slice(9, 18)}:${generated.slice(18)}',`), ['secret@1']);
    assert.deepEqual(matchKinds('.env', `ADMIN_TOKEN:${generated}`), ['token@1']);
  });

  it('end a bare value at an escaped line end when a file is embedded in a string', () => {
    const row = `INSERT INTO config_info VALUES (1, 'app-dev.yaml', 'spring:\\n  redis:\\n    password: ${typed}\\n  security:\\n    is_verify_token: false\\r\\n    client-secret: ${generated}\\n');`;
    // The two values are read without the escape after them (so each is the value written in the file beside it), the flag not at all.
    assert.deepEqual(matchKinds('db/tables_config.sql', row), ['password@1', 'secret@1']);
    // A value holding a backslash on a line without embedded line ends is read whole.
    assert.deepEqual(matchKinds('config/app.ini', `password = ${typed.slice(0, 6)}\\n${typed.slice(6)}`), ['password@1']);
  });

  it('read a Razor expression written into a script string of a view as the server\'s code', () => {
    const view = ['<script>', '    var client_token = "@Model.ClientToken";', '    data.paymentToken = "@Html.Raw(Model.PaymentToken)";', '</script>'].join('\n');
    assert.deepEqual(matchKinds('Areas/Payment/Views/Shared/Default.cshtml', view), []);
    // A literal in a view is still read, and a value starting with `@` outside a Razor view too.
    assert.deepEqual(matchKinds('Areas/Payment/Views/Shared/Default.cshtml', `    var client_token = "${generated}";`), ['token@1']);
    assert.deepEqual(matchKinds('src/client.js', `    var client_token = "@${generated}";`), ['token@1']);
  });

  it('read the name of an authentication method as no password', () => {
    assert.deepEqual(matchKinds('registry/docker-compose.yml', 'services:\n  registry:\n    environment:\n      REGISTRY_AUTH: htpasswd'), []);
    assert.deepEqual(matchKinds('k8s/mariadb-auth.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: auth\nstringData:\n  nativePasswordPlugin: mysql_native_password\n  pgAuthMethod: scram-sha-256'), []);
    // The Secret's password beside them is still one.
    assert.deepEqual(matchKinds('k8s/mariadb-auth.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: auth\nstringData:\n  password: ${typed}`), ['kubernetes-secret@6']);
  });

  it('read a variable spliced into a shell string, a login with a variable for its password, and a Dagger environment argument as references', () => {
    assert.deepEqual(matchKinds('Makefile', `\tcurl --data '{"access_token":"'$$ROLLBAR_ACCESS_TOKEN'","environment":"production"}' https://api.example.invalid/deploy`), []);
    assert.deepEqual(matchKinds('deploy/userdata.tpl', 'credentials="neo4j:$instance_id"'), []);
    // Dagger's secret argument names the caller's environment variable.
    assert.deepEqual(matchKinds('docs/branch.md', '3. Run `dagger call db-branch --neon-api-key=env:NEON_API_KEY`'), []);
    // A literal after the login is still read.
    assert.deepEqual(matchKinds('deploy/userdata.tpl', `credentials="neo4j:${typed}"`), ['secret@1']);
  });

  it('read a session key encrypted to a machine\'s key container as no secret', () => {
    const blob = joined('AQIAAA', 'BBmAAA', generated.repeat(5).slice(0, 150), '==');
    const config = `<add name="AesProvider" type="Microsoft.ApplicationHost.AesProtectedConfigurationProvider" keyContainerName="iisConfigurationKey" useMachineContainer="true" sessionKey="${blob}" />`;
    assert.deepEqual(matchKinds('.vs/config/applicationhost.config', config), []);
    assert.deepEqual(matchKinds('.vs/config/applicationhost.config', config.replace(blob, generated)), ['api-key@1']);
  });

  it('read a name and a value given to a call as a pair', () => {
    assert.deepEqual(matchKinds('controllers/api.js', `  url.searchParams.append('api-key', '${generated}');`), ['api-key@1']);
    assert.deepEqual(matchKinds('src/Client.java', `    headers.add("X-Access-Token", "${generated}");`), ['token@1']);
    assert.deepEqual(matchKinds('src/Seed.java', `    params.put("client_secret", "${generated}");`), ['secret@1']);
    assert.deepEqual(matchKinds('hack/client/main.go', `\tflag.StringVar(&password, "password", "${typed}", "Database password")`), ['password@1']);
    // A variable, a word, a name that is no credential's, or a header's scheme and value are not.
    const code = ["  form.append('password', password);", "  i18n.set('password', 'Mot de passe');", `  params.set('grant_type', '${generated}');`, "  req.setHeader('Authorization', 'Bearer ' + token);"].join('\n');
    assert.deepEqual(matchKinds('src/client.js', code), []);
  });

  // Second round: a Java blog platform with Gradle builds and a Vue console, a Kubernetes operator for PostgreSQL, a .NET
  // solution template and a government's Kubernetes platform.
  it('read a bare camel-case name in a Gradle build script as a Groovy variable', () => {
    const build = ['publishing {', '  repositories {', '    maven {', '      credentials {', '        username = "ci"', '        password = ghcrTokenProvider', '      }'].join('\n');
    assert.deepEqual(matchKinds('application/build.gradle', build), []);
    // A quoted literal there is still read.
    assert.deepEqual(matchKinds('application/build.gradle', build.replace('ghcrTokenProvider', `"${generated}"`)), ['password@6']);
  });

  it('read a package\'s whole coordinates as no secret', () => {
    assert.deepEqual(matchKinds('gradle/libs.versions.toml', "[libraries]\ntwofactor-auth = 'com.acme.security:two-factor-auth:1.3'"), []);
    assert.deepEqual(matchKinds('platform/application/build.gradle', '    api "com.acme.security:two-factor-auth:$twoFactorAuth"'), []);
    assert.deepEqual(matchKinds('gradle/libs.versions.toml', `[libraries]\ntwofactor-auth = '${generated}'`), ['secret@2']);
  });

  it('read a word of another script written as Java escapes as a translation\'s label', () => {
    const properties = ['a.password=\\u5BC6\\u7801', 'tooltip.password.plain=\\u5BC6\\u7801\\u660E\\u6587'].join('\n');
    assert.deepEqual(matchKinds('translation.properties', properties), []);
    // An escaped ASCII character is part of a value, and a value with escapes among other characters too.
    assert.deepEqual(matchKinds('config/app.properties', `db.password=${typed}\\u0021`), ['password@1']);
  });

  it('read PostgreSQL\'s password method as no password', () => {
    assert.deepEqual(matchKinds('docs/src/roles.md', 'hashed (for example, on a cluster running `password_encryption = md5`),'), []);
  });
});

// The eleventh batch (docs/evaluation.md, helper cred-unseen-11): the class the tenth batch left, then the classes met in
// its own histories.
describe('credentials in the eleventh batch of unseen histories', () => {
  it('read a declared default whose documentation calls it a name (of a Secret, of a key in one) as no credential', () => {
    // A homelab template's variables, an Ansible role's argument spec (its description a list), copier's `help:`, a Helm
    // values schema and a Terraform variable: each default names a Secret or a key in one.
    const template = ['variables:', '  api_token_secret_key:', '    type: str', '    description: Key name in secret containing the DNS API token', '    default: api-token'].join('\n');
    assert.deepEqual(matchKinds('library/kubernetes/issuer/template.yaml', template), []);
    const role = ['argument_specs:', '  main:', '    options:', '      backup_token_secret:', '        type: str', '        description:', '          - The name of the existing Kubernetes secret', '          - holding the backup token.', '        default: backup-token'].join('\n');
    assert.deepEqual(matchKinds('roles/backup/meta/argument_specs.yml', role), []);
    assert.deepEqual(matchKinds('copier.yml', 'db_password_key:\n  type: str\n  help: The key within the secret that holds the password\n  default: db-password'), []);
    const schema = ['{', '  "properties": {', '    "apiTokenSecretKey": {', '      "type": "string",', '      "description": "Name of the key in the Secret holding the token",', '      "default": "token"', '    }', '  }', '}'].join('\n');
    assert.deepEqual(matchKinds('charts/dns/values.schema.json', schema), []);
    assert.deepEqual(matchKinds('modules/app/variables.tf', 'variable "admin_password_secret" {\n  description = "Secret name for the admin password"\n  default     = "app-admin-password"\n}'), []);
  });

  it('still read a declared default as a credential when its documentation does not call it a name, or its value is not shaped as one', () => {
    // `token secret key` is also a signing key's name: without documentation saying otherwise its default is deployed.
    const signing = ['variables:', '  token_secret_key:', '    type: str', '    description: Secret key used to sign session tokens', `    default: ${generated}`].join('\n');
    assert.deepEqual(matchKinds('library/compose/app/template.yaml', signing), ['token@5']);
    assert.deepEqual(matchKinds('library/compose/app/template.yaml', ['variables:', '  token_secret_key:', '    type: str', `    default: ${generated}`].join('\n')), ['token@4']);
    // A weak password under a description of what it is for, and a generated value under a name's description.
    assert.deepEqual(matchKinds('modules/db/variables.tf', `variable "db_password" {\n  description = "Password of the database user"\n  default     = "${typed}"\n}`), ['password@3']);
    const odd = ['variables:', '  api_token_secret_key:', '    description: Key name in secret containing the API token', `    default: ${generated.slice(0, 12)}/${generated.slice(12)}+`].join('\n');
    assert.deepEqual(matchKinds('library/kubernetes/issuer/template.yaml', odd), ['token@4']);
  });

  it('read a test runner\'s result line as no password', () => {
    const report = ['--- PASS: TestDeployStep/step_success (0.00s)', '{"Action":"output","Test":"TestDeployStep","Output":"--- PASS: TestDeployStep (0.01s)\\n"}', '=== RUN   TestDeployStep', 'PASS: 6/6'].join('\n');
    assert.deepEqual(matchKinds('unit-report.out', report), []);
    // A `PASS:` entry of configuration is still a password.
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  ftp:\n    environment:\n      PASS: ${typed}`), ['password@4']);
  });

  it('read the configuration pass an answer file names as no password', () => {
    const answers = ['<unattend xmlns="urn:schemas-microsoft-com:unattend">', '  <settings pass="windowsPE"></settings>', '  <settings pass="offlineServicing"></settings>', '  <settings pass="oobeSystem">', '  </settings>', '</unattend>'].join('\n');
    assert.deepEqual(matchKinds('autounattend.xml', answers), []);
    assert.deepEqual(matchKinds('functions/private/Helper.ps1', `$xml = '<settings pass="specialize">'`), []);
    assert.deepEqual(matchKinds('functions/private/Iso.ps1', `$node = $xmlDoc.SelectSingleNode('/u:unattend/u:settings[@pass="windowsPE"]', $nsMgr)`), []);
    // The account's password in the same file is still one.
    assert.deepEqual(matchKinds('autounattend.xml', `<unattend>\n  <Password>\n    <Value>${typed}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</unattend>`).length, 1);
  });

  it('read a name that lets something through, an icon\'s glyph name and a resource key\'s own name as no credentials', () => {
    assert.deepEqual(matchKinds('Edge_Removal.bat', 'set "URI=" & set "PassThrough=%EdgeCommand:msedge=edge%"'), []);
    // A batch variable's substitution or substring (`%Edge:msedge=edge%`, `%KEY:~8%`) is a reference, whatever the name.
    assert.deepEqual(matchKinds('Edge_Removal.bat', 'set "PASSWORD=%Edge:msedge=edge%"\nset "API_TOKEN=%RAW_TOKEN:~8%"'), []);
    assert.deepEqual(matchKinds('assets/icons/FluentIcons-Filled.json', '{\n  "ic_fluent_password_24_filled": 62888,\n  "ic_fluent_key_16_filled": 59610\n}'), []);
    assert.deepEqual(matchKinds('src/Theme/ThemeKeys.cs', '        public static readonly string ListViewItemOffsetXKey = "ListViewItemOffsetX";'), []);
    assert.deepEqual(matchKinds('pkg/cloud/token.go', '\tcloudQueueTokenKey       = "TOOL_cloudQueueToken"'), []);
    // A password named so beside them, and a key whose value is not its own name, are still read.
    assert.deepEqual(matchKinds('deploy/app.env', `PASS=${typed}`), ['password@1']);
    assert.deepEqual(matchKinds('src/Config.cs', `        public static readonly string ApiXKey = "${generated}";`), ['api-key@1']);
  });

  it('read a token class with a regular expression\'s group written in as a name', () => {
    const lexer = 'tokenizer:{root:[[/(end)(\\s+)(class|sub)/,{token:"keyword.tag-$3"}],[/[a-zA-Z_]\\w*/,{cases:{"@tagwords":{token:"keyword.tag-$0"}}}]]}';
    assert.deepEqual(matchKinds('src/Assets/editor/basic-languages/vb/vb.js', lexer), []);
    assert.deepEqual(matchKinds('src/Assets/editor/basic-languages/objc/objc.js', 'p={defaultToken:"",tokenPostfix:".objective-c",ignoreCase:!0}'), []);
    assert.deepEqual(matchKinds('src/client.js', `const auth = {token:"${generated}"};`), ['token@1']);
  });

  it('read a slot in angle brackets written as HTML entities as no value', () => {
    const page = '<p><code>curl -XPOST http://localhost:8086/query --data-urlencode "q=CREATE USER \\&lt;admin\\&gt; WITH PASSWORD \'\\&lt;adminpwd\\&gt;\' WITH ALL PRIVILEGES"</code></p>';
    assert.deepEqual(matchKinds('steps/metrics/index.html', page), []);
    assert.deepEqual(matchKinds('steps/metrics/index.html', page.replace('\\&lt;adminpwd\\&gt;', typed)).length, 1);
  });

  it('read a keyword argument of a call continued on its own line as no tuple', () => {
    const model = ['    ak = models.ForeignKey(', '        CloudAccessKey, verbose_name="ECS实例关联的AK配置", on_delete=models.CASCADE', '    )'].join('\n');
    assert.deepEqual(matchKinds('sql/models.py', model), []);
    // A tuple assignment is still paired by position.
    assert.deepEqual(matchKinds('tools/sync.py', `user, password = "sync", "${typed}"`), ['password@1']);
  });

  it('read an OAuth client\'s id in a Secret as no credential, its secret beside it as one', () => {
    const secret = ['kind: Secret', 'apiVersion: v1', 'metadata:', '  name: sso', 'stringData:', `  clientID: ${generated.slice(0, 20).toLowerCase()}`, `  clientSecret: ${generated}`].join('\n');
    assert.deepEqual(matchKinds('argo-workflows/resources/sso-secret.yaml', secret), ['kubernetes-secret@7']);
  });
});
