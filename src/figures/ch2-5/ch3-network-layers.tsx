import { T, Node, Arrow, ArrowDefs } from '../svg';

// 3장: 입력층(0층), 은닉층(1층), 출력층(2층)으로 된 신경망. 편향은 값이 늘 1인 뉴런으로 그려요.
export default function Ch3NetworkLayers() {
  const m = 'ch3-network-layers-arr';
  const mb = 'ch3-network-layers-arr-b';
  const inX = 90;
  const hidX = 270;
  const outX = 450;
  const inputs = [95, 175];
  const bias = 255;
  const hidden = [75, 150, 225];
  const outputs = [112, 188];
  return (
    <svg
      role="img"
      aria-label="2층 신경망. 왼쪽 입력층에 뉴런 x1, x2와 값이 1인 편향 뉴런이 있고, 가운데 은닉층에 뉴런 3개, 오른쪽 출력층에 뉴런 y1, y2가 있어요. 이웃한 층의 뉴런끼리 모두 연결되어 있고, 편향 뉴런에서 나가는 점선 연결의 가중치가 편향 b예요."
      viewBox="0 0 540 330"
      width="100%"
      style={{ maxWidth: 560 }}
    >
      <ArrowDefs
        heads={[
          { id: m, c: 'var(--fg)' },
          { id: mb, c: 'var(--muted)' },
        ]}
      />
      {inputs.map((a) =>
        hidden.map((b) => (
          <Arrow
            key={`i${a}-${b}`}
            x1={inX}
            y1={a}
            x2={hidX}
            y2={b}
            r1={20}
            r2={22}
            m={m}
            sw={1.2}
          />
        )),
      )}
      {hidden.map((b) => (
        <Arrow
          key={`b${b}`}
          x1={inX}
          y1={bias}
          x2={hidX}
          y2={b}
          r1={20}
          r2={22}
          m={mb}
          c="var(--muted)"
          dashed
          sw={1.2}
        />
      ))}
      {hidden.map((a) =>
        outputs.map((b) => (
          <Arrow
            key={`h${a}-${b}`}
            x1={hidX}
            y1={a}
            x2={outX}
            y2={b}
            r1={22}
            r2={22}
            m={m}
            sw={1.2}
          />
        )),
      )}
      <Node x={inX} y={inputs[0]} r={20} label="x₁" />
      <Node x={inX} y={inputs[1]} r={20} label="x₂" />
      <Node x={inX} y={bias} r={20} label="1" c="var(--muted)" dashed />
      {hidden.map((b, k) => (
        <Node
          key={b}
          x={hidX}
          y={b}
          r={22}
          label={`a${['₁', '₂', '₃'][k]}`}
          c="var(--accent)"
          s={14}
        />
      ))}
      <Node x={outX} y={outputs[0]} r={22} label="y₁" c="var(--accent-2)" />
      <Node x={outX} y={outputs[1]} r={22} label="y₂" c="var(--accent-2)" />
      <T x={170} y={272} c="var(--muted)" s={13} i>
        b
      </T>
      <T x={inX} y={30} w={600} s={14}>
        입력층
      </T>
      <T x={hidX} y={30} w={600} s={14} c="var(--accent)">
        은닉층
      </T>
      <T x={outX} y={30} w={600} s={14} c="var(--accent-2)">
        출력층
      </T>
      <T x={inX} y={305} c="var(--muted)" s={13}>
        0층
      </T>
      <T x={hidX} y={305} c="var(--muted)" s={13}>
        1층
      </T>
      <T x={outX} y={305} c="var(--muted)" s={13}>
        2층
      </T>
      <T x={270} y={325} c="var(--muted)" s={12}>
        가중치를 가진 층은 두 개 → 책에서는 2층 신경망
      </T>
    </svg>
  );
}
