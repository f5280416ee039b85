import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './build/dataset-plugin';
import { mapPlugin } from './build/map-plugin';
import { searchIndexPlugin } from './build/search-index-plugin';

export default defineConfig({
  plugins: [datasetPlugin(), mapPlugin(), searchIndexPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'build/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
