// The forward pass, left to right: A = X·W + b, H = h(A), Y = softmax(H), and the loss.
import type { LayerActivation, LayerBackpropResult } from '../../../experiments/client';
import { fmt, Tex } from '../../kit';
import { ACT_INFO } from '../model';
import { MatrixTable, Op } from './MatrixTable';

export function ForwardPass({
  r,
  activation,
}: {
  r: LayerBackpropResult;
  activation: LayerActivation;
}) {
  const n = r.x.length;
  return (
    <section className="layer-backprop-pass" aria-label="순전파">
      <h4>순전파 (왼쪽 → 오른쪽)</h4>
      <div className="layer-backprop-row">
        <MatrixTable id="x" tex="\mathbf{X}" m={r.x} shape={`(${n}, 2)`} />
        <Op tex="\cdot" />
        <MatrixTable id="w" tex="\mathbf{W}" m={r.w} />
        <Op tex="+" />
        <MatrixTable id="b" tex="\mathbf{b}" m={[r.b]} shape="(3,)" />
        <Op tex="=" />
        <MatrixTable id="a" tex="\mathbf{A}" m={r.a} />
      </div>
      <div className="layer-backprop-row">
        <MatrixTable
          id="h"
          tex={`\\mathbf{H} = \\text{${ACT_INFO[activation].name}}(\\mathbf{A})`}
          m={r.h}
        />
        <Op tex="\to" />
        <MatrixTable id="y" tex="\mathbf{Y} = \text{softmax}(\mathbf{H})" m={r.y} />
        <MatrixTable id="t" tex="\mathbf{T}\ (\text{정답})" m={r.t} />
        <p className="layer-backprop-loss" data-loss={r.loss}>
          {/* one KaTeX string for every result; the number beside it, set in KaTeX's font */}
          <Tex tex="L = -\tfrac{1}{N}\sum \mathbf{T} \log \mathbf{Y} =" />{' '}
          <span className="layer-backprop-loss-value">{fmt(r.loss, 4)}</span>
        </p>
      </div>
    </section>
  );
}
