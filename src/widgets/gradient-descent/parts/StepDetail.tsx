// The highlighted step in words: where it is, f there, the engine's ∇f there and the update
// −lr·∇f that takes it to the next point. Each group of numbers has a line of its own ("N단계:
// x = …," / "f(x) = …, ∇f = …" / the rest), so before the engine's path is in the same lines
// stand with "…" in the numbers' rooms, and the numbers' widths never move where lines break.
import { Slot, fmt } from '../../kit';
import { SHAPE, type Path } from '../model';

export function StepDetail({
  path,
  shown,
  last,
  lr,
}: {
  /** null until the engine's path is in */
  path: Path | null;
  shown: number;
  /** the last step (known from the reader's step_num while the path is not in) */
  last: number;
  lr: number;
}) {
  const p = path?.points[shown];
  const g = path?.grads[shown];
  const num = (x: number | undefined, shape: string = SHAPE.x4) => (
    <Slot text={x === undefined ? null : fmt(x, 4)} shape={shape} />
  );
  return (
    <p
      className="gradient-descent__detail"
      data-step={shown}
      data-g0={g ? String(g[0]) : undefined}
      data-g1={g ? String(g[1]) : undefined}
      aria-busy={path ? undefined : true}
    >
      <span className="gradient-descent__line">
        <strong>{shown}단계</strong>: x = ({num(p?.[0])}, {num(p?.[1])}),
      </span>
      <span className="gradient-descent__line">
        f(x) = {num(path?.values[shown], SHAPE.f4)}, ∇f = ({num(g?.[0])}, {num(g?.[1])})
      </span>
      ∇f는 엔진의 backward()가 구했어요.{' '}
      {shown === last ? (
        '마지막 단계예요.'
      ) : (
        <>
          다음 걸음 −lr·∇f = ({num(g && -lr * g[0])}, {num(g && -lr * g[1])}) (굵은 선).
        </>
      )}
    </p>
  );
}
