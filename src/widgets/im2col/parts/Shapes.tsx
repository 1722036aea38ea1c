// The shapes of every step, with the numbers of the run shown: input → col, filters → columns, the
// one matrix product, and the reshape/transpose back to (N, FN, OH, OW).
import { Tex } from '../../kit';
import { shape } from '../model';

export function Shapes({
  N,
  C,
  H,
  FH,
  FN,
  S,
  P,
  OH,
}: {
  N: number;
  C: number;
  H: number;
  FH: number;
  FN: number;
  S: number;
  P: number;
  OH: number;
}) {
  const K = C * FH * FH;
  const rows = N * OH * OH;
  return (
    <ol className="im2col-shapes" data-col-shape={`${rows}x${K}`}>
      <li>
        입력 x <code>{shape(N, C, H, H)}</code>, 필터 {FH}×{FH}, S = {S}, P = {P}:{' '}
        <Tex
          tex={`OH = OW = \\left\\lfloor\\frac{${H} + 2\\cdot${P} - ${FH}}{${S}}\\right\\rfloor + 1 = ${OH}`}
        />
      </li>
      <li>
        im2col(x) → col <code>(N·OH·OW, C·FH·FW)</code> ={' '}
        <strong data-shape="col">{shape(rows, K)}</strong>: 창 하나가 한 행이에요.
        {N !== 10 && (
          <>
            {' '}
            배치가 10이면 <code data-shape="col-10">{shape(10 * OH * OH, K)}</code>.
          </>
        )}
      </li>
      <li>
        필터 <code>{shape(FN, C, FH, FH)}</code> → reshape(FN, −1).T →{' '}
        <strong data-shape="w">{shape(K, FN)}</strong>: 필터 하나가 한 열이에요.
      </li>
      <li>
        col · W + b → <code data-shape="out2d">{shape(rows, FN)}</code> → reshape{' '}
        <code>{shape(N, OH, OH, FN)}</code> → transpose(0, 3, 1, 2) →{' '}
        <strong data-shape="out">{shape(N, FN, OH, OH)}</strong>
      </li>
    </ol>
  );
}
