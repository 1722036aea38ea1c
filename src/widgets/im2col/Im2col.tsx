// `::im2col` (ch. 7 §7.4): how an (N, C, H, W) input unrolls into one row per window and the
// filters into columns, so the convolution is one matrix product. The matrix is the ENGINE's
// im2col (one gather in the worker); its convolution is checked against a plain direct loop.
import { memo, useState } from 'react';
import { ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeIm2col, type Im2colInput } from './compute';
import { outSize, windowOfRow, type Dims } from './model';
import { Check } from './parts/Check';
import { ColMatrix } from './parts/ColMatrix';
import { Planes } from './parts/Planes';
import { Shapes } from './parts/Shapes';
import type { Im2colSchema } from './schema';
import './im2col.css';

type Props = WidgetProps<Im2colSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<Im2colSchema>): Im2colInput => ({
  N: v.n,
  C: v.c,
  H: v.h,
  FH: v.fh,
  FN: v.fn,
  S: v.stride,
  P: v.pad,
});

function Im2col(props: Props) {
  const { report } = props;
  const result = useLiveResult(props, toInput, computeIm2col);
  const { input } = result;
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '엔진 계산이 실패했어요',
    diverged: '',
  });
  const [selected, setSelected] = useState(0);

  const OH = outSize(input.H, input.FH, input.S, input.P);
  // The shapes are written with the sizes of the run drawn beside them (`res` carries them): while
  // a new setting is computed, its numbers are not yet there. A window with no place is told at once.
  const res = OH >= 1 ? (result.output?.res ?? null) : null;
  const d: Dims & { FN: number } = res
    ? {
        N: res.N,
        C: res.C,
        H: res.H,
        FH: res.FH,
        FN: res.FN,
        S: res.stride,
        P: res.pad,
        OH: res.OH,
      }
    : { ...input, OH };
  // Before the engine's numbers are in, every part stands in its shape (the sizes are the
  // reader's), with "…" where the numbers go: nothing moves when they come.
  let body = null;
  if (d.OH >= 1) {
    const rows = d.N * d.OH * d.OH;
    const cols = d.C * d.FH * d.FH;
    const r = Math.min(selected, rows - 1);
    const w = windowOfRow(d, r);
    body = (
      <>
        <label className="im2col-select">
          <span>선택한 창 = col의 행</span>
          <input
            type="range"
            min={0}
            max={rows - 1}
            step={1}
            value={r}
            aria-valuetext={`${r + 1}번째 행: 데이터 ${w.n + 1}, 출력 위치 (${w.oy}, ${w.ox})`}
            onChange={(e) => setSelected(Number(e.target.value))}
          />
          <output data-window={`${w.n},${w.oy},${w.ox}`}>
            행 {r + 1}: 데이터 {w.n + 1}, 출력 ({w.oy}, {w.ox})
          </output>
        </label>
        <Planes x={res?.x ?? null} d={d} n={w.n} oy={w.oy} ox={w.ox} onSelect={setSelected} />
        <ColMatrix
          col={res?.col ?? null}
          rows={rows}
          cols={cols}
          selected={r}
          onSelect={setSelected}
        />
        <Check
          r={res}
          count={rows * d.FN}
          FN={d.FN}
          cellIndex={(f) => ((w.n * d.FN + f) * d.OH + w.oy) * d.OH + w.ox}
        />
      </>
    );
  }

  return (
    <div className="im2col" ref={rootRef}>
      <ParamControls of={props} names={['n', 'c', 'h', 'fh', 'stride', 'pad', 'fn']} />
      {OH < 1 ? (
        <p className="im2col-warning" role="status">
          필터({input.FH}×{input.FH})가 패딩을 더한 입력({input.H + 2 * input.P}×
          {input.H + 2 * input.P})보다 커서 창을 놓을 수 없어요.
        </p>
      ) : (
        <Shapes {...d} />
      )}
      {body}
      <p className="im2col-note">
        입력은 0~9, 필터는 −1~1의 정수(시드 0)라 두 방법의 결과를 눈으로도 맞춰 볼 수 있어요.
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(Im2col);
