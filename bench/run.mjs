// `npm run bench`: engine benchmarks in headless Chromium on the production build (lab.html),
// for each backend, printed as tables of ratios against baselines run in the same page:
//   1. our training step vs tfjs's own autodiff (tf.variableGrads), TwoLayerNet, interleaved;
//   2. MNIST TwoLayerNet training throughput (examples/s) with trainNet;
//   3. the slider paths: weightInitHistograms and optimizerRuns, ms per update;
//   4. the book's full run (TwoLayerNet, 10,000 iterations, batch 100, SGD 0.1) on the fastest
//      backend, with the test accuracy (skip with --quick);
// then bench/size.mjs (bundle sizes), bench/widgets.bench.ts (widget latency),
// bench/sliders.bench.ts (every live slider against one 60 Hz frame, and where each change's
// milliseconds go: worker, script, layout, paint; then again moved like a drag, with the
// widgets' guesses of the drag's next value: --aligned --ahead), bench/slider-keys.ts (every
// live slider stepped by its arrow key, a pause between presses), bench/frame-paint.bench.ts
// (what a frame of each chapter page costs the browser) and
// bench/training-page.bench.ts (training in the page: speed, longest page task, the book's run),
// bench/session-node.bench.ts (the same training loop in Node, to compare the page's speed with)
// and bench/chapter-page.bench.ts (the chapter 6–7 training widgets and the search's pool).
//   npm run bench [-- --quick] [-- --backends=wasm,cpu] [-- --no-build]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tests/e2e/chromium.ts';
import { startStaticServer } from '../tests/e2e/static-server.ts';
import { stepRatio, trainThroughput, widgetPaths } from './engine-page.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const backends = (
  args.find((a) => a.startsWith('--backends='))?.split('=')[1] ?? 'webgl,wasm,cpu'
).split(',');
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

if (!args.includes('--no-build') || !existsSync(join(dist, 'lab.html'))) {
  console.log('building dist/ …');
  const b = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// The same plain static server as the browser tests, and the same Chromium flags.
const server = await startStaticServer(dist);
const base = server.url;
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
});

async function inPage(backend, fn, arg) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${backend}] page error: ${e.message}`));
  await page.goto(`${base}/lab.html?backend=${backend}`);
  await page.waitForFunction(
    () => document.getElementById('lab-status')?.textContent === 'ready',
    null,
    { timeout: 60_000 },
  );
  try {
    return await page.evaluate(fn, arg);
  } finally {
    await context.close();
  }
}

/** The book's TwoLayerNet in numpy on the same data (bench/numpy-two-layer.py); null without numpy. */
function numpyTwoLayer(iterations) {
  const r = spawnSync('python3', [join(root, 'bench/numpy-two-layer.py'), String(iterations)], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.log(
      `(numpy baseline skipped: ${r.stderr.trim().split('\n').at(-1) ?? 'python3 failed'})`,
    );
    return null;
  }
  return JSON.parse(r.stdout.trim());
}

const f = (v, d = 2) => (v === undefined || v === null ? '–' : Number(v).toFixed(d));
const results = {};
const gl = await inPage('webgl', () => {
  const c = document.createElement('canvas').getContext('webgl2');
  const ext = c?.getExtension('WEBGL_debug_renderer_info');
  return c ? c.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : c.RENDERER) : 'none';
});
console.log(
  `\n# Engine benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load ${os.loadavg()[0].toFixed(1)}, Chromium (WebGL: ${gl})\n`,
);

console.log('## 1. Training step: ours vs tfjs autodiff (TwoLayerNet 784-50-10, batch 100, SGD)\n');
console.log(
  '| backend | ours ms/step | tf.variableGrads ms/step | ratio ours/tfjs | kernels/step ours | kernels/step tfjs |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const b of backends) {
  const r = await inPage(b, stepRatio, { rounds: quick ? 3 : 7, steps: b === 'cpu' ? 5 : 20 });
  results[b] = { step: r };
  console.log(
    `| ${b} | ${f(r.ours)} | ${f(r.theirs)} | **${f(r.ours / r.theirs)}** | ${r.kOurs} | ${r.kTheirs} |`,
  );
}

console.log(
  "\n## 2. MNIST TwoLayerNet training throughput (trainNet on the official 60,000: data on the device, chunks, readbacks included) vs the book's numpy code in the same run\n",
);
for (const b of backends)
  results[b].train = await inPage(b, trainThroughput, { iterations: quick ? 100 : 300 });
const numpy = numpyTwoLayer(quick ? 300 : 1000);
if (numpy)
  console.log(
    `numpy (same machine, same data): ${f(numpy.float64, 0)} examples/s in float64 (the book's code), ${f(numpy.float32, 0)} in float32\n`,
  );
console.log('| backend | examples/s | ratio to numpy float64 | ratio to numpy float32 |');
console.log('|---|---:|---:|---:|');
for (const b of backends)
  console.log(
    `| ${b} | ${f(results[b].train.exs, 0)} | ${numpy ? f(results[b].train.exs / numpy.float64) : '–'} | ${numpy ? f(results[b].train.exs / numpy.float32) : '–'} |`,
  );

console.log('\n## 3. Slider paths (median ms per update, one readback each)\n');
console.log(
  '| backend | weightInitHistograms (5 × 1000×100, 30 bins) | ratio to a 60 Hz frame | optimizerRuns (6 × 30 steps) | ratio to a 60 Hz frame |',
);
console.log('|---|---:|---:|---:|---:|');
for (const b of backends) {
  const r = await inPage(b, widgetPaths, { updates: quick ? 5 : 15 });
  results[b].widgets = r;
  console.log(
    `| ${b} | ${f(r.hist, 1)} | ${f(r.hist / 16.7)} | ${f(r.opt, 1)} | ${f(r.opt / 16.7)} |`,
  );
}

if (!quick) {
  const fastest = backends.reduce((a, b) => (results[b].train.exs > results[a].train.exs ? b : a));
  console.log(
    `\n## 4. The book's run: TwoLayerNet, 10,000 iterations, batch 100, SGD 0.1 (on ${fastest})\n`,
  );
  const full = await inPage(fastest, trainThroughput, { iterations: 10_000, evalEvery: 2_000 });
  console.log('| iterations | ' + full.evalAt.join(' | ') + ' |');
  console.log('|---|' + full.evalAt.map(() => '---:').join('|') + '|');
  console.log('| test accuracy | ' + full.testCurve.map((v) => f(v, 4)).join(' | ') + ' |');
  console.log(
    `\nfinal: test ${f(full.testAcc, 4)}, train ${f(full.trainAcc, 4)} (book, full MNIST: ≈ 0.97); ${f(full.ms / 1000, 1)} s, ${f(full.exs, 0)} examples/s`,
  );
}

await browser.close();
await server.close();

for (const [script, runner, extra] of [
  ['bench/size.mjs', [process.execPath], []],
  ['bench/widgets.bench.ts', ['npx', 'tsx'], []],
  [
    'bench/sliders.bench.ts',
    ['npx', 'tsx'],
    ['--breakdown', ...(quick ? ['--backends=wasm', '--changes=10'] : [])],
  ],
  // the same sliders moved like a drag (inputs at the start of a frame), with the widgets'
  // guesses of the drag's next value on and nothing else kept: what a reader's drag meets
  [
    'bench/sliders.bench.ts',
    ['npx', 'tsx'],
    ['--aligned', '--ahead', ...(quick ? ['--backends=wasm', '--changes=10'] : [])],
  ],
  // each slider stepped by its arrow key with a reader's pause between presses (guesses on)
  ['bench/slider-keys.ts', ['npx', 'tsx'], quick ? ['--presses=4'] : []],
  ['bench/frame-paint.bench.ts', ['npx', 'tsx'], quick ? ['--rounds=1'] : []],
  ['bench/training-page.bench.ts', ['npx', 'tsx'], quick ? ['--iterations=300'] : []],
  ['bench/session-node.bench.ts', ['npx', 'tsx'], quick ? ['--iterations=300'] : []],
  ['bench/chapter-page.bench.ts', ['npx', 'tsx'], ['--backends=wasm']],
  ...(quick
    ? []
    : [
        // software WebGL and the plain-JS cpu backend: each widget for at most 60 s, its pace
        [
          'bench/chapter-page.bench.ts',
          ['npx', 'tsx'],
          [
            '--backends=webgl,cpu',
            '--cap=60',
            '--widgets=optimizer-mnist,weight-init-mnist,batch-norm,overfitting,train-cnn',
          ],
        ],
        ['bench/training-page.bench.ts', ['npx', 'tsx'], ['--book', '--backends=wasm']],
      ]),
]) {
  if (!existsSync(join(root, script)) || (quick && script === 'bench/widgets.bench.ts')) continue;
  const [cmd, ...pre] = runner;
  spawnSync(cmd, [...pre, script, ...extra], { cwd: root, stdio: 'inherit' });
}
