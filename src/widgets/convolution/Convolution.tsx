// `::convolution` (ch. 7 §7.2): one filter sliding over the book's 4×4 input or a real MNIST
// digit, through the ENGINE's Convolution layer (im2col + matmul) in the worker, then its 2×2
// max pooling. Padding, stride and the filter are editable; OH = (H + 2P − FH)/S + 1 is typeset
// with the numbers of the maps shown; a step-through shows which window makes which output cell.
import { memo, useEffect, useState } from 'react';
import { parseFilter } from '../../experiments/client';
import { ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeConv, inputSize, mapSizes, placeable, type ConvInput } from './compute';
import { FilterEditor } from './parts/FilterEditor';
import { Maps } from './parts/Maps';
import { SizeCalculator } from './parts/SizeCalculator';
import { SizeFormula } from './parts/SizeFormula';
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
  // computed they stay with the numbers they were computed with. Before a run is in for a setting
  // that can be placed, its maps stand in their sizes with "…" where the engine's numbers go. A
  // setting whose filter has no place is told at once (nothing to compute for it), without maps.
  const shown = placeable(input) && result.output?.res ? result.output : null;
  const res = shown?.res ?? null;
  const ran = shown?.at ?? input;
  const sizes = placeable(ran) ? (res ?? mapSizes(ran)) : null;
  const total = sizes ? sizes.OH * sizes.OW : 1;
  const k = Math.min(step, total - 1);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setStep((s) => (s + 1 < total ? s + 1 : 0)), 700);
    return () => clearInterval(id);
  }, [playing, total]);

  const H = inputSize(ran.source);
  const f = ran.filter;

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
      {placeable(ran) && (
        <Maps
          at={ran}
          res={res}
          k={k}
          playing={playing}
          onSeek={(i) => {
            setPlaying(false);
            setStep(i);
          }}
          onPick={setStep}
          onToggle={() => setPlaying((p) => !p)}
        />
      )}
      <SizeCalculator of={props} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(Convolution);
