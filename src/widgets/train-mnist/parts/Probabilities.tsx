// What the network sees and says: the 28×28 input made from the drawing (centred like MNIST)
// and the ten class probabilities as bars, the most likely one highlighted.
import { argMax } from '../model';
import { DigitCanvas } from '../../kit';

export function Probabilities({
  input,
  probs,
  ready,
}: {
  /** the preprocessed drawing, or null when the pad is empty */
  input: Float32Array | null;
  probs: Float32Array | null;
  /** a network exists (not while the data or a new session loads) */
  ready: boolean;
}) {
  const best = probs ? argMax(probs) : -1;
  return (
    <div
      className="train-mnist__predict"
      data-empty={input === null || undefined}
      data-guess={input && probs ? best : undefined}
      data-probs={input && probs ? Array.from(probs, (p) => p.toFixed(4)).join(',') : undefined}
    >
      <figure className="train-mnist__input">
        {input ? (
          <DigitCanvas
            pixels={input}
            label="신경망이 보는 28×28 입력"
            className="train-mnist__digit"
          />
        ) : (
          <div className="train-mnist__digit train-mnist__digit--empty" aria-hidden="true" />
        )}
        <figcaption>신경망 입력 28×28</figcaption>
      </figure>
      <p className="train-mnist__guess" aria-live="polite">
        {input && probs && ready ? `예측: ${best} (${(probs[best] * 100).toFixed(1)}%)` : ''}
      </p>
      {input === null ? (
        <p className="train-mnist__empty">숫자를 그려 보세요</p>
      ) : !ready || !probs ? (
        <p className="train-mnist__empty">신경망을 준비하는 중…</p>
      ) : (
        <ol className="train-mnist__probs" aria-label="숫자별 확률">
          {Array.from(probs, (p, d) => (
            <li key={d} data-best={d === best || undefined}>
              <span className="train-mnist__prob-digit">{d}</span>
              <span className="train-mnist__prob-track">
                <span
                  className="train-mnist__prob-bar"
                  style={{ width: `${(p * 100).toFixed(1)}%` }}
                />
              </span>
              <span className="train-mnist__prob-value">{(p * 100).toFixed(1)}%</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
