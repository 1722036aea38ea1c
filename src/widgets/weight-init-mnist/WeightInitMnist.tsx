// `::weight-init-mnist` — the book's Fig 6-15 in the page: the same 4×100 network trained by SGD
// (η = 0.01) on the official MNIST from three initial weights (σ = 0.01, Xavier, He), every one
// on the same mini-batches; ReLU as in the book, or sigmoid/tanh to see Xavier's case.
// Composition only: the race machinery is shared with optimizer-mnist.
import { BookIterations } from '../optimizer-mnist/parts/BookIterations';
import { NotNearNote } from '../optimizer-mnist/parts/NotNearNote';
import { memo, useMemo } from 'react';
import { ParamControls } from '../kit';
import { RacePanel } from '../optimizer-mnist/parts/RacePanel';
import { useNearRace } from '../optimizer-mnist/race-report';
import type { WidgetProps } from '../types';
import { activationNote, BATCH_SIZE, chosenLanes, EVAL_SIZE, raceOptions } from './model';
import { BOOK_ITERATIONS, type WeightInitMnistSchema } from './schema';
import '../optimizer-mnist/parts/Race.css';

function WeightInitMnist(props: WidgetProps<WeightInitMnistSchema>) {
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
        <legend>초기 가중치 (모두 같은 미니배치로 학습)</legend>
        <ParamControls of={props} names={['std-001', 'xavier', 'he']} />
      </fieldset>
      <ParamControls of={props} names={['activation', 'lr', 'iterations', 'curve', 'seed']} />
      <p className="race__note" data-activation-note>
        {activationNote(values.activation)}
      </p>
      <BookIterations
        iterations={values.iterations}
        book={BOOK_ITERATIONS}
        onBook={() => set({ iterations: BOOK_ITERATIONS })}
      />
      {options === null ? (
        <p className="race__note" role="status">
          초기 가중치를 하나 이상 골라 주세요.
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
        신경망은 책과 같아요: 784 → 100 → 100 → 100 → 100 → 10, SGD(책은 η = 0.01), 배치 크기{' '}
        {BATCH_SIZE}, 훈련 데이터는 MNIST 60,000장. 세 신경망은 같은 난수로 가중치를 뽑고 크기(σ)만
        달라요. 같은 순서의 미니배치로 학습하니 곡선의 차이는 초깃값의 차이예요.
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(WeightInitMnist);
