// The engine's one module Web Worker (DESIGN.md, "Runtime"): the experiments API behind Comlink.
// The page starts it lazily through client.ts — `new Worker(new URL('./worker.ts',
// import.meta.url), { type: 'module' })` — and only draws; tfjs and the engine run here.
// WebGL runs on an OffscreenCanvas (tfjs-backend-webgl makes one by itself in a worker).
import * as Comlink from 'comlink';
import { workerApi } from './worker-api';

Comlink.expose(workerApi);

// Uncaught errors of a worker never reach the page's console by themselves: say them there.
self.addEventListener('error', (e) => console.error('엔진 워커 오류:', e.message));
self.addEventListener('unhandledrejection', (e) =>
  console.error(
    '엔진 워커 오류 (promise):',
    e.reason instanceof Error ? e.reason.message : e.reason,
  ),
);
