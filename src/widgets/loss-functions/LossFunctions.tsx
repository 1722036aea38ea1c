// `::loss-functions` (ch4 §4.2): a one-hot target and a predicted distribution over 10 classes
// the reader shapes → the engine's SSE (½Σ), MSE and cross-entropy, the −log y curve with the
// current point, a mini-batch's per-row losses with their sum and mean, and BCE for two classes.
import { memo } from 'react';
import { ParamControl, ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeLosses, type LossInput } from './compute';
import { parseY, serializeY, setClass } from './model';
import { BatchPart } from './parts/BatchPart';
import { BcePart } from './parts/BcePart';
import { DistributionEditor } from './parts/DistributionEditor';
import { LossTable } from './parts/LossTable';
import { NegLogChart } from './parts/NegLogChart';
import { Presets } from './parts/Presets';
import type { LossFunctionsSchema } from './schema';
import './loss-functions.css';

type Props = WidgetProps<LossFunctionsSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<LossFunctionsSchema>): LossInput => ({
  y: parseY(v.y),
  target: Number(v.target),
  batch: v.batch,
  bce: { p: v['bce-y'], t: v['bce-t'] === '1' ? 1 : 0 },
});

function LossFunctions(props: Props) {
  const { values, report, set } = props;
  const raw = parseY(values.y);
  const result = useLiveResult(props, toInput, computeLosses);
  const { input } = result;
  const out = result.output?.out ?? null;
  const finite = !out || [out.sse, out.mse, out.ce, ...out.y].every(Number.isFinite);
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '엔진이 손실을 계산하지 못했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요: 그 값은 그리지 않아요.',
  });
  // Drawn for the input the numbers were computed for (the sliders follow the parameters).
  const shown = result.output?.input ?? input;
  const yt = out ? out.y[shown.target] : null;

  return (
    <div className="loss-functions" ref={rootRef}>
      <Presets y={values.y} target={values.target} onPick={(p) => set(p)} />
      <ParamControls of={props} names={['target']} />
      <div className="loss-top">
        <DistributionEditor
          raw={raw}
          y={out?.y ?? null}
          target={shown.target}
          onChange={(k, v) => set({ y: serializeY(setClass(raw, k, v)) })}
        />
        <div className="loss-side">
          <LossTable out={out} />
          <NegLogChart curve={out?.curve ?? null} yt={yt} ce={out?.ce ?? null} />
        </div>
      </div>
      <BatchPart
        batch={out?.batch ?? null}
        n={shown.batch}
        control={<ParamControl of={props} name="batch" />}
      />
      <BcePart
        bce={out?.bce ?? null}
        controls={<ParamControls of={props} names={['bce-y', 'bce-t']} />}
      />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(LossFunctions);
