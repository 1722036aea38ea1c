// `::layer-backprop` (ch5 §5.5–5.6): X (N×2) → Affine → ReLU/Sigmoid → Softmax-with-Loss on a
// tiny seeded batch, forward and then backward layer by layer in the order the ENGINE's
// backward() ran them: each layer's upstream gradient, local derivative and what it passes
// down; the Affine layer's two jobs (∂L/∂W for the update, ∂L/∂X passed down) and the bias
// gradient (the batch sum). Every number is read from the engine's backward().
import { memo } from 'react';
import { ParamControl, ParamControls, useLatestResult, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeChain, computeNotes, type ChainInput } from './compute';
import { allFinite } from './model';
import ChainView from './parts/ChainView';
import { NotesExample } from './parts/NotesExample';
import type { LayerBackpropSchema } from './schema';
import './layer-backprop.css';

type Props = WidgetProps<LayerBackpropSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<LayerBackpropSchema>): ChainInput => ({
  activation: v.activation,
  batch: v.batch,
  seed: v.seed,
});

function LayerBackprop(props: Props) {
  const { values, report } = props;
  const chain = useLiveResult(props, toInput, computeChain);
  const label = Number(values.label) - 1;
  const notes = useLatestResult(String(label), label, computeNotes);

  const out = chain.output;
  const r = out?.chain ?? null;
  const finite =
    (!r || allFinite(r.a, r.h, r.y, r.dH, r.dA, r.dW, r.dX, [r.db], [[r.loss]])) &&
    (!notes.output || allFinite(notes.output.grad));
  const { rootRef } = useReport({
    report,
    result: chain,
    also: [notes],
    errorLabel: '엔진이 역전파를 계산하지 못했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요.',
  });

  const activation = out?.input.activation ?? values.activation;

  return (
    <div className="layer-backprop" ref={rootRef} data-activation={activation}>
      <div className="controls">
        <ParamControl of={props} name="activation" />
      </div>
      <ParamControls of={props} names={['batch', 'seed']} />
      <ChainView r={r} n={r ? r.x.length : values.batch} activation={activation} />
      <NotesExample
        result={notes.output}
        label={label}
        labelControl={<ParamControls of={props} names={['label']} />}
      />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(LayerBackprop);
