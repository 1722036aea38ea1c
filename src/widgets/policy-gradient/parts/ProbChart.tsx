// π of the three arms over the episodes of one run (the shown seed), with the scrubbed episode
// as a vertical line. `band`: the mean ± one standard deviation of the best arm over the
// repeated runs, as a dashed pair.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { BanditTrace } from '../../../experiments/client';
import { seriesColor } from '../../kit';
import { ARM_NAMES, thinned } from '../model';

export function ProbChart({
  trace,
  title,
  at,
  best,
  kind,
}: {
  trace: BanditTrace;
  title: string;
  at: number;
  best: number;
  kind: string;
}) {
  const episodes = trace.actions.length;
  const rows = useMemo(
    () =>
      thinned(episodes).map((t) => ({
        t,
        p0: trace.probs[t * 3],
        p1: trace.probs[t * 3 + 1],
        p2: trace.probs[t * 3 + 2],
        lo: Math.max(0, trace.bestMean[t] - trace.bestStd[t]),
        hi: Math.min(1, trace.bestMean[t] + trace.bestStd[t]),
      })),
    [trace, episodes],
  );
  const end = trace.probs[episodes * 3 + best];
  return (
    <figure className="policy-gradient-chart" data-kind={kind} data-best-end={end.toFixed(4)}>
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-label={`${title}: 에피소드별 세 팔의 확률. 마지막에 최선의 팔(${ARM_NAMES[best]}) 확률 ${end.toFixed(2)}.`}
      >
        <LineChart
          responsive
          style={{ width: '100%', height: 210 }}
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
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          {(['lo', 'hi'] as const).map((k) => (
            <Line
              key={k}
              dataKey={k}
              stroke={seriesColor(best)}
              strokeOpacity={0.5}
              strokeWidth={1}
              strokeDasharray="3 3"
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {[0, 1, 2].map((k) => (
            <Line
              key={k}
              dataKey={`p${k}`}
              stroke={seriesColor(k)}
              strokeWidth={k === best ? 2.5 : 1.8}
              dot={false}
              isAnimationActive={false}
              className={`policy-gradient-line-p${k}`}
            />
          ))}
          <ReferenceLine x={at} stroke="var(--fg)" strokeDasharray="2 3" />
        </LineChart>
      </div>
    </figure>
  );
}
