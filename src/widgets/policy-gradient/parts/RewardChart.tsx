// The moving average of the reward per episode for the REINFORCE run and the loss-based one,
// with the best arm's mean μ as the ceiling. Before the run is in, its axes alone (0 … μ).
import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { BANDIT_ARMS, type BanditTrace } from '../../../experiments/client';
import { fmt, LiveChart, seriesColor } from '../../kit';
import { movingAverage, REWARD_WINDOW, thinned } from '../model';

export function RewardChart({
  rl,
  other,
  rlLabel,
  otherLabel,
  at,
  xMax,
}: {
  rl: BanditTrace | null;
  other: BanditTrace | null;
  rlLabel: string;
  otherLabel: string;
  at: number;
  /** the x axis's end while the run is not in (the episodes asked for) */
  xMax: number;
}) {
  const episodes = rl?.actions.length ?? xMax;
  const rows = useMemo(() => {
    if (!rl || !other) return [];
    const a = movingAverage(rl.rewards), b = movingAverage(other.rewards); // prettier-ignore
    return thinned(episodes)
      .filter((t) => t > 0)
      .map((t) => ({ t, rl: a[t - 1], other: b[t - 1] }));
  }, [rl, other, episodes]);
  const top = Math.max(...BANDIT_ARMS.means);
  // y from the curves and the ceiling, rounded out to nice ticks
  const yDomain = useMemo(() => {
    const vs = rows.flatMap((r) => [r.rl, r.other]).filter(Number.isFinite);
    const d = scaleLinear()
      .domain([Math.min(vs.length ? top : 0, ...vs), Math.max(top, ...vs)])
      .nice()
      .domain();
    return [d[0], d[1]] as const;
  }, [rows, top]);
  return (
    <figure className="policy-gradient-chart policy-gradient-rewards">
      <figcaption>
        보상의 이동평균 (최근 {REWARD_WINDOW} 에피소드). 회색 점선: 최선의 팔의 평균 보상 μ = {top}
      </figcaption>
      <div
        role="img"
        aria-busy={!rl || undefined}
        aria-label={`보상의 이동평균 곡선: ${rlLabel}, ${otherLabel}${rl ? '' : ' (엔진이 계산하는 중)'}.`}
      >
        <LiveChart
          rows={rows}
          x="t"
          lines={[
            { key: 'rl', color: seriesColor(3), width: 2.2 },
            { key: 'other', color: seriesColor(4), width: 1.6, dash: '6 3' },
          ]}
          xDomain={[0, episodes]}
          yDomain={yDomain}
          yFormat={(v) => fmt(v, 2)}
          integerX
          height={190}
          marks={[{ y: top, color: 'var(--muted)', dash: '5 4' }, { x: at }]}
        />
      </div>
      <p className="policy-gradient-legend">
        <span className="policy-gradient-key" style={{ color: seriesColor(3) }}>
          ━
        </span>{' '}
        {rlLabel}
        {'  '}
        <span className="policy-gradient-key" style={{ color: seriesColor(4) }}>
          ╍
        </span>{' '}
        {otherLabel}
      </p>
    </figure>
  );
}
