// The engine's chain, drawn: the forward pass, then each layer's backward step in the order the
// engine's backward() ran them. Memoised on the result: a slider move re-renders the controls at
// once, and these ~20 matrices only when the engine's numbers for the new input arrive. Before
// the first answer (`r` null) every table stands with its shape and "…" in its cells.
import { memo, type ReactNode } from 'react';
import type { LayerActivation, LayerBackpropResult, LayerName } from '../../../experiments/client';
import { ACT_INFO, CHAIN_BACKWARD, LAYER_TITLE } from '../model';
import { ActivationStep } from './ActivationStep';
import { AffineStep } from './AffineStep';
import { ForwardPass } from './ForwardPass';
import { SoftmaxStep } from './SoftmaxStep';

function ChainView({
  r,
  n,
  activation,
}: {
  r: LayerBackpropResult | null;
  /** the batch size N: the result's, or the slider's while waiting */
  n: number;
  activation: LayerActivation;
}) {
  const body: Record<LayerName, () => ReactNode> = {
    softmaxWithLoss: () => <SoftmaxStep r={r} n={n} />,
    activation: () => <ActivationStep r={r} n={n} activation={activation} />,
    affine: () => <AffineStep r={r} n={n} />,
  };
  const title = (l: LayerName) =>
    l === 'activation' ? `${ACT_INFO[activation].name} 계층` : LAYER_TITLE[l];
  return (
    <>
      <ForwardPass r={r} n={n} activation={activation} />
      <section className="layer-backprop-pass" aria-label="역전파" aria-busy={!r}>
        <h4>역전파 (오른쪽 → 왼쪽, 엔진의 backward()가 계층을 처리한 순서)</h4>
        <ol className="layer-backprop-layers">
          {(r?.backwardOrder ?? CHAIN_BACKWARD).map((l) => (
            <li key={l} data-layer={l} className="layer-backprop-layer">
              <h5>{title(l)}</h5>
              {body[l]()}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export default memo(ChainView);
