// Backward through Softmax-with-Loss: the upstream is ∂L/∂L = 1; downstream (Y − T)/N.
import type { LayerBackpropResult } from '../../../experiments/client';
import { Tex } from '../../kit';
import { d } from '../model';
import { MatrixTable, Op } from './MatrixTable';

export function SoftmaxStep({ r, n }: { r: LayerBackpropResult | null; n: number }) {
  return (
    <>
      <p>
        상류: <Tex tex="\frac{\partial L}{\partial L} = 1" />. 소프트맥스와 교차 엔트로피를 묶으면
        국소적 미분이 <Tex tex={`${d('\\mathbf{H}')} = \\frac{\\mathbf{Y} - \\mathbf{T}}{N}`} />로
        깔끔해져요. 예측과 정답의 차이를 배치 크기 N(여기서는 {n})으로 나눈 값이 하류로 가요.
      </p>
      <div className="layer-backprop-row">
        <Op tex="\Big(" />
        <MatrixTable id="y-back" tex="\mathbf{Y}" m={r && r.y} size={[n, 3]} />
        <Op tex="-" />
        <MatrixTable id="t-back" room="bit" tex="\mathbf{T}" m={r && r.t} size={[n, 3]} />
        <Op tex={`\\Big) \\div ${n} =`} />
        <MatrixTable id="dH" room="grad" tex={d('\\mathbf{H}')} m={r && r.dH} size={[n, 3]} />
      </div>
    </>
  );
}
