// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * One scope for the site and one per package. The import boundary itself is enforced by
 * dependency-cruiser (.dependency-cruiser.mjs, npm run lint:imports), which resolves every import;
 * the package scopes below repeat its plainest parts as a second line of defence, reported in the
 * editor as the import is typed.
 */

/** Globals a browser has and Node does not (window, document, localStorage...). */
const BROWSER_ONLY = Object.keys(globals.browser).filter((name) => !(name in globals.node));

/** Imports that are the site's, by its alias, whichever package asks. */
const SITE = {
  group: ['@site/*'],
  message: 'A package never imports the site: pass what it needs in through its options (see .dependency-cruiser.mjs).',
};

export default tseslint.config(
  { ignores: ['build/', '.docusaurus/', 'node_modules/', 'test-results/', 'bench-results/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'site',
    // src/theme and src/components run in the browser; plugins, scripts, configs and tests in Node.
    ignores: ['packages/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    name: '@sde/content-engine',
    files: ['packages/content-engine/**'],
    // Runs in Node only: from the command line, and in the site's build.
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_ONLY.map((name) => ({
          name,
          message: '@sde/content-engine runs in Node only: this global exists in browsers alone.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@docusaurus/*',
                '@theme/*',
                '@theme-original/*',
                '@theme-init/*',
                '@generated/*',
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'react-router*',
                '@mdx-js/react',
                '@sde/docusaurus-plugin-lean',
                '@sde/docusaurus-plugin-lean/*',
              ],
              message:
                '@sde/content-engine knows nothing of Docusaurus, React or the lean plugin: it must load without them. ' +
                'Put this in the site (src/plugins) or in @sde/docusaurus-plugin-lean.',
            },
            SITE,
          ],
        },
      ],
    },
  },
  {
    name: '@sde/docusaurus-plugin-lean',
    files: ['packages/docusaurus-plugin-lean/**'],
    // A Docusaurus plugin: its plugin side runs in Node, its client modules and theme in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sde/content-engine', '@sde/content-engine/*'],
              message:
                '@sde/docusaurus-plugin-lean is independent of the content engine: let the site pass in what it needs.',
            },
            SITE,
          ],
        },
      ],
    },
  },
);
