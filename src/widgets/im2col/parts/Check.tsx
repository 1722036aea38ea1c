// The check: the engine's convolution (im2col + one matmul) against a plain direct loop over
// every window and filter, the largest difference, and the selected window's outputs from both.
import { fmt } from '../../kit';

export function Check({
  out,
  direct,
  maxDiff,
  FN,
  cellIndex,
}: {
  out: Float32Array;
  direct: Float32Array;
  maxDiff: number;
  FN: number;
  /** for each filter f, the index of the selected window's output in (N, FN, OH, OW) */
  cellIndex: (f: number) => number;
}) {
  return (
    <div className="im2col-check" data-max-diff={maxDiff}>
      <p>
        엔진(im2col + 행렬 곱 한 번)과 창마다 직접 곱해 더하는 JS 루프의 출력 {out.length}개를
        비교했어요: 최대 |차이| = <strong>{fmt(maxDiff)}</strong>
        {maxDiff === 0 ? ' (완전히 같아요)' : ''}
      </p>
      <table className="im2col-check-table">
        <caption>선택한 창의 출력</caption>
        <thead>
          <tr>
            <th scope="col">필터</th>
            <th scope="col">엔진 (im2col)</th>
            <th scope="col">직접 루프</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: FN }, (_, f) => (
            <tr key={f} data-filter={f}>
              <th scope="row">{f + 1}</th>
              <td data-engine>{fmt(out[cellIndex(f)], 4)}</td>
              <td data-direct>{fmt(direct[cellIndex(f)], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
