// Buttons that set the book's weights for AND, NAND and OR (two parameters and the gate at once,
// so they are buttons rather than generated controls), and XOR, built from two layers.
import { BOOK_GATE_WEIGHTS, type Gate } from '../../../experiments/client';
import { fmt } from '../../kit';
import { gateName } from '../model';

type Patch = { gate: Gate; w1?: number; w2?: number; b?: number };

export function BookPresets({
  current,
  onPick,
}: {
  current: { gate: Gate; w1: number; w2: number; b: number };
  onPick: (patch: Patch) => void;
}) {
  return (
    <div className="perceptron-gates-presets" role="group" aria-label="책의 가중치로 맞추기">
      <span className="perceptron-gates-presets-title" aria-hidden="true">
        책의 가중치
      </span>
      {(['and', 'nand', 'or'] as const).map((g) => {
        const p = BOOK_GATE_WEIGHTS[g];
        const active =
          current.gate === g && current.w1 === p.w[0] && current.w2 === p.w[1] && current.b === p.b;
        return (
          <button
            key={g}
            type="button"
            aria-pressed={active}
            onClick={() => onPick({ gate: g, w1: p.w[0], w2: p.w[1], b: p.b })}
          >
            {gateName(g)}{' '}
            <span className="perceptron-gates-preset-values">
              ({fmt(p.w[0])}, {fmt(p.w[1])}, {fmt(p.b)})
            </span>
          </button>
        );
      })}
      <button
        type="button"
        aria-pressed={current.gate === 'xor'}
        onClick={() => onPick({ gate: 'xor' })}
      >
        XOR <span className="perceptron-gates-preset-values">= AND(NAND, OR)</span>
      </button>
    </div>
  );
}
