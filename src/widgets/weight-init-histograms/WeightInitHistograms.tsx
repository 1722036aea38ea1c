// `::weight-init-histograms` — the book's §6.2.2, live: N(0, 1) input through bias-free layers;
// drag the weights' std and watch each layer's activation histogram reshape. The histograms are
// binned by the engine on the device (src/experiments); only the counts come back to draw.
import { memo, useEffect, useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { disposeWeightInitCache, weightInitHistograms } from '../../experiments';
import { ParamControl } from '../controls/ParamControl';
import { useLatestResult } from '../common/useLatestResult';
import { useEngineReport } from '../common/useEngineReport';
import type { WidgetProps } from '../types';
import type { WeightInitHistogramsSchema } from './schema';
import {
  bars,
  divergedMessage,
  effectiveStd,
  fmt,
  formulaTex,
  histRange,
  initArg,
  layerDiverged,
  outsideCount,
  pct,
  saturatedLabel,
  sum,
  yMax,
  type Activation,
  type InitKind,
} from './logic';
import './WeightInitHistograms.css';

type Props = WidgetProps<WeightInitHistogramsSchema>;

const BINS = 30;
const HIST_W = 150;
const HIST_H = 90;

interface HistInput {
  activation: Activation;
  init: 'xavier' | 'he' | number;
  layers: number;
  nodes: number;
  samples: number;
  seed: number;
  bins: number;
  range: [number, number];
  gradients: boolean;
}
type Hist = Awaited<ReturnType<typeof weightInitHistograms>>;
interface HistOutput extends Hist {
  input: HistInput;
  doneAt: number;
}

async function compute(input: HistInput): Promise<HistOutput> {
  const out = await weightInitHistograms(input);
  return { ...out, input, doneAt: performance.now() };
}

const PRESETS: ReadonlyArray<{ label: string; init: InitKind; std?: number; title: string }> = [
  { label: 'σ = 1', init: 'std', std: 1, title: '표준편차 1 (책의 첫 그림)' },
  { label: 'σ = 0.01', init: 'std', std: 0.01, title: '표준편차 0.01 (책의 두 번째 그림)' },
  { label: 'Xavier', init: 'xavier', title: 'Xavier 초깃값 √(1/n)' },
  { label: 'He', init: 'he', title: 'He 초깃값 √(2/n)' },
];

function Tex({ tex }: { tex: string }) {
  const html = useMemo(
    () => katex.renderToString(tex, { throwOnError: false, displayMode: false }),
    [tex],
  );
  return (
    <span className="weight-init-histograms__tex" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

function WeightInitHistograms({ values, set, schema, report }: Props) {
  const activation = values.activation;
  const init = values.init;
  const stdShown = effectiveStd(init, values.std, values.nodes);
  const input: HistInput = {
    activation,
    init: initArg(init, values.std),
    layers: values.layers,
    nodes: values.nodes,
    samples: values.samples,
    seed: values.seed,
    bins: BINS,
    range: histRange(activation),
    gradients: values.gradients,
  };
  const result = useLatestResult(JSON.stringify(input), input, compute);
  const out = result.output;

  // The engine keeps the N(0, 1) input and weight draws between slider moves; let them go.
  useEffect(() => () => disposeWeightInitCache(), []);

  const shownAct = out?.input.activation ?? activation;
  const layers = useMemo(() => out?.layers ?? [], [out]);
  const scale = useMemo(() => yMax(layers, shownAct), [layers, shownAct]);
  const gradScale = useMemo(() => {
    let m = 1;
    for (const l of layers) for (const c of l.gradCounts ?? []) m = Math.max(m, c);
    return m;
  }, [layers]);
  const divergedText = out ? divergedMessage(out.layers, out.std) : '';

  const { rootRef } = useEngineReport({
    result,
    report,
    errorLabel: '히스토그램을 계산하지 못했어요',
    diverged: divergedText,
  });

  const range = out?.input.range ?? histRange(activation);
  const total = (out?.input.samples ?? values.samples) * (out?.input.nodes ?? values.nodes);

  return (
    <div
      ref={rootRef}
      className="weight-init-histograms"
      data-activation={shownAct}
      data-samples={out?.input.samples}
      data-nodes={out?.input.nodes}
      data-std={out ? String(out.std) : undefined}
      data-range={range.join(',')}
      data-engine-ms={out ? out.ms.toFixed(1) : undefined}
      data-backend={out?.backend}
    >
      <div className="weight-init-histograms__controls controls">
        <ParamControl
          spec={schema.activation}
          value={activation}
          onChange={(v) => set({ activation: v as Activation })}
        />
        <ParamControl
          spec={schema.std}
          value={stdShown}
          onChange={(v) => set({ std: v as number, init: 'std' })}
        />
      </div>
      <div className="weight-init-histograms__presets" role="group" aria-label="초깃값 프리셋">
        {PRESETS.map((p) => {
          const active = p.init === init && (p.std === undefined || p.std === values.std);
          return (
            <button
              key={p.label}
              type="button"
              aria-pressed={active}
              title={p.title}
              onClick={() =>
                set(p.std === undefined ? { init: p.init } : { init: p.init, std: p.std })
              }
            >
              {p.label}
            </button>
          );
        })}
      </div>
      <p className="weight-init-histograms__formula">
        <Tex tex={formulaTex(init, values.std, values.nodes)} />
      </p>

      <div className="weight-init-histograms__row" role="group" aria-label="층별 활성화값 분포">
        {layers.map((l, i) => (
          <LayerHistogram
            key={i}
            index={i}
            counts={l.counts}
            mean={l.mean}
            std={l.std}
            saturated={l.saturated}
            scale={scale}
            range={range}
            activation={shownAct}
            total={total}
            kind="activation"
          />
        ))}
      </div>
      {out && values.gradients && layers.some((l) => l.gradCounts) && (
        <>
          <p className="weight-init-histograms__subtitle">
            역전파 기울기 (각 층의 출력에 대한 기울기)
          </p>
          <div className="weight-init-histograms__row" role="group" aria-label="층별 기울기 분포">
            {layers.map((l, i) =>
              l.gradCounts ? (
                <LayerHistogram
                  key={i}
                  index={i}
                  counts={l.gradCounts}
                  scale={gradScale}
                  range={l.gradRange ?? [0, 1]}
                  activation={shownAct}
                  total={out.input.nodes ** 2}
                  kind="gradient"
                />
              ) : null,
            )}
          </div>
        </>
      )}

      <div className="weight-init-histograms__seed controls">
        <ParamControl
          spec={schema.seed}
          value={values.seed}
          onChange={(v) => set({ seed: v as number })}
        />
        <button
          type="button"
          className="weight-init-histograms__button"
          onClick={() => set({ seed: Math.floor(Math.random() * (schema.seed.max + 1)) })}
        >
          다른 난수로
        </button>
        <ParamControl
          spec={schema.gradients}
          value={values.gradients}
          onChange={(v) => set({ gradients: v as boolean })}
        />
      </div>
      <details className="weight-init-histograms__settings">
        <summary>실험 설정 (층 수, 노드 수, 입력 수)</summary>
        <div className="controls">
          <ParamControl
            spec={schema.layers}
            value={values.layers}
            onChange={(v) => set({ layers: v as number })}
          />
          <ParamControl
            spec={schema.nodes}
            value={values.nodes}
            onChange={(v) => set({ nodes: v as number })}
          />
          <ParamControl
            spec={schema.samples}
            value={values.samples}
            onChange={(v) => set({ samples: v as number })}
          />
        </div>
      </details>
    </div>
  );
}

// The frame re-renders on every report(); with stable props there is nothing to redo here.
export default memo(WeightInitHistograms);

function LayerHistogram({
  index,
  counts,
  mean,
  std,
  saturated,
  scale,
  range,
  activation,
  total,
  kind,
}: {
  index: number;
  counts: readonly number[];
  mean?: number;
  std?: number;
  saturated?: number;
  scale: number;
  range: readonly [number, number];
  activation: Activation;
  total: number;
  kind: 'activation' | 'gradient';
}) {
  const diverged = mean !== undefined && std !== undefined && layerDiverged({ mean, std });
  const outside = outsideCount(counts, total);
  const bs = bars(counts, scale, HIST_W, HIST_H);
  const name = `${index + 1}층`;
  const stats =
    mean !== undefined && std !== undefined
      ? `평균 ${fmt(mean)}, 표준편차 ${fmt(std)}, ${saturatedLabel(activation)} ${pct(saturated ?? NaN)}`
      : '';
  const what = kind === 'activation' ? '활성화값' : '기울기';
  return (
    <figure
      className="weight-init-histograms__layer"
      data-layer={index + 1}
      data-kind={kind}
      data-counts={JSON.stringify(counts)}
      data-count-sum={sum(counts)}
      data-outside={outside}
      data-mean={mean === undefined ? undefined : String(mean)}
      data-std={std === undefined ? undefined : String(std)}
      data-saturated={saturated === undefined ? undefined : String(saturated)}
      data-diverged={diverged || undefined}
    >
      <figcaption>{name}</figcaption>
      <svg
        viewBox={`0 0 ${HIST_W} ${HIST_H + 12}`}
        className="weight-init-histograms__svg"
        role="img"
        aria-label={`${name} ${what} 히스토그램 (${fmt(range[0])} ~ ${fmt(range[1])}, 값 ${total}개)${stats ? `: ${stats}` : ''}`}
      >
        <rect
          className="weight-init-histograms__plot-bg"
          x={0}
          y={0}
          width={HIST_W}
          height={HIST_H}
        />
        {diverged ? (
          <text
            className="weight-init-histograms__overflow"
            x={HIST_W / 2}
            y={HIST_H / 2}
            textAnchor="middle"
            dominantBaseline="middle"
          >
            ∞ / NaN
          </text>
        ) : (
          bs.map((b, i) => (
            <g key={i}>
              <rect
                className="weight-init-histograms__bar"
                x={b.x + 0.3}
                y={b.y}
                width={Math.max(0, b.width - 0.6)}
                height={b.height}
              />
              {b.clipped && (
                <path
                  className="weight-init-histograms__clip-mark"
                  d={`M${b.x},${4}l${b.width / 2},-4l${b.width / 2},4`}
                />
              )}
            </g>
          ))
        )}
        <line className="weight-init-histograms__axis" x1={0} x2={HIST_W} y1={HIST_H} y2={HIST_H} />
        <text className="weight-init-histograms__tick" x={0} y={HIST_H + 10} textAnchor="start">
          {fmt(range[0])}
        </text>
        <text className="weight-init-histograms__tick" x={HIST_W} y={HIST_H + 10} textAnchor="end">
          {fmt(range[1])}
        </text>
      </svg>
      {kind === 'gradient' && (
        <dl className="weight-init-histograms__stats">
          <div>
            <dt>최대 |∂L/∂W|</dt>
            <dd>{fmt(range[1])}</dd>
          </div>
        </dl>
      )}
      {mean !== undefined && std !== undefined && (
        <dl className="weight-init-histograms__stats">
          <div>
            <dt>평균</dt>
            <dd>{fmt(mean)}</dd>
          </div>
          <div>
            <dt>표준편차</dt>
            <dd>{fmt(std)}</dd>
          </div>
          <div>
            <dt>{saturatedLabel(activation)}</dt>
            <dd>{pct(saturated ?? NaN)}</dd>
          </div>
          {outside > 0 && !diverged && (
            <div className="weight-init-histograms__outside">
              <dt>범위 밖</dt>
              <dd>{pct(outside / total)}</dd>
            </div>
          )}
        </dl>
      )}
    </figure>
  );
}
