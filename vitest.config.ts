import { defineConfig } from 'vitest/config';

// Unit and integration tests: the domain core, the host with its real store on
// a temp folder, the server on loopback, the PDF export. Browser tests live in
// test/e2e with their own config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/desktop/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
