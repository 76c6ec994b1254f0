import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Corpus scoring analyzes hundreds of answers; on a shared 2-core machine 5 s is not enough.
    testTimeout: 30_000,
  },
});
