// The selected test digit, large, with the network's ten softmax outputs as bars: the answer
// (the largest) in the accent colour, the true label marked.
import { DigitCanvas } from '../../kit';

const ROW = 20;
const LABEL_W = 58;
const WIDTH = 320;
const BAR_W = WIDTH - LABEL_W - 60;
/** the bars' drawing box (the placeholder before the digits arrive keeps its proportions) */
export const BARS_VIEWBOX = `0 0 ${WIDTH} ${ROW * 10}`;

export function DigitDetail({
  index,
  images,
  label,
  probs,
}: {
  index: number;
  images: Uint8Array;
  label: number;
  /** the ten probabilities of this digit */
  probs: Float32Array;
}) {
  let best = 0;
  probs.forEach((p, k) => (best = p > probs[best] ? k : best));
  const wrong = best !== label;
  return (
    <div
      className="mnist-inference-detail"
      data-index={index}
      data-label={label}
      data-predicted={best}
      data-probs={Array.from(probs, (p) => p.toFixed(4)).join(',')}
    >
      <figure className="mnist-inference-detail-image">
        <DigitCanvas
          pixels={images}
          scale={255}
          offset={index * 784}
          label={`시험 이미지 ${index}번 (정답 ${label})`}
          className="mnist-inference-digit mnist-inference-digit-large"
        />
        <figcaption>
          시험 이미지 {index}번
          <br />
          정답 <strong>{label}</strong> · 예측{' '}
          <strong className={wrong ? 'mnist-inference-wrong' : 'mnist-inference-right'}>
            {best}
          </strong>{' '}
          ({(probs[best] * 100).toFixed(1)}%){wrong ? ' · 틀림' : ''}
        </figcaption>
      </figure>
      <svg
        className="mnist-inference-bars"
        viewBox={BARS_VIEWBOX}
        role="img"
        aria-label={`숫자별 확률: ${Array.from(probs, (p, k) => `${k} ${(p * 100).toFixed(1)}%`).join(', ')}`}
      >
        {Array.from(probs, (p, k) => (
          <g key={k} transform={`translate(0, ${k * ROW})`} data-class={k}>
            <text
              x={LABEL_W - 6}
              y={ROW * 0.72}
              textAnchor="end"
              className="mnist-inference-bar-label"
            >
              {k === label ? `정답 ${k}` : k}
            </text>
            <rect
              x={LABEL_W}
              y={3}
              width={BAR_W}
              height={ROW - 6}
              className="mnist-inference-bar-track"
            />
            <rect
              x={LABEL_W}
              y={3}
              width={Math.max(0, p) * BAR_W}
              height={ROW - 6}
              className={k === best ? 'mnist-inference-bar-best' : 'mnist-inference-bar'}
            />
            <text x={LABEL_W + BAR_W + 6} y={ROW * 0.72} className="mnist-inference-bar-value">
              {(p * 100).toFixed(1)}%
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
