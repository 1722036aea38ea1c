// The engine status badge's behaviour: which backend computes (and why), how many tensors are
// alive. Plain DOM, no React: a chapter page wires the badge written at build time, before any
// widget (and React) is loaded; the React pages render the same markup (EngineBadge.tsx). The
// engine runs in one Web Worker started once the page is idle; the badge reads its status
// through src/experiments/client (pushed on every change), never the engine itself.
import type { BackendDecision, PageEngineStatus } from '../experiments/client';

const LABEL: Record<string, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

/** The badge's text before the engine has said anything. */
export const BADGE_WAITING = '엔진 준비 중…';
/** Its tooltip then. */
export const BADGE_TITLE = '계산을 맡은 백엔드와 살아 있는 텐서 수';

const ms = (v: number | null) => (v === null ? '쓸 수 없음' : `${v.toFixed(1)} ms`);

/** The tooltip: why this backend, and the probe's timings when there were any. */
function explain(d: BackendDecision | undefined, notice: string | undefined): string {
  if (!d) return notice ?? BADGE_TITLE;
  const lines = [d.reason];
  if (d.timings) {
    const when = d.source === 'stored' ? '이 기기에서 전에 잰 시간' : '방금 잰 시간';
    lines.push(`${when}: WebGL ${ms(d.timings.webgl)} · WASM ${ms(d.timings.wasm)}`);
  }
  if (d.gpu) lines.push(`GPU: ${d.gpu}`);
  if (notice) lines.push(notice);
  return lines.join('\n');
}

const setData = (el: HTMLElement, name: string, v: string | number | undefined) =>
  v === undefined ? el.removeAttribute(`data-${name}`) : el.setAttribute(`data-${name}`, String(v));

const setText = (el: HTMLElement, selector: string, text: string) => {
  const part = el.querySelector(selector);
  if (part && part.textContent !== text) part.textContent = text;
};

/** Shows `status` (or the failure) on the badge `el` (EngineBadge's markup). */
export function paintBadge(el: HTMLElement, status: PageEngineStatus | null, failed?: string) {
  const backend = status?.backend ?? undefined;
  const decision = status?.decision;
  el.classList.toggle('engine-badge-failed', failed !== undefined);
  setData(el, 'backend', backend);
  setData(el, 'tensors', status?.tensors);
  setData(el, 'bytes', status?.bytes);
  setData(el, 'gpu-bytes', status?.gpuBytes);
  setData(el, 'backend-source', decision?.source);
  setData(el, 'backend-choice', decision?.choice);
  setData(el, 'probe-ms', decision?.source === 'probe' ? decision.probeMs : undefined);
  el.title = failed ?? explain(decision, status?.notice);
  setText(
    el,
    '.engine-badge-text',
    failed !== undefined
      ? '엔진을 시작하지 못했어요'
      : backend
        ? `${LABEL[backend] ?? backend} · 텐서 ${status?.tensors ?? 0}개`
        : BADGE_WAITING,
  );
  // read by screen readers; the badge stays one short line, the tooltip shows it
  setText(el, '.engine-badge-reason', decision ? ` — ${decision.reason}` : '');
  // always in the page, empty until a notice comes (a status region inserted with its text
  // already in it is often not announced)
  setText(el, '.engine-notice', status?.notice ?? '');
}

/** Starts the engine once the page is idle and keeps the badge `el` showing its status. */
export function wireEngineBadge(el: HTMLElement): () => void {
  let stop = false;
  let unsubscribe: (() => void) | undefined;
  const start = async () => {
    try {
      // a separate chunk: chapter text never waits for it (it holds no tfjs: that is in the worker)
      const client = await import('../experiments/client');
      if (stop) return;
      unsubscribe = client.onEngineStatus((s) => paintBadge(el, s));
      await client.startEngine();
    } catch (e) {
      if (!stop) paintBadge(el, null, e instanceof Error ? e.message : String(e));
    }
  };
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
  idle(() => void start());
  return () => {
    stop = true;
    unsubscribe?.();
  };
}
