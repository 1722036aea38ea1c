import { T, Node, Arrow, Box, ArrowDefs } from '../svg';

// 3장: 뉴런 하나 안에서 일어나는 두 단계. 가중합 a를 구하고, 활성화 함수 h로 y를 만들어요.
export default function Ch3NeuronInside() {
  const m = 'ch3-neuron-inside-arr';
  const ins: Array<[string, number, string]> = [
    ['1', 50, 'b'],
    ['x₁', 115, 'w₁'],
    ['x₂', 180, 'w₂'],
  ];
  const ax = 290;
  const ay = 115;
  const yx = 420;
  return (
    <svg
      role="img"
      aria-label="뉴런 내부의 계산. 값이 1인 입력은 b를, x1은 w1을, x2는 w2를 곱해 뉴런 안의 a로 모이고, a는 활성화 함수 h를 거쳐 출력 y가 돼요. 식으로는 a = b + w1x1 + w2x2, y = h(a)예요."
      viewBox="0 0 540 260"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--fg)' }]} />
      <Box x={240} y={60} w={230} h={110} rx={55} c="var(--accent)" fill="var(--surface)" />
      {ins.map(([label, y, w]) => (
        <g key={label}>
          <Arrow
            x1={70}
            y1={y}
            x2={ax}
            y2={ay}
            r1={20}
            r2={22}
            m={m}
            c={label === '1' ? 'var(--muted)' : 'var(--fg)'}
            dashed={label === '1'}
          />
          <Node
            x={70}
            y={y}
            r={20}
            label={label}
            c={label === '1' ? 'var(--muted)' : 'var(--fg)'}
            dashed={label === '1'}
          />
          <T x={160} y={y + (ay - y) * 0.45 - 8} c="var(--accent-2)" i>
            {w}
          </T>
        </g>
      ))}
      <Arrow x1={ax} y1={ay} x2={yx} y2={ay} r1={22} r2={22} m={m} />
      <T x={355} y={ay - 10} c="var(--accent)" i>
        h( )
      </T>
      <Node x={ax} y={ay} r={22} label="a" c="var(--accent)" />
      <Node x={yx} y={ay} r={22} label="y" c="var(--accent-2)" />
      <Arrow x1={yx} y1={ay} x2={520} y2={ay} r1={22} m={m} />
      <T x={355} y={52} c="var(--accent)" s={13}>
        뉴런 하나
      </T>
      <T x={270} y={215} s={15}>
        a = b + w₁x₁ + w₂x₂
      </T>
      <T x={270} y={242} s={15}>
        y = h(a)
      </T>
    </svg>
  );
}
