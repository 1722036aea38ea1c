// The three arms: their reward distributions, the start policy, π at the scrubbed episode and
// how often each was pulled so far (the shown REINFORCE run; "…" in their room until it is in).
import { BANDIT_ARMS, BANDIT_START, type BanditTrace } from '../../../experiments/client';
import { fmt, ScrollRegion, seriesColor, Slot, Swatch } from '../../kit';
import { ARM_NAMES, dec3, probsAt, pulls, SHAPE } from '../model';

export function ArmsTable({
  trace,
  t,
  noise,
}: {
  trace: BanditTrace | null;
  t: number;
  noise: number;
}) {
  const p = trace && probsAt(trace, t);
  const n = trace && pulls(trace, t);
  return (
    <ScrollRegion className="policy-gradient-table-wrap" label="슬롯머신 팔 표">
      <table className="policy-gradient-table policy-gradient-arms" aria-busy={!trace || undefined}>
        <caption>
          슬롯머신의 세 팔. 보상은 정규분포 N(μ, {fmt(noise, 2)}²)에서 나와요 (에이전트는 μ를 모르고
          뽑아 본 보상만 봐요).
        </caption>
        <thead>
          <tr>
            <th scope="col">팔</th>
            <th scope="col">평균 보상 μ</th>
            <th scope="col">시작 π₀</th>
            <th scope="col">에피소드 {t}의 π</th>
            <th scope="col">뽑은 횟수</th>
          </tr>
        </thead>
        <tbody>
          {[0, 1, 2].map((k) => (
            <tr key={k} data-arm={k} data-p={p?.[k].toFixed(4)}>
              <th scope="row">
                <Swatch color={seriesColor(k)} /> {ARM_NAMES[k]}
              </th>
              <td>{BANDIT_ARMS.means[k]}</td>
              <td>{BANDIT_START[k]}</td>
              <td>
                <Slot text={p && dec3(p[k])} shape={SHAPE.prob} />
              </td>
              <td>
                <Slot text={n && String(n[k])} shape={SHAPE.count} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
