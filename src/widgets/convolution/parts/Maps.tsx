// The maps of one run: the (padded) input with the current window, the filter, the feature map,
// the step-through's multiply-add and the 2×2 max pooling. Before the engine's numbers are in
// (`res` null) every grid stands in its size (from the formula: the reader's settings) with "…"
// where the engine's numbers go; the book's input and the filter are the reader's, shown at once.
import { BOOK_INPUT, type ConvolveResult } from '../../../experiments/client';
import { fmt, Slot } from '../../kit';
import { mapSizes, type PlaceableInput } from '../compute';
import { multiplyAdd, padInput, windowCells } from '../model';
import { FeatureGrid } from './FeatureGrid';
import { Stepper } from './Stepper';
import { WaitingSum } from './WaitingSum';

export function Maps({
  at,
  res,
  k,
  playing,
  onSeek,
  onPick,
  onToggle,
}: {
  /** the settings of the run shown (or of the one computed while `res` is null) */
  at: PlaceableInput;
  /** the engine's run; null while it is not in */
  res: ConvolveResult | null;
  /** the output cell followed */
  k: number;
  playing: boolean;
  /** the step-through's buttons and keys (they stop the play) */
  onSeek: (k: number) => void;
  /** a click on an output cell */
  onPick: (k: number) => void;
  onToggle: () => void;
}) {
  const f = at.filter;
  const { H, W, OH, OW, PH, PW } = res ?? mapSizes(at);
  const grey = H > 8;
  // the input: the engine's, or before it the book's own example (a digit waits for its pixels)
  const input = res ? res.input : at.source === 'book' ? BOOK_INPUT : null;
  const padded = padInput(input ?? new Float32Array(H * W), H, W, at.pad);
  const win = windowCells(k, OW, f.FH, f.FW, at.stride, padded.cols);
  const weights = f.rows.flat();
  const sum = input ? (
    multiplyAdd(
      win.map((i) => padded.values[i]),
      weights,
      at.bias,
    )
  ) : (
    <WaitingSum weights={weights} bias={at.bias} />
  );
  const pool = res ? res.pooled !== null : PH > 0;
  const label = res ? res.label : at.source === 'digit' ? undefined : null;
  return (
    <>
      <div className="conv-maps" aria-busy={!res}>
        <FeatureGrid
          name="input"
          label={at.pad ? `입력 (패딩 ${at.pad} 포함)` : '입력'}
          values={input && padded.values}
          rows={padded.rows}
          cols={padded.cols}
          grey={grey}
          isPad={padded.isPad}
          highlight={new Set(win)}
        />
        <span className="conv-op" aria-hidden>
          ⊛
        </span>
        <FeatureGrid
          name="filter"
          label="필터"
          values={weights}
          rows={f.FH}
          cols={f.FW}
          grey={false}
        />
        <span className="conv-op" aria-hidden>
          →
        </span>
        <FeatureGrid
          name="output"
          label={at.bias ? `출력 (편향 ${fmt(at.bias)} 더함)` : '출력'}
          values={res && res.out}
          rows={OH}
          cols={OW}
          grey={grey}
          highlight={new Set([k])}
          onPick={onPick}
        />
      </div>
      <Stepper
        k={k}
        total={OH * OW}
        playing={playing}
        onSeek={onSeek}
        onToggle={onToggle}
        sum={sum}
        value={res && fmt(res.out[k], 4)}
      />
      {grey && (
        <p className="conv-note">
          회색 단계는 각 맵의 최솟값(검정)부터 최댓값(흰색)까지예요. 칸에 마우스를 올리면 값이
          보여요.
          {label !== null && (
            <>
              {' 이 숫자의 정답 레이블: '}
              <Slot text={label === undefined ? null : String(label)} shape="0" />.
            </>
          )}
        </p>
      )}
      <div className="conv-pool" aria-busy={!res}>
        {pool ? (
          <FeatureGrid
            name="pooled"
            label="2×2 최대 풀링 (스트라이드 2)"
            values={res && res.pooled}
            rows={PH}
            cols={PW}
            grey={grey}
          />
        ) : (
          <p className="conv-note">출력이 2×2보다 작아서 2×2 풀링을 할 수 없어요.</p>
        )}
      </div>
    </>
  );
}
