// Where one timed run stands: its progress bar (empty before it runs, full once done) and its
// accuracy, time and time per image (a stopped run: what 10,000 would take at its rate). The bar
// is there in every state, so the section keeps its height as the run starts and ends.
import type { InferenceProgress, InferenceRunResult } from '../../../experiments/client';
import { accuracy, duration, int, perImage } from '../model';

export function RunStats({
  name,
  progress,
  result,
  running,
  idle = '아직 실행하지 않았어요.',
}: {
  /** what the progress bar measures, e.g. "한 장씩 추론" */
  name: string;
  progress: InferenceProgress | null;
  result: InferenceRunResult | null;
  running: boolean;
  /** what to say before the run starts */
  idle?: string;
}) {
  const p = result ?? progress;
  const attrs = p && {
    'data-done': p.done,
    'data-total': p.total,
    'data-correct': p.correct,
    'data-ms': p.elapsedMs.toFixed(1),
    'data-readbacks': p.readbacks,
  };
  return (
    <div
      className="mnist-inference-stats"
      data-running={running || undefined}
      data-finished={(result && !result.stopped) || undefined}
      data-stopped={result?.stopped || undefined}
      {...attrs}
    >
      <progress
        max={p?.total ?? 1}
        value={p?.done ?? 0}
        aria-label={`${name} 진행률`}
        className="mnist-inference-progress"
      />
      <p className="mnist-inference-result" aria-live="polite">
        {!p ? (
          running ? (
            '준비하는 중…'
          ) : (
            idle
          )
        ) : (
          <>
            {/* each piece stays whole; a line breaks only between them */}
            {result?.stopped && <span>{int(p.done)}장에서 멈춤 ·</span>}
            {result?.stopped && ' '}
            {running && <span>{`${int(p.done)} / ${int(p.total)}장 ·`}</span>}
            {running && ' '}
            <span>
              정확도{' '}
              <strong className="mnist-inference-accuracy">{accuracy(p.correct, p.done)}</strong>
            </span>{' '}
            <span>
              ({int(p.correct)} / {int(p.done)})
            </span>{' '}
            <span>
              · {duration(p.elapsedMs)}
              {p.done > 0 && ` · 장당 ${perImage(p.elapsedMs, p.done)}`}
            </span>
            {result?.stopped && p.done > 0 && (
              <span>
                {' '}
                · {int(p.total)}장이면 약 {duration((p.elapsedMs / p.done) * p.total)}
              </span>
            )}
            {result && <span> · 결과 읽기 {int(p.readbacks)}번</span>}
          </>
        )}
      </p>
    </div>
  );
}
