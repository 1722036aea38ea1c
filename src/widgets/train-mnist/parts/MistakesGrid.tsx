// Test digits (official, or the reader's own) the network gets wrong with its current weights ("정답 7 → 예측 1 (83%)").
// Each is a button: it puts that digit on the drawing pad (the keyboard's way to the pad).
import type { Mistake } from '../compute';
import { dataTotals, int, type DataSource } from '../model';
import { DigitCanvas } from '../../kit';
import './MistakesGrid.css';

export function MistakesGrid({
  mistakes,
  testAcc,
  data,
  onPick,
}: {
  mistakes: { iteration: number; list: Mistake[] } | null;
  /** the last test accuracy on the full test set, for the count of mistakes (null if unknown) */
  testAcc: number | null;
  /** the session's data (null: the official MNIST) */
  data: DataSource | null;
  onPick: (m: Mistake) => void;
}) {
  const set = data?.source === 'files' ? '내 시험 데이터' : '공식 시험 데이터';
  if (!mistakes) {
    return <p className="train-mnist__note">학습을 멈추면 {set}에서 틀린 숫자들을 여기에 보여 줘요.</p>; // prettier-ignore
  }
  const total = dataTotals(data).test;
  const wrong = testAcc === null ? null : Math.round((1 - testAcc) * total);
  return (
    <section className="train-mnist__mistakes" aria-label="틀린 시험 숫자">
      <p className="train-mnist__subtitle">
        반복 {int(mistakes.iteration)}의 신경망이 틀린 시험 숫자
        {wrong !== null && ` (${int(total)}장 중 약 ${int(wrong)}장)`} · 앞에서부터{' '}
        {mistakes.list.length}장
      </p>
      {mistakes.list.length === 0 ? (
        <p className="train-mnist__note">틀린 숫자가 없어요.</p>
      ) : (
        <ul className="train-mnist__mistake-grid">
          {mistakes.list.map((m) => {
            return (
              <li key={m.index}>
                <button
                  type="button"
                  onClick={() => onPick(m)}
                  title={`시험 이미지 ${m.index}번을 그림판에 올려요`}
                  data-label={m.label}
                  data-predicted={m.predicted}
                >
                  <DigitCanvas
                    pixels={m.pixels}
                    scale={255}
                    label={`시험 이미지 ${m.index}번`}
                    className="train-mnist__digit"
                  />
                  <span className="train-mnist__caption">
                    <span>정답 {m.label}</span> <span>→ 예측 {m.predicted}</span>{' '}
                    <span>({Math.round(m.confidence * 100)}%)</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
