// `::batch-norm` — the book's Fig 6-18/6-19 in the page (ch06/batch_norm_test.py): the first
// 1,000 training digits, 5×100 ReLU, SGD, batch 100; the same network with and without
// BatchNorm from the same initial draws scaled by w, trained on the same mini-batches; training
// accuracy once per epoch; BN before or after ReLU; test mode's running statistics; the 16
// scales on demand. Composition only: the race machinery is shared with optimizer-mnist.
import { NotNearNote } from '../optimizer-mnist/parts/NotNearNote';
import { memo, useMemo } from 'react';
import { ParamControls } from '../kit';
import { useNearRace } from '../optimizer-mnist/race-report';
import type { WidgetProps } from '../types';
import { mainLanes, raceOptions } from './model';
import { Grid } from './parts/Grid';
import { MainPanel } from './parts/MainPanel';
import { ScaleControl } from './parts/ScaleControl';
import { BOOK_EPOCHS, type BatchNormSchema } from './schema';
import { useGridRace } from './use-grid-race';
import '../optimizer-mnist/parts/Race.css';
import './BatchNorm.css';

function BatchNorm(props: WidgetProps<BatchNormSchema>) {
  const { values, report, resetCount, set, schema } = props;
  const options = useMemo(() => raceOptions(values), [values]);
  const kinds = useMemo(() => mainLanes(values).map((l) => l.kind), [values]);
  const { session, view, setRoot, near } = useNearRace(options, resetCount, report);
  const grid = useGridRace(values, resetCount, near);
  const lanes = view.progress?.lanes ?? [];
  return (
    <div
      ref={setRoot}
      className="race bn"
      data-near={near}
      data-status={view.status}
      data-session={view.gen}
      data-iteration={view.progress?.iteration ?? 0}
      data-bn-acc={lanes[0]?.trainAcc.at(-1)}
      data-plain-acc={lanes[1]?.trainAcc.at(-1)}
    >
      <ScaleControl
        label={schema.scale.label}
        index={values.scale}
        onChange={(scale) => set({ scale })}
      />
      <ParamControls of={props} names={['position', 'both']} />
      <ParamControls of={props} names={['epochs', 'lr', 'seed']} />
      <p className="race__note">
        책의 스크립트(batch_norm_test.py)는 w를 하나로 정하지 않고 16가지를 모두 그려요(그림 6-19).
        기본값 w ≈ 0.0858은 그중 BN의 효과가 한눈에 보이는 칸이에요.
        {values.epochs !== BOOK_EPOCHS && ` 책은 ${BOOK_EPOCHS}에폭을 학습했어요.`}
      </p>
      {!near ? (
        <NotNearNote />
      ) : (
        <MainPanel view={view} session={session} kinds={kinds} epochs={values.epochs} />
      )}
      <Grid grid={grid} epochs={values.epochs} main={view.progress} />
      <p className="race__note">
        신경망은 책과 같아요: 784 → 100 × 5 (ReLU) → 10, 훈련 데이터는 MNIST 앞 1,000장, 배치 크기
        100(한 에폭 = 10회), BN 모멘텀 0.9. 모든 신경망은 같은 난수로 가중치를 뽑아 w를 곱하고, 같은
        순서의 미니배치로 학습해요. 정확도는 책이 에폭을 시작할 때 재고, 여기서는 에폭이 끝날 때
        재요.
      </p>
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(BatchNorm);
