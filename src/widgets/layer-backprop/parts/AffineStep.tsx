// Backward through Affine: the upstream ∂L/∂A does two separate jobs, plus the bias.
// Job 1 (for the update): ∂L/∂W = Xᵀ·∂L/∂A. Job 2 (passed down): ∂L/∂X = ∂L/∂A·Wᵀ.
import type { LayerBackpropResult } from '../../../experiments/client';
import { Tex } from '../../kit';
import { d, transpose } from '../model';
import { MatrixTable, Op } from './MatrixTable';

export function AffineStep({ r, n }: { r: LayerBackpropResult | null; n: number }) {
  return (
    <>
      <p>
        상류 값은 <Tex tex={d('\\mathbf{A}')} />, 모양 ({n}, 3). 책의 <Tex tex={d('\\mathbf{Y}')} />
        예요(여기서는 Affine의 출력을 A라고 불러요). 이 값 하나로 서로 영향을 주지 않는 두 가지 일을
        해요.
      </p>
      <div className="layer-backprop-job" data-job="update">
        <h5>
          임무 1 · 가중치 갱신용:{' '}
          <Tex tex={`${d('\\mathbf{W}')} = \\mathbf{X}^{\\mathsf{T}} \\cdot ${d('\\mathbf{A}')}`} />
        </h5>
        <div className="layer-backprop-row">
          <MatrixTable
            id="xT"
            room="input"
            tex="\mathbf{X}^{\mathsf{T}}"
            m={r && transpose(r.x)}
            size={[2, n]}
          />
          <Op tex="\cdot" />
          <MatrixTable id="dA-w" room="grad" tex={d('\\mathbf{A}')} m={r && r.dA} size={[n, 3]} />
          <Op tex="=" />
          <MatrixTable id="dW" room="grad" tex={d('\\mathbf{W}')} m={r && r.dW} size={[2, 3]} />
        </div>
        <p className="layer-backprop-aside">
          모양이 W와 같은 (2, 3)이에요. 역전파가 끝난 뒤{' '}
          <Tex tex={`\\mathbf{W} \\leftarrow \\mathbf{W} - \\eta ${d('\\mathbf{W}')}`} />로
          갱신해요.
        </p>
      </div>
      <div className="layer-backprop-job" data-job="bias">
        <h5>
          편향: <Tex tex={`${d('\\mathbf{b}')} = \\sum_{n} ${d('\\mathbf{A}_n')}`} /> (배치 축으로
          합)
        </h5>
        <div className="layer-backprop-row">
          <MatrixTable id="dA-b" room="grad" tex={d('\\mathbf{A}')} m={r && r.dA} size={[n, 3]} />
          <Op tex="\xrightarrow{\ \sum_n\ }" />
          <MatrixTable
            id="db"
            room="grad"
            tex={d('\\mathbf{b}')}
            m={r && [r.db]}
            size={[1, 3]}
            shape="(3,)"
          />
        </div>
        <p className="layer-backprop-aside">
          같은 b가 {n}개 데이터에 똑같이 더해졌으니, {n}개 행의 기울기를 모두 더해요. 덧셈의 국소적
          미분은 1이라 곱할 것은 없어요.
        </p>
      </div>
      <div className="layer-backprop-job" data-job="down">
        <h5>
          임무 2 · 아래 계층으로:{' '}
          <Tex tex={`${d('\\mathbf{X}')} = ${d('\\mathbf{A}')} \\cdot \\mathbf{W}^{\\mathsf{T}}`} />
        </h5>
        <div className="layer-backprop-row">
          <MatrixTable id="dA-x" room="grad" tex={d('\\mathbf{A}')} m={r && r.dA} size={[n, 3]} />
          <Op tex="\cdot" />
          <MatrixTable
            id="wT"
            room="input"
            tex="\mathbf{W}^{\mathsf{T}}"
            m={r && transpose(r.w)}
            size={[3, 2]}
          />
          <Op tex="=" />
          <MatrixTable
            id="dX"
            room="grad"
            tex={d('\\mathbf{X}')}
            m={r && r.dX}
            size={[n, 2]}
            shape={`(${n}, 2)`}
          />
        </div>
        <p className="layer-backprop-aside">
          모양이 X와 같은 ({n}, 2)예요. 아래에 층이 더 있다면 이 값이 그 층의 상류 값이 돼요.
        </p>
      </div>
    </>
  );
}
