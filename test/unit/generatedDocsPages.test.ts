import * as assert from 'node:assert/strict';
import { contextOfPath, isGeneratedDocsPage } from '../../src/core/detect/credentials/pathContext';
import { DEFAULT_RULES, fileContext } from '../../src/core/detect/credentials/ruleEngine';
import { randomText } from '../fixtures/credentialCorpus';
import { joined, matchKinds } from './helpers';

// Pages a documentation generator built from source code (rustdoc, javadoc, Doxygen, Sphinx): known by the names the
// generator gives them, read only for what a value shows by its own format (docs/evaluation.md, twenty-fifth session, lead).

const weak = joined('ladder', '17', 'Fern');
const githubToken = () => joined('gh', 'p_', randomText(36));

describe('pages a documentation generator built', () => {
  it('are known by the names rustdoc, javadoc, Doxygen and Sphinx give them, wherever the site sits', () => {
    const pages = [
      'master/rustdoc/src/kanidmd_lib/idm/server.rs.html',
      'docs/v1.0/rustdoc/kanidm_proto/v1/struct.Entry.html',
      'rustdoc/kanidmd_lib/fn.main.html',
      'stable/rustdoc/kanidmd_lib/constants/constant.DEFAULT_TOKEN.html',
      'rustdoc/kanidmd_lib/idm/sidebar-items.js',
      'rustdoc/search-index.js',
      'rustdoc/implementors/core/clone/trait.Clone.js',
      'rustdoc/trait.impl/serde/trait.Serialize.js',
      'rustdoc/static.files/main-20230920.js',
      'api/com/example/package-summary.html',
      'api/index-all.html',
      'api/com/example/class-use/TokenStore.html',
      'api/src-html/com/example/TokenStore.html',
      'api/member-search-index.js',
      'html/config_8h_source.html',
      'html/classauth_1_1_token_store.html',
      'html/dir_68267d1309a1af8e8297ef4c3efbcdba.html',
      'html/search/all_0.js',
      '_build/html/_modules/app/settings.html',
      '_build/html/_sources/install.rst.txt',
      'out/module.js.html',
    ];
    for (const page of pages) {
      assert.ok(isGeneratedDocsPage(page), page);
      assert.equal(contextOfPath(page), 'docs', page);
    }
    // Hand-written pages, templates and source files with such words in their names are not.
    const others = ['templates/login.html', 'src/type.rs', 'app/views/users/index.html.erb', 'src/implementors/Token.java', 'public/index.html', 'static/js/search-index.ts', 'site/struct.html', 'web/_modules/app.py', 'docs/install.md',
      // Templates named for the language they compile to (Ructe's, Play's Twirl), and names that only look encoded.
      'templates/base.rs.html', 'src/templates/blogs/details.rs.html', 'app/views/users/edit.scala.html', 'releases/v1_80.html'];
    for (const other of others) assert.ok(!isGeneratedDocsPage(other), other);
    assert.equal(contextOfPath('templates/login.html'), 'code');
  });

  it('read no pair of a name and a value, which belongs to the source the page was built from', () => {
    // rustdoc's page of a source file with a literal password, and javadoc's constants page.
    const source = `<span class="kw">let</span> password = <span class="string">&quot;${weak}&quot;</span>;\nlet secret = "${weak}";\n`;
    assert.deepEqual(matchKinds('rustdoc/src/app/config.rs.html', source), []);
    assert.deepEqual(matchKinds('api/constant-values.html', `<td><code>"${weak}"</code></td>\nDB_PASSWORD = "${weak}"\n`), []);
    // Lines after an AWS key id are all read (its secret may follow): still no pair is read on them.
    const keyId = joined('AK', 'IA', randomText(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));
    const after = `<td>${keyId}</td>\n<td>{"name": "DB_PASSWORD", "value": "${weak}"}</td>\n`;
    assert.deepEqual(matchKinds('rustdoc/src/app/aws.rs.html', after), ['aws-access-key-id@1']);
    assert.deepEqual(matchKinds('site/aws.html', after), ['aws-access-key-id@1', 'password@2']);
    // The same lines in a hand-written page are read as they always were.
    assert.deepEqual(matchKinds('site/config.html', `let secret = "${randomText(24)}";\n`), ['secret@1']);
  });

  it('still find a provider token and a private key there', () => {
    assert.deepEqual(matchKinds('rustdoc/src/app/client.rs.html', `<span class="string">&quot;${githubToken()}&quot;</span>\n`), ['github-token@1']);
    const key = ['<pre>-----BEGIN PRIVATE KEY-----', randomText(64), randomText(64), '-----END PRIVATE KEY-----</pre>'].join('\n');
    assert.deepEqual(matchKinds('html/keys_8h_source.html', `${key}\n`), ['private-key@1']);
  });

  it('wake only the rules that read a value by its format', () => {
    const page = fileContext('rustdoc/src/app/config.rs.html');
    assert.ok(page.generatedPage);
    assert.ok(!fileContext('site/config.html').generatedPage);
    const index = DEFAULT_RULES.keywordsFor(page);
    // A page of an API's documentation is full of `token:` and `key =`: none of these lines is handed to the matcher.
    assert.ok(!index.groupsIn('<span>token</span>: <span>TokenKind</span> = key(secret);'));
    assert.ok(!index.groupsIn('password = "x"'));
    assert.ok(index.groupsIn('-----BEGIN PRIVATE KEY-----'));
    assert.ok(DEFAULT_RULES.keywordsFor(fileContext('site/config.html')).groupsIn('password = "x"'));
  });
});
