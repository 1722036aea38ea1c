// The sliders bench's trace split: nested tasks count once, stages are summed, the busiest
// renderer is the page measured, and everything is per change.
import { describe, expect, it } from 'vitest';
import { splitTrace } from '../../../bench/slider-breakdown';

const meta = (pid: number, tid: number, name: string) => ({
  ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name },
}); // prettier-ignore
const x = (pid: number, tid: number, name: string, ts: number, dur: number) => ({
  ph: 'X', name, pid, tid, ts, dur,
}); // prettier-ignore

describe('splitTrace', () => {
  it('splits one renderer by thread and stage, per change', () => {
    const events = [
      meta(1, 10, 'CrRendererMain'),
      meta(1, 11, 'DedicatedWorker thread'),
      meta(1, 12, 'ThreadPoolForegroundWorker'),
      meta(2, 20, 'CrRendererMain'), // another renderer, less busy: ignored
      // main: a 10 ms task with a nested RunTask (counted once), then a 6 ms task
      x(1, 10, 'RunTask', 0, 10_000),
      x(1, 10, 'ThreadControllerImpl::RunTask', 1_000, 8_000),
      x(1, 10, 'Layout', 2_000, 2_000),
      x(1, 10, 'UpdateLayoutTree', 4_000, 1_000),
      x(1, 10, 'RunTask', 20_000, 6_000),
      x(1, 10, 'Paint', 21_000, 3_000),
      x(1, 10, 'PrePaint', 24_000, 1_000),
      // worker: two overlapping spans → 0 … 12 ms busy
      x(1, 11, 'RunTask', 0, 8_000),
      x(1, 11, 'ThreadControllerImpl::RunTask', 4_000, 8_000),
      x(1, 12, 'RasterTask', 30_000, 2_000),
      x(2, 20, 'RunTask', 0, 5_000),
      x(2, 20, 'Paint', 0, 5_000),
    ];
    const r = splitTrace(events, 2);
    expect(r.changes).toBe(2);
    expect(r.mainMs).toBeCloseTo(8); // 16 ms busy / 2
    expect(r.layoutMs).toBeCloseTo(1.5);
    expect(r.paintMs).toBeCloseTo(2);
    expect(r.scriptMs).toBeCloseTo(4.5); // (16 − 3 − 4) / 2
    expect(r.workerMs).toBeCloseTo(6);
    expect(r.rasterMs).toBeCloseTo(1);
  });

  it('reads an empty trace as nothing done', () => {
    const r = splitTrace([meta(1, 10, 'CrRendererMain')], 0);
    expect([r.mainMs, r.workerMs, r.scriptMs, r.paintMs]).toEqual([0, 0, 0, 0]);
  });
});
