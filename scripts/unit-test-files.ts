// The unit test files split by what they need from vitest's isolation (vite.config.ts): a file
// that replaces modules (vi.mock and kin) needs a module registry of its own; every other file
// can share one per worker, which saves re-importing tfjs and the engine for each file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Replaced modules and globals: they would leak into (or miss) a registry shared with other files.
 */
const REPLACES_MODULES =
  /\bvi\.(mock|doMock|unmock|doUnmock|hoisted|resetModules|importMock|stubGlobal|stubEnv)\b/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Unit test files (relative to `root`) that replace modules: run each in a fresh registry. */
export function unitFilesReplacingModules(root: string, dir = 'tests/unit'): string[] {
  return walk(join(root, dir))
    .filter((f) => /\.test\.tsx?$/.test(f) && REPLACES_MODULES.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f))
    .sort();
}
