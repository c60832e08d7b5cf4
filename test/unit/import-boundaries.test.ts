/**
 * The import boundary between the site and its packages (.dependency-cruiser.mjs, run by
 * `npm run lint:imports`) bites: the very rules of that config, run through dependency-cruiser's API
 * on a small tree laid out like this repository (test/fixtures/boundaries/site: a root with
 * workspaces, packages/content-engine and packages/docusaurus-plugin-lean with `exports`, src/,
 * scripts/, test/, a root config), pass the clean tree and fail on each case laid over it
 * (test/fixtures/boundaries/cases/<case>), naming the rule that fires and the import that broke it.
 *
 * Each case runs in a copy of the tree in a temporary folder, with what `npm ci` would give it:
 * node_modules/@sde/<name> symlinked to packages/<name>, and two stub npm packages.
 *
 * Whether the real tree passes is left to `npm run lint:imports` itself, which cruises all of it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise, format, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import config from '../../.dependency-cruiser.mjs';
import { fixture } from '../helpers/paths';

const FIXTURE = fixture('boundaries');
const temp = mkdtempSync(join(tmpdir(), 'sde-boundaries-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the clean tree, with `overlay` (a case's files) laid over it, installed. */
function tree(name: string, overlay?: string): string {
  const dir = join(temp, name);
  cpSync(join(FIXTURE, 'site'), dir, { recursive: true });
  if (overlay) cpSync(join(FIXTURE, 'cases', overlay), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules', '@sde'), { recursive: true });
  for (const pkg of ['content-engine', 'docusaurus-plugin-lean']) {
    symlinkSync(join('..', '..', 'packages', pkg), join(dir, 'node_modules', '@sde', pkg), 'dir');
  }
  for (const pkg of ['react', 'left-pad']) {
    mkdirSync(join(dir, 'node_modules', pkg));
    writeFileSync(join(dir, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg, main: 'index.js' }));
    writeFileSync(join(dir, 'node_modules', pkg, 'index.js'), 'module.exports = {};\n');
  }
  return dir;
}

interface Lint {
  result: ICruiseResult;
  /** Each violation as `rule: from -> to`, sorted. */
  violations: string[];
  /** What `depcruise` (reporter `err`, as in npm run lint:imports) exits with. */
  exitCode: number;
}

/** Cruises `dir` as npm run lint:imports cruises the repository: the same rules and options. */
async function lint(dir: string): Promise<Lint> {
  const tsConfig = join(dir, 'tsconfig.json');
  const cruised = await cruise(
    ['.'],
    // The config's tsConfig names the repository's tsconfig.json, relative to the working folder:
    // here, the tree's own, which declares the same `@site/*` alias.
    { validate: true, ruleSet: config, baseDir: dir, tsConfig: { fileName: tsConfig }, outputType: 'json' },
    {},
    { tsConfig: extractTSConfig(tsConfig) },
  );
  const result = (typeof cruised.output === 'string' ? JSON.parse(cruised.output) : cruised.output) as ICruiseResult;
  const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
  const { exitCode } = await format(result, { outputType: 'err' });
  return { result, violations, exitCode };
}

interface Case {
  /** Its folder under test/fixtures/boundaries/cases. */
  dir: string;
  what: string;
  violations: string[];
}

const CASES: Case[] = [
  {
    dir: 'package-imports-site',
    what: 'a package imports the site: by a relative path, through @site/, a root config, a test helper',
    violations: [
      'package-not-to-outside: packages/content-engine/src/leak.ts -> src/config/site.ts',
      'package-not-to-outside: packages/docusaurus-plugin-lean/src/leak.ts -> docusaurus.config.ts',
      'package-not-to-outside: packages/docusaurus-plugin-lean/src/leak.ts -> src/config/site.ts',
      'package-not-to-outside: packages/docusaurus-plugin-lean/src/test-helper.ts -> test/unit/helpers.ts',
    ],
  },
  {
    dir: 'site-imports-package-internal',
    what: "the site (src/, scripts/, test/) imports a package's file by a relative path or through @site/",
    violations: [
      'site-not-to-package-internals: scripts/leak.ts -> packages/content-engine/src/content/slug.ts',
      'site-not-to-package-internals: src/theme/Leak.tsx -> packages/content-engine/src/check/rules.ts',
      // A type-only import counts as much as a value.
      'site-not-to-package-internals: test/unit/leak.ts -> packages/docusaurus-plugin-lean/src/types.ts',
    ],
  },
  {
    dir: 'site-imports-unexported-path',
    what: "the site imports @sde/<name>/<a path the package's exports does not list>",
    violations: ['site-not-to-unexported-package-path: src/leak.ts -> @sde/content-engine/src/check/rules'],
  },
  {
    dir: 'content-engine-imports-docusaurus',
    what: 'the content engine imports a Docusaurus client alias and, for its types, the lean plugin',
    violations: [
      'content-engine-not-to-docusaurus: packages/content-engine/src/leak.ts -> @docusaurus/Link',
      'content-engine-not-to-docusaurus: packages/content-engine/src/leak.ts -> packages/docusaurus-plugin-lean/src/index.ts',
      'package-not-to-outside: packages/content-engine/src/leak.ts -> packages/docusaurus-plugin-lean/src/index.ts',
    ],
  },
  {
    dir: 'content-engine-imports-react',
    what: 'the content engine imports React (which its package.json does not declare either)',
    violations: [
      'content-engine-not-to-docusaurus: packages/content-engine/src/leak.ts -> node_modules/react/index.js',
      'package-not-to-undeclared: packages/content-engine/src/leak.ts -> node_modules/react/index.js',
    ],
  },
  {
    dir: 'lean-imports-content-engine',
    what: 'the lean plugin imports the content engine through its package name',
    violations: [
      'lean-not-to-content-engine: packages/docusaurus-plugin-lean/src/leak.ts -> packages/content-engine/src/index.ts',
      'package-not-to-outside: packages/docusaurus-plugin-lean/src/leak.ts -> packages/content-engine/src/index.ts',
    ],
  },
  {
    dir: 'package-imports-undeclared',
    what: "a package imports an npm package that only the root's package.json declares",
    violations: [
      'package-not-to-undeclared: packages/docusaurus-plugin-lean/src/leak.ts -> node_modules/left-pad/index.js',
    ],
  },
  {
    dir: 'cycle',
    what: 'two modules import each other (one of the imports type-only)',
    violations: ['no-circular: src/lib/a.ts -> src/lib/b.ts'],
  },
  {
    dir: 'unresolvable',
    what: 'an import resolves to no file',
    violations: ['not-to-unresolvable: src/lib/leak.ts -> ./moved-away'],
  },
];

describe('the import boundary (.dependency-cruiser.mjs)', () => {
  it('passes the clean tree, where the site reaches each package through its exports', async () => {
    const { result, violations, exitCode } = await lint(tree('clean'));
    expect(violations).toEqual([]);
    expect(exitCode).toBe(0);
    // Not vacuous: every module was cruised, and `@sde/...` and `@site/...` resolved as Node and
    // TypeScript resolve them (the workspace symlink to the package's real path, through `exports`).
    const edges = result.modules.flatMap((m) => m.dependencies.map((d) => `${m.source} -> ${d.resolved}`));
    expect(result.summary.totalCruised).toBeGreaterThanOrEqual(15);
    expect(edges).toEqual(
      expect.arrayContaining([
        'src/config/site.ts -> packages/content-engine/src/index.ts',
        'src/config/site.ts -> packages/content-engine/src/check/index.ts',
        'src/theme/Root.tsx -> packages/docusaurus-plugin-lean/src/client/index.ts',
        'src/theme/Root.tsx -> src/config/site.ts',
        'scripts/build.ts -> packages/docusaurus-plugin-lean/src/index.ts',
        'test/unit/helpers.ts -> packages/content-engine/src/index.ts',
        'docusaurus.config.ts -> packages/docusaurus-plugin-lean/src/index.ts',
      ]),
    );
  });

  it.each(CASES)('fails when $what ($dir)', async ({ dir, violations: expected }) => {
    const { violations, exitCode } = await lint(tree(dir, dir));
    expect(violations).toEqual(expected);
    expect(exitCode).toBeGreaterThan(0);
  });

  it('has a case for every rule of the config', () => {
    const covered = new Set(CASES.flatMap((c) => c.violations.map((v) => v.split(':')[0])));
    expect([...covered].sort()).toEqual((config.forbidden ?? []).map((rule) => rule.name).sort());
  });
});
