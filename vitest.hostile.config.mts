import { defineConfig } from 'vitest/config';

// The fault-and-fuzz suite (npm run test:hostile): hostile inputs fed to check, import and build.
export default defineConfig({
  test: {
    include: ['test/hostile/**/*.test.ts'],
    globalSetup: ['test/hostile/global-setup.ts'],
    // Lets each case measure its heap after a full collection.
    execArgv: ['--expose-gc'],
    // Two cores, shared: more workers would only make the per-case time bounds flaky.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
