import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: 덧셈 노드는 상류 값을 그대로, 곱셈 노드는 반대쪽 입력을 곱해서 하류로 보내요.
function Panel({
  ox,
  op,
  title,
  fx,
  fy,
  fz,
  bx,
  by,
  m,
  mb,
}: {
  ox: number;
  op: string;
  title: string;
  fx: string;
  fy: string;
  fz: string;
  bx: string;
  by: string;
  m: string;
  mb: string;
}) {
  const nx = ox + 180;
  const ny = 130;
  const r = 24;
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  return (
    <g>
      <T x={ox + 150} y={30} w={600}>
        {title}
      </T>
      <Arrow x1={ox + 20} y1={70} x2={nx} y2={ny} r2={r} m={m} />
      <Arrow x1={ox + 20} y1={190} x2={nx} y2={ny} r2={r} m={m} />
      <Arrow x1={nx} y1={ny} x2={ox + 290} y2={ny} r1={r} m={m} />
      <Node x={nx} y={ny} r={r} label={op} s={20} />
      <T x={ox + 45} y={64} c={F} w={600}>
        {fx}
      </T>
      <T x={ox + 45} y={207} c={F} w={600}>
        {fy}
      </T>
      <T x={ox + 250} y={ny - 12} c={F} w={600}>
        {fz}
      </T>
      <Arrow x1={ox + 280} y1={ny + 16} x2={nx + r + 6} y2={ny + 16} m={mb} c={B} />
      <T x={ox + 250} y={ny + 40} c={B} w={600}>
        1.3
      </T>
      <T x={ox + 92} y={90} a="start" c={B} w={600}>
        {bx}
      </T>
      <T x={ox + 92} y={188} a="start" c={B} w={600}>
        {by}
      </T>
    </g>
  );
}

export default function Ch5AddMulNodes() {
  const m = 'ch5-addmul-f';
  const mb = 'ch5-addmul-b';
  return (
    <svg
      role="img"
      aria-label="덧셈 노드와 곱셈 노드의 역전파. 왼쪽 덧셈 노드는 10 + 5 = 15이고, 상류에서 1.3이 오면 두 입력 쪽 모두에 1.3을 그대로 보내요. 오른쪽 곱셈 노드는 10 × 5 = 50이고, 상류에서 1.3이 오면 10 쪽으로는 1.3 × 5 = 6.5를, 5 쪽으로는 1.3 × 10 = 13을 보내요."
      viewBox="0 0 640 260"
      width="100%"
      style={{ maxWidth: 640 }}
    >
      <ArrowDefs
        heads={[
          { id: m, c: 'var(--fg)' },
          { id: mb, c: 'var(--accent-2)' },
        ]}
      />
      <Panel
        ox={10}
        op="+"
        title="덧셈 노드: 그대로 흘려보내기"
        fx="10"
        fy="5"
        fz="15"
        bx="1.3 × 1"
        by="1.3 × 1"
        m={m}
        mb={mb}
      />
      <line x1={320} y1={20} x2={320} y2={230} style={{ stroke: 'var(--border)' }} />
      <Panel
        ox={330}
        op="×"
        title="곱셈 노드: 바꿔 곱하기"
        fx="10"
        fy="5"
        fz="50"
        bx="1.3 × 5 = 6.5"
        by="1.3 × 10 = 13"
        m={m}
        mb={mb}
      />
      <T x={320} y={252} c="var(--muted)" s={13}>
        파란색: 순전파 값 · 주황색: 역전파 값 (상류에서 1.3이 왔을 때)
      </T>
    </svg>
  );
}
