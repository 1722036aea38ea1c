import { T, Node, Arrow, ArrowDefs } from '../svg';

// 5장: 시그모이드 y = 1 / (1 + exp(−x))의 계산 그래프와 역전파. 끝에는 ∂L/∂y · y(1 − y)가 돼요.
const NODES: Array<[number, string]> = [
  [150, '×'],
  [290, 'exp'],
  [430, '+'],
  [570, '/'],
];
const FWD: Array<[number, string]> = [
  [80, 'x'],
  [220, '−x'],
  [360, 'exp(−x)'],
  [500, '1 + exp(−x)'],
  [640, 'y'],
];
const BWD: Array<[number, string, string]> = [
  [640, '∂L/∂y', ''],
  [500, '−∂L/∂y · y²', ''],
  [360, '−∂L/∂y · y²', ''],
  [220, '−∂L/∂y · y²', '· exp(−x)'],
  [80, '∂L/∂y · y²', '· exp(−x)'],
];
const LOCAL: Array<[number, string]> = [
  [150, '× (−1)'],
  [290, '× exp(−x)'],
  [430, '× 1'],
  [570, '× (−y²)'],
];

export default function Ch5SigmoidGraph() {
  const mf = 'ch5-sigmoid-f';
  const mb = 'ch5-sigmoid-b';
  const y = 110;
  const r = 24;
  const F = 'var(--accent)';
  const B = 'var(--accent-2)';
  const xs = [30, ...NODES.map((n) => n[0]), 700];
  return (
    <svg
      role="img"
      aria-label="시그모이드의 계산 그래프. x가 곱하기 −1 노드, exp 노드, 더하기 1 노드, 나누기 노드를 차례로 지나 y = 1/(1 + exp(−x))가 돼요. 역전파는 ∂L/∂y에서 시작해 나누기 노드에서 −y², 더하기 노드에서 1, exp 노드에서 exp(−x), 곱하기 −1 노드에서 −1이 곱해져, 입력 쪽에 ∂L/∂y · y² · exp(−x)가 도착하고, 이것은 ∂L/∂y · y(1 − y)와 같아요."
      viewBox="0 0 720 300"
      width="100%"
      style={{ maxWidth: 720 }}
    >
      <ArrowDefs
        heads={[
          { id: mf, c: 'var(--fg)' },
          { id: mb, c: B },
        ]}
      />
      {xs.slice(0, -1).map((x0, k) => (
        <g key={k}>
          <Arrow
            x1={x0}
            y1={y}
            x2={xs[k + 1]}
            y2={y}
            r1={k === 0 ? 0 : r}
            r2={k === xs.length - 2 ? 0 : r}
            m={mf}
          />
          <Arrow
            x1={xs[k + 1] - (k === xs.length - 2 ? 8 : r + 6)}
            y1={y + 16}
            x2={x0 + (k === 0 ? 8 : r + 6)}
            y2={y + 16}
            m={mb}
            c={B}
          />
        </g>
      ))}
      <Arrow x1={150} y1={40} x2={150} y2={y} r2={r} m={mf} />
      <Arrow x1={430} y1={40} x2={430} y2={y} r2={r} m={mf} />
      <T x={150} y={34} c={F} s={13}>
        −1
      </T>
      <T x={430} y={34} c={F} s={13}>
        1
      </T>
      {NODES.map(([x, label]) => (
        <Node key={x} x={x} y={y} r={r} label={label} s={label === 'exp' ? 13 : 18} />
      ))}
      {FWD.map(([x, label]) => (
        <T key={x} x={x} y={y - 10} c={F} s={13}>
          {label}
        </T>
      ))}
      {BWD.map(([x, l1, l2]) => (
        <g key={x}>
          <T x={x} y={y + 40} c={B} s={13}>
            {l1}
          </T>
          {l2 ? (
            <T x={x} y={y + 57} c={B} s={13}>
              {l2}
            </T>
          ) : null}
        </g>
      ))}
      {LOCAL.map(([x, label]) => (
        <T key={x} x={x} y={y + 86} c="var(--muted)" s={12}>
          {label}
        </T>
      ))}
      <T x={360} y={240} s={15}>
        ∂L/∂y · y² · exp(−x) = ∂L/∂y · y(1 − y)
      </T>
      <T x={360} y={270} c="var(--muted)" s={13}>
        회색: 각 노드가 곱하는 국소적 미분 · 주황: 역전파 값
      </T>
    </svg>
  );
}
