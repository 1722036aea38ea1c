// The committed module bytes (layer-summary-wasm.ts) are what layer-summary.wat compiles to: the
// .wat is the source, the base64 is never edited by hand (scripts/build-wasm.mjs --check).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('layer-summary-wasm.ts', () => {
  it('is the compiled layer-summary.wat', () => {
    const out = execFileSync('node', ['scripts/build-wasm.mjs', '--check'], { encoding: 'utf8' });
    expect(out.trim()).toBe('layer-summary-wasm.ts is up to date');
  });
});
