// `::deep-convnet` (ch. 8, the book's Fig 8-3): the book's DeepConvNet with its own trained
// weights, run by our engine's forward pass in the worker over the 10,000 official MNIST test
// digits once the widget comes near the screen (progress, Stop); the accuracy, the gallery of
// misclassified digits ("정답 → 예측"), and a pad where the reader draws a digit for it, with
// the ten probabilities and one convolution layer's feature maps.
import { memo, useCallback, useRef, useState } from 'react';
import { ParamControl, useNearViewport, useReport, type LatestResult, type Stamped } from '../kit';
import type { WidgetProps } from '../types';
import { DrawPanel, type DrawOutput } from './parts/DrawPanel';
import { MistakeGallery } from './parts/MistakeGallery';
import { ScorePanel } from './parts/ScorePanel';
import { ShapeFlow } from './parts/ShapeFlow';
import type { DeepConvnetSchema } from './schema';
import { useLoadedNet, useScore } from './useDeepConvnet';
import '../train-mnist/TrainMnist.css';
import '../train-mnist/parts/DrawSection.css';
import './deep-convnet.css';

type Props = WidgetProps<DeepConvnetSchema>;

const idle: LatestResult<DrawOutput> = { output: null, error: null, busy: false, ms: null };

function DeepConvnet(props: Props) {
  const { values, schema, report, resetCount } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const near = useNearViewport(rootRef);
  const [attempt, setAttempt] = useState(0);
  const { info, error: loadError, progress: loadProgress } = useLoadedNet(near, attempt);
  const [request, setRequest] = useState(0);
  // 책 기본값 also forgets the button: the heavy 10,000-digit run waits for it again
  const [resets, setResets] = useState(resetCount);
  if (resets !== resetCount) {
    setResets(resetCount);
    setRequest(0);
  }
  // scoring starts on the button (it is heavy on a CPU backend); then each change re-scores
  const count = Math.min(values.digits, 10_000 - values.start);
  const job = { id: `${request}-${values.start}-${count}`, start: values.start, count };
  const score = useScore(info && request > 0 ? job : null);
  const [picked, setPicked] = useState<{ pixels: Uint8Array; n: number } | null>(null);
  const [draw, setDraw] = useState(idle);

  const result: LatestResult<Stamped> = {
    output: info && { backend: score.result?.backend ?? '', doneAt: score.doneAt },
    error: loadError ?? score.error,
    busy: score.running,
    ms: score.result?.elapsedMs ?? null,
  };
  const { rootRef: reportRef } = useReport({
    report,
    result,
    also: [draw],
    diverged: '',
    errorLabel: info ? '신경망을 실행하지 못했어요' : '가중치나 시험 데이터를 불러오지 못했어요',
  });
  const setRoot = useCallback(
    (el: HTMLDivElement | null) => {
      rootRef.current = el;
      reportRef.current = el;
    },
    [reportRef],
  );

  const loading = loadProgress && loadProgress.bytesTotal > 0
    ? `가중치와 시험 데이터를 받는 중… ${Math.round((100 * loadProgress.bytesLoaded) / loadProgress.bytesTotal)}%`
    : '가중치와 시험 데이터를 받는 중…'; // prettier-ignore
  const waiting = !near ? '이 위젯이 화면에 보이면 가중치를 받아요.' : !info ? loading : null;
  const layerTitle = schema.layer.optionLabels?.[values.layer]?.replace(/ \(.*/, '') ?? values.layer; // prettier-ignore
  return (
    <div className="deep-convnet" ref={setRoot}>
      {loadError ? (
        <button type="button" onClick={() => setAttempt((a) => a + 1)}>
          다시 불러오기
        </button>
      ) : (
        <ScorePanel
          progress={score.progress}
          result={score.result}
          running={score.running}
          waiting={waiting}
          onStop={score.stop}
          onRun={() => setRequest((r) => r + 1)}
          first={request === 0}
          count={count}
        />
      )}
      <div className="deep-convnet__controls">
        <ParamControl of={props} name="start" />
        <ParamControl of={props} name="digits" />
      </div>
      <DrawPanel
        ready={!!info}
        maps={values.maps}
        layer={values.layer}
        layerTitle={layerTitle}
        picked={picked}
        onResult={setDraw}
        controls={
          <div className="deep-convnet__controls">
            <ParamControl of={props} name="maps" />
            <ParamControl of={props} name="layer" />
          </div>
        }
      />
      {/* under the pad: its shapes come with the weights (a second or so after the widget comes
          near), its empty cells hold their room until then */}
      <ShapeFlow layers={info?.layers ?? null} parameters={info?.parameters ?? 0} />
      {score.result && (
        <MistakeGallery
          mistakes={score.result.mistakes}
          pixels={score.result.pixels}
          done={score.result.done}
          onPick={(pixels) => setPicked((p) => ({ pixels, n: (p?.n ?? 0) + 1 }))}
        />
      )}
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(DeepConvnet);
