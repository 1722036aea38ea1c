// The planted bug as the line of the book's Python it changes: correct → planted.
import { GRADIENT_BUG_CODE, type GradientBug } from '../../../experiments/client';

export function BugCode({ bug }: { bug: GradientBug }) {
  if (bug === 'none')
    return (
      <p className="gradient-check-note">
        역전파는 엔진의 backward() 그대로예요. 위에서 버그를 하나 심어 보세요.
      </p>
    );
  const [right, wrong] = GRADIENT_BUG_CODE[bug];
  return (
    <div className="gradient-check-code" data-bug={bug}>
      <code className="gradient-check-code-right">
        <span aria-hidden="true">✓ </span>
        {right}
      </code>
      <code className="gradient-check-code-wrong">
        <span aria-hidden="true">✗ </span>
        {wrong}
      </code>
      <p className="gradient-check-note">
        순전파는 그대로라 손실과 수치 미분은 변하지 않고, 역전파 쪽 기울기만 틀려요.
      </p>
    </div>
  );
}
