// XOR = AND(NAND(x1, x2), OR(x1, x2)) with the book's weights: both hidden lines over the input
// plane, the hidden outputs' plane with one AND line, and the final table.
import {
  BOOK_GATE_WEIGHTS,
  GATE_INPUTS,
  gateTargets,
  perceptron,
} from '../../../experiments/client';
import { flip, formatAffine, outputRegions, pointLabel, type HalfPlane } from '../model';
import { GatePlot, type PlotPoint } from './GatePlot';
import { XorTable, type XorRow } from './XorTable';

export function XorConstruction() {
  const { nand, or, and } = BOOK_GATE_WEIGHTS;
  const targets = gateTargets('xor');
  const rows: XorRow[] = GATE_INPUTS.map(([a, b], i) => {
    const s1 = perceptron('nand', a, b);
    const s2 = perceptron('or', a, b);
    return { x: [a, b] as const, s1, s2, y: perceptron('and', s1, s2), t: targets[i] };
  });
  const nandH: HalfPlane = { w: nand.w, b: nand.b };
  const orH: HalfPlane = { w: or.w, b: or.b };
  // Inputs that land on the same hidden point share one marker.
  const hidden = new Map<string, PlotPoint>();
  for (const r of rows) {
    const key = `${r.s1},${r.s2}`;
    const prev = hidden.get(key);
    hidden.set(key, {
      at: [r.s1, r.s2],
      target: r.t,
      output: r.y,
      label: prev ? `${prev.label} ${pointLabel(r.x)}` : pointLabel(r.x),
    });
  }
  return (
    <section className="perceptron-gates-xor" aria-label="두 층으로 만든 XOR">
      <h4 className="perceptron-gates-subtitle">층을 하나 더: XOR = AND(NAND, OR)</h4>
      <p>
        직선 하나로는 안 되지만, 직선 두 개(은닉층)를 쓰면 돼요. s₁ = NAND(x₁, x₂)와 s₂ = OR(x₁,
        x₂)가 평면을 세 조각으로 나누고, 두 조건이 모두 참인 가운데 띠만 AND(s₁, s₂) = 1이 돼요.
      </p>
      <div className="perceptron-gates-xor-plots">
        <figure>
          <GatePlot
            label={`입력 평면의 두 은닉 직선: s₁ ${formatAffine(nand.w, nand.b)} = 0, s₂ ${formatAffine(or.w, or.b)} = 0. 두 직선 사이의 띠에서 XOR = 1.`}
            points={rows.map((r) => ({
              at: [r.x[0], r.x[1]],
              target: r.t,
              output: r.y,
              label: pointLabel(r.x),
            }))}
            regions={[
              { halfPlanes: [nandH, orH], kind: 'one', text: 'y = 1' },
              { halfPlanes: [flip(nandH)], kind: 'zero' },
              { halfPlanes: [flip(orH)], kind: 'zero' },
            ]}
            lines={[
              { ...nandH, variant: 'hidden-1', role: 'hidden-nand', label: 's₁ NAND' },
              { ...orH, variant: 'hidden-2', role: 'hidden-or', label: 's₂ OR' },
            ]}
          />
          <figcaption>1층: 입력 (x₁, x₂) 평면의 두 직선</figcaption>
        </figure>
        <figure>
          <GatePlot
            label={`은닉 평면 (s₁, s₂): 네 입력이 세 점으로 모이고, AND 직선 ${formatAffine(and.w, and.b, ['s₁', 's₂'])} = 0이 이들을 나눠요.`}
            axes={['s₁', 's₂']}
            points={[...hidden.values()]}
            regions={outputRegions({ w: and.w, b: and.b })}
            lines={[{ w: and.w, b: and.b, variant: 'main', role: 'hidden-and', label: 'AND' }]}
          />
          <figcaption>2층: 은닉 출력 (s₁, s₂) 평면에서는 AND 직선 하나로 충분</figcaption>
        </figure>
      </div>
      <XorTable rows={rows} />
    </section>
  );
}
