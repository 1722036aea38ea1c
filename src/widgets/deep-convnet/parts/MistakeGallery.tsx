// The book's Fig 8-3: every test digit the network gets wrong, "정답 → 예측" under each. Each is a
// button that puts that digit on the drawing pad (the keyboard's way to the pad).
import type { DeepConvnetMistake } from '../../../experiments/client';
import { DigitCanvas } from '../../kit';

export function MistakeGallery({
  mistakes,
  pixels,
  done,
  onPick,
}: {
  mistakes: DeepConvnetMistake[];
  /** the mistakes' 28×28 grey levels, one after another */
  pixels: Uint8Array;
  /** test digits scored (the run may have been stopped) */
  done: number;
  onPick: (pixels: Uint8Array) => void;
}) {
  return (
    <section className="deep-convnet__mistakes" aria-label="틀린 시험 숫자">
      <p className="deep-convnet__subtitle">
        틀린 시험 숫자 {mistakes.length}장 (채점한 {done.toLocaleString('en-US')}장 중) · 책의 그림
        8-3
      </p>
      {mistakes.length === 0 ? (
        <p className="deep-convnet__note">틀린 숫자가 없어요.</p>
      ) : (
        <ul className="deep-convnet__gallery">
          {mistakes.map((m, k) => {
            const px = pixels.subarray(k * 784, (k + 1) * 784);
            return (
              <li key={m.index}>
                <button
                  type="button"
                  onClick={() => onPick(px)}
                  title={`시험 이미지 ${m.index}번을 그림판에 올려요`}
                  data-label={m.label}
                  data-predicted={m.predicted}
                >
                  <DigitCanvas
                    pixels={px}
                    scale={255}
                    label={`시험 이미지 ${m.index}번`}
                    className="train-mnist__digit"
                  />
                  <span className="deep-convnet__caption">
                    정답 {m.label} → 예측 {m.predicted}
                  </span>
                  <span className="deep-convnet__caption deep-convnet__muted">
                    {Math.round(m.confidence * 100)}%
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
