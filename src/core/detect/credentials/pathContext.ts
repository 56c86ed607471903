// Where a finding sits: ordinary code, or a test, vendored code, docs and examples. The path decides,
// by folder and file names the big ecosystems use, and a repository's .gitattributes may say more
// (`linguist-vendored`, `linguist-documentation`, as GitHub's linguist reads them). A finding in a test
// or an example is still listed and still to decide — it is only shown after the ones in code.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { readBlobCapped } from '../../git/readBlobCapped';
import type { CredentialContext } from '../detectionTypes';
import { compileGlobs } from '../ownership/pathGlob';

// (`dbt_packages/`: the packages `dbt deps` installs into a dbt project, as `node_modules/` holds npm's.)
const VENDORED_FOLDERS = new Set(['vendor', 'vendors', 'node_modules', 'bower_components', 'third_party', 'third-party', 'thirdparty', '3rdparty', 'external', 'externals', 'deps', '_vendor', 'Godeps', 'jspm_packages', 'dbt_packages', 'Pods', 'Carthage', 'site-packages']);
/**
 * A front-end build's bundle of its dependencies, committed beside the app (`static/dist/vendor.bundle.js`,
 * `vendors~main.chunk.js`, `chunk-vendors.3f9a1c.js`): other projects' code, as a `vendor/` folder is.
 */
const VENDOR_BUNDLE = /^(?:chunk-)?vendors?(?:[.~_-][\w.~-]*)?\.(?:js|mjs|cjs|css)(?:\.map)?$/i;
/**
 * Minified scripts and stylesheets (`mermaid.min.js`, `bootstrap.min.css`, `jquery-min.js`) wherever they sit: a library's
 * build copied in, vendored as linguist counts them; and the releases, plugins and SDKs Yarn commits under `.yarn/`
 * (`.yarn/releases/yarn-4.1.0.cjs`, `.yarn/plugins/`, `.yarn/sdks/`, `.yarn/unplugged/`, `.yarn/cache/`). Other spellings of
 * linguist's vendor folders: `3rd-party/`, `ThirdParty/`, `extern/`, `Vendor/`.
 */
const MINIFIED = /[.-]min\.(?:js|mjs|cjs|css)(?:\.map)?$/i;
const YARN_VENDORED = new Set(['releases', 'plugins', 'sdks', 'unplugged', 'cache', 'versions']);
const VENDOR_FOLDER_SPELLING = /^(?:(?:3rd|third)[-_]?party|extern|externals?|vendors?)$/i;
/**
 * WordPress core's own folders, committed whole beside a site's configuration (a development box's `www/wordpress-default/`):
 * WordPress' code, as a `vendor/` folder is another project's; a site's themes and plugins live in `wp-content/`, its
 * `wp-config.php` beside these folders, both still read as code.
 */
const WORDPRESS_CORE_FOLDERS = new Set(['wp-includes', 'wp-admin']);
/** `htmlcov/` and `lcov-report/` hold a test run's coverage report (coverage.py's, istanbul's: the code it ran, copied into pages). `t/` is Perl's and git's test folder; `molecule/` holds an Ansible role's Molecule scenarios (`molecule/default/molecule.yml`, `converge.yml`). `mock/` and `mock-data/` hold the canned answers of a front end's mock server (`mock/db.json`), as `__mocks__/` holds Jest's. */
// (`serverspec/`: a Puppet or Chef module's Serverspec suite, with the environment and manifests it applies to a test box.)
const TEST_FOLDERS = new Set(['htmlcov', 'lcov-report', 't', 'test', 'molecule', 'serverspec', 'tests', '__tests__', 'testing', 'spec', 'specs', 'testdata', 'test-data', 'test_data', 'testfiles', 'fixtures', 'fixture', '__fixtures__', '__snapshots__', 'snapshots', '__mocks__', 'mocks', 'mock', 'mockdata', 'mock-data', 'mock_data', 'e2e', 'cypress', 'playwright', 'integration-tests', 'integration_tests', 'unittests', 'tst',
  // Doctrine's data fixtures (`src/DataFixtures/`, a Symfony app's made-up users and their password hashes, loaded into a test
  // or development database).
  'datafixtures']);
const DOCS_FOLDERS = new Set(['docs', 'doc', 'documentation', 'examples', 'example', 'samples', 'sample', 'demo', 'demos', 'tutorial', 'tutorials', 'website', 'releasenotes', 'release-notes', 'release_notes']);

/**
 * Words that make a folder documentation or examples wherever they stand in its name: `api-docs/`,
 * `docs-site/`, `documentation-src/`, `example-app/`, `flask_examples/`, `samples-node/`, `userDocs/`.
 */
const DOCS_WORDS = new Set(['doc', 'docs', 'documentation', 'apidoc', 'apidocs', 'example', 'examples', 'sample', 'samples', 'demo', 'demos', 'tutorial', 'tutorials', 'cookbook', 'guide', 'guides']);

/** Whether a folder name holds a docs word, split at `-`, `_`, `.`, spaces and lower-to-upper case changes. */
function isDocsFolder(name: string): boolean {
  if (DOCS_FOLDERS.has(name.toLowerCase())) return true;
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_. ]+/)
    .some((word) => DOCS_WORDS.has(word));
}
/** `*_test.go`, `*.test.ts`, `*.spec.js`, `settings.testing.py`, `test_*.py`, a Django app's `tests.py`, a Rust module's `tests.rs` (its `#[cfg(test)] mod tests;`), `FooTest.java`, `FooTests.cs`, `*.snap`. */
// (A compose file of a test run named for its variant too, `docker-compose.test-pg.yml`, `compose.test.mysql.yaml`: the suite's services.)
const TEST_FILE = /(?:[._-](?:test|tests|testing|spec|specs)\.[^/]+$|^(?:docker-)?compose[._-](?:test|tests|testing)[._-][\w.-]+\.ya?ml$|^test_[^/]+\.py$|^tests\.(?:py|rs)$|^conftest\.py$|[a-z0-9](?:Test|Tests|Spec|IT)\.(?:java|kt|scala|cs|groovy|php|swift|m)$|\.snap$)/;
/**
 * A file named as a stand-in for another (`mock-google-services.json` that a sample app's CI builds with, `fake_secrets.yaml`,
 * `dummy.env`): a word of its name, split at `.`, `_` and `-`, says its values are made up for a test or a build. (`stub` is
 * not among the words: nginx's `stub_status.conf` and systemd's `stub-resolv.conf` are real configuration.) Home Assistant
 * configurations keep such a file under the name Travis' config check reads (`travis_secrets.yaml`, the stand-in for the
 * ignored `secrets.yaml`), as hundreds of public configurations do.
 */
const STAND_IN_NAME_WORDS = new Set(['mock', 'mocks', 'mocked', 'fake', 'fakes', 'dummy']);
const CI_STAND_IN_SECRETS = /^travis[_-]secrets\.ya?ml$/;
function isStandInFile(name: string): boolean {
  const lower = name.toLowerCase();
  return CI_STAND_IN_SECRETS.test(lower) || lower.split(/[._-]+/).some((word) => STAND_IN_NAME_WORDS.has(word));
}
/** A Helm chart's test values: `ci/*-values.yaml`, each installed once by chart-testing (a `ci/` folder's scripts stay code). */
const HELM_TEST_VALUES = /^ci\/(?:[\w.-]*[-_.])?values\.ya?ml$/i;
/** Markdown and other prose, and example or sample copies of a config (`.env.example`, `config.sample.yml`, `.env.template`). */
// A Postman collection (`*.postman_collection.json`) is an API's requests written as examples, documentation of the API.
// An OpenAPI or Swagger description (`openapi.yaml`, `swagger.json`, `api.swagger.yml`) documents an API, its values are its examples;
// prose named in capitals without an extension (`README`, `CHANGELOG`, `NEWS`, `INSTALL`), as C, Perl and PHP projects write it.
const DOCS_FILE = /(?:\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|ipynb|dist)$|\.postman_collection\.json$|(?:^|[._-])(?:example|examples|sample|samples)(?:[._-]|$)|^\.env(?:\.[\w-]+)*\.(?:template|tmpl|tpl)$|(?:^|[._-])(?:openapi|swagger)(?:[._-][\w.-]*)?\.(?:ya?ml|json)$)/i;
/** (In capitals only: a lower-case `install` or `upgrade` without an extension is a script.) */
// (With `.txt` in any case: `readme.txt` beside a folder's files says what goes there.)
const PROSE_FILE_NAME = /^(?:README|CHANGELOG|CHANGES|NEWS|HISTORY|INSTALL|UPGRADING|UPGRADE|AUTHORS|CONTRIBUTING|FAQ)(?:\.txt)?$|^[Rr][Ee][Aa][Dd][Mm][Ee]\.txt$/;
/** A documentation site's generated search index (MkDocs' `search_index.json`, Sphinx's `searchindex.js`): the pages' text. */
const SEARCH_INDEX = /^search_?index\.(?:json|js)$/i;

/**
 * A folder named for what it tests, the word glued on or joined (`caddytest/`, `envtest/`, `integration-test/`,
 * `api_tests/`, `test-utils/`), as Go's `httptest` and `iotest` packages are named. English words that end in
 * `test` (`latest/`, `contest/`, superlatives) are not.
 */
// (A test folder numbered beside the first, `test2/`, `tests3/`: a second suite, nginx-proxy's pytest one beside its bats one.)
const TEST_HELPER_FOLDER = /^(?:[a-z0-9]+[-_]?tests?|tests?[-_][a-z0-9]+|tests?\d{1,2})$/;
const WORDS_ENDING_IN_TEST = /(?:^|[-_])(?:latest|contest|protest|attest|detest|fastest|greatest|shortest|smartest|hottest|softest|fittest|strictest|brightest|lightest|tightest|wettest|flattest)s?$/;
function isTestHelperFolder(name: string): boolean {
  // (Leading underscores or a dot set a folder apart in a listing, `_unit-test/`, `.e2e-tests/`: still a test folder.)
  const lower = name.toLowerCase().replace(/^[_.]+/, '');
  return TEST_HELPER_FOLDER.test(lower) && !WORDS_ENDING_IN_TEST.test(lower);
}

/** What a repository's .gitattributes says of a path: `vendored`, `docs`, or nothing. */
export type LinguistAttributes = (path: string) => 'vendored' | 'docs' | undefined;

/**
 * Vendored by its path alone (a vendor folder, a committed vendor bundle), as linguist's defaults have it, and an ASP.NET
 * app's `wwwroot/lib/`, where LibMan and Bower put the client libraries it serves (bootstrap, jQuery and their source maps).
 */
export function isVendoredPath(path: string): boolean {
  const segments = path.split('/');
  return vendoredByName(segments, segments.pop() ?? '');
}

/**
 * A package NuGet restored into a .NET solution's `packages/` folder (packages.config's layout, committed by older solutions):
 * one folder per package named with its version, `packages/MegaApiClient.1.0.0/`, `packages/Newtonsoft.Json.12.0.3/`,
 * `packages/Foo.2.0.0-beta1/`, holding the package's assemblies and their XML documentation. A workspace's own
 * `packages/app/` or `packages/api-client/` carries no version in its name and stays code.
 */
const NUGET_PACKAGE_FOLDER = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*\.\d+\.\d+(?:\.\d+){0,2}(?:-[\w.-]+)?$/;

/**
 * Perl modules installed into the project by cpanm, cpm, Carton or local::lib (`local/lib/perl5/`, `.github/cpm/lib/perl5/URI/ftp.pm`):
 * CPAN's code, as `site-packages/` is PyPI's. A project's own modules sit in `lib/` itself, not under `lib/perl5/`.
 */
function isPerlInstallTree(folders: readonly string[], at: number): boolean {
  return folders[at] === 'perl5' && folders[at - 1] === 'lib';
}

/** isVendoredPath on a path already split: its folders and its file name. */
function vendoredByName(folders: readonly string[], name: string): boolean {
  return folders.some((s, i) => VENDORED_FOLDERS.has(s) || isPerlInstallTree(folders, i) || WORDPRESS_CORE_FOLDERS.has(s) || VENDOR_FOLDER_SPELLING.test(s) || (s === 'lib' && folders[i - 1] === 'wwwroot') || (i > 0 && folders[i - 1] === 'packages' && NUGET_PACKAGE_FOLDER.test(s)) || (i > 0 && folders[i - 1] === '.yarn' && YARN_VENDORED.has(s))) || VENDOR_BUNDLE.test(name) || MINIFIED.test(name);
}

/**
 * A behaviour-driven suite's folder (behave's and Cucumber's `features/`): its `environment.py` hooks, its `steps/`,
 * `step_definitions/` and `support/` code and its `.feature` files are the suite, as a `tests/` folder's files are (Patroni's
 * acceptance tests start clusters with made-up passwords there). Other files of a `features/` folder are left as they were: a
 * front end's `src/features/` holds the app's own code.
 */
const BDD_SUPPORT_FOLDERS = new Set(['steps', 'step_definitions', 'support']);
function isBehaviourSuiteFile(folders: readonly string[], name: string): boolean {
  if (name.endsWith('.feature')) return true;
  const at = folders.lastIndexOf('features');
  if (at < 0) return false;
  const next = folders[at + 1];
  return next === undefined ? name === 'environment.py' : BDD_SUPPORT_FOLDERS.has(next);
}

/**
 * Laravel's model factories, `database/factories/` (`UserFactory.php`: made-up users with the framework's published hash of
 * `password`, for tests and development seeding), as Rails' `spec/factories/` are a suite's. A `factories/` folder elsewhere
 * is often a package of the app's own code (object factories), so only under `database/`.
 */
function isModelFactoryFolder(folders: readonly string[], at: number): boolean {
  return folders[at] === 'factories' && folders[at - 1] === 'database';
}

/**
 * A page of a documentation site that a generator built from source code, known by the names the generator gives its files:
 * - a source file rendered as a page (`src/kanidmd_lib/lib.rs.html` from rustdoc, `module.js.html` from JSDoc; not a
 *   template named for the language it is compiled to, Ructe's `templates/base.rs.html`, Play's `users.scala.html`);
 * - rustdoc's item pages (`struct.Account.html`, `fn.main.html`, `trait.Backend.html`) and its scripts (`sidebar-items.js`,
 *   `search-index.js`, the `implementors/`, `trait.impl/` and `type.impl/` scripts, `search.desc/`, `static.files/`);
 * - javadoc's index and summary pages (`package-summary.html`, `allclasses-frame.html`, `index-all.html`, `class-use/`,
 *   `src-html/`, `member-search-index.js`);
 * - Doxygen's pages, whose names encode a file's dots and a namespace's `::` (`config_8h_source.html`, `classfoo_1_1bar.html`,
 *   `dir_<32 hex>.html`, `search/all_0.js`);
 * - Sphinx's highlighted modules and copied sources (`_modules/…/*.html`, `_sources/…/*.txt`).
 * Such a page copies its sources' text (a site branch republishes it for every version: kanidm's `gh-pages` holds 40 million
 * changed lines of them): a value written there was written in a source first. The path alone says it, wherever the site sits.
 */
export function isGeneratedDocsPage(path: string): boolean {
  const lower = path.toLowerCase();
  const slash = lower.lastIndexOf('/');
  const name = lower.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const ext = name.slice(dot + 1);
  if (ext === 'html' || ext === 'htm') {
    if (RENDERED_SCRIPT_PAGE.test(name) || RUSTDOC_ITEM_PAGE.test(name) || JAVADOC_PAGES.has(name) || DOXYGEN_PAGE.test(name)) return true;
    // (rustdoc's pages of a crate's sources sit under the site's `src/<crate>/`: a `.rs.html` elsewhere is a Ructe template,
    // `templates/base.rs.html`, as `.scala.html` is Play's Twirl template, hand-written both.)
    if (name.endsWith('.rs.html') && (lower.startsWith('src/') || lower.includes('/src/')) && !lower.includes('templates/')) return true;
  } else if (ext === 'js') {
    if (RUSTDOC_SCRIPTS.test(name) || JAVADOC_SCRIPTS.test(name)) return true;
  } else if (ext !== 'txt' && ext !== 'css') return false;
  const folders = lower.slice(0, Math.max(slash, 0)).split('/');
  return folders.some((folder, i) => GENERATED_DOCS_FOLDERS.has(folder) || (folder === 'search' && ext !== 'txt' && DOXYGEN_SEARCH.test(name) && i === folders.length - 1));
}

/** A script shown as a page, its name then `.html` (JSDoc's `module.js.html`, istanbul's report of a file). */
const RENDERED_SCRIPT_PAGE = /^[^/]+\.(?:js|mjs|cjs|jsx|ts|tsx)\.html$/;
const RUSTDOC_ITEM_PAGE = /^(?:struct|enum|fn|trait|macro|constant|type|static|union|derive|attr|primitive|keyword|traitalias|foreigntype)\.[a-z0-9_]+\.html$/;
const RUSTDOC_SCRIPTS = /^(?:sidebar-items|search-index|crates|source-files|src-files|aliases)(?:-?[0-9a-f.]*)?\.js$/;
const JAVADOC_PAGES = new Set(['package-summary.html', 'package-tree.html', 'package-frame.html', 'package-use.html', 'allclasses-frame.html', 'allclasses-noframe.html', 'allclasses-index.html', 'allclasses.html', 'allpackages-index.html', 'overview-summary.html', 'overview-tree.html', 'overview-frame.html', 'constant-values.html', 'deprecated-list.html', 'serialized-form.html', 'index-all.html']);
const JAVADOC_SCRIPTS = /^(?:member|type|package|module|tag)-search-index\.js$/;
/** Doxygen's encodings: `_8` for a file name's `.`, `_1_1` for `::`, a folder's page by its hash. */
const DOXYGEN_PAGE = /_8(?:h|hh|hpp|hxx|c|cc|cpp|cxx|inl|ipp|m|mm|py|java|cs|js|ts|php|swift|md|dox|txt)(?:_source)?\.html$|_1_1[a-z0-9_]*(?:-members)?\.html$|^dir_[0-9a-f]{32}\.html$/;
const DOXYGEN_SEARCH = /^(?:all|classes|files|functions|variables|typedefs|enums|enumvalues|defines|namespaces|pages|groups|related|properties|events)_[0-9a-f]+\.(?:html|js)$/;
/** Folders only a generator writes: rustdoc's scripts and assets, javadoc's usage and source pages, Sphinx's modules and sources. */
const GENERATED_DOCS_FOLDERS = new Set(['implementors', 'trait.impl', 'type.impl', 'search.desc', 'static.files', 'class-use', 'src-html', '_modules', '_sources']);

export function contextOfPath(path: string, attributes?: LinguistAttributes): CredentialContext {
  const marked = attributes?.(path);
  if (marked === 'vendored') return 'vendored';
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  if (vendoredByName(segments, name)) return 'vendored';
  if (segments.some((s, i) => TEST_FOLDERS.has(s.toLowerCase()) || isTestHelperFolder(s) || isModelFactoryFolder(segments, i)) || TEST_FILE.test(name) || isStandInFile(name) || HELM_TEST_VALUES.test(`${segments.at(-1) ?? ''}/${name}`) || isBehaviourSuiteFile(segments, name)) return 'test';
  if (marked === 'docs' || segments.some(isDocsFolder) || DOCS_FILE.test(name) || PROSE_FILE_NAME.test(name) || SEARCH_INDEX.test(name) || isGeneratedDocsPage(path)) return 'docs';
  return 'code';
}

/**
 * A GitHub Pages branch (`gh-pages`, local or remote-tracking): a documentation site as its generator built
 * it (MkDocs, Jekyll, Sphinx, a Docusaurus build), its pages at the top of the tree. A value only such a
 * branch reaches is in the built docs, so a place on it is `docs` when its path alone would say `code`.
 */
export function isPagesBranch(ref: string): boolean {
  return ref === 'refs/heads/gh-pages' || /^refs\/remotes\/[^/]+\/gh-pages$/.test(ref);
}

/** The context of a secret seen in several places: `code` when any place is code, else that of the first place. */
export function contextOfPlaces(contexts: readonly CredentialContext[]): CredentialContext {
  return contexts.includes('code') ? 'code' : (contexts[0] ?? 'code');
}

interface AttributeRule {
  matches: (path: string) => boolean;
  attribute: 'vendored' | 'docs';
  set: boolean;
}

const ATTRIBUTE = /^(-|!)?linguist-(vendored|documentation)(?:=(.*))?$/;

/**
 * The linguist attributes of .gitattributes files (each given as its folder and text, any order):
 * deeper files and later lines win, as git reads them. Only the two attributes that move a finding
 * out of `code` are read; macros and quoted patterns are not.
 */
export function parseLinguistAttributes(files: readonly { folder: string; text: string }[]): LinguistAttributes {
  const rules: AttributeRule[] = [];
  const byDepth = [...files].sort((a, b) => a.folder.split('/').length - b.folder.split('/').length || (a.folder < b.folder ? -1 : 1));
  for (const { folder, text } of byDepth) {
    const base = folder.replace(/^\/+|\/+$/g, '');
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith('"')) continue;
      const [pattern = '', ...attributes] = line.split(/\s+/);
      for (const attribute of attributes) {
        const parsed = ATTRIBUTE.exec(attribute);
        if (!parsed) continue;
        const value = parsed[3];
        const set = parsed[1] === undefined && (value === undefined || value === 'true');
        const anchored = pattern.replace(/^\//, '');
        // Without a '/' (other than a trailing one) a pattern matches a name at any depth below its file.
        const glob = anchored.replace(/\/$/, '').includes('/') ? anchored : `**/${anchored}`;
        rules.push({ matches: compileGlobs([base ? `${base}/${glob}` : glob]), attribute: parsed[2] === 'vendored' ? 'vendored' : 'docs', set });
      }
    }
  }
  if (rules.length === 0) return () => undefined;
  return (path) => {
    let vendored = false;
    let docs = false;
    for (const rule of rules) {
      if (!rule.matches(path)) continue;
      if (rule.attribute === 'vendored') vendored = rule.set;
      else docs = rule.set;
    }
    return vendored ? 'vendored' : docs ? 'docs' : undefined;
  };
}

/** Larger .gitattributes files are not read (a generated one listing every file). */
const MAX_ATTRIBUTES_BYTES = 256 * 1024;

/** The linguist attributes of the .gitattributes files in `commit` (HEAD), read from git, not from the work tree. */
export async function readLinguistAttributes(git: GitRunner, commit: string): Promise<LinguistAttributes> {
  const listing = await git.run(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
  const files: { folder: string; text: string }[] = [];
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    const path = entry.slice(tab + 1);
    if (tab < 0 || !(path === '.gitattributes' || path.endsWith('/.gitattributes'))) continue;
    const [, type = '', id = ''] = entry.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    try {
      const blob = await readBlobCapped(git, id, MAX_ATTRIBUTES_BYTES);
      if (blob.kind === 'read') files.push({ folder: path.slice(0, -'.gitattributes'.length), text: blob.bytes.toString('utf8') });
    } catch (err) {
      if (err instanceof GitError && err.kind === 'aborted') throw err;
      // an unreadable .gitattributes says nothing
    }
  }
  return parseLinguistAttributes(files);
}
