// `::optimizer-mnist` — the book's Fig 6-9 in the page: the same 4×100 ReLU network (He initial
// weights) trained on the official MNIST by SGD, Momentum, AdaGrad and Adam (RMSProp and
// Nesterov on request), every optimizer on the same mini-batches, their loss curves side by side.
// Composition only: the race lives in race-session.ts, the arithmetic in model.ts/race-model.ts.
import { BookIterations } from './parts/BookIterations';
import { NotNearNote } from './parts/NotNearNote';
import { memo, useMemo } from 'react';
import { ParamControls } from '../kit';
import type { WidgetProps } from '../types';
import { BATCH_SIZE, chosenLanes, EVAL_SIZE, raceOptions } from './model';
import { RacePanel } from './parts/RacePanel';
import { useNearRace } from './race-report';
import { BOOK_ITERATIONS, type OptimizerMnistSchema } from './schema';
import './parts/Race.css';

function OptimizerMnist(props: WidgetProps<OptimizerMnistSchema>) {
  const { values, report, resetCount, set } = props;
  const options = useMemo(() => raceOptions(values), [values]);
  const colors = useMemo(() => chosenLanes(values).map((l) => l.color), [values]);
  const { session, view, setRoot, near } = useNearRace(options, resetCount, report);
  return (
    <div
      ref={setRoot}
      data-near={near}
      className="race"
      data-status={view.status}
      data-session={view.gen}
      data-iteration={view.progress?.iteration ?? 0}
      data-first-loss={view.progress?.lanes[0]?.loss[0]}
    >
      <fieldset className="race__lanes">
        <legend>옵티마이저 (모두 같은 미니배치로 학습)</legend>
        <ParamControls
          of={props}
          names={['sgd', 'momentum', 'adagrad', 'adam', 'rmsprop', 'nesterov']}
        />
      </fieldset>
      <ParamControls of={props} names={['iterations', 'curve', 'seed']} />
      <BookIterations
        iterations={values.iterations}
        book={BOOK_ITERATIONS}
        onBook={() => set({ iterations: BOOK_ITERATIONS })}
      />
      {options === null ? (
        <p className="race__note" role="status">
          옵티마이저를 하나 이상 골라 주세요.
        </p>
      ) : !near ? (
        <NotNearNote />
      ) : (
        <RacePanel
          view={view}
          session={session}
          names={options.variants.map((v) => v.label)}
          colors={colors}
          curve={values.curve}
          iterations={values.iterations}
          evalSize={EVAL_SIZE}
        />
      )}
      <p className="race__note">
        신경망은 책과 같아요: 784 → 100 → 100 → 100 → 100 → 10, ReLU, He 초깃값, 배치 크기{' '}
        {BATCH_SIZE}, 훈련 데이터는 MNIST 60,000장. 옵티마이저마다 같은 초기 가중치에서 출발해 같은
        순서의 미니배치로 학습하니 곡선의 차이는 옵티마이저의 차이예요. RMSProp과 네스테로프는 책
        그림에 없어서 학습률을 각각 Adam, 모멘텀과 맞췄어요.
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(OptimizerMnist);
