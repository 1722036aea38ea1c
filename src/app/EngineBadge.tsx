// The engine status badge on every page: which backend computes and how many tensors are alive.
// The engine (tfjs) loads after first paint, so chapter text never waits for it; the app reaches
// it only through src/experiments.
import { useEffect, useState } from 'react';
import type { EngineStatus } from '../experiments/engine-status';

const LABEL: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export function EngineBadge() {
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    let unsubscribe: (() => void) | undefined;
    const start = async () => {
      try {
        const engine = await import('../experiments/engine-status');
        await engine.initEngine({ prefer: engine.backendFromSearch(window.location.search) });
        if (stop) return;
        setStatus(engine.engineStatus());
        unsubscribe = engine.onEngineStatus((s) => setStatus(s));
        timer = setInterval(() => setStatus(engine.engineStatus()), 500);
      } catch (e) {
        if (!stop) setFailed(e instanceof Error ? e.message : String(e));
      }
    };
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => void start());
    return () => {
      stop = true;
      if (timer) clearInterval(timer);
      unsubscribe?.();
    };
  }, []);

  const backend = status?.backend ?? undefined;
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
      title={failed ?? status?.notice ?? '계산을 맡은 백엔드와 살아 있는 텐서 수'}
    >
      <span className="engine-dot" aria-hidden="true" />
      {text}
      {status?.notice && (
        <span className="engine-notice" role="status">
          {status.notice}
        </span>
      )}
    </div>
  );
}
