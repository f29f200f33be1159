import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * @actions/workflow-parser ships source maps that name sources it does not ship; once it is inlined
 * (below), Vite warns about each of its ~70 files on every run, which buries the test results.
 * Loading those files without their source-map comment keeps the log to the tests.
 */
const workflowParserWithoutSourceMaps: Plugin = {
  name: 'workflow-parser-without-source-maps',
  enforce: 'pre',
  async load(id) {
    if (!/[\\/]node_modules[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
    const code = await readFile(id, 'utf8');
    return { code: code.replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
  },
};

export default defineConfig({
  plugins: [workflowParserWithoutSourceMaps],
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/helpers/setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // @actions/workflow-parser imports JSON without `with { type: 'json' }`, which Node refuses;
    // letting Vite transform it (instead of Node loading it) is the loader hook it needs.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
