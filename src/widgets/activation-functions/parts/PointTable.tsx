// h(x) and h′(x) at the marked x for each shown curve, exactly as the engine returned them; until
// they are in, "…" in the room of a 4-decimal number, so the columns keep their widths.
import { DEC4_SHAPE, fmt, ScrollRegion, Slot, Swatch, Tex } from '../../kit';
import type { Curves } from '../compute';
import type { CurveInfo } from '../model';

export function PointTable({
  out,
  shown,
  x,
}: {
  /** every curve at x (one point each) */
  out: Curves | null;
  shown: readonly CurveInfo[];
  x: number;
}) {
  if (shown.length === 0)
    return <p className="activation-functions-empty">위에서 함수를 하나 이상 골라 보세요.</p>;
  return (
    <ScrollRegion className="scroll-x" label="고른 x에서의 값 표">
      <table className="activation-functions-table" aria-busy={!out || undefined}>
        <caption>x = {fmt(x)}에서의 값과 기울기 (엔진 계산)</caption>
        <thead>
          <tr>
            <th scope="col">함수</th>
            <th scope="col">h(x)</th>
            <th scope="col">h′(x) (backward)</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => {
            const y = out?.[c.name].y[0];
            const dy = out?.[c.name].dy[0];
            return (
              <tr
                key={c.name}
                data-fn={c.name}
                data-h={y === undefined ? undefined : String(y)}
                data-dh={dy === undefined ? undefined : String(dy)}
              >
                <th scope="row">
                  <Swatch color={c.color} />
                  {c.label} <Tex tex={c.tex} className="activation-functions-formula" />
                </th>
                <td>{y === undefined ? <Slot text={null} shape={DEC4_SHAPE} /> : fmt(y, 4)}</td>
                <td>{dy === undefined ? <Slot text={null} shape={DEC4_SHAPE} /> : fmt(dy, 4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
