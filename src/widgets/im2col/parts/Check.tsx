// The check: the engine's convolution (im2col + one matmul) against a plain direct loop over
// every window and filter, the largest difference, and the selected window's outputs from both.
// Before the engine's first answer (`r` null) the same sentence and table stand with "…" where
// its numbers go, and the room of " (완전히 같아요)" kept (unseen), so nothing moves when they come.
import { fmt, Pending, Slot } from '../../kit';

export interface CheckNumbers {
  out: Float32Array;
  direct: Float32Array;
  maxDiff: number;
}

export function Check({
  r,
  count,
  FN,
  cellIndex,
}: {
  /** the engine's outputs and the loop's; null while they are not in */
  r: CheckNumbers | null;
  /** how many outputs are compared: N·FN·OH·OW */
  count: number;
  FN: number;
  /** for each filter f, the index of the selected window's output in (N, FN, OH, OW) */
  cellIndex: (f: number) => number;
}) {
  return (
    <div className="im2col-check" data-max-diff={r?.maxDiff} aria-busy={!r}>
      <p>
        엔진(im2col + 행렬 곱 한 번)과 창마다 직접 곱해 더하는 JS 루프의 출력 {count}개를
        비교했어요: 최대 |차이| ={' '}
        <strong>
          <Slot text={r && fmt(r.maxDiff)} shape="0" />
        </strong>
        {r ? (
          r.maxDiff === 0 && ' (완전히 같아요)'
        ) : (
          <span className="im2col-room" aria-hidden="true">
            {' (완전히 같아요)'}
          </span>
        )}
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
              <td data-engine>{r ? fmt(r.out[cellIndex(f)], 4) : <Pending />}</td>
              <td data-direct>{r ? fmt(r.direct[cellIndex(f)], 4) : <Pending />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
