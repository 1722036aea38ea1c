import { T, Node, Arrow, ArrowDefs } from '../svg';

// 2장: NAND와 OR의 출력을 AND에 넣으면 XOR이 돼요 (2층 퍼셉트론).
export default function Ch2XorNetwork() {
  const m = 'ch2-xor-network-arr';
  const x1 = { x: 70, y: 70 };
  const x2 = { x: 70, y: 180 };
  const s1 = { x: 250, y: 70 };
  const s2 = { x: 250, y: 180 };
  const y = { x: 430, y: 125 };
  const edges = [
    [x1, s1],
    [x1, s2],
    [x2, s1],
    [x2, s2],
  ];
  return (
    <svg
      role="img"
      aria-label="XOR을 만드는 2층 퍼셉트론. 입력 x1, x2가 NAND 뉴런 s1과 OR 뉴런 s2에 함께 들어가고, s1과 s2가 AND 뉴런 y로 들어가요. 입력층은 0층, s1과 s2는 1층, y는 2층이에요."
      viewBox="0 0 520 270"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--fg)' }]} />
      {edges.map(([a, b], k) => (
        <Arrow key={k} x1={a.x} y1={a.y} x2={b.x} y2={b.y} r1={22} r2={24} m={m} />
      ))}
      <Arrow x1={s1.x} y1={s1.y} x2={y.x} y2={y.y} r1={24} r2={24} m={m} />
      <Arrow x1={s2.x} y1={s2.y} x2={y.x} y2={y.y} r1={24} r2={24} m={m} />
      <Arrow x1={y.x + 24} y1={y.y} x2={y.x + 70} y2={y.y} m={m} />
      <Node x={x1.x} y={x1.y} label="x₁" />
      <Node x={x2.x} y={x2.y} label="x₂" />
      <Node x={s1.x} y={s1.y} r={24} label="s₁" c="var(--accent)" />
      <Node x={s2.x} y={s2.y} r={24} label="s₂" c="var(--accent)" />
      <Node x={y.x} y={y.y} r={24} label="y" c="var(--accent-2)" />
      <T x={s1.x} y={s1.y - 34} c="var(--accent)" s={13} w={600}>
        NAND
      </T>
      <T x={s2.x} y={s2.y + 42} c="var(--accent)" s={13} w={600}>
        OR
      </T>
      <T x={y.x} y={y.y - 34} c="var(--accent-2)" s={13} w={600}>
        AND
      </T>
      <T x={x1.x} y={255} c="var(--muted)" s={13}>
        0층 (입력)
      </T>
      <T x={s1.x} y={255} c="var(--muted)" s={13}>
        1층
      </T>
      <T x={y.x} y={255} c="var(--muted)" s={13}>
        2층 (출력)
      </T>
    </svg>
  );
}
