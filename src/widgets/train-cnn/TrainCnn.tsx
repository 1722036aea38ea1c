// `::train-cnn` — the book's SimpleConvNet (ch7) trained in the page on the official MNIST by our
// engine (im2col convolution, on every backend), beside the chapter-5 two-layer net on the same
// mini-batches; its 30 first-layer filters before training and now next to the book's trained
// ones (Fig 7-24), the feature maps of a chosen test digit, and scores on all 10,000 test digits
// on demand (the book's weights: 0.989). Composition only: the race runtime is shared with the
// chapter-6 races (optimizer-mnist), the views and scores live in cnn-views.ts.
import { NotNearNote } from '../optimizer-mnist/parts/NotNearNote';
import { memo, useMemo } from 'react';
import { ParamControls, pct } from '../kit';
import { RacePanel } from '../optimizer-mnist/parts/RacePanel';
import { useNearRace } from '../optimizer-mnist/race-report';
import type { WidgetProps } from '../types';
import { useCnnViews, useScore } from './cnn-views';
import { BATCH_SIZE, CNN_LABEL, EVAL_EVERY, EVAL_SIZE, epochs, raceOptions } from './model';
import { FilterPanel } from './parts/FilterPanel';
import { MapsPanel } from './parts/MapsPanel';
import { ScorePanel } from './parts/ScorePanel';
import { TrainNotes } from './parts/TrainNotes';
import { BOOK_ITERATIONS, type TrainCnnSchema } from './schema';
import '../optimizer-mnist/parts/Race.css';
import './parts/TrainCnn.css';

const COLORS = [3, 0];

function TrainCnn(props: WidgetProps<TrainCnnSchema>) {
  const { values, report, resetCount, set } = props;
  const { iterations, compare, seed, digit, testSize } = values;
  // the digit only changes what is drawn: it must not start a new race
  const options = useMemo(() => raceOptions({ iterations, compare, seed, digit: 0, testSize }), [iterations, compare, seed, testSize]); // prettier-ignore
  const { session, view, setRoot, near } = useNearRace(options, resetCount, report);
  const p = view.progress;
  const iteration = p?.iteration ?? 0;
  const raceId = p?.raceId;
  const views = useCnnViews({ near, seed, raceId, iteration, digit });
  const book = useScore();
  const ours = useScore();
  const cnn = p?.lanes[0];
  const idle = view.status === 'ready' || view.status === 'paused' || view.status === 'done';
  return (
    <div
      ref={setRoot}
      data-near={near}
      className="race cnn"
      data-status={view.status}
      data-session={view.gen}
      data-iteration={iteration}
      data-first-loss={cnn?.loss[0]}
      data-cnn-acc={cnn?.testAcc.at(-1)}
    >
      <ParamControls of={props} names={['iterations', 'compare', 'seed']} />
      <p className="race__book">
        <span>
          {iterations === BOOK_ITERATIONS
            ? '책과 같은 20에폭(12,000회)을 학습해요.'
            : `${iterations.toLocaleString('en-US')}회 = ${epochs(iterations)}. 책은 20에폭(12,000회) 학습했어요.`}
        </span>
        {iterations !== BOOK_ITERATIONS && (
          <button type="button" onClick={() => set({ iterations: BOOK_ITERATIONS })}>
            책 설정 그대로 (20에폭)
          </button>
        )}
      </p>
      {!near ? (
        <NotNearNote />
      ) : (
        <RacePanel
          view={view}
          session={session}
          names={options.variants.map((v) => v.label)}
          colors={compare ? COLORS : COLORS.slice(0, 1)}
          curve="smooth"
          iterations={iterations}
          evalSize={EVAL_SIZE}
          evalEvery={EVAL_EVERY}
        />
      )}
      <TrainNotes lane={cnn ?? null} />
      <FilterPanel
        initial={views.initial}
        now={views.ours?.filters ?? null}
        iteration={views.ours?.iteration ?? 0}
        book={views.book?.filters ?? null}
      />
      <MapsPanel
        ours={views.ours}
        book={views.book}
        iteration={views.ours?.iteration ?? 0}
        control={<ParamControls of={props} names={['digit']} />}
      />
      {views.error && <p className="cnn__error">그림을 읽지 못했어요: {views.error.message}</p>}
      <ScorePanel
        size={testSize}
        control={<ParamControls of={props} names={['testSize']} />}
        book={book.score}
        ours={ours.score}
        onBook={() => book.start('book', '20에폭', testSize)}
        onOurs={() =>
          raceId !== undefined &&
          ours.start(
            { race: raceId, lane: 0 },
            `반복 ${iteration.toLocaleString('en-US')}`,
            testSize,
          )
        }
        canScoreOurs={near && idle && raceId !== undefined && iteration > 0}
      />
      <p className="race__note">
        {CNN_LABEL}은 책과 같아요: 합성곱 30개 5×5 (패딩 0, 스트라이드 1) → ReLU → 최대 풀링 2×2 →
        Affine 4320→100 → ReLU → Affine 100→10, 가중치 N(0, 0.01²), Adam (η = 0.001), 배치{' '}
        {BATCH_SIZE}. 2층 신경망은 5장의 것(784 → 50 → 10, ReLU, σ = 0.01, SGD η = 0.1)이고 같은
        순서의 미니배치로 학습해요. 학습 중 시험 정확도는 100회마다 시험 데이터 앞{' '}
        {EVAL_SIZE.toLocaleString('en-US')}장으로 재요
        {cnn?.testAcc.length ? ` (지금 ${pct(cnn.testAcc.at(-1)!)})` : ''}. 시험 데이터(기본은
        10,000장 전부)로 재는 정확도는 위 버튼으로 채점해요.
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(TrainCnn);
