import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // @actions/workflow-parser imports JSON without `with { type: 'json' }`, which Node refuses;
    // letting Vite transform it (instead of Node loading it) is the loader hook it needs.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
