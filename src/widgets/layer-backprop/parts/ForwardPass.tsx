// The forward pass, left to right: A = X·W + b, H = h(A), Y = softmax(H), and the loss; with
// `r` null (the engine not answered yet) the same tables and line, waiting.
import type { LayerActivation, LayerBackpropResult } from '../../../experiments/client';
import { DEC4_SHAPE, fmt, Slot, Tex } from '../../kit';
import { ACT_INFO } from '../model';
import { MatrixTable, Op } from './MatrixTable';

export function ForwardPass({
  r,
  n,
  activation,
}: {
  r: LayerBackpropResult | null;
  /** the batch size N (the result's, or the slider's while waiting) */
  n: number;
  activation: LayerActivation;
}) {
  return (
    <section className="layer-backprop-pass" aria-label="순전파" aria-busy={!r}>
      <h4>순전파 (왼쪽 → 오른쪽)</h4>
      <div className="layer-backprop-row">
        <MatrixTable
          id="x"
          room="input"
          tex="\mathbf{X}"
          m={r && r.x}
          size={[n, 2]}
          shape={`(${n}, 2)`}
        />
        <Op tex="\cdot" />
        <MatrixTable id="w" room="input" tex="\mathbf{W}" m={r && r.w} size={[2, 3]} />
        <Op tex="+" />
        <MatrixTable
          id="b"
          room="input"
          tex="\mathbf{b}"
          m={r && [r.b]}
          size={[1, 3]}
          shape="(3,)"
        />
        <Op tex="=" />
        <MatrixTable id="a" tex="\mathbf{A}" m={r && r.a} size={[n, 3]} />
      </div>
      <div className="layer-backprop-row">
        <MatrixTable
          id="h"
          tex={`\\mathbf{H} = \\text{${ACT_INFO[activation].name}}(\\mathbf{A})`}
          m={r && r.h}
          size={[n, 3]}
        />
        <Op tex="\to" />
        <MatrixTable
          id="y"
          tex="\mathbf{Y} = \text{softmax}(\mathbf{H})"
          m={r && r.y}
          size={[n, 3]}
        />
        <MatrixTable id="t" room="bit" tex="\mathbf{T}\ (\text{정답})" m={r && r.t} size={[n, 3]} />
        <p className="layer-backprop-loss" data-loss={r?.loss}>
          {/* one KaTeX string for every result; the number beside it, set in KaTeX's font */}
          <Tex tex="L = -\tfrac{1}{N}\sum \mathbf{T} \log \mathbf{Y} =" />{' '}
          <span className="layer-backprop-loss-value">
            <Slot text={r && fmt(r.loss, 4)} shape={DEC4_SHAPE} />
          </span>
        </p>
      </div>
    </section>
  );
}
