/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { chapterIndexPlugin } from './scripts/vite-chapter-index.ts';
import { searchIndexPlugin } from './scripts/vite-search-index.ts';
import { cspPlugin } from './scripts/vite-csp.ts';
import { offlinePlugin } from './scripts/vite-offline.ts';
import { staticRoutesPlugin } from './scripts/vite-static-routes.ts';
import { siteFontPlugin } from './scripts/vite-site-font.ts';
import { unitFilesReplacingModules } from './scripts/unit-test-files.ts';

// BASE lets the static build live under a sub-path (e.g. BASE=/notebook/ npm run build).
const base = process.env.BASE ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    siteFontPlugin(),
    chapterIndexPlugin(),
    searchIndexPlugin(),
    staticRoutesPlugin(),
    offlinePlugin(base),
    cspPlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // fonts stay files, never data: URLs inlined into CSS (the pages' CSP allows fonts from the
    // site only); other small assets may be inlined as usual
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    rollupOptions: {
      input: { main: 'index.html', chapter: 'chapter.html', lab: 'lab.html' },
    },
  },
  // The engine's worker (src/experiments/worker.ts) is an ES module: it code-splits (each tfjs
  // backend loads on demand) and shares nothing with the page's chunks.
  worker: { format: 'es' },
  // In development the tfjs backends (imported on demand in the worker) are pre-bundled up front:
  // found only when the worker asks for them, the wasm backend's Emscripten code was served as is
  // and failed to load, so `npm run dev` ran on WebGL with a notice.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-backend-webgl',
      '@tensorflow/tfjs-backend-cpu',
    ],
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // every core (vitest's default leaves one idle: on this 2-core machine, one fork at a time)
    maxWorkers: '100%',
    // Files that replace modules or globals get a module registry each; the rest share one per
    // fork, so tfjs and the engine are imported once a fork, not once a file (134 → ≈ 85 s here).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: unitFilesReplacingModules(import.meta.dirname),
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: unitFilesReplacingModules(import.meta.dirname) },
      },
    ],
  },
});
