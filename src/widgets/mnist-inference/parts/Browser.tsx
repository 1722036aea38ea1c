// Browsing the test set: the filter for the wrong answers, a page of digits, and the ten
// probabilities of the digit picked (before the digits arrive: the same boxes, empty).
import { useMemo, type ReactNode } from 'react';
import { ParamControl, type Bound } from '../../kit';
import { int, listed } from '../model';
import type { MnistInferenceSchema } from '../schema';
import type { Loaded } from '../useInference';
import { DigitDetail } from './DigitDetail';
import { DigitGrid } from './DigitGrid';
import { BrowseSkeleton } from './BrowseSkeleton';
import './browser.css';

export function Browser({
  of,
  loaded,
  wrongCount,
  filter,
}: {
  of: Bound<MnistInferenceSchema>;
  /** null: the test digits are still on their way */
  loaded: Loaded | null;
  wrongCount: number;
  /** the wrong-only control (it also moves the selection into the list) */
  filter: ReactNode;
}) {
  const wrongOnly = of.values['wrong-only'];
  const list = useMemo(
    () => (loaded ? listed(loaded.info.labels, loaded.predicted, wrongOnly) : []),
    [loaded, wrongOnly],
  );
  const digit = Math.min((loaded?.info.n ?? 1) - 1, of.values.digit);
  return (
    <section className="mnist-inference-browse" aria-label="시험 이미지 살펴보기">
      <h4>시험 이미지 살펴보기</h4>
      <div className="controls mnist-inference-filter">
        {filter}
        <span className="mnist-inference-count" data-wrong={loaded ? wrongCount : undefined}>
          {loaded
            ? `${int(loaded.info.n)}장 중 틀린 것 ${int(wrongCount)}장`
            : '시험 이미지를 받으면 셀게요.'}
        </span>
        <ParamControl of={of} name="digit" />
      </div>
      <div className="mnist-inference-browse-body">
        {loaded ? (
          <>
            <DigitGrid
              list={list}
              selected={digit}
              images={loaded.info.images}
              labels={loaded.info.labels}
              predicted={loaded.predicted}
              onSelect={(i) => of.set({ digit: i })}
            />
            <DigitDetail
              index={digit}
              images={loaded.info.images}
              label={loaded.info.labels[digit]}
              probs={loaded.probs.subarray(digit * 10, digit * 10 + 10)}
            />
          </>
        ) : (
          <BrowseSkeleton />
        )}
      </div>
    </section>
  );
}
