import * as assert from 'node:assert/strict';
import { joined, matchKinds } from './helpers';

// Provider tokens missed when our rules were held out against another scanner's rule examples (docs/evaluation.md,
// twentieth session, helper cred-tokens-1). The examples themselves stay outside the repository: every value here is
// made up at run time from a seeded generator, so that the source holds nothing that reads as a key.

/** `n` characters of `alphabet`, irregular (no runs, no repeated blocks) and the same on every run. */
function made(alphabet: string, n: number, seed: number): string {
  let x = seed >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += alphabet[(x >>> 16) % alphabet.length];
  }
  return out;
}
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `0123456789${LOWER}${LOWER.toUpperCase()}`;
const HEX = '0123456789abcdef';
const BASE32 = `${LOWER}234567`;

describe('provider tokens held out against another scanner\'s examples', () => {
  it('find a Google OAuth access token by its own prefix, wherever it is written', () => {
    const value = joined('ya', '29.', made(`${ALNUM}_-`, 120, 7));
    assert.deepEqual(matchKinds('src/auth/setup.ts', `const creds = {\n  access_token:\n    '${value}',\n};\n`), ['google-oauth-access-token@3']);
    assert.deepEqual(matchKinds('plugin/login.lua', `-- propertyTable.access_token = '${value}'\n`), ['google-oauth-access-token@1']);
    // The prefix alone, a variable after it, or a short word is not a token.
    assert.deepEqual(matchKinds('docs/oauth.md', 'Access tokens start with ya29. and expire after an hour.\n'), []);
    assert.deepEqual(matchKinds('src/auth/setup.ts', 'const t = `ya29.${token}`;\nconst u = "ya29.short";\n'), []);
  });

  it('find a Salesforce session or access token (an org id, `!`, then the session part)', () => {
    const value = joined('00', 'D', made(ALNUM, 12, 11), '!', made(`${ALNUM}._`, 96, 13));
    assert.deepEqual(matchKinds('scripts/sfdx-login.sh', `export SF_ACCESS_TOKEN='${value}'\n`), ['salesforce-access-token@1']);
    assert.deepEqual(matchKinds('notes/org.txt', `Access Token      ${value}\n`), ['salesforce-access-token@1']);
    // An org id alone (it is not secret), or followed by a short word, is not a token.
    assert.deepEqual(matchKinds('config/org.json', `{"orgId": "${joined('00', 'D', made(ALNUM, 12, 17))}"}\n`), []);
    assert.deepEqual(matchKinds('notes/org.txt', `${joined('00', 'D', made(ALNUM, 12, 19))}!wow\n`), []);
  });

  it('find a New Relic license key in its classic 40-hex format under a license key name', () => {
    const value = made(HEX, 40, 23);
    assert.deepEqual(matchKinds('newrelic.yml', `common: &default_settings\n  license_key: ${value}\n  app_name: shop\n`), ['newrelic-license-key@2']);
    assert.deepEqual(matchKinds('deploy/app.env', `NEW_RELIC_LICENSE_KEY=${value}\n`), ['newrelic-license-key@1']);
    // A template, an ERB lookup, or a 40-hex value under another name (a commit) is not one.
    assert.deepEqual(matchKinds('newrelic.yml', "  license_key: '<%= ENV[\"NEW_RELIC_LICENSE_KEY\"] %>'\n  license_key: {{ newrelic_license }}\n"), []);
    assert.deepEqual(matchKinds('deploy/app.env', `GIT_COMMIT=${value}\n`), []);
  });

  it('find an Azure DevOps personal access token in its older 52-character format under a key naming Azure DevOps', () => {
    const value = made(BASE32, 52, 29);
    assert.deepEqual(matchKinds('tools/sync_boards.py', `if __name__ == "__main__":\n    ado_pat =  "${value}"\n`), ['azure-devops-pat-legacy@2']);
    assert.deepEqual(matchKinds('pipelines/.env', `AZURE_DEVOPS_EXT_PAT=${value}\nAZDO_PERSONAL_ACCESS_TOKEN=${value}\n`), ['azure-devops-pat-legacy@1', 'azure-devops-pat-legacy@2']);
    // A pipeline variable or a secret reference is not a value; the same letters under another name are not this token.
    assert.deepEqual(matchKinds('azure-pipelines.yml', '  AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)\n'), []);
    assert.deepEqual(matchKinds('pipelines/.env', `BUILD_TAG=${value}\n`), []);
  });

  it('find a SonarQube legacy token given to Gradle\'s sonar property or held in a script variable', () => {
    const value = made(HEX, 40, 31);
    assert.deepEqual(matchKinds('build.gradle', `sonarqube {\n  properties {\n    property 'sonar.login', '${value}'\n  }\n}\n`), ['sonar-gradle-property@3']);
    assert.deepEqual(matchKinds('build.gradle', "    property 'sonar.login', System.getenv('SONAR_TOKEN')\n    property 'sonar.host.url', 'https://sonar.corp.example'\n"), []);
  });

  it('read a script variable\'s key without its sigil, as the key rules name it', () => {
    const value = made(HEX, 40, 31);
    // PowerShell and PHP variables: the service's 40-hex token under the service's name.
    assert.deepEqual(matchKinds('ci/scan.ps1', `$sonarLogin = "${value}"\n$SONAR_TOKEN = "${value}"\n`), ['service-hex-token@1', 'service-hex-token@2']);
    assert.deepEqual(matchKinds('deploy/config.php', `<?php\n$github_token = '${value}';\n`), ['github-classic-token@2']);
    // Still not a value: a variable read from the environment, a commit id under another name.
    assert.deepEqual(matchKinds('ci/scan.ps1', `$SONAR_TOKEN = $env:SONAR_TOKEN\n$commit = "${value}"\n`), []);
  });

  it('read `from` before a mail word as the sender whose password it is, not the value\'s source', () => {
    const weak = joined('Kest', 'rel9', '!vam');
    // .NET appSettings of a mail sender, and the same in an environment file.
    assert.deepEqual(matchKinds('Web.config', `<appSettings>\n  <add key="FromEmailAddress" value="ops@corp.example"/>\n  <add key="FromEmailPassword" value="${weak}"/>\n</appSettings>\n`), ['password@3']);
    assert.deepEqual(matchKinds('deploy/mail.env', `FROM_SMTP_PASSWORD=${weak}\n`), ['password@1']);
    // Still a source: Drone's `from_secret`, a password read from a file or the environment.
    assert.deepEqual(matchKinds('.drone.yml', '    environment:\n      SMTP_PASSWORD:\n        from_secret: smtp_password\n'), []);
    assert.deepEqual(matchKinds('deploy/mail.env', `PASSWORD_FROM_EMAIL=${weak}\n`), []);
  });

  it('read a CSS selector spelled from its key\'s words as the element that takes the password', () => {
    // (A JavaScript or TypeScript reader already leaves it; CoffeeScript, a README's snippet and a YAML setting did not.)
    assert.deepEqual(matchKinds('app/assets/javascripts/users.coffee', '@addPassword = "#add-password"\npasswordField = \'.password-field\'\n'), []);
    assert.deepEqual(matchKinds('README.md', '```\nthis.addPassword = "#add-password";\n```\n'), []);
    assert.deepEqual(matchKinds('config/ui.yml', 'reset_password: "#reset-password"\n'), []);
    // A password that begins with `#`, or a selector-like value under a key of other words, is still a value.
    const weak = joined('#', 'q7Rt', 'Zp2w', 'Lm9x');
    assert.deepEqual(matchKinds('config/ui.yml', `add_password: "${weak}"\nadmin_password: "#blue-heron-42"\n`), ['password@1', 'password@2']);
  });
});
