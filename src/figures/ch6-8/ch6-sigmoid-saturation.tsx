// 시그모이드와 그 미분: 양 끝(포화 구간)에서 기울기가 0에 가까워져요.
const W = 600;
const H = 300;
const X0 = 50;
const X1 = 580;
const Y0 = 250; // y = 0
const Y1 = 40; // y = 1
const XR = 8;
const sx = (x: number) => X0 + ((x + XR) / (2 * XR)) * (X1 - X0);
const sy = (y: number) => Y0 - y * (Y0 - Y1);
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const line = (f: (x: number) => number) =>
  Array.from({ length: 161 }, (_, i) => {
    const x = -XR + (i * 2 * XR) / 160;
    return `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(f(x)).toFixed(1)}`;
  }).join(' ');
const sigPath = line(sig);
const dPath = line((x) => sig(x) * (1 - sig(x)));
const xs = 4.6; // sigmoid(4.6) ≈ 0.99

export default function Ch6SigmoidSaturation() {
  return (
    <svg
      role="img"
      aria-label="시그모이드 함수와 그 미분의 그래프. 미분은 x = 0에서 최대 0.25이고, 출력이 0이나 1에 가까운 양 끝 포화 구간에서는 거의 0이에요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <rect
        x={X0}
        y={Y1 - 10}
        width={sx(-4) - X0}
        height={Y0 - Y1 + 10}
        style={{ fill: 'var(--bad)', opacity: 0.12 }}
      />
      <rect
        x={sx(4)}
        y={Y1 - 10}
        width={X1 - sx(4)}
        height={Y0 - Y1 + 10}
        style={{ fill: 'var(--bad)', opacity: 0.12 }}
      />
      <text
        x={(X0 + sx(-4)) / 2}
        y={Y1 + 8}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--bad)' }}
      >
        포화 구간
      </text>
      <text
        x={(sx(4) + X1) / 2}
        y={Y1 + 8}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--bad)' }}
      >
        포화 구간
      </text>

      <line x1={X0} y1={Y0} x2={X1} y2={Y0} style={{ stroke: 'var(--muted)' }} />
      <line x1={sx(0)} y1={Y0 + 5} x2={sx(0)} y2={Y1 - 12} style={{ stroke: 'var(--muted)' }} />
      <line
        x1={X0}
        y1={sy(1)}
        x2={X1}
        y2={sy(1)}
        style={{ stroke: 'var(--border)', strokeDasharray: '4 4' }}
      />
      {[0, 0.25, 0.5, 1].map((v) => (
        <text
          key={v}
          x={X0 - 6}
          y={sy(v) + 4}
          textAnchor="end"
          fontSize={12}
          style={{ fill: 'var(--muted)' }}
        >
          {v}
        </text>
      ))}
      {[-8, -4, 0, 4, 8].map((v) => (
        <text
          key={v}
          x={sx(v)}
          y={Y0 + 18}
          textAnchor="middle"
          fontSize={12}
          style={{ fill: 'var(--muted)' }}
        >
          {v}
        </text>
      ))}

      <path d={sigPath} style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2.5 }} />
      <path d={dPath} style={{ fill: 'none', stroke: 'var(--accent-2)', strokeWidth: 2.5 }} />

      <circle cx={sx(0)} cy={sy(0.25)} r={4} style={{ fill: 'var(--accent-2)' }} />
      <text x={sx(0) + 10} y={sy(0.25) - 8} fontSize={13} style={{ fill: 'var(--accent-2)' }}>
        기울기 최대 0.25
      </text>
      <circle cx={sx(xs)} cy={sy(sig(xs))} r={4} style={{ fill: 'var(--accent)' }} />
      <circle
        cx={sx(xs)}
        cy={sy(sig(xs) * (1 - sig(xs)))}
        r={4}
        style={{ fill: 'var(--accent-2)' }}
      />
      <text x={X1 - 4} y={sy(0.6)} textAnchor="end" fontSize={13} style={{ fill: 'var(--fg)' }}>
        출력 0.99 → 기울기 약 0.01
      </text>

      <text x={sx(2.2)} y={sy(0.97)} fontSize={14} style={{ fill: 'var(--accent)' }}>
        σ(x)
      </text>
      <text x={sx(-7.6)} y={sy(0.36)} fontSize={14} style={{ fill: 'var(--accent-2)' }}>
        σ′(x) = σ(x)(1 − σ(x))
      </text>
      <text x={X1} y={Y0 + 38} textAnchor="end" fontSize={13} style={{ fill: 'var(--muted)' }}>
        x (활성화 함수의 입력)
      </text>
    </svg>
  );
}
