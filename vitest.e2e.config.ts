import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium (playwright-core) against the production build in dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two files at a time (each its own browser context in the one Chromium): a browser test
    // waits on its page and worker much of the time, so this 2-core machine runs the suite in
    // ≈ 540 s instead of ≈ 730 s (2026-12-02), every test passing either way.
    fileParallelism: true,
    maxWorkers: 2,
    // The files share each worker's modules (no file replaces one): playwright-core and the
    // helpers are imported once a worker, not once a file (≈ 1 s each on these cores).
    isolate: false,
    testTimeout: 120_000,
    // A poll waits for the page and the engine's worker, which the chapter's other widgets share:
    // on a busy 2-core CI one step of a network can take seconds (vitest's default is 1 s).
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
  },
});
