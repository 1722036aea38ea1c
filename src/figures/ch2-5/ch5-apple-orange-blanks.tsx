import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: 사과 2개와 귤 3개, 소비세 1.1의 계산 그래프. 역전파 값은 ①~⑧ 빈칸으로 남겨 뒀어요.
function Blank({ x, y, n }: { x: number; y: number; n: string }) {
  return (
    <g>
      <rect
        x={x - 17}
        y={y - 14}
        width={34}
        height={24}
        rx={5}
        style={{ fill: 'var(--surface)', stroke: 'var(--accent-2)', strokeDasharray: '4 3' }}
      />
      <T x={x} y={y + 4} c="var(--accent-2)" s={14} w={600}>
        {n}
      </T>
    </g>
  );
}

export default function Ch5AppleOrangeBlanks() {
  const m = 'ch5-blanks-arr';
  const r = 22;
  const A = { x: 220, y: 100 };
  const O = { x: 220, y: 260 };
  const P = { x: 380, y: 180 };
  const X = { x: 520, y: 180 };
  const F = 'var(--accent)';
  return (
    <svg
      role="img"
      aria-label="사과와 귤 쇼핑의 계산 그래프. 사과 100원 곱하기 개수 2는 200, 귤 150원 곱하기 개수 3은 450, 둘을 더해 650, 소비세 1.1을 곱해 715예요. 역전파는 오른쪽 끝의 1에서 시작하고, 각 에지의 역전파 값은 1번부터 8번까지 빈칸으로 비어 있어요."
      viewBox="0 0 640 360"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--fg)' }]} />
      <Arrow x1={70} y1={A.y} x2={A.x} y2={A.y} r2={r} m={m} />
      <Arrow x1={A.x} y1={30} x2={A.x} y2={A.y} r2={r} m={m} />
      <Arrow x1={70} y1={O.y} x2={O.x} y2={O.y} r2={r} m={m} />
      <Arrow x1={O.x} y1={330} x2={O.x} y2={O.y} r2={r} m={m} />
      <Arrow x1={A.x} y1={A.y} x2={P.x} y2={P.y} r1={r} r2={r} m={m} />
      <Arrow x1={O.x} y1={O.y} x2={P.x} y2={P.y} r1={r} r2={r} m={m} />
      <Arrow x1={P.x} y1={P.y} x2={X.x} y2={X.y} r1={r} r2={r} m={m} />
      <Arrow x1={X.x} y1={300} x2={X.x} y2={X.y} r2={r} m={m} />
      <Arrow x1={X.x} y1={X.y} x2={610} y2={X.y} r1={r} m={m} />
      <Node x={A.x} y={A.y} r={r} label="×" s={20} />
      <Node x={O.x} y={O.y} r={r} label="×" s={20} />
      <Node x={P.x} y={P.y} r={r} label="+" s={20} />
      <Node x={X.x} y={X.y} r={r} label="×" s={20} />
      {/* 이름 */}
      <T x={38} y={A.y + 5}>
        사과
      </T>
      <T x={38} y={O.y + 5}>
        귤
      </T>
      <T x={A.x} y={22}>
        사과 개수
      </T>
      <T x={O.x} y={352}>
        귤 개수
      </T>
      <T x={X.x} y={320}>
        소비세
      </T>
      {/* 순전파 값 */}
      <T x={140} y={A.y - 12} c={F} w={600}>
        100
      </T>
      <T x={A.x - 12} y={62} a="end" c={F} w={600}>
        2
      </T>
      <T x={140} y={O.y - 12} c={F} w={600}>
        150
      </T>
      <T x={O.x - 12} y={305} a="end" c={F} w={600}>
        3
      </T>
      <T x={312} y={122} c={F} w={600}>
        200
      </T>
      <T x={318} y={244} c={F} w={600}>
        450
      </T>
      <T x={450} y={X.y - 12} c={F} w={600}>
        650
      </T>
      <T x={X.x - 12} y={258} a="end" c={F} w={600}>
        1.1
      </T>
      <T x={570} y={X.y - 12} c={F} w={600}>
        715
      </T>
      {/* 역전파 빈칸 */}
      <T x={570} y={X.y + 28} c="var(--accent-2)" w={600}>
        1
      </T>
      <Blank x={450} y={X.y + 26} n="①" />
      <Blank x={X.x + 34} y={250} n="②" />
      <Blank x={282} y={160} n="③" />
      <Blank x={282} y={202} n="④" />
      <Blank x={140} y={A.y + 26} n="⑤" />
      <Blank x={A.x + 34} y={62} n="⑥" />
      <Blank x={140} y={O.y + 26} n="⑦" />
      <Blank x={O.x + 34} y={300} n="⑧" />
    </svg>
  );
}
