// The ✓ / ✗ cell of a truth table (with words for screen readers).
export function Mark({ ok }: { ok: boolean }) {
  return (
    <td className={ok ? 'perceptron-gates-ok' : 'perceptron-gates-bad'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      <span className="perceptron-gates-sr">{ok ? '맞음' : '틀림'}</span>
    </td>
  );
}
