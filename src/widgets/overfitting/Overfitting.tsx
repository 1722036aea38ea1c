// `::overfitting` — the book's Fig 6-20 ~ 6-23 in the page: the first 300 training digits, a
// 6×100 ReLU net trained by SGD without regularisation beside the same net with weight decay
// and/or dropout, on the same mini-batches and from the same initial weights; train and test
// accuracy every epoch and the gap between them. Composition only: the race machinery is
// shared with optimizer-mnist.
import { NotNearNote } from '../optimizer-mnist/parts/NotNearNote';
import { memo, useMemo } from 'react';
import { ParamControls } from '../kit';
import { useNearRace } from '../optimizer-mnist/race-report';
import type { WidgetProps } from '../types';
import {
  bookEpochs,
  BOOK_TEST_SIZE,
  isBookRun,
  itersPerEpoch,
  raceOptions,
  regularisedLabel,
} from './model';
import { OverfitPanel } from './parts/OverfitPanel';
import { RuleNote } from './parts/RuleNote';
import type { OverfittingSchema } from './schema';
import '../optimizer-mnist/parts/Race.css';
import './Overfitting.css';

const int = (n: number) => n.toLocaleString('en-US');

function Overfitting(props: WidgetProps<OverfittingSchema>) {
  const { values, report, resetCount, set } = props;
  const options = useMemo(() => raceOptions(values), [values]);
  const { session, view, setRoot, near } = useNearRace(options, resetCount, report);
  const perEpoch = itersPerEpoch(values['train-size']);
  const testSize = Number(values['test-size']);
  const book = isBookRun(values);
  const full = bookEpochs(values);
  return (
    <div
      ref={setRoot}
      data-near={near}
      className="race overfit"
      data-status={view.status}
      data-session={view.gen}
      data-iteration={view.progress?.iteration ?? 0}
    >
      <fieldset className="race__lanes overfit__reg">
        <legend>정규화 (정규화 없는 신경망 옆에서 학습)</legend>
        <ParamControls of={props} names={['weight-decay', 'dropout']} />
      </fieldset>
      <ParamControls of={props} names={['epochs', 'train-size', 'test-size', 'lr', 'seed']} />
      <RuleNote weightDecay={values['weight-decay']} dropout={values.dropout} />
      <p className="race__book">
        <span>
          {book
            ? `책과 같이 ${int(full)}에폭 동안 학습하고, 정확도는 매 에폭 시험 데이터 10,000장 전부로 재요.`
            : `책은 ${int(full)}에폭을 학습하고 매 에폭 시험 데이터 10,000장 전부로 정확도를 쟀어요. 처음 그림을 빨리 보도록 여기서는 ${int(values.epochs)}에폭만 학습하고, 정확도는 시험 데이터 앞 ${int(testSize)}장으로 재요. 책 설정은 GPU(WebGL) 없이는 몇 분 걸려요.`}
        </span>
        {!book && (
          <button type="button" onClick={() => set({ epochs: full, 'test-size': BOOK_TEST_SIZE })}>
            책 설정 그대로 ({int(full)}에폭, 10,000장)
          </button>
        )}
      </p>
      {!near ? (
        <NotNearNote />
      ) : (
        <OverfitPanel
          view={view}
          session={session}
          iterations={options.iterations}
          perEpoch={perEpoch}
          epochs={values.epochs}
          trainSize={values['train-size']}
          testSize={testSize}
        />
      )}
      <p className="race__note">
        신경망은 책과 같아요: 784 → 100 × 6 → 10 (ReLU, He 초깃값), SGD, 배치 크기 100. 훈련
        데이터는 MNIST 앞 {int(values['train-size'])}장이라 한 에폭이 {perEpoch}회 반복이에요.{' '}
        {regularisedLabel(values['weight-decay'], values.dropout)
          ? '두 신경망은 같은 초기 가중치에서 같은 순서의 미니배치로 학습하니, 곡선의 차이는 정규화의 차이예요.'
          : 'λ와 드롭아웃 비율이 모두 0이라 정규화 없는 신경망 하나만 학습해요.'}
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(Overfitting);
