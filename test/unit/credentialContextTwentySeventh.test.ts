import * as assert from 'node:assert/strict';
import { scanCredentials } from '../../src/core/detect/credentials';
import { inFileTestLanguage, isGeneratedApiClient, isRustTestAttribute, testLineRanges, inRanges } from '../../src/core/detect/credentials/contentContext';
import { contextOfPath, isVendoredPath } from '../../src/core/detect/credentials/pathContext';
import { GitRunner } from '../../src/core/git/gitRunner';
import { LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { joined, matchKinds } from './helpers';

// Where a finding sits, as a file's content or name says (docs/evaluation.md, twenty-fifth session, helper cred-context-27):
// tests written inside Rust, Zig and D source files, generated API clients, minified files; and a `secrets:` mapping's
// children in deployed YAML. Every value here is made up and built from pieces, so that none reads as a key in the source.

/** A value the provider-token rules report anywhere (a GitHub token's shape), made of pieces. */
function token(): string {
  return joined('gh', 'p_', randomText(36));
}

/** The lines of `lines` (1-based) that the reading puts inside a test. */
function testLines(language: 'rust' | 'zig' | 'd', lines: readonly string[]): number[] {
  const ranges = testLineRanges(language, lines.join('\n'));
  return lines.map((_, i) => i + 1).filter((line) => inRanges(ranges, line));
}

describe('credentials: where a finding sits, by what the file says (twenty-seventh helper round)', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  it('reads the lines of Rust test modules and test functions, not fooled by braces in strings, characters and comments', () => {
    const source = [
      'use std::fmt;', // 1
      'const S: &str = "#[cfg(test)] mod x {";', // 2
      "fn main() { let c = '{'; let l: &'static str = \"}\"; }", // 3
      '/* #[test] fn x() { /* nested } */ */', // 4
      '#[cfg(test)]', // 5
      'mod tests {', // 6
      '    use super::*;', // 7
      '    const P: &str = r#"pass}word"#;', // 8
      '    #[test]', // 9
      '    fn t() -> Result<(), String> {', // 10
      "        let x = '\\'';", // 11
      '        Ok(())', // 12
      '    }', // 13
      '}', // 14
      'fn after() {}', // 15
      '#[tokio::test]', // 16
      'async fn it_works() {', // 17
      '  let p = "x";', // 18
      '}', // 19
      '#[cfg(not(test))]', // 20
      'fn prod() { let p = 1; }', // 21
      '#[cfg(all(test, feature = "x"))]', // 22
      'const Q: u8 = 1;', // 23
      'struct S {', // 24
      '  #[cfg(test)]', // 25
      '  a: u8,', // 26
      '  b: u8,', // 27
      '}', // 28
      'fn last() { let q = b"{"; let r = b\'}\'; }', // 29
    ];
    assert.deepEqual(testLines('rust', source), [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 22, 23, 25, 26]);
    // An inner attribute makes the file, or the block it stands in, a test.
    assert.deepEqual(testLines('rust', ['#![cfg(test)]', 'fn a() {}']), [1, 2]);
    assert.deepEqual(testLines('rust', ['mod t {', '    #![cfg(test)]', '    fn a() {}', '}', 'fn b() {}']), [1, 2, 3, 4]);
    assert.equal(isRustTestAttribute('cfg(test)'), true);
    assert.equal(isRustTestAttribute('async_std::test'), true);
    assert.equal(isRustTestAttribute('idm_test(audit = 1)'), true);
    assert.equal(isRustTestAttribute('cfg(any(test, feature = "dev"))'), false);
    assert.equal(isRustTestAttribute('cfg_attr(test, derive(Debug))'), false);
    assert.equal(isRustTestAttribute('derive(Debug)'), false);
  });

  it('reads the lines of Zig test blocks and D unittest blocks', () => {
    const zig = ['const std = @import("std");', 'fn f() void {', '  const s = "test {";', '}', 'test "adds {" {', "  const p = '}';", '  try std.testing.expect(true);', '}', 'const x = 1;'];
    assert.deepEqual(testLines('zig', zig), [5, 6, 7, 8]);
    const d = ['int f() { return 1; }', '/+ unittest { /+ nested +/ +/', 'unittest', '{', '  string s = `}`;', '}', 'version (unittest) {', '  int x;', '}', 'void g() {}'];
    assert.deepEqual(testLines('d', d), [3, 4, 5, 6, 7, 8, 9]);
    assert.equal(inFileTestLanguage('src/lib.rs'), 'rust');
    assert.equal(inFileTestLanguage('src/main.zig'), 'zig');
    assert.equal(inFileTestLanguage('source/app.d'), 'd');
    assert.equal(inFileTestLanguage('src/main.go'), undefined);
  });

  it('says a value in a Rust test module is in a test, at the commit of its place, and keeps the rest of the file code', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const inTest = token();
    const inCode = token();
    const source = (testValue: string) =>
      ['pub fn connect() {', `    let token = "${inCode}";`, '}', '', '#[cfg(test)]', 'mod tests {', '    #[test]', '    fn reads() {', `        let token = "${testValue}";`, '    }', '}', ''].join('\n');
    repo.write('src/client.rs', source(inTest)).commit('client', LEAVER, '2025-01-01T00:00:00Z');
    // A Rust module's tests in their own file (`#[cfg(test)] mod tests;`).
    const inTestsFile = token();
    repo.write('src/tests.rs', `use super::*;\nconst T: &str = "${inTestsFile}";\n`).commit('tests', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
    const contexts = result.findings.map((f) => `${f.path}:${f.line} ${f.context} ${f.locations.map((l) => l.context).join(',')}`).sort();
    assert.deepEqual(contexts, ['src/client.rs:2 code code', 'src/client.rs:9 test test', 'src/tests.rs:2 test test']);
  });

  it('reads a generated API client as vendored, by what its opening says', async () => {
    assert.equal(isGeneratedApiClient('# coding: utf-8\n"""\n    Api\n    Generated by OpenAPI Generator (https://openapi-generator.tech)\n\n    Do not edit the class manually.\n"""\n'), true);
    assert.equal(isGeneratedApiClient('// Code generated by Microsoft (R) AutoRest Code Generator.\n'), true);
    assert.equal(isGeneratedApiClient('/* generated using openapi-typescript-codegen -- do not edit */\n'), true);
    assert.equal(isGeneratedApiClient('// Package api provides primitives.\n//\n// Code generated by github.com/deepmap/oapi-codegen version v1.12.4 DO NOT EDIT.\n'), true);
    // Generated by another tool, or a file that runs the generator, is not a generated client.
    assert.equal(isGeneratedApiClient('# Generated by Django 4.2 on 2024-01-01\n'), false);
    assert.equal(isGeneratedApiClient('# regenerate the client with: openapi-generator generate -i api.yaml\n'), false);
    const repo = FixtureRepo.init();
    repos.push(repo);
    const value = token();
    const header = '# coding: utf-8\n\n"""\n    Api\n\n    Generated by OpenAPI Generator (https://openapi-generator.tech)\n\n    Do not edit the class manually.\n"""\n\n';
    repo.write('client/api_client/models/auth.py', `${header}DEFAULT_TOKEN = "${value}"\n`).commit('client', LEAVER, '2025-01-01T00:00:00Z');
    const other = token();
    repo.write('app/settings.py', `"""Settings."""\nAPI_TOKEN = "${other}"\n`).commit('settings', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => `${f.path} ${f.context}`).sort(), ['app/settings.py code', 'client/api_client/models/auth.py vendored']);
  });

  it('reads minified files, Yarn\'s committed releases and other spellings of vendor folders as vendored', () => {
    assert.equal(contextOfPath('book/theme/mermaid.min.js'), 'vendored');
    assert.equal(contextOfPath('static/css/bootstrap.min.css'), 'vendored');
    assert.equal(contextOfPath('public/js/jquery-min.js'), 'vendored');
    assert.equal(contextOfPath('assets/app.min.js.map'), 'vendored');
    assert.equal(contextOfPath('.yarn/releases/yarn-4.1.0.cjs'), 'vendored');
    assert.equal(contextOfPath('.yarn/plugins/@yarnpkg/plugin-version.cjs'), 'vendored');
    assert.equal(contextOfPath('Source/ThirdParty/lib/config.h'), 'vendored');
    assert.equal(contextOfPath('src/3rd-party/client.js'), 'vendored');
    assert.equal(contextOfPath('extern/lib/config.c'), 'vendored');
    assert.equal(isVendoredPath('app/Vendor/lib/config.php'), true);
    // Not minified, or a folder that only looks alike, stays code.
    assert.equal(contextOfPath('src/admin.js'), 'code');
    assert.equal(contextOfPath('src/domain.js'), 'code');
    assert.equal(contextOfPath('src/min.js'), 'code');
    assert.equal(contextOfPath('.yarnrc.yml'), 'code');
    assert.equal(contextOfPath('src/external-api/config.ts'), 'code');
  });

  it('reads a child of a secrets: mapping in deployed YAML as a secret whatever its name', () => {
    const value = randomText(24);
    const config = (child: string) => `listen:\n  hostname: '127.0.0.1'\n  port: 9000\nsecrets:\n${child}\ndatabase:\n  hostname: 'localhost'\n`;
    assert.deepEqual(matchKinds('config/production.yaml', config(`  peertube: '${value}'`)), ['secret@5']);
    assert.deepEqual(matchKinds('config/production.yaml', config(`  app: ${value}\n  other: ${randomText(24)}`)), ['secret@5', 'secret@6']);
    // Placeholders, templates, references and what describes the secret are not values; nor are a block's deeper lines.
    assert.deepEqual(matchKinds('config/production.yaml', config("  peertube: ''")), []);
    assert.deepEqual(matchKinds('config/production.yaml', config('  peertube: ${PEERTUBE_SECRET}')), []);
    assert.deepEqual(matchKinds('config/production.yaml', config("  peertube: '{{ peertube_secret }}'")), []);
    assert.deepEqual(matchKinds('config/production.yaml', config('  create: true\n  name: app-secrets')), []);
    assert.deepEqual(matchKinds('docker-compose.yml', `services:\n  db:\n    image: postgres\nsecrets:\n  db_password:\n    file: ./db_password.txt\n  api_key:\n    external: true\n`), []);
    assert.deepEqual(matchKinds('config/production.yaml', config(`  enabled: true\n  provider: vault`)), []);
    // The same name outside such a mapping is a name.
    assert.deepEqual(matchKinds('config/production.yaml', `webserver:\n  peertube: '${value}'\n`), []);
  });
});
