// π of the three arms over the episodes of one run (the shown seed), with the scrubbed episode
// as a vertical line; the mean ± one standard deviation of the best arm over the repeated runs
// as a dashed pair. Drawn by the kit's LiveChart (plain SVG: one cheap render per α). Before the
// run is in (`trace` null), its axes alone, the same size.
import { useMemo } from 'react';
import type { BanditTrace } from '../../../experiments/client';
import { LiveChart, seriesColor, type LiveLine } from '../../kit';
import { ARM_NAMES, thinned } from '../model';

export function ProbChart({
  trace,
  title,
  at,
  best,
  kind,
  xMax,
}: {
  trace: BanditTrace | null;
  title: string;
  at: number;
  best: number;
  kind: string;
  /** the x axis's end while the run is not in (the episodes asked for) */
  xMax: number;
}) {
  const episodes = trace?.actions.length ?? xMax;
  const rows = useMemo(
    () =>
      (trace ? thinned(episodes) : []).map((t) => ({
        t,
        p0: trace!.probs[t * 3],
        p1: trace!.probs[t * 3 + 1],
        p2: trace!.probs[t * 3 + 2],
        lo: Math.max(0, trace!.bestMean[t] - trace!.bestStd[t]),
        hi: Math.min(1, trace!.bestMean[t] + trace!.bestStd[t]),
      })),
    [trace, episodes],
  );
  const end = trace?.probs[episodes * 3 + best];
  return (
    <figure className="policy-gradient-chart" data-kind={kind} data-best-end={end?.toFixed(4)}>
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-busy={end === undefined || undefined}
        aria-label={
          end === undefined
            ? `${title}: 엔진이 에피소드를 돌리는 중이에요.`
            : `${title}: 에피소드별 세 팔의 확률. 마지막에 최선의 팔(${ARM_NAMES[best]}) 확률 ${end.toFixed(2)}.`
        }
      >
        <LiveChart
          rows={rows}
          x="t"
          lines={lines(best)}
          xDomain={[0, episodes]}
          yDomain={[0, 1]}
          yTicks={[0, 0.25, 0.5, 0.75, 1]}
          integerX
          height={210}
          marks={[{ x: at }]}
        />
      </div>
    </figure>
  );
}

/** The best arm's band (mean ± std over the runs, dashed), then π of each arm (the best bolder). */
function lines(best: number): LiveLine[] {
  const band = (key: string): LiveLine => ({ key, color: seriesColor(best), width: 1, dash: '3 3', opacity: 0.5 }); // prettier-ignore
  return [
    band('lo'),
    band('hi'),
    ...[0, 1, 2].map((k) => ({
      key: `p${k}`,
      color: seriesColor(k),
      width: k === best ? 2.5 : 1.8,
    })),
  ];
}
