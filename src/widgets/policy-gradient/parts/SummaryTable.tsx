// The four update rules after the last episode: the shown run's best-arm probability, its mean
// and spread over the repeated runs, the variance of the one-episode gradient and the mean reward.
import { BANDIT_METHODS, type BanditMethod, type BanditResult } from '../../../experiments/client';
import { fmt, ScrollRegion } from '../../kit';
import { ARM_NAMES } from '../model';

const SHORT: Record<BanditMethod, string> = {
  reinforce: 'REINFORCE',
  baseline: 'REINFORCE + 기준선',
  imitate: '고른 행동 따라 하기',
  teacher: '교사의 정답',
};

export function SummaryTable({ result, seed }: { result: BanditResult; seed: number }) {
  const { episodes, runs, best } = result;
  return (
    <ScrollRegion className="policy-gradient-table-wrap" label="갱신 규칙별 결과 표">
      <table className="policy-gradient-table policy-gradient-summary">
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
            const tr = result.traces[m];
            const end = tr.probs[episodes * 3 + best];
            return (
              <tr
                key={m}
                data-method={m}
                data-best-end={end.toFixed(4)}
                data-best-mean={tr.bestMean[episodes].toFixed(4)}
                data-best-std={tr.bestStd[episodes].toFixed(4)}
                data-grad-var={tr.gradVariance.toFixed(4)}
              >
                <th scope="row">{SHORT[m]}</th>
                <td>{fmt(end, 3)}</td>
                <td>
                  {fmt(tr.bestMean[episodes], 3)} ± {fmt(tr.bestStd[episodes], 2)}
                </td>
                <td>{fmt(tr.gradVariance, 3)}</td>
                <td>{fmt(tr.meanReward, 3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
