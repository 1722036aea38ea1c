// OH = (H + 2P − FH)/S + 1 with the current numbers, for both axes, and what the book's code
// does when the division does not come out even (it floors).
import { checkSize } from '../../../experiments/client';
import { fmt, Tex } from '../../kit';

function axis(o: string, h: string, f: string, H: number, F: number, P: number, S: number) {
  const c = checkSize(H, F, P, S);
  const value = c.divisible ? `${c.floored}` : `${fmt(c.exact)}`;
  return {
    c,
    general: `${o} = \\frac{${h} + 2P - ${f}}{S} + 1`,
    numbers: `= \\frac{${H} + 2\\cdot${P} - ${F}}{${S}} + 1 = ${value}`,
  };
}

export function SizeFormula({
  H,
  W,
  FH,
  FW,
  P,
  S,
}: {
  H: number;
  W: number;
  FH: number;
  FW: number;
  P: number;
  S: number;
}) {
  const oh = axis('OH', 'H', 'FH', H, FH, P, S);
  const ow = axis('OW', 'W', 'FW', W, FW, P, S);
  const fits = oh.c.fits && ow.c.fits;
  const even = oh.c.divisible && ow.c.divisible;
  return (
    <div className="conv-formula" data-size={fits ? `${oh.c.floored}x${ow.c.floored}` : 'none'}>
      {[oh, ow].map((a) => (
        <p key={a.general} className="conv-eq">
          <Tex tex={a.general} display />
          <Tex tex={a.numbers} display />
        </p>
      ))}
      {!fits && (
        <p className="conv-warning" role="status">
          필터({FH}×{FW})가 패딩을 더한 입력({H + 2 * P}×{W + 2 * P})보다 커서 필터를 놓을 자리가
          없어요. 패딩을 늘리거나 필터를 줄여 보세요.
        </p>
      )}
      {fits && !even && (
        <p className="conv-warning" role="status">
          출력 크기가 정수가 아니에요: 이 설정은 원래 불가능한 조합이에요. 책의 코드는{' '}
          <code>1 + int((H + 2*pad - FH) / stride)</code>로 소수점을 버리므로, 여기서도 소수점을
          버려 출력 크기를 정했어요: {oh.c.floored}×{ow.c.floored} (오른쪽·아래쪽 끝의 일부 칸은
          쓰이지 않아요).
        </p>
      )}
    </div>
  );
}
