// The highlighted step in words: where it is, f there, the engine's ∇f there and the update
// −lr·∇f that takes it to the next point.
import { fmt, fmtPair } from '../../kit';
import type { Path } from '../model';

export function StepDetail({ path, shown, lr }: { path: Path; shown: number; lr: number }) {
  const p = path.points[shown];
  const g = path.grads[shown];
  const last = shown === path.points.length - 1;
  return (
    <p
      className="gradient-descent__detail"
      data-step={shown}
      data-g0={String(g[0])}
      data-g1={String(g[1])}
    >
      <strong>{shown}단계</strong>: x = {fmtPair(p, 4)}, f(x) = {fmt(path.values[shown], 4)}, ∇f ={' '}
      {fmtPair(g, 4)} (backward).{' '}
      {last
        ? '마지막 단계예요.'
        : `다음 걸음 −lr·∇f = ${fmtPair([-lr * g[0], -lr * g[1]], 4)} (굵은 선).`}
    </p>
  );
}
