// How much faster the batches were than one image at a time, on the same backend (a stopped
// one-at-a-time run counts at its measured rate); until both are measured, a line in its place.
import type { InferenceProgress, InferenceRunResult } from '../../../experiments/client';
import { duration, int } from '../model';

const times = (r: number) => (r >= 10 ? String(Math.round(r)) : r.toFixed(1));

export function Speedup({
  single,
  singleDone,
  batch,
}: {
  /** where the one-at-a-time run stands (its progress or its result) */
  single: InferenceProgress | null;
  /** the one-at-a-time run went through all the images */
  singleDone: boolean;
  batch: InferenceRunResult | null;
}) {
  if (!single || single.done === 0 || !batch || batch.stopped || batch.elapsedMs <= 0)
    return <p className="mnist-inference-speedup">몇 배 빠른지는 두 방법을 다 재면 나와요.</p>;
  const singleMs = (single.elapsedMs / single.done) * batch.done;
  const x = singleMs / batch.elapsedMs;
  return (
    <p className="mnist-inference-speedup" data-speedup={x.toFixed(2)}>
      한 장씩보다 <strong>{times(x >= 1 ? x : 1 / x)}배</strong> {x >= 1 ? '빨라요' : '느려요'}
      {!singleDone &&
        ` (한 장씩 ${int(single.done)}장을 잰 속도로 ${int(batch.done)}장이면 약 ${duration(singleMs)})`}
      .
    </p>
  );
}
