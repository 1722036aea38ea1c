import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: 사과 쇼핑의 계산 그래프. 위는 순전파(100 → 200 → 220), 아래는 역전파(1 → 1.1 → 2.2).
export default function Ch5AppleGraph() {
  const mf = 'ch5-apple-graph-f';
  const mb = 'ch5-apple-graph-b';
  const y = 110;
  const n1 = 230;
  const n2 = 410;
  const r = 24;
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  return (
    <svg
      role="img"
      aria-label="사과 쇼핑의 계산 그래프. 사과 가격 100과 사과 개수 2가 곱셈 노드에서 200이 되고, 200과 소비세 1.1이 두 번째 곱셈 노드에서 지불 금액 220이 돼요. 역전파는 오른쪽 끝의 1에서 시작해 200 쪽으로 1.1, 소비세 쪽으로 200, 사과 가격 쪽으로 2.2, 사과 개수 쪽으로 110이 전달돼요."
      viewBox="0 0 600 280"
      width="100%"
      style={{ maxWidth: 620 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
        ]}
      />
      {/* 순전파 에지 */}
      <Arrow x1={70} y1={y} x2={n1} y2={y} r2={r} m={mf} />
      <Arrow x1={n1} y1={230} x2={n1} y2={y} r2={r} m={mf} />
      <Arrow x1={n1} y1={y} x2={n2} y2={y} r1={r} r2={r} m={mf} />
      <Arrow x1={n2} y1={230} x2={n2} y2={y} r2={r} m={mf} />
      <Arrow x1={n2} y1={y} x2={560} y2={y} r1={r} m={mf} />
      {/* 역전파 화살표 (아래쪽/오른쪽에 평행하게) */}
      <Arrow x1={545} y1={y + 16} x2={n2 + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={n2 - r - 6} y1={y + 16} x2={n1 + r + 6} y2={y + 16} m={mb} c={B} />
      <Arrow x1={n1 - r - 6} y1={y + 16} x2={80} y2={y + 16} m={mb} c={B} />
      <Arrow x1={n1 + 16} y1={y + r + 8} x2={n1 + 16} y2={222} m={mb} c={B} />
      <Arrow x1={n2 + 16} y1={y + r + 8} x2={n2 + 16} y2={222} m={mb} c={B} />
      <Node x={n1} y={y} r={r} label="×" s={20} />
      <Node x={n2} y={y} r={r} label="×" s={20} />
      {/* 입력 이름 */}
      <T x={40} y={y + 5}>
        사과
      </T>
      <T x={n1} y={252}>
        사과 개수
      </T>
      <T x={n2} y={252}>
        소비세
      </T>
      <T x={580} y={y + 5} a="middle" s={13}>
        지불
      </T>
      {/* 순전파 값 */}
      <T x={150} y={y - 10} c={F} w={600}>
        100
      </T>
      <T x={n1 - 14} y={185} a="end" c={F} w={600}>
        2
      </T>
      <T x={320} y={y - 10} c={F} w={600}>
        200
      </T>
      <T x={n2 - 14} y={185} a="end" c={F} w={600}>
        1.1
      </T>
      <T x={495} y={y - 10} c={F} w={600}>
        220
      </T>
      {/* 역전파 값 */}
      <T x={150} y={y + 38} c={B} w={600}>
        2.2
      </T>
      <T x={n1 + 24} y={185} a="start" c={B} w={600}>
        110
      </T>
      <T x={320} y={y + 38} c={B} w={600}>
        1.1
      </T>
      <T x={n2 + 24} y={185} a="start" c={B} w={600}>
        200
      </T>
      <T x={495} y={y + 38} c={B} w={600}>
        1
      </T>
      <T x={300} y={30} c={F} s={13}>
        파란 숫자: 순전파 값 (왼쪽 → 오른쪽)
      </T>
      <T x={300} y={50} c={B} s={13}>
        주황 숫자: 역전파로 전해지는 미분 (오른쪽 → 왼쪽)
      </T>
    </svg>
  );
}
