import { defineConfig } from 'vitest/config';

// The desktop smoke test: the built app in the real Electron window, driven by
// playwright-core. Run by `npm run test:desktop` (test/desktop/run.mjs), which
// builds the app first and skips everything where Electron is not installed.
export default defineConfig({
  test: {
    include: ['test/desktop/**/*.desktop.test.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
