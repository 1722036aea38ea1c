// The inputs a_k next to the engine's probabilities y_k as bars with their values; a thin mark
// shows the book's plain softmax(a) when T or C differ from it; the largest y is starred.
import { fmt, Pending, seriesColor } from '../../kit';
import { argmax, prob, sub } from '../model';

export function ProbabilityBars({
  logits,
  y,
  plain,
  changed,
}: {
  logits: readonly number[];
  y: readonly number[] | null;
  plain: readonly number[] | null;
  /** T ≠ 1 or C ≠ 0: show where the plain softmax(a) would be */
  changed: boolean;
}) {
  const best = y ? argmax(y) : -1;
  const sum = y ? y.reduce((s, v) => s + v, 0) : NaN;
  return (
    <table className="softmax-bars" data-sum={y ? String(sum) : undefined}>
      <caption>출력 y = 소프트맥스 (엔진 계산, float32)</caption>
      <thead>
        <tr>
          <th scope="col">입력</th>
          <th scope="col">확률 y</th>
        </tr>
      </thead>
      <tbody>
        {logits.map((a, i) => {
          const v = y?.[i];
          const p = plain?.[i];
          return (
            <tr key={i} data-k={i + 1} data-y={v === undefined ? undefined : String(v)}>
              <th scope="row">
                a{sub(i + 1)} = {fmt(a, 3)}
              </th>
              <td>
                <div className="softmax-bar-cell">
                  <svg
                    className="softmax-bar-track"
                    viewBox="0 0 100 10"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                  >
                    <rect x={0} y={0} width={100} height={10} fill="var(--surface-2)" rx={1} />
                    <rect
                      className="softmax-bar"
                      x={0}
                      y={0}
                      width={
                        v !== undefined && Number.isFinite(v)
                          ? Math.max(0, Math.min(1, v)) * 100
                          : 0
                      }
                      height={10}
                      fill={seriesColor(i)}
                      rx={1}
                    />
                    {changed && p !== undefined && Number.isFinite(p) && (
                      <rect
                        className="softmax-bar-plain"
                        x={p * 100 - 0.4}
                        y={0}
                        width={0.8}
                        height={10}
                        fill="var(--fg)"
                      />
                    )}
                  </svg>
                  <span className="softmax-bar-value">
                    <span className="softmax-bar-number">
                      y{sub(i + 1)} = {v === undefined ? <Pending /> : prob(v)}
                    </span>
                    {i === best && (
                      <>
                        {' '}
                        <span className="softmax-best">★ 최대</span>
                      </>
                    )}
                  </span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">합계</th>
          <td className="softmax-sum">Σ y = {y ? prob(sum) : <Pending />}</td>
        </tr>
      </tfoot>
    </table>
  );
}
