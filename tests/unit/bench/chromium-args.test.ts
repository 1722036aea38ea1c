// Chromium reads only the last --disable-features: ours (tests/e2e/chromium.ts) must still hold
// every feature playwright-core's own list turns off, or passing ours would turn them back on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from '../../e2e/chromium';

/** The string literals of playwright-core's `disabledFeatures = [ … ]`, read from its bundle. */
function playwrightList(): string[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('playwright-core/package.json'));
  const src = readFileSync(join(dir, 'lib', 'coreBundle.js'), 'utf8');
  const m = /disabledFeatures = \[([\s\S]*?)\]/.exec(src);
  if (!m) throw new Error('playwright-core: no `disabledFeatures = [` in lib/coreBundle.js');
  const body = m[1].replace(/\/\/.*$/gm, '');
  return [...body.matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

describe('the browser tests’ Chromium flags', () => {
  test('repeat every feature playwright-core turns off, in one --disable-features', () => {
    const theirs = playwrightList();
    expect(theirs.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(theirs));
    const flags = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(flags).toHaveLength(1);
    const ours = flags[0].slice('--disable-features='.length).split(',');
    expect(ours).toEqual(expect.arrayContaining([...theirs, 'WebUIOmniboxPopup']));
  });
});
