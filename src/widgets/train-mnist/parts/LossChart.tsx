// The loss of every mini-batch as training goes (raw, faint) and its moving average (bold),
// drawn with at most 400 points; x is the iteration, y the cross-entropy loss.
import { useMemo } from 'react';
import { formatNumber, LiveChart, seriesColor, Swatch } from '../../kit';
import { int, lossDomain, lossRows, lossTicks } from '../model';

export function LossChart({ loss, iterations }: { loss: Float32Array; iterations: number }) {
  const rows = useMemo(() => lossRows(loss, 400), [loss]); // 400 points keep a redraw short
  const domain = useMemo(() => lossDomain(rows), [rows]);
  const last = rows.at(-1);
  return (
    <figure className="train-mnist__chart" data-points={rows.length}>
      <figcaption>
        손실 (미니배치 교차 엔트로피)
        <span className="train-mnist__legend">
          <Swatch color={seriesColor(0)} /> 이동평균 <Swatch color="var(--muted)" /> 원래 값
        </span>
      </figcaption>
      <div
        role="img"
        aria-label={
          last
            ? `손실 그래프: 반복 ${int(last.iteration)}까지, 마지막 이동평균 ${formatNumber(last.smooth ?? NaN, 3)}`
            : '손실 그래프: 아직 학습 전이에요'
        }
      >
        <LiveChart
          height={200}
          rows={rows}
          x="iteration"
          xDomain={[0, Math.max(1, iterations)]}
          yDomain={domain}
          yTicks={lossTicks(domain[1])}
          xFormat={int}
          yFormat={(v) => formatNumber(v, 3)}
          lines={[
            { key: 'raw', color: 'var(--muted)', opacity: 0.45, width: 1 },
            { key: 'smooth', color: seriesColor(0), width: 2.25 },
          ]}
        />
      </div>
    </figure>
  );
}
