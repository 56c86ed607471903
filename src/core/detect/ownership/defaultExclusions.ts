// Files nobody needs to learn from the person leaving, left out of ownership by default: lockfiles
// (written by a package manager), generated code (a generator wrote it; its source is what counts),
// minified bundles, snapshot or golden test files (recorded output), and translation catalogs and files
// (rewritten whole by extraction tools and translation platforms: on netbox the person who syncs them
// "owned" 14 catalogs of 18,000 lines each, ahead of any code). The setting
// `handover.ownershipDefaultExclusions: false` (CLI: --no-default-exclusions) turns the list off; the
// count of files left out is shown either way.
import { contextOfPath, isVendoredPath } from '../credentials/pathContext';
import { compileGlobs } from './pathGlob';

/** Lockfiles, written by a package manager from the manifest (also what a squash-merge resolves again on its own base: landedChanges.ts). */
export const LOCKFILE_GLOBS: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lockb',
  'go.sum',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'Gemfile.lock',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
  'flake.lock',
  '.terraform.lock.hcl',
  'gradle.lockfile',
  'bun.lock',
  'deno.lock',
  'Package.resolved',
  'paket.lock',
  'shard.lock',
  'stack.yaml.lock',
  'renv.lock',
  'pixi.lock',
  'conda-lock.yml',
  'cabal.project.freeze',
  // Symfony Flex's record of the recipes it installed (composer writes it beside composer.lock)
  'symfony.lock',
  // Unity's Package Manager (`Packages/packages-lock.json`)
  'packages-lock.json',
];

/** Globs (see pathGlob.ts) of lockfiles, generated code, build tool wrappers, Xcode's own files, licence texts, minified, snapshot and golden files, 3D models, and translation catalogs. */
export const DEFAULT_EXCLUDE_GLOBS: readonly string[] = [
  ...LOCKFILE_GLOBS,
  // generated code
  '*.pb.go',
  '*.pb.gw.go',
  '*_pb2.py',
  '*_pb2_grpc.py',
  '*.pb.cc',
  '*.pb.h',
  '*_generated.*',
  '*.generated.*',
  '*.gen.go',
  'zz_generated*',
  '*_pb.js',
  '*_pb.d.ts',
  '*_grpc_pb.js',
  '*_grpc_pb.d.ts',
  '*.pb.swift',
  '*_pb.rb',
  '*.designer.cs',
  '*.Designer.cs',
  '*.g.cs',
  '*.g.dart',
  '*.freezed.dart',
  // Mockito's mocks for Dart (build_runner writes `x.mocks.dart` from `x.dart`'s annotations)
  '*.mocks.dart',
  // dune's generated rules: a generator's output that a `dune` file includes (`(include dune.inc)`) and checks with
  // `(diff dune.inc dune.inc.gen)`, copied over by `dune promote` (an OCaml formatter's 5,840-line `test/passing/gen/dune.inc`)
  'dune.inc',
  // build tool wrappers: `gradle wrapper` and `mvn wrapper:wrapper` write the scripts and their settings
  'gradlew',
  'gradlew.bat',
  '**/gradle/wrapper/',
  'mvnw',
  'mvnw.cmd',
  '**/.mvn/wrapper/',
  // Xcode's own files: asset catalogs (a `Contents.json` per image, written as images are added), a
  // workspace's bookkeeping, and the state it keeps for a Swift package (`.swiftpm/`, its schemes included)
  '*.xcassets/',
  '*.xcworkspacedata',
  'IDEWorkspaceChecks.plist',
  'WorkspaceSettings.xcsettings',
  '.swiftpm/',
  // third-party licence listings, written by a licence tool from the dependencies
  '*-licenses.txt',
  '*-licenses.json',
  'THIRD_PARTY_NOTICES*',
  'ThirdPartyNotices*',
  'THIRD-PARTY-NOTICES*',
  // licence texts (legal text, written once and copied: debops has a COPYRIGHT file in each of 180 roles)
  'LICENSE',
  'LICENSE.*',
  'LICENSE-*',
  'LICENCE',
  'LICENCE.*',
  'LICENCE-*',
  'license',
  'license.*',
  'COPYING',
  'COPYING.*',
  'COPYRIGHT',
  'COPYRIGHT.*',
  'NOTICE',
  'NOTICE.*',
  'UNLICENSE',
  // (a licence's text under another name: Rails' `MIT-LICENSE`, sidekiq's `COMM-LICENSE.txt`)
  '*-LICENSE',
  '*-LICENSE.*',
  '*-LICENCE',
  '*-LICENCE.*',
  // (REUSE: the texts of every licence used, `LICENSES/<SPDX id>.txt`, and the `<file>.license` beside a
  // file that cannot hold its own licence comment)
  'LICENSES/',
  '*.license',
  // minified bundles and source maps
  '*.min.js',
  '*.min.css',
  '*.min.mjs',
  '*.map',
  // snapshots and golden files
  '__snapshots__/',
  '*.snap',
  '*.golden',
  'testdata/**/*.golden',
  'golden/',
  // (testthat's snapshots, `tests/testthat/_snaps/<test>.md`, rewritten by `snapshot_accept()`)
  '_snaps/',
  // 3D models as text, exported by a modelling tool (glTF, COLLADA, Wavefront and its materials, STL, PLY,
  // FBX, USD): a drawing, as an SVG is (SVG_IMAGE), whose lines are coordinates
  '*.gltf',
  '*.dae',
  '*.obj',
  '*.mtl',
  '*.stl',
  '*.ply',
  '*.fbx',
  '*.usda',
  // translation catalogs (gettext, XLIFF): extracted by `xgettext`/`makemessages`/`ng extract-i18n`, filled in by translators
  '*.po',
  '*.pot',
  '*.xlf',
  '*.xliff',
  // Xcode's string catalogs: every locale in one file, rewritten by Xcode on each build
  '*.xcstrings',
  // a database's schema as the framework dumps it after each migration (Rails' `db:schema:dump` with the SQL
  // format, Ecto's `ecto.dump`: pg_dump's output; hexpm's maintainer "owned" its 3,003 lines first). The
  // migrations stay; so does a dump kept as a test fixture and edited by hand since (postgrest's `data.sql`)
  '**/db/structure.sql',
  '**/priv/*/structure.sql',
  // Dash docsets (jazzy, Doxygen and docsetutil build them from the code's comments)
  '*.docset/',
  // Docusaurus' frozen copies of the docs at a release (`docusaurus docs:version 10.x` copies `docs/` into
  // `versioned_docs/version-10.x/`, its sidebar into `versioned_sidebars/`; a plugin's own under `<id>_versioned_docs/`):
  // the docs a successor learns are the current ones, which stay
  'versioned_docs/',
  'versioned_sidebars/',
  '*_versioned_docs/',
  '*_versioned_sidebars/',
];

/**
 * A locale's code as a folder or file name: `de`, `pt-BR`, `pt_BR`, `de-if`, `zh-Hans`, `es-419`, and a
 * three-letter language with its region (`fil-PH`, `chr-US`; alone, `php` or `cpp` could be a language's code folder).
 */
const LOCALE = '(?:[a-z]{2}(?:[-_](?:[A-Za-z]{2}|[A-Z][a-z]{3}|[0-9]{3}))?|[a-z]{3}[-_](?:[A-Z]{2}|[A-Z][a-z]{3}|[0-9]{3}))';
/** Folders that hold a project's strings by locale. */
const STRINGS_FOLDER = '(?:locales?|i18n|l10n|translations?|langs?|languages)';
/** Files of strings (not `.js`/`.ts`/`.go`…: `lang/go/` can be a programming language's folder). */
const STRINGS_FILE = '\\.(?:php|json|ya?ml|properties|xml|strings|stringsdict|ini|resx|arb|ftl|toml)$';

/**
 * Translation files in the shapes frameworks give them, beside the catalogs the globs name (`*.po`,
 * `*.xliff`): a locale's folder under a strings folder (Laravel `resources/lang/de/auth.php`, i18next
 * `public/locales/pt-BR/common.json`), a file named for its locale there (Rails `config/locales/de.yml`,
 * `devise.de.yml`, `i18n/zh-CN.json`), Java resource bundles for a locale (`messages_de.properties`,
 * `ApplicationResources_fr.properties`),
 * Android's `res/values-de/strings.xml` and Apple's `de.lproj/`. Translation platforms rewrite them
 * whole, and whoever syncs them is their author: on snipe-it 5,325 of its maintainer's 6,797 owned files
 * were `resources/lang/*`.
 */
export const TRANSLATION_FILE = new RegExp(
  [
    `(?:^|/)${STRINGS_FOLDER}/${LOCALE}/(?:[^/]+/)*[^/]+${STRINGS_FILE}`,
    // (directly in it, or in a part's folder: jumpserver's `apps/i18n/lina/zh.json`)
    `(?:^|/)${STRINGS_FOLDER}/(?:[^/]+/)?(?:[^/]*[._-])?${LOCALE}${STRINGS_FILE}`,
    // (named as bundles are, so that `settings_qa.properties` stays)
    `(?:^|/)[^/]*(?:[Mm]essages?|[Rr]esources?|[Bb]undle|[Ll]abels?|[Ss]trings?|[Tt]exts?|i18n|[Ll]ang|[Tt]ranslations?|[Vv]alidation|[Ee]rrors?)_${LOCALE}\\.properties$`,
    // (Android and Compose Multiplatform's `composeResources/`: a two- or three-letter language, `values-ast`, `values-fil`, or a BCP 47 tag, `values-b+sr+Latn`;
    // not `values-car` nor `values-hdr`, a UI mode and a screen's qualifiers)
    `(?:^|/)(?:res|composeResources)/values-(?:(?!(?:car|hdr)/)[a-z]{2,3}(?:-r[A-Z]{2})?|b\\+[a-z]{2,3}(?:\\+[A-Za-z0-9]+)*)/strings\\.xml$`,
    `(?:^|/)${LOCALE}\\.lproj/`,
    // (Docusaurus' translations of a site's docs, blog and pages, and of its theme's strings: `i18n/fr/docusaurus-plugin-content-docs/current/intro.md`)
    `(?:^|/)i18n/${LOCALE}/docusaurus-(?:plugin-content-[\\w-]+|theme-[\\w-]+)/`,
  ].join('|'),
);

/** A document: what a docs site or a repository's prose is written in. */
const DOCUMENT = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|ipynb)$/i;
/** A locale's code as a whole folder name, also with a lower-case script (`zh-hant`, `sr-latn`). */
const LOCALE_FOLDER = new RegExp(`^(?:${LOCALE}|[a-z]{2}[-_](?:hans|hant|latn|cyrl))$`);

/**
 * Documents translated from a source language, as docs sites lay them out without a strings folder: a
 * folder per locale side by side (fastapi's `docs/en/docs/async.md` and its `docs/de/docs/async.md`,
 * `docs/zh/docs/async.md`, 14 languages), or a locale before the extension beside the source
 * (mkdocs-static-i18n's `index.fr.md` beside `index.md`). Of sibling locale folders, one of which must be
 * English (`en`, `en-US`), the source is the one whose documents history saw first (the median of their
 * `firstSeen`: fastapi's English pages from 2018, the translations from 2020 on; apollo's Chinese pages
 * from 2020, their English translation, now the larger folder, from 2021, but for a one-line README made
 * with the folder), else the one holding most documents; a document under
 * another whose path below the locale is also the source's is its translation, when nine in ten of that
 * locale's documents are so (two folders each with many pages of its own are kept). A document only one locale
 * has stays, as do the source's. Translations are rewritten whole by translators, platforms and, now,
 * language models: on fastapi its maintainer "owned" 162 of them beside the pages he wrote in English, and a
 * translator who left owned only his 89 German pages.
 */
export function translatedDocuments(paths: Iterable<string>, firstSeen: (path: string) => number | undefined = () => undefined): Set<string> {
  const all = new Set(paths);
  const found = new Set<string>();
  // parent folder → locale → paths below the locale
  const byParent = new Map<string, Map<string, string[]>>();
  for (const path of all) {
    if (!DOCUMENT.test(path)) continue;
    const suffixed = /^(.*)\.([a-z]{2}(?:[-_][A-Za-z]{2,4})?)(\.[a-z]+)$/.exec(path);
    if (suffixed && LOCALE_FOLDER.test(suffixed[2]!) && all.has(`${suffixed[1]}${suffixed[3]}`)) found.add(path);
    const segments = path.split('/');
    for (let at = 0; at < segments.length - 1; at++) {
      const locale = segments[at]!;
      if (!LOCALE_FOLDER.test(locale)) continue;
      const parent = segments.slice(0, at).join('/');
      const locales = byParent.get(parent) ?? new Map<string, string[]>();
      byParent.set(parent, locales);
      const below = locales.get(locale) ?? [];
      locales.set(locale, below);
      below.push(segments.slice(at + 1).join('/'));
    }
  }
  for (const [parent, locales] of byParent) {
    // A docs site's locales include English; per-language folders of code examples (`examples/go/`,
    // `examples/ts/`, `examples/cs/`, each with its README.md) hold none, and stay.
    if (locales.size < 2 || ![...locales.keys()].some((locale) => /^en(?:[-_][A-Za-z]{2})?$/.test(locale))) continue;
    let source = '';
    let most = -1;
    let oldest = Number.POSITIVE_INFINITY;
    for (const [locale, below] of locales) {
      // When history first saw the locale's documents, the middle one (a stub made with the folder does not count for the rest).
      const times = below.map((rest) => firstSeen(`${parent ? `${parent}/` : ''}${locale}/${rest}`) ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
      const first = times[Math.floor((times.length - 1) / 2)] ?? Number.POSITIVE_INFINITY;
      const older = first < oldest;
      const asOld = first === oldest;
      if (older || (asOld && (below.length > most || (below.length === most && locale === 'en')))) [source, most, oldest] = [locale, below.length, first];
    }
    const original = new Set(locales.get(source));
    for (const [locale, below] of locales) {
      if (locale === source) continue;
      // A translation has (nearly) nothing of its own: nine in ten of its documents are the source's. Two
      // folders each with pages of their own (apollo's Chinese and English docs, 37 shared of 45 and 52)
      // are kept side by side, and stay.
      const shared = below.filter((rest) => original.has(rest));
      if (shared.length < 0.9 * below.length) continue;
      for (const rest of shared) found.add(`${parent ? `${parent}/` : ''}${locale}/${rest}`);
    }
  }
  return found;
}

/** Folders a web app serves as they are: what is committed there is copied or built, not compiled from sources. */
const STATIC_ROOT = '(?:public|static|wwwroot|webroot|www)';
/** What a browser loads (not a server's `.php`: `www/lib/` may be an app's own PHP). */
const WEB_ASSET = '\\.(?:m?js|cjs|ts|css|scss|sass|less|map|json|html?|svg|txt|md|eot|ttf|otf|woff2?|swf|xml|png|gif|jpe?g)$';
/**
 * Copied front-end libraries and built output under a folder served as is: `public/libs/tinymce/`,
 * `public/js/plugins/select2/`, `static/lib/`, ASP.NET's `wwwroot/lib/` (where libman installs),
 * `public/css/build/`, `static/dist/`, and fonts converted to SVG (`fontawesome-webfont.svg`, any
 * `.svg` under a `fonts/` folder). An app's own scripts and styles beside them (`public/js/app.js`,
 * `static/css/base.css`) stay, as does server code in such a folder (`www/lib/db.php`). On snipe-it 190 of its maintainer's owned files were under
 * `public/js/plugins/` and `public/css/build/`; on BookStack 17 were TinyMCE's files under `public/libs/`.
 */
export const COPIED_STATIC_FILE = new RegExp(
  [`(?:^|/)${STATIC_ROOT}/(?:[^/]+/)*(?:libs?|plugins|vendors?|bower_components|dist|build)/(?:[^/]+/)*[^/]+${WEB_ASSET}`, '(?:^|/)fonts?/(?:[^/]+/)*[^/]+\\.svg$', '[-_.]webfont\\.svg$'].join('|'),
  'i',
);

/**
 * A script or stylesheet of a folder served as is, looked at for a copied library's banner
 * (blobFacts.ts hasLibraryBanner): freescout's `public/js/summernote/summernote.js`, healthchecks'
 * `static/css/bootstrap.css`, where no folder name says the file is another project's.
 */
export const STATIC_SCRIPT_OR_STYLE = new RegExp(`(?:^|/)${STATIC_ROOT}/(?:[^/]+/)*[^/]+\\.(?:m?js|cjs|css|scss|sass|less)$`, 'i');

const STATIC_ROOT_NAME = new RegExp(`^${STATIC_ROOT}$`, 'i');
/** A file of a folder served as is that a browser loads (not server code). */
const STATIC_BROWSER_FILE = new RegExp(`(?:^|/)${STATIC_ROOT}/(?:[^/]+/)*[^/]+${WEB_ASSET}`, 'i');

/** Folders a library's main file sits in below its own folder: `bootstrap/js/bootstrap.js`, `select2/dist/select2.js`. */
const LIBRARY_LAYOUT_FOLDERS = new Set(['js', 'css', 'dist', 'src', 'lib', 'build', 'scripts', 'styles']);

/** A name compared with a folder's: lower case, letters and digits only (`jquery.colorbox` and `jquery-colorbox` agree). */
const bare = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The folder a copied library owns, from its main file (one that opened with a library's banner):
 * the folder named as the file, or by its first letters or they by its (`public/js/flatpickr/flatpickr.js`
 * → `public/js/flatpickr/`, `plugins/chartjs/Chart.bundle.js` → `plugins/chartjs/`), also
 * above a `js/`, `css/` or `dist/` folder (`public/js/bootstrap/js/bootstrap.js` → `public/js/bootstrap/`).
 * Undefined when no folder is named so: a banner file directly in `public/js/` says nothing of its neighbours.
 */
export function libraryFolderOf(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  const stem = bare(name.replace(/(?:\.(?:min|full|all|bundle|umd|esm))*\.[a-z0-9]+$/i, ''));
  if (!stem) return undefined;
  for (let up = segments.length - 1; up >= 0 && up >= segments.length - 2; up--) {
    const folder = segments[up] ?? '';
    const named = bare(folder);
    if (named === stem || (Math.min(named.length, stem.length) >= 4 && (stem.startsWith(named) || named.startsWith(stem)))) {
      const owned = segments.slice(0, up + 1);
      // Never a folder served as is itself, nor one above it.
      if (!owned.some((s) => STATIC_ROOT_NAME.test(s)) || STATIC_ROOT_NAME.test(folder)) return undefined;
      return `${owned.join('/')}/`;
    }
    if (!LIBRARY_LAYOUT_FOLDERS.has(folder.toLowerCase())) return undefined;
  }
  return undefined;
}

/**
 * The files of `paths` that belong to a copied library's folder (libraryFolderOf) of one of `banners`,
 * browser files only: the library's translations, plugins and styles beside its main file, which carry
 * no banner of their own (flatpickr's `l10n/cy.js`, summernote's `lang/`, parsley's `i18n/`).
 */
export function filesOfLibraryFolders(banners: Iterable<string>, paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const banner of banners) {
    const folder = libraryFolderOf(banner);
    if (folder) folders.add(folder);
  }
  if (folders.size === 0) return [];
  const found: string[] = [];
  for (const path of paths) {
    if (!STATIC_BROWSER_FILE.test(path)) continue;
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
      if (folders.has(path.slice(0, at + 1))) {
        found.push(path);
        break;
      }
    }
  }
  return found;
}

/**
 * Images drawn as SVG: icons, logos, diagrams a tool exported (d2, draw.io). The same image as a PNG is
 * binary and never owned; as SVG its path data counted as lines, and BookStack's maintainer "owned" 118
 * icons, koel's 63 logos and icons. An SVG under a `templates/` folder is a server's template (healthchecks'
 * `templates/badge.svg` fills in `{{ width }}`) and stays.
 */
export const SVG_IMAGE = /^(?!(?:.*\/)?templates?\/).*\.svg$/i;

/**
 * Data sets as tables: a `.csv` or `.tsv` under a `data/`, `dataset/` or `datasets/` folder
 * (PythonDataScienceHandbook's `notebooks/data/births.csv`, 15,548 rows of CDC data, was its author's
 * largest "owned" file; huginn's `data/anew.csv`, a published word list). Rows are records, downloaded or
 * exported, not lines someone must learn from the person leaving; the code that reads them stays. A
 * table elsewhere (`config/mapping.csv`, an Android app's `assets/developers.csv`) stays.
 */
export const DATA_TABLE = /(?:^|\/)(?:data|datasets?)\/(?:[^/]+\/)*[^/]+\.(?:csv|tsv)$/i;

/**
 * An Android drawable's XML, looked at for a vector drawing's root (blobFacts.ts isVectorDrawing): the
 * same image as an SVG, converted by Android Studio (AntennaPod's maintainer "owned" 61 such icons), also
 * in Compose Multiplatform's `composeResources/drawable/` and `drawable-<qualifiers>/` (kotlinconf-app's maintainer "owned" 135).
 */
export const ANDROID_DRAWABLE = /(?:^|\/)(?:res|composeResources)\/drawable(?:-[^/]+)?\/[^/]+\.xml$/;

/**
 * A file that only keeps a folder in git, or a few ignore lines for it: a `.gitignore`, `.gitkeep` or
 * `.keep` below the top folder of at most 3 lines (`storage/framework/cache/.gitignore` holding `*` and
 * `!.gitignore`). snipe-it's maintainer "owned" 36 of them.
 */
export function isFolderPlaceholder(path: string, lines: number): boolean {
  return lines <= 3 && /\/\.(?:gitignore|gitkeep|keep)$/.test(path);
}

/** What knitr and Quarto render into a Markdown file of the same name beside them. */
const KNIT_SOURCES = ['.Rmd', '.rmd', '.qmd'];

/**
 * Whether a Markdown file is rendered from a source beside it (`README.md` from `README.Rmd` or
 * `README.qmd`, as usethis sets up R packages: dplyr's README.md says "is generated from README.Rmd.
 * Please edit that file", and so does the source, which stays). `exists`: whether a path is a file of the
 * same commit.
 */
export function isKnitOutput(path: string, exists: (path: string) => boolean): boolean {
  if (!path.endsWith('.md')) return false;
  const stem = path.slice(0, -'.md'.length);
  return KNIT_SOURCES.some((source) => exists(stem + source));
}

/**
 * Whether a provider's documentation page is rendered from a template (terraform-plugin-docs, `tfplugindocs
 * generate`: `docs/resources/repository.md` from `templates/resources/repository.md.tmpl`, the same path below
 * `templates/` with `.tmpl` added, in the same folder as `docs/`). Its templates hold the prose, and stay; the page
 * is rewritten whole at each generation, its schema part from the code (on a Terraform provider, who moved the docs
 * to the generator "owned" each of its 96 pages).
 */
export function isRenderedFromTemplate(path: string, exists: (path: string) => boolean): boolean {
  const match = /^((?:.*\/)?)docs\/(.+\.md)$/.exec(path);
  return !!match && exists(`${match[1]}templates/${match[2]}.tmpl`);
}

/**
 * A test's recorded output, which a test runner writes and a promote or accept step copies over the committed file
 * when the output changes (dune's `(diff x.ml.ref x.ml.stdout)` and `dune promote`, cram-style runners, an expected
 * output a script compares with): in a test folder, a file named for being the expected or reference output
 * (`x.expected`, `x.ml.ref`, a qualified reference such as `x.ml.broken-ref`), a recorded stream (`x.stderr`,
 * `x.stdout`), or a recorded output named after the input it was produced from, the input's extension kept
 * (`x.ml.err`, `808271.sh.out`, `case.py.output`). The inputs, the runner's options (`x.ml.opts`) and the
 * tests stay. On an OCaml formatter whoever re-recorded its test suite "owned" 1,034 of its files, 4 copies of
 * the formatted output under each profile.
 */
const RECORDED_OUTPUT_NAME = /(?:\.(?:expected|ref|[a-z]+-ref|stdout|stderr)|[^/.]\.[A-Za-z0-9]{1,8}\.(?:out|err|output))$/;

export function isRecordedTestOutput(path: string): boolean {
  return RECORDED_OUTPUT_NAME.test(path) && contextOfPath(path) === 'test';
}

/**
 * Whether a file is the built bundle of a JavaScript GitHub Action: under `dist/` beside the `action.yml` (or
 * `action.yaml`) that runs it, as `ncc build` and the action templates lay it out (`dist/index.js`, its chunks,
 * `dist/licenses.txt`). The action's sources stay; the bundle is rewritten whole at each build (a maintainer
 * "owned" the 36,287-line `dist/index.js`). `exists`: whether a path is a file of the same commit.
 */
export function isActionBundle(path: string, exists: (path: string) => boolean): boolean {
  const match = /^((?:.*\/)?)dist\/./.exec(path);
  return !!match && (exists(`${match[1]}action.yml`) || exists(`${match[1]}action.yaml`));
}

/**
 * Whether a path is left out of ownership by default: the globs above, a translation file, copied or
 * built files under a folder served as is (COPIED_STATIC_FILE), an SVG image (SVG_IMAGE), a data set's
 * table (DATA_TABLE), a test's recorded output (isRecordedTestOutput), or vendored
 * code by its path (`vendor/`, `node_modules/`, `third_party/`, a committed vendor bundle: what the
 * credential scan calls vendored, as linguist does without a `.gitattributes`; files marked
 * `linguist-vendored` are left out in any case). freescout commits composer's `vendor/`: 4,222 of its
 * maintainer's 5,159 owned files were there.
 */
export function compileDefaultExclusions(): (path: string) => boolean {
  const globs = compileGlobs(DEFAULT_EXCLUDE_GLOBS);
  return (path) => globs(path) || TRANSLATION_FILE.test(path) || COPIED_STATIC_FILE.test(path) || SVG_IMAGE.test(path) || DATA_TABLE.test(path) || isVendoredPath(path) || isRecordedTestOutput(path);
}

/**
 * A generated file's header, as generators write it: Go's `// Code generated … DO NOT EDIT.`, the
 * `@generated` marker (Facebook's convention, used by many tools), Django's migrations, .NET's
 * `<auto-generated>` and a file saying it was generated (blobFacts.ts GENERATED_PHRASE), looked for in the blob pass
 * (blobFacts.ts hasGeneratedHeader) near the top only (after a licence block at most): a file that
 * mentions the marker later is not generated.
 */
export const HEADER_LINES = 40;

/**
 * The version of the rules that read a file's content (generated headers, library banners): a state
 * kept by a run under other rules has its files looked at again. 2: Django, `<auto-generated>`, "this
 * file was generated", library banners. 3: controller-gen's CRDs, "generated from/by … do not change". 4:
 * "generated file/code … do not (manually) edit" (Flutter, Mockito, Android), Helm repository indexes,
 * Android vector drawables. 5: every blob's opening (blobFacts.ts GENERATED_OPENING: game engines' import
 * sidecars, antsibull-changelog's notes, chroma's stylesheets, Autoconf Archive macros, a site's proofs;
 * Helm indexes moved there), CMake's exported targets. (README.md beside README.Rmd, isKnitOutput, is by path.)
 * 6: generated documentation pages, terminal recordings (openings); RuboCop's todo file,
 * modulesync's files, github_changelog_generator's history (headers). 7: certificates and keys in PEM form
 * and OpenSSL's text dump of a certificate (openings).
 */
export const CONTENT_RULES = 7;
