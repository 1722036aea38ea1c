// Backward through ReLU or Sigmoid: upstream ⊙ local derivative h′(A), cell by cell.
import type { LayerActivation, LayerBackpropResult } from '../../../experiments/client';
import { Tex } from '../../kit';
import { ACT_INFO, d } from '../model';
import { MatrixTable, Op } from './MatrixTable';

export function ActivationStep({
  r,
  n,
  activation,
}: {
  r: LayerBackpropResult | null;
  n: number;
  activation: LayerActivation;
}) {
  const info = ACT_INFO[activation];
  const blocked =
    r && activation === 'relu' ? (i: number, j: number) => r.local[i][j] === 0 : undefined;
  return (
    <>
      <p>
        상류에서 <Tex tex={d('\\mathbf{H}')} />가 와요. 국소적 미분은 <Tex tex={info.local} />
        이고, 칸마다 곱해서(
        <Tex tex="\odot" />) 하류로 보내요. {info.rule}
      </p>
      <div className="layer-backprop-row">
        <MatrixTable id="dH-up" room="grad" tex={d('\\mathbf{H}')} m={r && r.dH} size={[n, 3]} />
        <Op tex="\odot" />
        <MatrixTable
          id="local"
          room={activation === 'relu' ? 'bit' : 'value'}
          tex="h'(\mathbf{A})"
          m={r && r.local}
          size={[n, 3]}
          muted={blocked}
        />
        <Op tex="=" />
        <MatrixTable
          id="dA"
          room="grad"
          tex={d('\\mathbf{A}')}
          m={r && r.dA}
          size={[n, 3]}
          muted={blocked}
        />
      </div>
    </>
  );
}
