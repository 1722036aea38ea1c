// `::weight-init-histograms` — the book's §6.2.2, live: N(0, 1) input through bias-free layers;
// drag the weights' std and watch each layer's activation histogram reshape. The histograms are
// binned by the engine on the device (src/experiments); only the counts come back to draw.
import { memo, useEffect, useMemo } from 'react';
import { DEFAULT_RANGE, disposeWeightInitCache } from '../../experiments/client';
import { ParamControl, ParamControls, Slot, Tex, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { BINS, computeHistograms, type HistInput } from './compute';
import {
  divergedMessage,
  formulaTex,
  formulaValue,
  initArg,
  shownStd,
  yMax,
  type Activation,
} from './model';
import { LayerHistogram } from './parts/LayerHistogram';
import { Presets } from './parts/Presets';
import type { WeightInitHistogramsSchema } from './schema';
import './WeightInitHistograms.css';

type Props = WidgetProps<WeightInitHistogramsSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<WeightInitHistogramsSchema>): HistInput => ({
  activation: v.activation,
  init: initArg(v.init, v.std),
  layers: v.layers,
  nodes: v.nodes,
  samples: v.samples,
  seed: v.seed,
  bins: BINS,
  range: DEFAULT_RANGE[v.activation],
  gradients: v.gradients,
});

/** `n` frames waiting for the engine's first histograms of `kind`. */
const waitingFrames = (
  n: number,
  kind: 'activation' | 'gradient',
  range: readonly [number, number] | null,
  activation: Activation,
  total: number,
) =>
  Array.from({ length: n }, (_, i) => (
    <LayerHistogram
      key={i}
      index={i}
      counts={null}
      scale={1}
      range={range}
      activation={activation}
      total={total}
      kind={kind}
    />
  ));

function WeightInitHistograms(props: Props) {
  const { values, set, schema, report } = props;
  const { activation, init } = values;
  const result = useLiveResult(props, toInput, computeHistograms);
  const out = result.output;
  // The engine keeps the N(0, 1) input and weight draws between slider moves; let them go.
  useEffect(() => () => disposeWeightInitCache(), []);

  const std = shownStd(init, values.std, values.nodes, out ? { ...out.input, std: out.std } : null);
  // The formula line describes the histograms drawn: the run's initialisation, n and σ (while a
  // new σ computes, the slider already shows it and this line still the one drawn).
  const drawnInit = !out ? init : typeof out.input.init === 'number' ? 'std' : out.input.init;
  const drawnNodes = out?.input.nodes ?? values.nodes;
  const drawnStd = out ? out.std : init === 'std' ? values.std : null;
  const shownAct = out?.input.activation ?? activation;
  const layers = useMemo(() => out?.layers ?? [], [out]);
  const scale = useMemo(() => yMax(layers, shownAct), [layers, shownAct]);
  const gradScale = useMemo(
    () => Math.max(1, ...layers.flatMap((l) => l.gradCounts ?? [])),
    [layers],
  );
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '히스토그램을 계산하지 못했어요',
    diverged: out ? divergedMessage(out.layers, out.std) : '',
  });

  const range = out?.range ?? DEFAULT_RANGE[activation];
  const total = (out?.input.samples ?? values.samples) * (out?.input.nodes ?? values.nodes);
  // Until the engine's first answer: one frame per layer of the reader's setting, waiting in its
  // final size (caption, empty plot, the statistics' names with "…").
  const frames = out ? out.layers.length : values.layers;
  const gradIn = layers.some((l) => l.gradCounts);
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
      data-call-ms={out ? out.callMs.toFixed(1) : undefined}
      data-kernels-ms={out ? out.timing.kernelsMs.toFixed(1) : undefined}
      data-readback-ms={out ? out.timing.readbackMs.toFixed(1) : undefined}
      data-backend={out?.backend}
    >
      <div className="weight-init-histograms__controls controls">
        <ParamControl of={props} name="activation" />
        <ParamControl
          of={props}
          name="std"
          value={std ?? values.std}
          onChange={(v) => set({ std: v, init: 'std' })}
        />
      </div>
      <Presets init={init} std={values.std} onPick={set} />
      <p className="weight-init-histograms__formula">
        {/* typeset once per initialisation; σ's value changes as plain text beside it */}
        <Tex
          tex={formulaTex(drawnInit, null, drawnNodes)}
          className="weight-init-histograms__tex"
        />{' '}
        <span className="weight-init-histograms__sigma">
          {drawnStd === null ? (
            <Slot text={null} shape="≈ 0.0000" />
          ) : (
            formulaValue(drawnInit, drawnStd)
          )}
        </span>
      </p>

      <div
        className="weight-init-histograms__row"
        role="group"
        aria-label="층별 활성화값 분포"
        aria-busy={!out || undefined}
      >
        {!out && waitingFrames(frames, 'activation', range, shownAct, total)}
        {layers.map((l, i) => (
          <LayerHistogram
            key={i}
            index={i}
            counts={l.counts}
            stats={l}
            scale={scale}
            range={range}
            activation={shownAct}
            total={total}
            kind="activation"
          />
        ))}
      </div>
      {values.gradients && (
        <>
          <p className="weight-init-histograms__subtitle">
            역전파 기울기 (각 층의 가중치에 대한 기울기 ∂L/∂W)
          </p>
          <div
            className="weight-init-histograms__row"
            role="group"
            aria-label="층별 기울기 분포"
            aria-busy={!gradIn || undefined}
          >
            {!gradIn && waitingFrames(frames, 'gradient', null, shownAct, drawnNodes ** 2)}
            {layers.map((l, i) =>
              l.gradCounts ? (
                <LayerHistogram
                  key={i}
                  index={i}
                  counts={l.gradCounts}
                  scale={gradScale}
                  range={l.gradRange ?? [0, 1]}
                  activation={shownAct}
                  total={drawnNodes ** 2}
                  kind="gradient"
                />
              ) : null,
            )}
          </div>
        </>
      )}

      <div className="weight-init-histograms__seed controls">
        <ParamControl of={props} name="seed" />
        {/* An action on the seed parameter (a random draw), next to its generated control. */}
        <button
          type="button"
          className="weight-init-histograms__button"
          onClick={() => set({ seed: Math.floor(Math.random() * (schema.seed.max + 1)) })}
        >
          다른 난수로
        </button>
        <ParamControl of={props} name="gradients" />
      </div>
      <details className="weight-init-histograms__settings">
        <summary>실험 설정 (층 수, 노드 수, 입력 수)</summary>
        <ParamControls of={props} names={['layers', 'nodes', 'samples']} />
      </details>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(WeightInitHistograms);
