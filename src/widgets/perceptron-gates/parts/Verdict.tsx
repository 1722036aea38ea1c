// Whether a line can implement the gate: for XOR, why none can (the four inequalities).
import type { Gate } from '../../../experiments';
import { gateName } from '../model';

export function Verdict({ gate, correct }: { gate: Gate; correct: number }) {
  if (gate === 'xor') {
    return (
      <div
        className="perceptron-gates-verdict perceptron-gates-verdict-no"
        data-separable="false"
        role="status"
      >
        <p>
          <strong>XOR의 네 입력을 0과 1로 나누는 직선은 없어요.</strong> (0, 1)·(1, 0)과 (0, 0)·(1,
          1)이 대각선으로 엇갈려 있어서, 어떤 w₁, w₂, b를 골라도 적어도 한 칸은 틀려요 (선형 분리
          불가능). 지금은 4칸 중 {correct}칸이 맞아요.
        </p>
        <p className="perceptron-gates-proof">
          왜냐하면: (0, 0)→0이려면 b ≤ 0, (1, 0)→1이려면 w₁ + b &gt; 0, (0, 1)→1이려면 w₂ + b &gt;
          0. 두 식을 더하면 w₁ + w₂ + b &gt; −b ≥ 0이라 (1, 1)도 1이 되고 말아요.
        </p>
      </div>
    );
  }
  return (
    <p
      className={`perceptron-gates-verdict ${correct === 4 ? 'perceptron-gates-verdict-yes' : ''}`}
      data-separable="true"
      role="status"
    >
      {correct === 4
        ? `이 직선이 ${gateName(gate)} 게이트를 구현해요: 네 입력이 모두 맞는 쪽에 있어요.`
        : `${gateName(gate)} 게이트의 네 입력은 직선 하나로 나눌 수 있어요. 지금 직선은 4칸 중 ${correct}칸을 맞혀요.`}
    </p>
  );
}
