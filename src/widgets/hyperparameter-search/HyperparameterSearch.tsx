// `::hyperparameter-search` — the book's random search (Fig 6-24): lr = 10^U(−6, −2) and weight
// decay λ = 10^U(−8, −4), each trial a MultiLayerNet(784, [100]×6, 10) trained by SGD on 400
// of the first 500 training digits and scored on the other 100 (validation), trials run in
// parallel on a pool of engine workers. Composition only: the run lives in useSearch.ts.
import { memo, useMemo } from 'react';
import { poolSize, rankTrials, SEARCH_BOOK } from '../../experiments/client';
import { ParamControls, type LatestResult, type Stamped, useReport } from '../kit';
import type { WidgetProps } from '../types';
import { BestCurves } from './parts/BestCurves';
import { BestList } from './parts/BestList';
import { Scatter } from './parts/Scatter';
import { SearchStatus } from './parts/SearchStatus';
import { BOOK_SETTING, type HyperparameterSearchSchema } from './schema';
import { useSearch } from './useSearch';
import './hyperparameter-search.css';

type Props = WidgetProps<HyperparameterSearchSchema>;
const CURVES = 5;

function HyperparameterSearch(props: Props) {
  const { values, report, set } = props;
  const { view, start, stop } = useSearch();
  const pool = poolSize();
  const ranked = useMemo(() => rankTrials(view.trials), [view.trials]);
  const running = view.status === 'running';
  const result = useMemo<LatestResult<Stamped>>(
    () => ({
      output: { backend: view.trials.at(-1)?.backend ?? '', doneAt: view.at },
      error: view.error,
      busy: false,
      ms: null,
    }),
    [view.trials, view.at, view.error],
  );
  const { rootRef } = useReport({
    report,
    result,
    diverged: '',
    running,
    errorLabel: '탐색하지 못했어요',
  });
  const isBook = values.trials === BOOK_SETTING.trials && values.epochs === BOOK_SETTING.epochs;
  const onStart = () =>
    start({
      seed: values.seed,
      trials: values.trials,
      epochs: values.epochs,
      workers: values.workers === 'auto' ? 'auto' : Number(values.workers),
    });
  return (
    <div
      ref={rootRef}
      className="hps"
      data-status={view.status}
      data-done={view.trials.length}
      data-workers={view.workers}
      data-pool={pool}
    >
      <ParamControls of={props} names={['trials', 'epochs', 'seed', 'workers']} />
      <p className="hps__note">
        책은 {SEARCH_BOOK.trials}회 × {SEARCH_BOOK.epochs}에폭을 돌려요. 여기 기본값은 첫 점들이
        십여 초 안에 나오도록 {props.schema.trials.default}회 × {props.schema.epochs.default}
        에폭이라, 정확도가 책의 결과(최고 검증 정확도 0.8 안팎)보다 낮게 나와요.{' '}
        <button type="button" onClick={() => set(BOOK_SETTING)} disabled={isBook}>
          책과 같은 설정 ({BOOK_SETTING.trials}회 × {BOOK_SETTING.epochs}에폭)
        </button>
      </p>
      <div className="hps__buttons" role="group" aria-label="탐색 조작">
        <button type="button" className="hps__primary" onClick={running ? stop : onStart}>
          {running ? '■ 멈춤' : '▶ 탐색 시작'}
        </button>
      </div>
      <SearchStatus view={view} pool={pool} />
      <div className="hps__charts">
        <Scatter trials={view.trials} best={ranked[0]?.index ?? null} />
        <BestCurves
          best={ranked.slice(0, CURVES)}
          epochs={view.settings?.epochs ?? values.epochs}
        />
      </div>
      <BestList best={ranked} count={SEARCH_BOOK.best} />
      <p className="hps__note">
        검증 데이터는 훈련 데이터(처음 {SEARCH_BOOK.digits}장을 섞은 것)에서{' '}
        {SEARCH_BOOK.validation}
        장을 떼어 만들고, 나머지 {SEARCH_BOOK.digits - SEARCH_BOOK.validation}장으로 학습해요. 시험
        데이터는 쓰지 않아요: 시험 데이터로 하이퍼파라미터를 고르면 그 값이 시험 데이터에
        맞춰지므로, 시험 정확도가 실제 성능보다 낙관적으로 나오기 때문이에요. 시도마다 신경망은
        784-100×6-10(ReLU, He 초깃값), SGD, 배치 100이고, 시도들은 워커 여러 개에서 동시에 돌아가요.
        같은 시드는 같은 lr·λ를 뽑고, 같은 백엔드에서는 같은 결과를 내요.
      </p>
    </div>
  );
}

export default memo(HyperparameterSearch);
