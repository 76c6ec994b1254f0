import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium (test/e2e) and real Firefox (test/e2e-firefox).
// One browser at a time on a 2-core box.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
