// Chromium's flags for the benchmarks: the browser tests' (tests/e2e/chromium.ts) by default;
// with BENCH_GPU=1 the ones that ask for the machine's GPU (ANGLE on Vulkan, no SwiftShader
// fallback allowed; --ignore-gpu-blocklist is in the defaults). BENCH_CHROMIUM_ARGS
// (space-separated) is appended in either case, e.g. BENCH_CHROMIUM_ARGS="--use-gl=egl" where
// Vulkan is missing. bench/gpu.sh sets them.
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.ts';

export const GPU_ARGS = [
  '--enable-gpu',
  '--use-angle=vulkan',
  '--enable-features=Vulkan',
  '--disable-vulkan-surface',
];

export function benchChromiumArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const gpu = env.BENCH_GPU === '1';
  const extra = (env.BENCH_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
  // An explicit --use-gl / --use-angle replaces GPU_ARGS' choice of backend.
  const own = (a: string) => extra.some((e) => e.split('=')[0] === a.split('=')[0]);
  const base = gpu
    ? CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-swiftshader')
    : CHROMIUM_ARGS;
  const gpuArgs = gpu
    ? GPU_ARGS.filter((a) => !own(a) && !(a.startsWith('--use-angle') && own('--use-gl')))
    : [];
  return [...base, ...gpuArgs, ...extra];
}

/** Renderer strings of software rasterizers: never to be reported as a GPU. */
export const SOFTWARE_RENDERER =
  /swiftshader|llvmpipe|softpipe|lavapipe|software|microsoft basic render|mesa offscreen/i;
