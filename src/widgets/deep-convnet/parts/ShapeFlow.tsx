// The layer stack with each output shape for one digit, as the engine computed it (conv4's
// padding of 2 makes 16×16 where the others keep their size).
import type { DeepConvnetLayer } from '../../../experiments/client';

const shown = /^(Conv|Pool|Affine)/;
const label = (name: string) =>
  name
    .replace(/^Conv/, '합성곱')
    .replace(/^Pool/, '풀링')
    .replace(/^Affine/, 'Affine');

export function ShapeFlow({
  layers,
  parameters,
}: {
  layers: DeepConvnetLayer[];
  parameters: number;
}) {
  return (
    <p className="deep-convnet__flow" aria-label="층마다 출력 모양">
      <span>입력 1×28×28</span>
      {layers
        .filter((l) => shown.test(l.name))
        .map((l) => (
          <span key={l.name} data-layer={l.name}>
            → {label(l.name)} {l.shape.join('×')}
          </span>
        ))}
      <span className="deep-convnet__muted">
        {' '}
        · 매개변수 {parameters.toLocaleString('en-US')}개
      </span>
    </p>
  );
}
