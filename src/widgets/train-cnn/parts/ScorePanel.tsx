// Scores on the official test set (all 10,000 digits by default, or the first n) measured by our
// engine on demand: the book's trained SimpleConvNet (the book: 0.989 on all 10,000) and the CNN
// training here, as it stands now.
import type { ReactNode } from 'react';
import type { ScoreState } from '../cnn-views';

const int = (n: number) => Math.round(n).toLocaleString('en-US');

function Result({ s, name }: { s: ScoreState; name: string }) {
  const p = s.progress;
  if (s.busy)
    return (
      <label className="cnn__progress">
        {p && p.bytesTotal > 0
          ? `파일 받는 중… ${int(p.bytesLoaded / 1024)} / ${int(p.bytesTotal / 1024)} KB`
          : `채점 중… ${int(p?.done ?? 0)} / ${int(p?.total ?? 10_000)}장`}
        <progress
          max={p && p.bytesTotal > 0 ? p.bytesTotal : (p?.total ?? 10_000)}
          value={p && p.bytesTotal > 0 ? p.bytesLoaded : (p?.done ?? 0)}
        />
      </label>
    );
  if (s.error) return <p className="cnn__error">채점하지 못했어요: {s.error.message}</p>;
  const r = s.result;
  if (!r) return null;
  return (
    <p className="cnn__score" data-correct={r.correct} data-total={r.total}>
      {name} ({r.at}): 정확도 <strong>{(r.correct / r.total).toFixed(4)}</strong> — {int(r.total)}장
      중 {int(r.total - r.correct)}장 틀림 · {(r.ms / 1000).toFixed(1)}초 · {r.backend}
    </p>
  );
}

export function ScorePanel({
  size,
  control,
  book,
  ours,
  onBook,
  onOurs,
  canScoreOurs,
}: {
  size: number;
  control: ReactNode;
  book: ScoreState;
  ours: ScoreState;
  onBook: () => void;
  onOurs: () => void;
  canScoreOurs: boolean;
}) {
  return (
    <section className="cnn__scores" aria-label="시험 데이터로 채점">
      {control}
      <div data-score="book">
        <button type="button" onClick={onBook} disabled={book.busy}>
          책의 가중치를 시험 데이터 {int(size)}장으로 채점
        </button>
        <Result s={book} name="책의 학습 결과" />
      </div>
      <div data-score="ours">
        <button type="button" onClick={onOurs} disabled={ours.busy || !canScoreOurs}>
          지금의 CNN을 시험 데이터 {int(size)}장으로 채점
        </button>
        <Result s={ours} name="지금의 CNN" />
      </div>
    </section>
  );
}
