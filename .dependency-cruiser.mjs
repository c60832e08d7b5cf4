// @ts-check
/**
 * The boundary between the site and its packages, enforced by dependency-cruiser
 * (`npm run lint:imports`, part of `npm run lint` and so of `npm test`):
 *
 * - packages/<name>/ never reaches outside its own folder but for npm dependencies and Node's own
 *   modules;
 * - @sde/content-engine knows nothing of Docusaurus or React, and the two packages are independent;
 * - the site (everything outside packages/: src/, scripts/, test/, the root configs) reaches a package
 *   only through `@sde/<name>` and the entries of that package's `exports`;
 * - no module depends on itself through others.
 *
 * test/unit/import-boundaries.test.ts runs these very rules on a small tree
 * (test/fixtures/boundaries/) with one violation per rule, so a rule that stops firing fails a test.
 *
 * Resolution follows Node and TypeScript: `@sde/<name>` through the workspace symlink in
 * node_modules/@sde/ to the package's real path, through its `exports` only (a deep path such as
 * `@sde/content-engine/src/...` does not resolve, as in Node); `@site/*` through the root
 * tsconfig.json, whose aliases are a superset of the packages' own (they declare `paths: {}`), so a
 * package that reached for `@site/...` is seen landing in the site. Type-only imports count: a type
 * imported from a package's internals ties the site to them as surely as a value does.
 */

/** The packages, each a folder of its own; `$1` in a `to` is the importing package's name. */
const IN_A_PACKAGE = '^packages/([^/]+)/';

/**
 * Modules that exist only inside a Docusaurus build: webpack aliases to the core's client API, the
 * theme and the generated data. dependency-cruiser cannot resolve them (TypeScript knows them from
 * @docusaurus/module-type-aliases' ambient declarations), so they are named here.
 */
const DOCUSAURUS_ALIASES = [
  '^@docusaurus/(?:[A-Z][A-Za-z]*|use[A-Z][A-Za-z]*|constants|isInternalUrl|renderRoutes|router)$',
  '^@theme(?:-original|-init)?/',
  '^@generated/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
const config = {
  forbidden: [
    {
      name: 'package-not-to-outside',
      comment:
        'A package reaches outside its own folder. A package must build, test and ship on its own: ' +
        'it may import its own files, its npm dependencies and Node, never the site (src/, scripts/, ' +
        'test/, root configs, by a relative path or @site/...) nor another package (today the two ' +
        'are independent; see the next two rules).',
      severity: 'error',
      from: { path: IN_A_PACKAGE },
      to: {
        pathNot: ['^packages/$1/', '(^|/)node_modules/'],
        dependencyTypesNot: ['core'],
        couldNotResolve: false,
      },
    },
    {
      name: 'content-engine-not-to-docusaurus',
      comment:
        '@sde/content-engine imports Docusaurus, React or the lean plugin. The content engine is the ' +
        "site's content model, checks and importer, run from the command line and from any site " +
        'generator: it must load without Docusaurus or React installed. Put the Docusaurus side in ' +
        'the site (src/plugins) or in @sde/docusaurus-plugin-lean.',
      severity: 'error',
      from: { path: '^packages/content-engine/' },
      to: {
        path: [
          '(^|/)node_modules/(@docusaurus/|react/|react-dom/|react-router[^/]*/|@mdx-js/react/)',
          ...DOCUSAURUS_ALIASES,
          '^packages/docusaurus-plugin-lean/',
          '^@sde/docusaurus-plugin-lean(/|$)',
        ],
      },
    },
    {
      name: 'lean-not-to-content-engine',
      comment:
        '@sde/docusaurus-plugin-lean imports the content engine. The lean plugin replaces Docusaurus ' +
        'internals for any site; it knows nothing of our content model. Whatever both need belongs to ' +
        'one of them, passed in by the site.',
      severity: 'error',
      from: { path: '^packages/docusaurus-plugin-lean/' },
      to: { path: ['^packages/content-engine/', '^@sde/content-engine(/|$)'] },
    },
    {
      name: 'site-not-to-package-internals',
      comment:
        "The site imports a package's file by its path (relative, @site/packages/..., or from the " +
        "tsconfig's baseUrl) instead of through `@sde/<name>` and the entries of the package's " +
        '`exports`. Its internals may move at any time: import from an entry, or ask for one.',
      severity: 'error',
      from: { pathNot: '^packages/' },
      to: { path: '^packages/[^/]+/', dependencyTypesNot: ['aliased-workspace'] },
    },
    {
      name: 'site-not-to-unexported-package-path',
      comment:
        'The site imports a path of a package that its `exports` does not list (Node refuses it as ' +
        'ERR_PACKAGE_PATH_NOT_EXPORTED). Import from an entry the package exports, or ask for one.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^@sde/' },
    },
    {
      name: 'no-circular',
      comment:
        'This module depends on itself through others. A cycle ties every module in it together: none ' +
        'can be read, tested or moved alone, and between packages or folders it breaks the layering. ' +
        'Move what both need into a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'This import resolves to no file: a typo, a file that moved, or a package missing from ' +
        "node_modules. Docusaurus's build-time aliases (@docusaurus/<client API>, @theme, @generated) " +
        'are known and allowed.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^@sde/', ...DOCUSAURUS_ALIASES] },
    },
    {
      name: 'package-not-to-undeclared',
      comment:
        'A package imports an npm package that its own package.json does not declare. It resolves only ' +
        "because the workspace hoists another package's dependency to the root node_modules; installed " +
        'alone, the package breaks. Declare it (dependencies, peerDependencies, or devDependencies for ' +
        "tests and types). The site is not held to this: Docusaurus's own packages that a swizzled " +
        'theme imports come with @docusaurus/preset-classic.',
      severity: 'error',
      from: { path: IN_A_PACKAGE },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    // Built or generated files, and test fixtures: those of test/unit/import-boundaries.test.ts break
    // these rules on purpose, and a package's fixture sites (the classic site the lean plugin is
    // proven on) are sites of their own, with their own dependencies. Not node_modules: an exclusion
    // would hide the imports of npm packages from the rules too.
    exclude: {
      path: [
        '^(\\.git|build|\\.docusaurus|test-results|bench-results|coverage|playwright-report)/',
        '^test/fixtures/',
        '^packages/[^/]+/test/fixtures/',
      ],
    },
    // npm packages are checked at the edge that imports them, neither scanned nor cruised into.
    doNotFollow: { path: ['(^|/)node_modules/'] },
    moduleSystems: ['es6', 'cjs', 'tsd'],
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Each package's dependencies from its own package.json (see package-not-to-undeclared).
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    // Only the analyses a rule needs (cycles, here): faster.
    skipAnalysisNotInRules: true,
  },
};

export default config;
