// `::mnist-inference` (ch. 3.6): the book's trained network (784 → 50 → 100 → 10, sigmoid,
// softmax; its own weights) classifies the 10,000 official MNIST test digits in the engine's
// worker — first one image at a time, then in batches of B — timed on the active backend, with
// the shapes of X, W1, W2, W3 and Y written out. Both ways reach the same accuracy; the grid
// shows every test digit (or only the wrong ones) with the ten probabilities of the one picked.
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { ParamControl, useReport, type LatestResult, type Stamped } from '../kit';
import { BOOK_INFERENCE_LAYERS, type InferenceRunResult } from '../../experiments/client';
import type { WidgetProps } from '../types';
import { int, listed } from './model';
import { BatchSlider } from './parts/BatchSlider';
import { Browser } from './parts/Browser';
import { LoadStatus } from './parts/LoadStatus';
import { RunLog, type LogEntry } from './parts/RunLog';
import { RunStats } from './parts/RunStats';
import { ShapeLine } from './parts/ShapeLine';
import { Speedup } from './parts/Speedup';
import type { MnistInferenceSchema } from './schema';
import { useLoaded, useRun } from './useInference';
import { useNearViewport } from '../kit';
import './mnist-inference.css';

type Props = WidgetProps<MnistInferenceSchema>;

function MnistInference(props: Props) {
  const { values, set, schema, report } = props;
  const [attempt, setAttempt] = useState(0);
  const { loaded, error: loadError, progress } = useLoaded(attempt);
  // the one-at-a-time run starts by itself once the files are in; the button runs it again
  const [singleRequest, setSingleRequest] = useState(1);
  const [log, setLog] = useState<ReadonlyMap<number, LogEntry>>(new Map());
  const record = (r: InferenceRunResult) => {
    if (r.stopped) return;
    const entry = { batch: r.batchSize, ms: r.elapsedMs, done: r.done, correct: r.correct };
    setLog((m) => new Map(m).set(r.batchSize, { ...entry, backend: r.backend ?? '' }));
  };
  const rootRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(rootRef);
  const singleJob = { id: `single-${singleRequest}`, batchSize: 1 };
  const single = useRun(loaded && near ? singleJob : null, record);
  // one run at a time: the batches wait for the one-at-a-time run (and are measured again after it)
  const batchJob = { id: `batch-${values.batch}-${singleRequest}`, batchSize: values.batch };
  const batch = useRun(loaded && near && !single.running ? batchJob : null, record);

  const latest = [single, batch].filter((r) => r.result).sort((a, b) => b.doneAt - a.doneAt)[0];
  const output = useMemo<Stamped | null>(
    () =>
      loaded && {
        backend: latest?.result?.backend ?? loaded.backend,
        doneAt: latest?.doneAt ?? 0,
      },
    [loaded, latest?.result, latest?.doneAt],
  );
  const result: LatestResult<Stamped> = {
    output,
    error: loadError ?? single.error ?? batch.error,
    busy: single.running || batch.running,
    ms: latest?.result?.elapsedMs ?? loaded?.ms ?? null,
  };
  const { rootRef: reportRef } = useReport({
    report,
    result,
    diverged: '',
    errorLabel: loaded ? '추론을 실행하지 못했어요' : '가중치나 시험 데이터를 불러오지 못했어요',
  });

  // one element for both: useReport writes its render time there, the runs wait to see it
  const setRoot = useCallback(
    (el: HTMLDivElement | null) => {
      rootRef.current = el;
      reportRef.current = el;
    },
    [reportRef],
  );
  const wrongCount = useMemo(
    () => (loaded ? listed(loaded.info.labels, loaded.predicted, true).length : 0),
    [loaded],
  );
  // Before the files arrive the widget has its loaded layout already (the book's shapes, the
  // runs waiting, the browser's boxes empty): the chapter below does not jump when they do.
  const layers = loaded ? loaded.info.layers.map((l) => l.W) : BOOK_INFERENCE_LAYERS;
  const waiting = near ? undefined : '이 위젯이 화면에 보이면 재기 시작해요.';
  return (
    <div className="mnist-inference" ref={setRoot}>
      <section className="mnist-inference-run" data-run="single" aria-label="한 장씩 추론">
        <h4>
          ① 한 장씩: <code>for i in range(len(x))</code>
        </h4>
        <ShapeLine layers={layers} batch={null} />
        {loaded ? (
          <RunStats name="한 장씩 추론" idle={waiting} {...single} />
        ) : (
          !loadError && <LoadStatus progress={progress} />
        )}
        <div className="mnist-inference-buttons">
          {!loaded ? (
            loadError ? (
              <button type="button" onClick={() => setAttempt((a) => a + 1)}>
                다시 불러오기
              </button>
            ) : (
              <button type="button" disabled>
                한 장씩 다시 실행
              </button>
            )
          ) : single.running ? (
            <button type="button" onClick={single.stop}>
              멈추기
            </button>
          ) : (
            <button type="button" onClick={() => setSingleRequest((n) => n + 1)}>
              한 장씩 다시 실행
            </button>
          )}
        </div>
      </section>

      <section className="mnist-inference-run" data-run="batch" aria-label="배치 추론">
        <h4>
          ② {int(values.batch)}장씩 묶어서: <code>x[i:i+batch_size]</code>
        </h4>
        <BatchSlider spec={schema.batch} value={values.batch} onChange={(b) => set({ batch: b })} />
        <ShapeLine layers={layers} batch={values.batch} />
        <RunStats
          name="배치 추론"
          idle={
            !loaded
              ? '가중치와 시험 이미지를 받으면 잴게요.'
              : single.running && !batch.progress
                ? '한 장씩 추론이 끝나면 잴게요.'
                : waiting
          }
          {...batch}
        />
        <Speedup
          single={single.progress}
          singleDone={!!single.result && !single.result.stopped}
          batch={batch.result}
        />
      </section>
      <p className="mnist-inference-note">
        잰 시간: 이미지를 백엔드에 올리고, 순전파(행렬 곱·시그모이드·소프트맥스)와 이미지마다
        argmax를 계산해, 그 답을 약 0.25초마다 묶어서 읽어 오기까지예요. 답을 이미지마다 읽어 오지는
        않아요. 재기 전에 첫 배치를 한 번 미리 돌려 두고(셰이더 컴파일 같은 준비), 그 시간은 빼고
        쟀어요.
      </p>
      <RunLog entries={[...log.values()]} pending={loadError ? [] : [1, values.batch]} />

      <Browser
        of={props}
        loaded={loaded}
        wrongCount={wrongCount}
        filter={
          <ParamControl
            of={props}
            name="wrong-only"
            onChange={(on) => {
              if (!loaded) return set({ 'wrong-only': on });
              const list = listed(loaded.info.labels, loaded.predicted, on);
              set({ 'wrong-only': on, digit: list.includes(values.digit) ? values.digit : (list[0] ?? 0) }); // prettier-ignore
            }}
          />
        }
      />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(MnistInference);
