// Test mode: what it normalises with (each BN layer's running mean μ_run and variance σ²_run,
// summarised and drawn as strips of its 100 units) and the accuracy it gives on test digits.
import type { RaceLane } from '../../../experiments/client';
import { fmt, pct, ScrollRegion } from '../../kit';
import { EVAL_SIZE, summarizeLayers, type Summary } from '../model';
import type { BnStats } from '../use-bn-stats';
import { StatStrip } from './StatStrip';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const range = (s: Summary) => `${fmt(s.min)} ~ ${fmt(s.max)}`;

export function TestMode({ stats, lane }: { stats: BnStats | null; lane: RaceLane | undefined }) {
  const rows = stats ? summarizeLayers(stats.layers) : [];
  const test = lane?.testAcc.at(-1);
  return (
    <section
      className="bn__test"
      aria-label="시험 모드와 이동평균"
      data-stats-iteration={stats?.iteration}
    >
      <p className="bn__note">
        시험 모드(<code>train_flg=False</code>)에서는 미니배치의 평균·분산 대신, 학습하는 동안 모아
        둔 이동평균 μ<sub>run</sub>, σ²<sub>run</sub>으로 정규화해요. 그래서 한 장만 넣어도 답이
        정해지고, 위의 정확도도 모두 이 값으로 계산했어요.
      </p>
      <p className="bn__test-acc">
        {lane?.label ?? 'BN'}의 시험 정확도 (시험 데이터 앞 {int(EVAL_SIZE)}장):{' '}
        <strong data-test-acc={test}>{test === undefined ? '—' : pct(test)}</strong>
      </p>
      <ScrollRegion className="bn__stats-wrap" label="시험 모드 통계 표">
        <table className="bn__stats">
          <caption>
            {stats
              ? `${lane?.label ?? 'BN'}의 이동평균 (반복 ${int(stats.iteration)} 시점, 계층마다 뉴런 100개의 최솟값 ~ 최댓값)`
              : '이동평균은 학습을 시작하면 보여요 (처음에는 모두 0이에요).'}
          </caption>
          <thead>
            <tr>
              <th scope="col">계층</th>
              <th scope="col">
                μ<sub>run</sub>
              </th>
              <th scope="col">
                σ²<sub>run</sub>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={r.name}
                data-layer={r.name}
                data-mean={r.mean.mean}
                data-variance={r.variance.mean}
              >
                <th scope="row">{r.name}</th>
                <td>
                  <StatStrip values={stats!.layers[i].mean} label={`${r.name} μ_run 분포`} />
                  <span>{range(r.mean)}</span>
                </td>
                <td>
                  <StatStrip values={stats!.layers[i].variance} label={`${r.name} σ²_run 분포`} />
                  <span>{range(r.variance)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
