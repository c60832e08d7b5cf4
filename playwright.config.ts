/**
 * Browser tests against the production build (run `npm run build` first; E2E_BUILD_DIR names another
 * build, such as a large blog's from scripts/cli/scale-site.ts), served on 127.0.0.1 by
 * scripts/cli/serve.ts and driven by Debian's Chromium: Playwright never downloads a browser here.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium';
import { BUILD_DIR } from './test/e2e/site';

const PORT = Number(process.env.E2E_PORT ?? 4391);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    colorScheme: 'light',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'pages', testIgnore: /(first-input|taps)\.spec\.ts$/ },
    // Input-to-paint times at 4x CPU throttling: run after every other test, one at a time (one
    // worker, both files), so no other browser shares the cores; a time over budget is measured
    // again, up to twice, because the machine is shared (a page that is really slow stays slow).
    // taps.spec.ts measures again itself, only the offset that was over budget.
    {
      name: 'timing',
      testMatch: /(first-input|taps)\.spec\.ts$/,
      dependencies: ['pages'],
      fullyParallel: false,
      workers: 1,
      retries: 2,
    },
  ],
  webServer: {
    command: `npx tsx scripts/cli/serve.ts --dir "${BUILD_DIR}" --port ${PORT}`,
    url: `${BASE_URL}/`,
    // Another server on this port would be testing some other build: fail instead.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
