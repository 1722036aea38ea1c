// The chart's key: each lane's colour and dash, its last training accuracy and its test accuracy
// (test mode, running statistics), or where it blew up.
import type { RaceLane } from '../../../experiments/client';
import { pct, ScrollRegion, seriesColor } from '../../kit';
import type { LaneKind } from '../model';
import { LANE_COLOR } from './AccuracyChart';

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function Legend({
  lanes,
  kinds,
}: {
  lanes: readonly RaceLane[];
  kinds: readonly LaneKind[];
}) {
  return (
    <ScrollRegion className="scroll-x" label="그래프 범례 표">
      <table className="bn__legend">
        <thead>
          <tr>
            <th scope="col">신경망</th>
            <th scope="col">훈련 정확도</th>
            <th scope="col">시험 정확도</th>
          </tr>
        </thead>
        <tbody>
          {lanes.map((l, k) => {
            const train = l.trainAcc.at(-1);
            const test = l.testAcc.at(-1);
            return (
              <tr key={l.label} data-lane={kinds[k]} data-train-acc={train} data-test-acc={test}>
                <th scope="row">
                  <svg className="bn__key" viewBox="0 0 28 8" aria-hidden="true">
                    <line
                      x1="1"
                      y1="4"
                      x2="27"
                      y2="4"
                      strokeWidth="2.5"
                      stroke={seriesColor(LANE_COLOR[kinds[k] ?? 'bn'])}
                      strokeDasharray={kinds[k] === 'plain' ? '6 4' : undefined}
                    />
                  </svg>{' '}
                  {l.label}
                </th>
                <td>
                  {l.divergedAt !== null
                    ? `발산 (반복 ${int(l.divergedAt + 1)})`
                    : train === undefined
                      ? '—'
                      : pct(train)}
                </td>
                <td>{test === undefined ? '—' : pct(test)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
