// Which WebGL renderer a benchmark's Chromium gets (WEBGL_debug_renderer_info's
// UNMASKED_RENDERER), with the flags of bench/chromium-args.ts. Prints it and exits
//   0  a hardware GPU          3  a software rasterizer (SwiftShader, llvmpipe, …)
//   4  no WebGL at all
//   BENCH_GPU=1 npx tsx bench/gpu-probe.ts
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/chromium';
import { benchChromiumArgs, SOFTWARE_RENDERER } from './chromium-args';

const args = benchChromiumArgs();
const browser = await chromium.launch({ executablePath: requireChromium(), args });
let info: { webgl2: boolean; vendor: string; renderer: string } | null;
try {
  const page = await browser.newPage();
  await page.setContent('<canvas></canvas>');
  info = await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return {
      webgl2: typeof WebGL2RenderingContext !== 'undefined' && gl instanceof WebGL2RenderingContext,
      vendor: String(gl.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
      renderer: String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
    };
  });
} finally {
  await browser.close();
}
console.log(`Chromium flags: ${args.join(' ')}`);
if (!info) {
  console.log('WebGL renderer: none (no WebGL context)');
  process.exit(4);
}
console.log(
  `WebGL renderer: ${info.renderer} (vendor ${info.vendor}, WebGL ${info.webgl2 ? 2 : 1})`,
);
if (SOFTWARE_RENDERER.test(`${info.renderer} ${info.vendor}`)) {
  console.log('This is a SOFTWARE rasterizer, not a GPU.');
  process.exit(3);
}
console.log('A hardware GPU.');
