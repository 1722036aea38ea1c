// One layer: its histogram (activations, or gradients over ±max|∂L/∂W|) and its statistics.
// Memoised: a slider move re-renders the widget at once, the old histograms need no redraw.
import { memo } from 'react';
import { fmt, pct } from '../../kit';
import { layerDiverged, outsideCount, saturatedLabel, sum, type Activation } from '../model';
import { HistogramSvg } from './HistogramSvg';

export const LayerHistogram = memo(function LayerHistogram({
  index,
  counts,
  stats,
  scale,
  range,
  activation,
  total,
  kind,
}: {
  index: number;
  counts: readonly number[];
  /** The layer's mean, std and saturated share (activations only). */
  stats?: { mean: number; std: number; saturated: number };
  scale: number;
  range: readonly [number, number];
  activation: Activation;
  total: number;
  kind: 'activation' | 'gradient';
}) {
  const diverged = stats !== undefined && layerDiverged(stats);
  const outside = outsideCount(counts, total);
  const name = `${index + 1}층`;
  const what = kind === 'activation' ? '활성화값' : '기울기';
  const summary = stats
    ? `: 평균 ${fmt(stats.mean)}, 표준편차 ${fmt(stats.std)}, ${saturatedLabel(activation)} ${pct(stats.saturated)}`
    : '';
  return (
    <figure
      className="weight-init-histograms__layer"
      data-layer={index + 1}
      data-kind={kind}
      data-counts={JSON.stringify(counts)}
      data-count-sum={sum(counts)}
      data-outside={outside}
      data-mean={stats ? String(stats.mean) : undefined}
      data-std={stats ? String(stats.std) : undefined}
      data-saturated={stats ? String(stats.saturated) : undefined}
      data-diverged={diverged || undefined}
    >
      <figcaption>{name}</figcaption>
      <HistogramSvg
        counts={counts}
        scale={scale}
        range={range}
        diverged={diverged}
        label={`${name} ${what} 히스토그램 (${fmt(range[0])} ~ ${fmt(range[1])}, 값 ${total}개)${summary}`}
      />
      <dl className="weight-init-histograms__stats">
        {kind === 'gradient' && (
          <div>
            <dt>최대 |∂L/∂W|</dt>
            <dd>{fmt(range[1])}</dd>
          </div>
        )}
        {stats && (
          <>
            <div>
              <dt>평균</dt>
              <dd>{fmt(stats.mean)}</dd>
            </div>
            <div>
              <dt>표준편차</dt>
              <dd>{fmt(stats.std)}</dd>
            </div>
            <div>
              <dt>{saturatedLabel(activation)}</dt>
              <dd>{pct(stats.saturated)}</dd>
            </div>
            {outside > 0 && !diverged && (
              <div className="weight-init-histograms__outside">
                <dt>범위 밖</dt>
                <dd>{pct(outside / total)}</dd>
              </div>
            )}
          </>
        )}
      </dl>
    </figure>
  );
});
