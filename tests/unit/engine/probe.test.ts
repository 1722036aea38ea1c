// The backend probe's decision (src/engine/backend/probe.ts) is a pure function of the timings,
// the stored record and this device's browser and GPU strings: tested here without a browser.
// The measurement itself runs in the worker and is covered by tests/e2e/worker.e2e.ts.
import { describe, expect, it } from 'vitest';
import {
  decideBackend,
  isSoftwareRenderer,
  recordStillValid,
  type BackendDecision,
  type BackendRecord,
} from '../../../src/engine/backend';
import { OPTIMIZER_NAMES } from '../../../src/engine';
import { OPTIMIZER_NAMES as PAGE_OPTIMIZER_NAMES } from '../../../src/experiments/meta';

const UA = 'Mozilla/5.0 Chrome/156';
const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const GPU = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 4070 Direct3D11 vs_5_0 ps_5_0, D3D11)';

const record = (over: Partial<BackendRecord> = {}): BackendRecord => ({
  choice: 'wasm',
  timings: { webgl: 55, wasm: 8 },
  userAgent: UA,
  gpu: SWIFTSHADER,
  ...over,
});
const decided = (d: BackendDecision | 'probe') => {
  expect(d).not.toBe('probe');
  return d as BackendDecision;
};

describe('decideBackend', () => {
  it('asks for a probe when nothing valid is stored and nothing was measured', () => {
    expect(decideBackend({ stored: null, userAgent: UA, gpu: GPU, timings: null })).toBe('probe');
  });

  it('picks the faster backend and says why (software WebGL, a real GPU)', () => {
    const soft = decided(
      decideBackend({
        stored: null,
        userAgent: UA,
        gpu: SWIFTSHADER,
        timings: { webgl: 55, wasm: 8 },
        probeMs: 540,
      }),
    );
    expect(soft).toMatchObject({ source: 'probe', choice: 'wasm', probeMs: 540 });
    expect(soft.reason).toBe('WASM — 이 기기의 WebGL은 소프트웨어 렌더러라 더 느려요');
    expect(soft.record).toEqual(record());

    const gpu = decided(
      decideBackend({ stored: null, userAgent: UA, gpu: GPU, timings: { webgl: 3, wasm: 8 } }),
    );
    expect(gpu).toMatchObject({ source: 'probe', choice: 'webgl' });
    expect(gpu.reason).toContain('WebGL이 WASM보다 빨라요');

    const slowGpu = decided(
      decideBackend({ stored: null, userAgent: UA, gpu: GPU, timings: { webgl: 20, wasm: 8 } }),
    );
    expect(slowGpu.choice).toBe('wasm');
    expect(slowGpu.reason).toContain('WASM이 WebGL보다 빨라요');
  });

  it('takes wasm without a probe where WebGL is missing, or whichever ran', () => {
    const none = decided(decideBackend({ stored: null, userAgent: UA, gpu: null, timings: null }));
    expect(none).toMatchObject({ source: 'probe', choice: 'wasm' });
    expect(none.reason).toContain('WebGL을 쓸 수 없어요');
    const noWasm = { webgl: 40, wasm: null };
    expect(
      decided(decideBackend({ stored: null, userAgent: UA, gpu: GPU, timings: noWasm })).choice,
    ).toBe('webgl');
  });

  it('reuses a stored record on the same browser and GPU (no probe), else probes again', () => {
    const again = decided(
      decideBackend({ stored: record(), userAgent: UA, gpu: SWIFTSHADER, timings: null }),
    );
    expect(again).toMatchObject({ source: 'stored', choice: 'wasm', timings: record().timings });
    expect(again.record).toBeUndefined(); // nothing new to store
    for (const [ua, gpu] of [
      ['Mozilla/5.0 Chrome/157', SWIFTSHADER],
      [UA, GPU],
    ] as const)
      expect(decideBackend({ stored: record(), userAgent: ua, gpu, timings: null })).toBe('probe');
    // WebGL gone since: nothing to measure, wasm at once
    const lost = decided(
      decideBackend({ stored: record(), userAgent: UA, gpu: null, timings: null }),
    );
    expect(lost).toMatchObject({ source: 'probe', choice: 'wasm' });
  });

  it('a forced backend wins over everything and is not stored', () => {
    const d = decided(
      decideBackend({ forced: 'cpu', stored: record(), userAgent: UA, gpu: GPU, timings: null }),
    );
    expect(d).toMatchObject({ source: 'forced', choice: 'cpu' });
    expect(d.record).toBeUndefined();
    expect(d.reason).toContain('?backend=cpu');
  });
});

it('recordStillValid rejects broken or foreign records', () => {
  expect(recordStillValid(null, UA, GPU)).toBe(false);
  expect(recordStillValid(record({ choice: 'cpu' as 'wasm' }), UA, SWIFTSHADER)).toBe(false);
  expect(recordStillValid(record(), UA, SWIFTSHADER)).toBe(true);
});

it('isSoftwareRenderer knows SwiftShader, llvmpipe and Microsoft Basic Render', () => {
  expect(isSoftwareRenderer(SWIFTSHADER)).toBe(true);
  expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
  expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
  expect(isSoftwareRenderer(GPU)).toBe(false);
  expect(isSoftwareRenderer(null)).toBe(false);
});

it("the page's engine-free OPTIMIZER_NAMES equal the engine's, in order", () => {
  expect([...PAGE_OPTIMIZER_NAMES]).toEqual([...OPTIMIZER_NAMES]);
});
