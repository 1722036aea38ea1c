// The shapes along the network for one forward pass: X (B, 784) · W1 (784, 50) → (B, 50) · …
// → Y (B, 10); for one image, the book's 1-D x[i] of 784.
import { shapeChain, shapeText } from '../model';

export function ShapeLine({
  layers,
  batch,
}: {
  layers: ReadonlyArray<readonly [number, number]>;
  /** null: one image (1-D) */
  batch: number | null;
}) {
  const chain = shapeChain(layers, batch);
  return (
    <p className="mnist-inference-shapes" data-shapes={shapeText(chain)}>
      <span className="mnist-inference-shape">
        <b>{chain.x.name}</b> <code>{chain.x.shape}</code>
      </span>
      {chain.steps.map((s) => (
        <span key={s.W.name} className="mnist-inference-shape">
          {/* whole on a line; on a narrow one, the arrow's side goes below */}
          <span>
            · <b>{s.W.name}</b> <code>{s.W.shape}</code>
          </span>{' '}
          <span>
            → {s.out.name === 'Y' && <b>Y </b>}
            <code>{s.out.shape}</code>
          </span>
        </span>
      ))}
    </p>
  );
}
