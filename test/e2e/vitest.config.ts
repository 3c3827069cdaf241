import { defineConfig } from 'vitest/config';

// Browser tests: the real server on loopback, the built renderer, a real
// Chromium driven by playwright-core. One file at a time: 2 cores are shared
// by the server, the browser and the test.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 90000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
