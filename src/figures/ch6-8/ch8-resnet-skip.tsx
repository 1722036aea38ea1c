import { Arrow, ArrowDefs } from '../svg';

// ResNet의 스킵 연결: y = F(x) + x. 역전파 때 기울기가 덧셈 노드를 지나 그대로 앞쪽으로 흘러요.
const W = 640;
const H = 230;
const Y = 130;
const BH = 44;

export default function Ch8ResnetSkip() {
  const xIn = 40;
  const b1 = 110;
  const relu = 260;
  const b2 = 360;
  const plus = 520;
  const out = 600;
  return (
    <svg
      role="img"
      aria-label="ResNet의 잔차 블록. 입력 x가 합성곱 층, ReLU, 합성곱 층을 거쳐 F(x)가 되고, 이와 별도로 입력 x가 층들을 건너뛰는 스킵 연결을 따라 덧셈 노드로 가서 F(x)와 더해져 출력 F(x) + x가 돼요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs
        heads={[
          { id: 'ch8-res-arrow', c: 'var(--fg)' },
          { id: 'ch8-res-arrow2', c: 'var(--accent-2)' },
        ]}
      />

      <text x={xIn} y={Y + 6} textAnchor="middle" fontSize={18} style={{ fill: 'var(--fg)' }}>
        x
      </text>
      <Arrow x1={xIn + 14} y1={Y} x2={b1 - 4} y2={Y} m="ch8-res-arrow" sw={2} />

      <rect
        x={b1}
        y={Y - BH / 2}
        width={120}
        height={BH}
        rx={8}
        style={{ fill: 'var(--accent)', fillOpacity: 0.2, stroke: 'var(--accent)', strokeWidth: 2 }}
      />
      <text x={b1 + 60} y={Y + 5} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        합성곱 층
      </text>
      <Arrow x1={b1 + 120} y1={Y} x2={relu - 4} y2={Y} m="ch8-res-arrow" sw={2} />

      <rect
        x={relu}
        y={Y - BH / 2}
        width={70}
        height={BH}
        rx={8}
        style={{ fill: 'var(--surface)', stroke: 'var(--muted)', strokeWidth: 2 }}
      />
      <text x={relu + 35} y={Y + 5} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        ReLU
      </text>
      <Arrow x1={relu + 70} y1={Y} x2={b2 - 4} y2={Y} m="ch8-res-arrow" sw={2} />

      <rect
        x={b2}
        y={Y - BH / 2}
        width={120}
        height={BH}
        rx={8}
        style={{ fill: 'var(--accent)', fillOpacity: 0.2, stroke: 'var(--accent)', strokeWidth: 2 }}
      />
      <text x={b2 + 60} y={Y + 5} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        합성곱 층
      </text>
      <Arrow x1={b2 + 120} y1={Y} x2={plus - 18} y2={Y} m="ch8-res-arrow" sw={2} />
      <text
        x={b2 + 136}
        y={Y + 24}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--accent)' }}
      >
        F(x)
      </text>

      <circle
        cx={plus}
        cy={Y}
        r={15}
        style={{ fill: 'var(--surface)', stroke: 'var(--fg)', strokeWidth: 2 }}
      />
      <text x={plus} y={Y + 6} textAnchor="middle" fontSize={20} style={{ fill: 'var(--fg)' }}>
        +
      </text>
      <Arrow x1={plus + 15} y1={Y} x2={out - 16} y2={Y} m="ch8-res-arrow" sw={2} />
      <text
        x={(plus + out) / 2 - 2}
        y={Y + 28}
        textAnchor="middle"
        fontSize={15}
        style={{ fill: 'var(--fg)' }}
      >
        F(x) + x
      </text>
      <text x={out + 2} y={Y + 6} textAnchor="middle" fontSize={14} style={{ fill: 'var(--fg)' }}>
        ReLU
      </text>

      <path
        d={`M${xIn + 24},${Y} C${xIn + 60},${Y - 100} ${plus - 40},${Y - 100} ${plus},${Y - 17}`}
        markerEnd="url(#ch8-res-arrow2)"
        style={{ fill: 'none', stroke: 'var(--accent-2)', strokeWidth: 3 }}
      />
      <text
        x={(xIn + plus) / 2 + 10}
        y={Y - 82}
        textAnchor="middle"
        fontSize={14}
        style={{ fill: 'var(--accent-2)' }}
      >
        스킵 연결: x를 그대로 더해요
      </text>

      <text x={W / 2} y={H - 30} textAnchor="middle" fontSize={13} style={{ fill: 'var(--muted)' }}>
        역전파 때 덧셈 노드는 기울기를 양쪽에 그대로 보내요.
      </text>
      <text x={W / 2} y={H - 10} textAnchor="middle" fontSize={13} style={{ fill: 'var(--muted)' }}>
        그래서 스킵 연결을 따라 기울기가 줄지 않고 앞쪽 층까지 흘러가요.
      </text>
    </svg>
  );
}
