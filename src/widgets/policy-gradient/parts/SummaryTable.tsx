// The four update rules after the last episode: the shown run's best-arm probability, its mean
// and spread over the repeated runs, the variance of the one-episode gradient and the mean reward.
// Before the run is in (`result` null): the rows and what they will say, "…" in their numbers' room.
import { BANDIT_METHODS, type BanditMethod, type BanditResult } from '../../../experiments/client';
import { fmt, ScrollRegion, Slot } from '../../kit';
import { ARM_NAMES, BEST_ARM, dec3, SHAPE } from '../model';
import { BANDIT_RUNS } from '../compute';

const SHORT: Record<BanditMethod, string> = {
  reinforce: 'REINFORCE',
  baseline: 'REINFORCE + 기준선',
  imitate: '고른 행동 따라 하기',
  teacher: '교사의 정답',
};

export function SummaryTable({
  result,
  seed,
  episodes,
}: {
  result: BanditResult | null;
  seed: number;
  /** the run's episodes (asked for, while it is not in) */
  episodes: number;
}) {
  const runs = result?.runs ?? BANDIT_RUNS;
  const best = result?.best ?? BEST_ARM;
  return (
    <ScrollRegion className="policy-gradient-table-wrap" label="갱신 규칙별 결과 표">
      <table
        className="policy-gradient-table policy-gradient-summary"
        aria-busy={!result || undefined}
      >
        <caption>
          에피소드 {episodes}번 뒤 최선의 팔({ARM_NAMES[best]})의 확률. 같은 설정을 시드 {runs}
          개로 반복한 평균 ± 표준편차도 함께 (시드 {seed}의 실행이 위 그래프예요).
        </caption>
        <thead>
          <tr>
            <th scope="col">갱신 규칙</th>
            <th scope="col">시드 {seed}</th>
            <th scope="col">{runs}번 평균 ± 표준편차</th>
            <th scope="col">기울기 분산</th>
            <th scope="col">평균 보상</th>
          </tr>
        </thead>
        <tbody>
          {BANDIT_METHODS.map((m) => {
            const tr = result?.traces[m];
            const end = tr?.probs[episodes * 3 + best];
            return (
              <tr
                key={m}
                data-method={m}
                data-best-end={end?.toFixed(4)}
                data-best-mean={tr?.bestMean[episodes].toFixed(4)}
                data-best-std={tr?.bestStd[episodes].toFixed(4)}
                data-grad-var={tr?.gradVariance.toFixed(4)}
              >
                <th scope="row">{SHORT[m]}</th>
                <td>
                  <Slot text={tr ? dec3(end!) : null} shape={SHAPE.prob} />
                </td>
                <td>
                  <Slot
                    text={
                      tr ? `${dec3(tr.bestMean[episodes])} ± ${dec3(tr.bestStd[episodes])}` : null
                    }
                    shape={`${SHAPE.prob} ± ${SHAPE.prob}`}
                  />
                </td>
                <td>
                  <Slot text={tr ? fmt(tr.gradVariance, 3) : null} shape={SHAPE.prob} />
                </td>
                <td>
                  <Slot text={tr ? dec3(tr.meanReward) : null} shape={SHAPE.prob} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
