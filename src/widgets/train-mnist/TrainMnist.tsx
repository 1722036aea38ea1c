// `::train-mnist` — the book's TwoLayerNet trained in the page on the official MNIST (60,000
// training / 10,000 test digits) or on the reader's own idx files, by our engine's backprop:
// Run / Pause / Step / 초기화, the loss and accuracy as they go, the test digits it gets wrong,
// and a pad to draw a digit for it.
// Composition only: the session lives in session.ts, the arithmetic in model.ts.
import { memo, useMemo, useState } from 'react';
import { ParamControls, RunButtons, type LatestResult, type Stamped, useReport } from '../kit';
import type { WidgetProps } from '../types';
import type { Mistake } from './compute';
import {
  dataSourceLine,
  dataTotals,
  divergedMessage,
  evalInterval,
  int,
  trainerOptions,
} from './model';
import { AccuracyChart } from './parts/AccuracyChart';
import { DataProgressBar } from './parts/DataProgressBar';
import { DrawSection } from './parts/DrawSection';
import { FilePicker } from './parts/FilePicker';
import { FinalAccuracy } from './parts/FinalAccuracy';
import { LossChart } from './parts/LossChart';
import { MistakesGrid } from './parts/MistakesGrid';
import { TrainStats } from './parts/TrainStats';
import type { TrainMnistSchema } from './schema';
import { useTrainSession } from './session';
import './TrainMnist.css';

type Props = WidgetProps<TrainMnistSchema>;
const EMPTY = new Float32Array(0);

function TrainMnist(props: Props) {
  const { values, report, resetCount } = props;
  const options = useMemo(() => trainerOptions(values), [values]);
  const { session, view } = useTrainSession(options, resetCount);
  const p = view.progress;
  const status = view.status;
  const [picked, setPicked] = useState<{ pixels: Uint8Array; n: number } | null>(null);

  // What useReport needs: numbers exist once the session is ready; errors are the session's.
  const result = useMemo<LatestResult<Stamped>>(
    () => ({
      output: status === 'loading' ? null : { backend: p?.backend ?? '', doneAt: view.at },
      error: view.error,
      busy: false,
      ms: null,
    }),
    [status, p, view.at, view.error],
  );
  const diverged = status === 'diverged' ? divergedMessage(p?.loss ?? EMPTY, values.lr) || '발산했어요.' : ''; // prettier-ignore
  const { rootRef } = useReport({
    report,
    result,
    diverged,
    running: status === 'running',
    errorLabel: '학습하지 못했어요',
  });

  const data = view.data;
  const evalSize = values['eval-size'];
  const totals = dataTotals(p);
  // "N of 10,000 wrong" only when the last evaluation used the whole test set at these weights.
  const wholeTest = evalSize >= totals.test && p?.evalAt.at(-1) === view.mistakes?.iteration;
  const source = p ? dataSourceLine(p) : view.onFiles ? '내 파일 · 불러오는 중…' : dataSourceLine(null); // prettier-ignore
  return (
    <div
      ref={rootRef}
      className="train-mnist"
      data-status={status}
      data-iteration={p?.iteration ?? 0}
      data-first-loss={p && p.loss.length > 0 ? String(p.loss[0]) : undefined}
      data-last-loss={p && p.loss.length > 0 ? String(p.loss.at(-1)) : undefined}
      data-session={view.gen}
    >
      <ParamControls
        of={props}
        names={['hidden-size', 'lr', 'batch-size', 'iterations', 'activation', 'optimizer', 'seed']}
      />
      <details className="train-mnist__settings">
        <summary>더 많은 설정 (초깃값, 평가 간격, 평가 이미지 수)</summary>
        <ParamControls of={props} names={['init-std', 'eval-every', 'eval-size']} />
      </details>
      <FilePicker
        onFiles={view.onFiles}
        open={(files) => session.openFiles(files)}
        official={() => session.officialData()}
      />
      {!view.onFiles && <DataProgressBar data={data} />}
      <RunButtons
        prefix="train-mnist"
        status={status}
        iteration={p?.iteration ?? 0}
        iterations={p?.iterations ?? values.iterations}
        onRun={() => session.run()}
        onPause={() => session.pause()}
        onStep={() => session.step()}
        onReset={() => session.reset()}
      />
      {diverged && <p className="train-mnist__diverged">{diverged}</p>}
      <div className="train-mnist__summary">
        <FinalAccuracy
          progress={p}
          evalSize={evalSize}
          firstEvalAt={Math.min(
            evalInterval(values['eval-every'], values['batch-size'], totals.train),
            values.iterations,
          )}
          source={source}
        />
        <TrainStats progress={p} diverged={status === 'diverged'} />
      </div>
      <div className="train-mnist__charts">
        <LossChart loss={p?.loss ?? EMPTY} iterations={p?.iterations ?? values.iterations} />
        <AccuracyChart progress={p} evalSize={evalSize} />
      </div>
      <p className="train-mnist__note">
        기울기는 수치 미분이 아니라 우리 엔진의 오차역전파법으로 구해요. 손실은 미니배치마다,
        정확도는 평가할 때마다(기본은 한 에폭, 즉 {int(totals.train)} ÷ 배치 크기만큼 반복할 때마다)
        재요.
      </p>
      <DrawSection
        session={session}
        weightsKey={`${view.gen}:${p?.iteration ?? -1}:${status === 'loading'}`}
        ready={status !== 'loading' && status !== 'error'}
        picked={picked}
      />
      <MistakesGrid
        mistakes={view.mistakes}
        testAcc={wholeTest ? (p?.testAcc.at(-1) ?? null) : null}
        data={p}
        onPick={(m: Mistake) => setPicked((prev) => ({ pixels: m.pixels, n: (prev?.n ?? 0) + 1 }))}
      />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(TrainMnist);
