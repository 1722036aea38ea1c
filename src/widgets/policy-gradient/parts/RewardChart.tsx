// The moving average of the reward per episode for the REINFORCE run and the loss-based one,
// with the best arm's mean μ as the ceiling.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { BANDIT_ARMS, type BanditTrace } from '../../../experiments/client';
import { formatNumber, seriesColor } from '../../kit';
import { movingAverage, REWARD_WINDOW, thinned } from '../model';

export function RewardChart({
  rl,
  other,
  rlLabel,
  otherLabel,
  at,
}: {
  rl: BanditTrace;
  other: BanditTrace;
  rlLabel: string;
  otherLabel: string;
  at: number;
}) {
  const episodes = rl.actions.length;
  const rows = useMemo(() => {
    const a = movingAverage(rl.rewards), b = movingAverage(other.rewards); // prettier-ignore
    return thinned(episodes)
      .filter((t) => t > 0)
      .map((t) => ({ t, rl: a[t - 1], other: b[t - 1] }));
  }, [rl, other, episodes]);
  const top = Math.max(...BANDIT_ARMS.means);
  return (
    <figure className="policy-gradient-chart policy-gradient-rewards">
      <figcaption>
        보상의 이동 평균 (최근 {REWARD_WINDOW} 에피소드). 점선: 최선의 팔의 평균 보상 μ = {top}
      </figcaption>
      <div role="img" aria-label={`보상 곡선: ${rlLabel}와 ${otherLabel}의 이동 평균 보상.`}>
        <LineChart
          responsive
          style={{ width: '100%', height: 190 }}
          data={rows}
          margin={{ top: 6, right: 10, bottom: 2, left: -18 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={[0, episodes]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <YAxis
            domain={['auto', 'auto']}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            tickFormatter={(v: number) => formatNumber(v, 2)}
          />
          <ReferenceLine y={top} stroke="var(--muted)" strokeDasharray="5 4" />
          <Line
            dataKey="rl"
            stroke={seriesColor(3)}
            strokeWidth={2.2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="other"
            stroke={seriesColor(4)}
            strokeWidth={1.6}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine x={at} stroke="var(--fg)" strokeDasharray="2 3" />
        </LineChart>
      </div>
      <p className="policy-gradient-legend">
        <span style={{ color: seriesColor(3) }}>━</span> {rlLabel}
        {'  '}
        <span style={{ color: seriesColor(4) }}>╍</span> {otherLabel}
      </p>
    </figure>
  );
}
