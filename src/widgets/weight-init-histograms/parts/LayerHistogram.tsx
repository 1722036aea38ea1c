// One layer: its histogram (activations, or gradients over ±max|∂L/∂W|) and its statistics.
// Memoised: a slider move re-renders the widget at once, the old histograms need no redraw.
// Before the engine's first answer (`counts` null) the frame stands in its final size: its
// caption, an empty plot and the statistics' names with "…" in the room of their numbers.
import { memo } from 'react';
import { fmt, pct, Slot } from '../../kit';
import { layerDiverged, outsideCount, saturatedLabel, sum, type Activation } from '../model';
import { HistogramSvg } from './HistogramSvg';

/** The room of a statistic (fmt's 3 significant digits) and of a share (pct), while waiting. */
const NUM_SHAPE = '0.000';
const PCT_SHAPE = '00.0%';

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
  /** null while the engine computes: the frame waits in its shape, its numbers "…" */
  counts: readonly number[] | null;
  /** The layer's mean, std and saturated share (activations only; not in while waiting). */
  stats?: { mean: number; std: number; saturated: number };
  scale: number;
  /** null while the engine computes a range of its own (the gradients' ±max) */
  range: readonly [number, number] | null;
  activation: Activation;
  total: number;
  kind: 'activation' | 'gradient';
}) {
  const diverged = stats !== undefined && layerDiverged(stats);
  const outside = counts ? outsideCount(counts, total) : 0;
  const name = `${index + 1}층`;
  const what = kind === 'activation' ? '활성화값' : '기울기';
  const summary = stats
    ? `: 평균 ${fmt(stats.mean)}, 표준편차 ${fmt(stats.std)}, ${saturatedLabel(activation)} ${pct(stats.saturated)}`
    : '';
  const label =
    counts && range
      ? `${name} ${what} 히스토그램 (${fmt(range[0])} ~ ${fmt(range[1])}, 값 ${total}개)${summary}`
      : `${name} ${what} 히스토그램: 계산 중`;
  // ReLU's range (0 … 1) cuts its tail off: its share outside is always listed (0.0% too), so the
  // list keeps its length whatever σ; sigmoid's and tanh's ranges hold all their values.
  const outsideRow = !diverged && (activation === 'relu' || outside > 0);
  return (
    <figure
      className="weight-init-histograms__layer"
      data-layer={index + 1}
      data-kind={counts ? kind : undefined}
      data-waiting={counts ? undefined : kind}
      aria-busy={counts ? undefined : true}
      data-counts={counts ? JSON.stringify(counts) : undefined}
      data-count-sum={counts ? sum(counts) : undefined}
      data-outside={counts ? outside : undefined}
      data-mean={stats ? String(stats.mean) : undefined}
      data-std={stats ? String(stats.std) : undefined}
      data-saturated={stats ? String(stats.saturated) : undefined}
      data-diverged={diverged || undefined}
    >
      <figcaption>{name}</figcaption>
      <HistogramSvg counts={counts} scale={scale} range={range} diverged={diverged} label={label} />
      <dl className="weight-init-histograms__stats">
        {kind === 'gradient' && (
          <div>
            <dt>최대 |∂L/∂W|</dt>
            <dd>{range ? fmt(range[1]) : <Slot text={null} shape={NUM_SHAPE} />}</dd>
          </div>
        )}
        {kind === 'activation' && (
          <>
            <div>
              <dt>평균</dt>
              <dd>{stats ? fmt(stats.mean) : <Slot text={null} shape={NUM_SHAPE} />}</dd>
            </div>
            <div>
              <dt>표준편차</dt>
              <dd>{stats ? fmt(stats.std) : <Slot text={null} shape={NUM_SHAPE} />}</dd>
            </div>
            <div>
              <dt>{saturatedLabel(activation)}</dt>
              <dd>{stats ? pct(stats.saturated) : <Slot text={null} shape={PCT_SHAPE} />}</dd>
            </div>
            {outsideRow && (
              <div className="weight-init-histograms__outside">
                <dt>범위 밖</dt>
                <dd>{counts ? pct(outside / total) : <Slot text={null} shape={PCT_SHAPE} />}</dd>
              </div>
            )}
          </>
        )}
      </dl>
    </figure>
  );
});
