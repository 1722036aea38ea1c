// The engine's chain, drawn: the forward pass, then each layer's backward step in the order the
// engine's backward() ran them. Memoised on the result: a slider move re-renders the controls at
// once, and these ~20 matrices only when the engine's numbers for the new input arrive.
import { memo, type ReactNode } from 'react';
import type { LayerActivation, LayerBackpropResult, LayerName } from '../../../experiments/client';
import { ACT_INFO, LAYER_TITLE } from '../model';
import { ActivationStep } from './ActivationStep';
import { AffineStep } from './AffineStep';
import { ForwardPass } from './ForwardPass';
import { SoftmaxStep } from './SoftmaxStep';

function ChainView({ r, activation }: { r: LayerBackpropResult; activation: LayerActivation }) {
  const body: Record<LayerName, () => ReactNode> = {
    softmaxWithLoss: () => <SoftmaxStep r={r} />,
    activation: () => <ActivationStep r={r} activation={activation} />,
    affine: () => <AffineStep r={r} />,
  };
  const title = (l: LayerName) =>
    l === 'activation' ? `${ACT_INFO[activation].name} 계층` : LAYER_TITLE[l];
  return (
    <>
      <ForwardPass r={r} activation={activation} />
      <section className="layer-backprop-pass" aria-label="역전파">
        <h4>역전파 (오른쪽 → 왼쪽, 엔진의 backward()가 계층을 처리한 순서)</h4>
        <ol className="layer-backprop-layers">
          {r.backwardOrder.map((l) => (
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
