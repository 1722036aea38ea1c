// The engine status badge on every page: which backend computes (and why), how many tensors are
// alive. The engine runs in one Web Worker that starts after first paint; the badge reads its
// status through src/experiments/client (pushed on every change), never the engine itself.
import { useEffect, useState } from 'react';
import type { BackendDecision, PageEngineStatus } from '../experiments/client';

const LABEL: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

const ms = (v: number | null) => (v === null ? '쓸 수 없음' : `${v.toFixed(1)} ms`);

/** The tooltip: why this backend, and the probe's timings when there were any. */
function explain(d: BackendDecision | undefined, notice: string | undefined): string {
  if (!d) return notice ?? '계산을 맡은 백엔드와 살아 있는 텐서 수';
  const lines = [d.reason];
  if (d.timings) {
    const when = d.source === 'stored' ? '이 기기에서 전에 잰 시간' : '방금 잰 시간';
    lines.push(`${when}: WebGL ${ms(d.timings.webgl)} · WASM ${ms(d.timings.wasm)}`);
  }
  if (d.gpu) lines.push(`GPU: ${d.gpu}`);
  if (notice) lines.push(notice);
  return lines.join('\n');
}

export function EngineBadge() {
  const [status, setStatus] = useState<PageEngineStatus | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let stop = false;
    let unsubscribe: (() => void) | undefined;
    const start = async () => {
      try {
        // a separate chunk: chapter text never waits for it (it holds no tfjs: that is in the worker)
        const client = await import('../experiments/client');
        if (stop) return;
        unsubscribe = client.onEngineStatus((s) => setStatus(s));
        await client.startEngine();
      } catch (e) {
        if (!stop) setFailed(e instanceof Error ? e.message : String(e));
      }
    };
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => void start());
    return () => {
      stop = true;
      unsubscribe?.();
    };
  }, []);

  const backend = status?.backend ?? undefined;
  const decision = status?.decision;
  const text = failed
    ? '엔진을 시작하지 못했어요'
    : backend
      ? `${LABEL[backend] ?? backend} · 텐서 ${status?.tensors ?? 0}개`
      : '엔진 준비 중…';
  return (
    <div
      className={`engine-badge${failed ? ' engine-badge-failed' : ''}`}
      data-engine-status=""
      data-backend={backend}
      data-tensors={status?.tensors}
      data-bytes={status?.bytes}
      data-gpu-bytes={status?.gpuBytes}
      data-backend-source={decision?.source}
      data-backend-choice={decision?.choice}
      data-probe-ms={decision?.source === 'probe' ? decision.probeMs : undefined}
      title={failed ?? explain(decision, status?.notice)}
    >
      <span className="engine-dot" aria-hidden="true" />
      {text}
      {/* read by screen readers; the badge stays one short line, the tooltip shows it */}
      {decision && <span className="visually-hidden"> — {decision.reason}</span>}
      {/* always in the page, empty until a notice comes: a status region inserted with its
          text already in it is often not announced */}
      <span className="engine-notice" role="status">
        {status?.notice ?? ''}
      </span>
    </div>
  );
}
