// `::convolution` (ch. 7 §7.2): one filter sliding over the book's 4×4 input or a real MNIST
// digit, through the ENGINE's Convolution layer (im2col + matmul) in the worker, then its 2×2
// max pooling. Padding, stride and the filter are editable; OH = (H + 2P − FH)/S + 1 is typeset
// with the numbers of the maps shown; a step-through shows which window makes which output cell.
import { memo, useEffect, useState } from 'react';
import { parseFilter } from '../../experiments/client';
import { fmt, ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeConv, inputSize, placeable, type ConvInput } from './compute';
import { multiplyAdd, padInput, windowCells } from './model';
import { FeatureGrid } from './parts/FeatureGrid';
import { FilterEditor } from './parts/FilterEditor';
import { SizeCalculator } from './parts/SizeCalculator';
import { SizeFormula } from './parts/SizeFormula';
import { Stepper } from './parts/Stepper';
import type { ConvolutionSchema } from './schema';
import './convolution.css';

type Props = WidgetProps<ConvolutionSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<ConvolutionSchema>): ConvInput => ({
  source: v.input,
  digit: v.digit,
  filter: parseFilter(v.filter),
  bias: v.bias,
  pad: v.pad,
  stride: v.stride,
});

function Convolution(props: Props) {
  const { values, report, set } = props;
  const filter = parseFilter(values.filter);
  const result = useLiveResult(props, toInput, computeConv);
  const { input } = result;
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '엔진 계산이 실패했어요',
    diverged: '',
  });

  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  // The maps, and the formula beside them, are of the run shown (`ran`): while a new setting is
  // computed they stay with the numbers they were computed with. A setting whose filter has no
  // place is told at once (nothing to compute for it), without the old maps.
  const shown = placeable(input) && result.output?.res ? result.output : null;
  const res = shown?.res ?? null;
  const ran = shown?.at ?? input;
  const total = res ? res.OH * res.OW : 1;
  const k = Math.min(step, total - 1);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setStep((s) => (s + 1 < total ? s + 1 : 0)), 700);
    return () => clearInterval(id);
  }, [playing, total]);

  const H = inputSize(ran.source);
  const f = ran.filter;
  let body = null;
  if (res && f) {
    const grey = res.H > 8;
    const padded = padInput(res.input, res.H, res.W, ran.pad);
    const win = windowCells(k, res.OW, f.FH, f.FW, ran.stride, padded.cols);
    const sum = multiplyAdd(
      win.map((i) => padded.values[i]),
      f.rows.flat(),
      ran.bias,
    );
    body = (
      <>
        <div className="conv-maps">
          <FeatureGrid
            name="input"
            label={ran.pad ? `입력 (패딩 ${ran.pad} 포함)` : '입력'}
            values={padded.values}
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
            values={f.rows.flat()}
            rows={f.FH}
            cols={f.FW}
            grey={false}
          />
          <span className="conv-op" aria-hidden>
            →
          </span>
          <FeatureGrid
            name="output"
            label={ran.bias ? `출력 (편향 ${fmt(ran.bias)} 더함)` : '출력'}
            values={res.out}
            rows={res.OH}
            cols={res.OW}
            grey={grey}
            highlight={new Set([k])}
            onPick={setStep}
          />
        </div>
        <Stepper
          k={k}
          total={total}
          playing={playing}
          onSeek={(i) => {
            setPlaying(false);
            setStep(i);
          }}
          onToggle={() => setPlaying((p) => !p)}
          sum={sum}
          value={fmt(res.out[k], 4)}
        />
        {grey && (
          <p className="conv-note">
            회색 단계는 각 맵의 최솟값(검정)부터 최댓값(흰색)까지예요. 칸에 마우스를 올리면 값이
            보여요.
            {res.label !== null && ` 이 숫자의 정답 레이블: ${res.label}.`}
          </p>
        )}
        <div className="conv-pool">
          {res.pooled ? (
            <FeatureGrid
              name="pooled"
              label="2×2 최대 풀링 (스트라이드 2)"
              values={res.pooled}
              rows={res.PH}
              cols={res.PW}
              grey={grey}
            />
          ) : (
            <p className="conv-note">출력이 2×2보다 작아서 2×2 풀링을 할 수 없어요.</p>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="convolution" ref={rootRef}>
      <ParamControls of={props} names={['input']} />
      {values.input === 'digit' && <ParamControls of={props} names={['digit']} />}
      {filter ? (
        <FilterEditor filter={filter} onChange={(text) => set({ filter: text })} />
      ) : (
        <p className="conv-warning" role="status">
          필터의 행 길이가 서로 달라요: {values.filter}
        </p>
      )}
      <ParamControls of={props} names={['bias', 'pad', 'stride']} />
      {f && <SizeFormula H={H} W={H} FH={f.FH} FW={f.FW} P={ran.pad} S={ran.stride} />}
      {body}
      <SizeCalculator of={props} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(Convolution);
