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

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'packages/*/test/integration/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'packages/*/test/integration/**/*.test.ts'],
          // Two cores, shared: builds side by side would only time out.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
