// Where Debian's Chromium lives and how it is started (flags from shared/STACK.md).
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The browser tests' Chromium draws pages as Chrome does on a machine without a GPU: software
 * raster and compositing. Debian's wrapper (/etc/chromium.d/default-flags) forces
 * --enable-gpu-rasterization, which sends every tile through SwiftShader's emulated GPU; without
 * it four of the heaviest test files took 190 s instead of 203–211 s here (2026-12-06). WebGL
 * itself stays on SwiftShader. The benchmarks keep CHROMIUM_ARGS, so their paint figures keep
 * their history.
 */
export const TEST_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-gpu-rasterization',
  '--disable-gpu-compositing',
];

/** Fails loudly (never skips) when no Chromium is installed. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Browser tests need Debian's Chromium:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to another Chromium binary).',
    );
  }
  return CHROMIUM;
}
