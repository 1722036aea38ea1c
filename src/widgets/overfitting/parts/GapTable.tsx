// One row per lane: train and test accuracy at the last evaluated epoch, their gap (the number
// the section is about) and the best test accuracy so far.
import type { RaceLane } from '../../../experiments/client';
import { int } from '../../optimizer-mnist/race-model';
import { pct, ScrollRegion, seriesColor, Swatch } from '../../kit';
import { pp, summarize } from '../model';

export function GapTable({
  lanes,
  perEpoch,
  trainSize,
  testSize,
}: {
  lanes: readonly RaceLane[];
  perEpoch: number;
  trainSize: number;
  testSize: number;
}) {
  const rows = lanes.map((l) => summarize(l, perEpoch));
  const epoch = rows[0]?.epoch;
  // the race evaluates train accuracy on min(evalSize, trainSize) digits (race.ts)
  const trainEval = Math.min(trainSize, testSize);
  return (
    <ScrollRegion className="scroll-x" label="훈련·시험 정확도 표">
      <table className="race__table overfit__table">
        <caption>
          {epoch == null ? '아직 잰 정확도가 없어요. ' : `에폭 ${int(epoch)}의 값이에요. `}
          훈련 정확도는{' '}
          {trainEval === trainSize
            ? `학습에 쓰는 훈련 데이터 ${int(trainSize)}장 전부로`
            : `훈련 데이터 앞 ${int(trainEval)}장으로`}
          , 시험 정확도는 시험 데이터 앞 {int(testSize)}장으로 재요. 간격 = 훈련 − 시험.
        </caption>
        <thead>
          <tr>
            <th scope="col">신경망</th>
            <th scope="col">훈련</th>
            <th scope="col">시험</th>
            <th scope="col">간격</th>
            <th scope="col">최고 시험</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s, k) => (
            <tr
              key={s.label}
              data-lane={k}
              data-train={s.train ?? undefined}
              data-test={s.test ?? undefined}
              data-gap={s.gap ?? undefined}
            >
              <th scope="row">
                <Swatch color={seriesColor(k)} /> {s.label}
              </th>
              <td>{s.train === null ? '—' : pct(s.train)}</td>
              <td>{s.test === null ? '—' : pct(s.test)}</td>
              <td className="overfit__gap">{pp(s.gap)}</td>
              <td>{s.bestTest === null ? '—' : pct(s.bestTest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
