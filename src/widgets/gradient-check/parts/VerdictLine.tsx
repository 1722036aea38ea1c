// The check's verdict in words: 통과 (PASS) or 실패 (FAIL) with the failing tensors, and whether
// some other h would pass (then h is to blame) or none does (then backward() is). Before the first
// result it says what is being computed, in about the length of the passing verdict.
import type { GradientPrecision } from '../../../experiments/client';
import { fmtH, type Verdict } from '../model';

export function VerdictLine({ v, precision }: { v: Verdict | null; precision: GradientPrecision }) {
  if (!v)
    return (
      <p className="gradient-check-verdict" role="status">
        <strong>계산 중…</strong> 엔진은 역전파(backward())로, JS는 수치 미분으로 같은 기울기를
        구하고 있어요.
      </p>
    );
  const hint = v.pass
    ? '역전파가 구한 기울기가 수치 미분과 일치해요. 구현을 믿어도 좋아요.'
    : v.passingHs.length > 0
      ? `그런데 같은 ${precision}에서 h = ${fmtH(v.passingHs[0])} … ${fmtH(v.passingHs[v.passingHs.length - 1])}이면 통과해요: 이번 실패는 역전파가 아니라 h 탓(절단 오차나 반올림 오차)이에요.`
      : precision === 'float64'
        ? 'h를 어떻게 바꿔도 통과하지 못해요: 역전파(backward) 구현을 의심하세요.'
        : 'float32에서는 h를 어떻게 바꿔도 통과하지 못해요. 버그일 수도, float32의 반올림 오차가 너무 큰 것일 수도 있어요: float64로 확인해 보세요.';
  return (
    <p
      className={`gradient-check-verdict ${v.pass ? 'gradient-check-verdict-ok' : 'gradient-check-verdict-bad'}`}
      role="status"
    >
      <strong>{v.pass ? '통과 (PASS)' : `실패 (FAIL): ${v.failing.join(', ')}`}</strong>
      {v.pass ? ' ' : '의 기울기가 어긋나요. '}
      {hint}
    </p>
  );
}
