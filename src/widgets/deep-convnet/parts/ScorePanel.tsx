// The scoring run over the official test digits: a progress bar, the accuracy as it grows, the
// time it took, Stop / Run again, and where the number was measured (this page, our engine,
// the book's own weights) next to the figure in the book's text.
import type { DeepConvnetProgress, DeepConvnetRunResult } from '../../../experiments/client';
import { accuracyText, int } from '../model';

export function ScorePanel({
  progress,
  result,
  running,
  waiting,
  onStop,
  onRun,
  first,
  count,
}: {
  progress: DeepConvnetProgress | null;
  result: DeepConvnetRunResult | null;
  running: boolean;
  /** why nothing runs yet (not near the screen, files loading), or null */
  waiting: string | null;
  onStop: () => void;
  onRun: () => void;
  /** nothing scored yet (the button says 채점 시작) */
  first: boolean;
  /** test digits the next run scores */
  count: number;
}) {
  const p = result ?? progress;
  const acc = p ? accuracyText(p.correct, p.done) : null;
  const secs = p ? (p.elapsedMs / 1000).toFixed(1) : null;
  const left = running && p && p.done > 0 ? (p.elapsedMs / p.done) * (p.total - p.done) : null;
  return (
    <section className="deep-convnet__score" aria-label="시험 데이터 채점">
      <div className="deep-convnet__score-row">
        <p
          className="deep-convnet__accuracy"
          data-accuracy={result && !result.stopped ? acc?.ratio : undefined}
        >
          {acc && p ? (
            <>
              정확도 <strong>{acc.ratio}</strong> ({acc.percent}) · {int(p.done)}장 중{' '}
              {int(p.correct)}장 맞힘
            </>
          ) : (
            (waiting ?? `버튼을 누르면 시험 숫자 ${int(count)}장을 채점해요.`)
          )}
        </p>
        {running ? (
          <button type="button" onClick={onStop}>
            멈추기
          </button>
        ) : (
          <button type="button" onClick={onRun} disabled={!!waiting}>
            {first ? '채점 시작' : '다시 채점'}
          </button>
        )}
      </div>
      <progress
        className="deep-convnet__progress"
        max={p?.total ?? 1}
        value={p?.done ?? 0}
        aria-label="채점 진행"
      />
      <p
        className="deep-convnet__note"
        data-longest-chunk-ms={result ? result.longestChunkMs.toFixed(1) : undefined}
      >
        {p && secs
          ? `${result?.stopped ? '멈춤: ' : ''}${int(p.done)} / ${int(p.total)}장 · ${secs}초 · 한 번에 ${p.batchSize}장씩${result?.backend ? ` · 백엔드 ${result.backend}` : ''}${left !== null ? ` · 남은 시간 약 ${Math.ceil(left / 1000)}초` : ''}`
          : '숫자 한 장에 곱셈과 덧셈을 약 880만 번 해요. GPU(WebGL)에서는 금방이지만, CPU(wasm, cpu)에서는 10,000장에 몇 분 걸릴 수 있어요. 채점은 워커에서 조금씩 나눠 하므로 페이지가 굳지 않고, 원하면 언제든 멈출 수 있어요.'}
      </p>
      <p className="deep-convnet__note">
        {!p
          ? ''
          : p.total === 10_000 && p.done === p.total && !result?.stopped
            ? '이 정확도는 이 페이지가 방금 잰 값이에요: 책 저장소에 실린 DeepConvNet의 학습된 가중치(2016년 파일)로 우리 엔진이 공식 시험 데이터 10,000장을 순전파했어요.'
            : `이 정확도는 ${p.total === 10_000 ? '지금까지 채점한' : '이 페이지가 방금 고른'} 시험 숫자만으로 잰 값이에요. 시험 데이터 10,000장 전부를 채점하면 99.35%(65장 틀림)가 나와요.`}{' '}
        책 본문은 99.38%라고 적었지만, 같은 가중치를 책의 파이썬 코드로 돌려도 99.35%(65장 틀림)가
        나와요.
      </p>
    </section>
  );
}
