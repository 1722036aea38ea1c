// The layer stack with each output shape for one digit, as the engine computed it (conv4's
// padding of 2 makes 16×16 where the others keep their size).
import type { DeepConvnetLayer } from '../../../experiments/client';

const shown = /^(Conv|Pool|Affine)/;

/** The layers the flow names (not the ReLUs and Dropouts between them). */
export const shownLayers = (layers: readonly DeepConvnetLayer[]) =>
  layers.filter((l) => shown.test(l.name));
const label = (name: string) =>
  name
    .replace(/^Conv/, '합성곱')
    .replace(/^Pool/, '풀링')
    .replace(/^Affine/, 'Affine');

/**
 * Cells the flow has, in a grid whose rows depend on the column's width only: the input, the 11
 * layers shown (6 convolutions, 3 poolings, 2 Affine) and the parameter count. Before the
 * weights are in, as many empty cells hold its room (it came in after them and pushed what was
 * under it down by up to 6 lines on a phone).
 */
export const FLOW_CELLS = 13;

export function ShapeFlow({
  layers,
  parameters,
}: {
  /** null until the weights are loaded */
  layers: DeepConvnetLayer[] | null;
  parameters: number;
}) {
  if (!layers)
    return (
      <p className="deep-convnet__flow" data-waiting="" aria-hidden="true">
        {Array.from({ length: FLOW_CELLS }, (_, k) => (
          <span key={k}>…</span>
        ))}
      </p>
    );
  return (
    <p className="deep-convnet__flow" aria-label="층마다 출력 모양">
      <span>입력 1×28×28</span>
      {shownLayers(layers).map((l) => (
        <span key={l.name} data-layer={l.name}>
          → {label(l.name)} {l.shape.join('×')}
        </span>
      ))}
      <span className="deep-convnet__muted">매개변수 {parameters.toLocaleString('en-US')}개</span>
    </p>
  );
}
