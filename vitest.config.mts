/**
 * The test tiers, as vitest projects (`vitest run --project <name>`):
 *
 * - unit (`npm run test:unit`): pure tests, from test/unit and every package's test/ folder. They
 *   start no build (`npm run build`, `docusaurus build` or `start`), no HTTP server and no browser.
 * - integration (`npm run test:integration`): the tests that do, from test/integration and every
 *   package's test/integration, one file at a time (each builds or serves a whole site).
 *
 * The fault-and-fuzz suite has its own config (vitest.hostile.config.mts) and the browser suite is
 * Playwright's (playwright.config.ts). `npm test` runs them all, cheapest first.
 */
import { defineConfig } from 'vitest/config';

/**
 * Tests in test/unit that start a server or a browser, classified by what they do until their
 * owner moves them into test/integration: the unit tier leaves them out, the integration tier runs
 * them. Remove a line when its file moves.
 */
const IMPURE_IN_UNIT = [
  // Serves a page over HTTP and loads it in Chromium (scripts/bench/weight.ts loadedScripts).
  'test/unit/bench-weight.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'packages/*/test/integration/**', ...IMPURE_IN_UNIT],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'packages/*/test/integration/**/*.test.ts', ...IMPURE_IN_UNIT],
          // Two cores, shared: builds side by side would only time out.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
