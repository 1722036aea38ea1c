// One row per lane: its colour, name, the loss at the end (mean of the last 20 iterations),
// the test accuracy when it was measured, and whether it blew up. Before the race's first numbers
// each row already carries its lane's name ("—" where its numbers go), so the columns do not
// re-spread when the numbers come (train-cnn's moved 60–90 px sideways on a phone).
import type { RaceLane } from '../../../experiments/client';
import { formatNumber, pct, ScrollRegion, seriesColor, Swatch } from '../../kit';
import { finalLoss, int } from '../race-model';

export function RaceTable({
  lanes,
  colors,
  names,
  evalSize,
  evalEvery,
}: {
  lanes: readonly RaceLane[];
  colors: readonly number[];
  /** the lanes' names in their order, known before their numbers (the race's variants) */
  names: readonly string[];
  evalSize: number;
  /** iterations between test evaluations (absent: only at the end) */
  evalEvery?: number;
}) {
  return (
    <ScrollRegion className="scroll-x" label="학습 결과 비교 표">
      <table className="race__table">
        <caption>
          손실은 마지막 20회의 평균이고, 시험 정확도는 시험 데이터 앞 {int(evalSize)}장으로{' '}
          {evalEvery ? `${int(evalEvery)}회마다 잰 값 중 마지막 값` : '학습이 끝난 뒤 잰 값'}이에요.
        </caption>
        <thead>
          <tr>
            <th scope="col">신경망</th>
            <th scope="col">손실</th>
            <th scope="col">시험 정확도</th>
          </tr>
        </thead>
        <tbody>
          {/* before the race's first numbers, a row per chosen lane all the same (the table
              grew by its rows when they came, and everything under it moved down) */}
          {lanes.length === 0 &&
            colors.map((c, k) => (
              <tr key={k} data-waiting="">
                <th scope="row">
                  <Swatch color={seriesColor(c)} /> {names[k] ?? '—'}
                </th>
                <td>—</td>
                <td>—</td>
              </tr>
            ))}
          {lanes.map((l, k) => {
            const loss = finalLoss(l.loss);
            const acc = l.testAcc.at(-1);
            return (
              <tr key={l.label} data-lane={l.label} data-final-loss={loss ?? undefined}>
                <th scope="row">
                  <Swatch color={seriesColor(colors[k] ?? k)} /> {l.label}
                </th>
                <td>
                  {l.divergedAt !== null
                    ? `발산 (반복 ${int(l.divergedAt + 1)})`
                    : loss === null
                      ? '—'
                      : formatNumber(loss, 3)}
                </td>
                <td>{acc === undefined ? '—' : pct(acc)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
