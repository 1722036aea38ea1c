// Where the path ends: "N단계 뒤 x = (x₀, x₁)," on a line of its own, then f(x), the verdict and
// a note when the path is odd (stuck in float32, or swinging around the minimum). Before the
// engine's path is in, the same two lines stand with "…" where its numbers go: the line break
// after x is fixed, so neither the numbers' widths nor their arrival move the lines.
import { Slot, fmt } from '../../kit';
import { SHAPE, type Path, type Verdict } from '../model';

export function DescentResult({
  steps,
  path,
  verdict: v,
}: {
  /** the number of steps of the path shown (the reader's setting while none is) */
  steps: number;
  /** null until the engine's path is in */
  path: Path | null;
  verdict: Verdict | null;
}) {
  const end = path ? path.points[path.points.length - 1] : null;
  const num = (x: number | undefined, shape: string) => (
    <Slot text={x === undefined ? null : fmt(x, 3)} shape={shape} />
  );
  return (
    <p
      className="gradient-descent__result"
      data-final-x0={end ? String(end[0]) : undefined}
      data-final-x1={end ? String(end[1]) : undefined}
      data-diverged={v?.diverged ? 'true' : undefined}
      aria-live="polite"
      aria-busy={path ? undefined : true}
    >
      <span className="gradient-descent__line">
        {steps}단계 뒤 x ={' '}
        <strong>
          ({num(end?.[0], SHAPE.x3)}, {num(end?.[1], SHAPE.x3)})
        </strong>
        ,
      </span>
      f(x) = <strong>{num(path?.values[path.values.length - 1], SHAPE.f3)}</strong>
      {v?.diverged && <strong className="gradient-descent__bad"> · 발산</strong>}
      {v?.stuck && (
        <span className="gradient-descent__note">
          {' '}
          lr이 너무 작아 한 걸음도 움직이지 못했어요. float32에서는 x − lr·2x가 x로 반올림되거든요
          (책은 float64라 lr = 1e-10, 100단계에서 (−2.99999994, 3.99999992)로 아주 조금 움직여요).
        </span>
      )}
      {v &&
        !v.diverged &&
        !v.stuck &&
        steps > 0 &&
        v.endNorm === v.startNorm &&
        v.startNorm > 0 && (
          <span className="gradient-descent__note">
            {' '}
            최솟값 둘레를 같은 거리로 오가기만 해요 (1 − 2·lr = −1).
          </span>
        )}
    </p>
  );
}
