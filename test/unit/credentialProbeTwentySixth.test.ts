import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Readings added by helper cred-probe-26 (docs/evaluation.md, "Twenty-fourth session: a held-out probe of credentials set in
// source and infrastructure code"), from its tuning batch (test/eval/opsBatch/code-batch.sh). Every value here is made up and
// built from pieces.

const password = joined('Vr', '7m', 'Kq', '2x', 'Lp', '9w', 'Tz');
const token = joined('t', 'K9x', 'Lm2', 'Pq7', 'Rz4', 'Wn8', 'Yb3', 'Cd6', 'Fg1', 'Hj5');

describe('a password given positionally to a client\'s login in code', () => {
  it('read calls of the class: a JDBC URL written out, basic logins as calls, credential types, FTP clients, keyring', () => {
    assert.deepEqual(matchKinds('src/Report.java', `return DriverManager.getConnection("jdbc:mysql://db.corp.internal:3306/rep", "reporter", "${password}");`), ['positional-login@1']);
    assert.deepEqual(matchKinds('src/upload.rs', `client.put(url).basic_auth("agent", Some("${password}")).send().await`), ['positional-login@1']);
    assert.deepEqual(matchKinds('notify/smtp.go', `auth := smtp.PlainAuth("", "alerts@corp.example", "${password}", "smtp.corp.example")`), ['positional-login@1']);
    assert.deepEqual(matchKinds('MailAuth.java', `return new PasswordAuthentication("noreply@corp.example", "${password}");`), ['positional-login@1']);
    assert.deepEqual(matchKinds('HttpConf.java', `p.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc", "${password}"));`), ['positional-login@1']);
    assert.deepEqual(matchKinds('src/mail.rs', `Credentials::new("agent@corp.example".to_string(), "${password}".to_string())`), ['positional-login@1']);
    assert.deepEqual(matchKinds('tools/push.py', `with ftplib.FTP("files.corp.example", "upload", "${password}") as ftp:`), ['positional-login@1']);
    assert.deepEqual(matchKinds('lib/export.rb', `Net::FTP.open('files.corp.example', 'export', '${password}') do |ftp|`), ['positional-login@1']);
    assert.deepEqual(matchKinds('tools/seed.py', `keyring.set_password("corp-vpn", getpass.getuser(), "${password}")`), ['positional-login@1']);
  });

  it('read Ruby\'s mail clients\' account and password (added after the probe\'s held-out measurement)', () => {
    assert.deepEqual(matchKinds('lib/inbox.rb', `Net::POP3.start('pop.corp.example', 110, 'inbox@corp.example', '${password}') do |pop|`), ['positional-login@1']);
    assert.deepEqual(matchKinds('lib/notify.rb', `Net::SMTP.new('smtp.corp.example', 587).start('corp.example', 'shop@corp.example', '${password}', :plain) do |smtp|`), ['positional-login@1']);
    assert.deepEqual(matchKinds('lib/notify.rb', "Net::SMTP.start('smtp.corp.example', 25, 'corp.example') do |smtp|\nNet::SMTP.start(host, 587, helo, user, ENV['SMTP_PASSWORD'], :login)"), []);
  });

  it('leave out variables and calls that only load credentials', () => {
    const lines = [
      'c.get(u).basic_auth(user, Some(pass));',
      'let creds = Credentials::new(user.to_string(), std::env::var("SMTP_PASSWORD").unwrap());',
      'a := smtp.PlainAuth("", user, pass, host)',
      'keyring.set_password("vpn", user, pw)',
      'creds = loadCredentials("file.json", "default")',
      'Connection c = DriverManager.getConnection("jdbc:mysql://db/rep", user, password);',
    ];
    assert.deepEqual(matchKinds('src/net.rs', lines.join('\n')), []);
  });
});

describe('a builder\'s password method in code', () => {
  it('read .password("…") and .withPassword("…") with a literal, judged as code is', () => {
    assert.deepEqual(matchKinds('src/DataSourceConfig.java', `        .password("${password}")`), ['password@1']);
    assert.deepEqual(matchKinds('src/db.rs', `cfg.host("metrics-db").user("agent").password("${password}").dbname("metrics");`), ['password@1']);
    assert.deepEqual(matchKinds('src/Db.java', `new PostgreSQLContainer<>("postgres:16").withPassword("${password}")`), ['password@1']);
  });

  it('leave out variables and words judged by their looks in code', () => {
    assert.deepEqual(matchKinds('src/db.rs', 'cfg.password(&password);\nDataSourceBuilder.create().password(System.getenv("DB_PASSWORD")).build();\n        .password("Secret")'), []);
  });
});

describe('a fallback given to an environment or property lookup in code', () => {
  it('read the operator forms and property placeholders\' defaults', () => {
    assert.deepEqual(matchKinds('config/db.js', `  password: process.env.DB_PASSWORD || '${password}',`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('src/stripe.ts', `const key = process.env.STRIPE_SECRET_KEY ?? "${token}";`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('config/database.rb', `DB_PASSWORD = ENV['DB_PASSWORD'] || '${password}'`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('src/Env.kt', `val slackToken: String = System.getenv("SLACK_TOKEN") ?: "${token}"`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('Settings.cs', `public static readonly string DbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "${password}";`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('src/MailProps.kt', `    @Value("\\\${spring.mail.password:${password}}")`), ['env-fallback-secret@1']);
    assert.deepEqual(matchKinds('src/SmtpSettings.java', `    @ConfigProperty(name = "smtp.password", defaultValue = "${password}")`), ['env-fallback-secret@1']);
    // A Go helper named for the lookup, read as env(…, default) is.
    assert.deepEqual(matchKinds('config/env.go', `\tDBPassword: getEnv("DB_PASSWORD", "${password}"),`), ['env-default-secret@1']);
  });

  it('leave out empty defaults, names that are not credentials and lookups without a default', () => {
    const lines = [
      "export const dbPassword = process.env.DB_PASSWORD || '';",
      "export const tokenTtl = process.env.TOKEN_TTL || '3600';",
      "const host = process.env.DB_HOST || 'localhost';",
      '    @Value("${spring.mail.password:}")',
      '    @Value("${spring.mail.password}")',
      '    @ConfigProperty(name = "smtp.password")',
      '\tDBHost: getEnv("DB_HOST", "localhost"),',
      '\tpw := getEnv("DB_PASSWORD", "")',
    ];
    assert.deepEqual(matchKinds('src/config.ts', lines.join('\n')), []);
  });
});
