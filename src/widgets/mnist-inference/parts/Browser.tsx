// Browsing the test set: the filter for the wrong answers, a page of digits, and the ten
// probabilities of the digit picked.
import { useMemo, type ReactNode } from 'react';
import { ParamControl, type Bound } from '../../kit';
import { int, listed } from '../model';
import type { MnistInferenceSchema } from '../schema';
import type { Loaded } from '../useInference';
import { DigitDetail } from './DigitDetail';
import { DigitGrid } from './DigitGrid';

export function Browser({
  of,
  loaded,
  wrongCount,
  filter,
}: {
  of: Bound<MnistInferenceSchema>;
  loaded: Loaded;
  wrongCount: number;
  /** the wrong-only control (it also moves the selection into the list) */
  filter: ReactNode;
}) {
  const { info, probs, predicted } = loaded;
  const wrongOnly = of.values['wrong-only'];
  const list = useMemo(
    () => listed(info.labels, predicted, wrongOnly),
    [info.labels, predicted, wrongOnly],
  );
  const digit = Math.min(info.n - 1, of.values.digit);
  return (
    <section className="mnist-inference-browse" aria-label="시험 이미지 살펴보기">
      <h4>시험 이미지 살펴보기</h4>
      <div className="controls mnist-inference-filter">
        {filter}
        <span className="mnist-inference-count" data-wrong={wrongCount}>
          {int(info.n)}장 중 틀린 것 {int(wrongCount)}장
        </span>
        <ParamControl of={of} name="digit" />
      </div>
      <div className="mnist-inference-browse-body">
        <DigitGrid
          list={list}
          selected={digit}
          images={info.images}
          labels={info.labels}
          predicted={predicted}
          onSelect={(i) => of.set({ digit: i })}
        />
        <DigitDetail
          index={digit}
          images={info.images}
          label={info.labels[digit]}
          probs={probs.subarray(digit * 10, digit * 10 + 10)}
        />
      </div>
    </section>
  );
}
