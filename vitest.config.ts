import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // The CLI tests spawn the built bin; two workers match the two cores CI has.
    maxWorkers: 2,
    // Scratch directories made with tests/helpers/temp-dir.ts are removed after each file.
    setupFiles: ['tests/helpers/remove-temp-dirs.ts'],
  },
});
