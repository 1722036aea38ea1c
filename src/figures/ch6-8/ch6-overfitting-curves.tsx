import { ArrowDefs } from '../svg';

// 과대적합의 전형적인 모습(개념도): 훈련 정확도는 1에 닿고 시험 정확도는 한참 아래에서 멈춰요.
const W = 600;
const H = 310;
const X0 = 60;
const X1 = 570;
const Y0 = 250;
const Y1 = 40;
const EMAX = 200;
const sx = (e: number) => X0 + (e / EMAX) * (X1 - X0);
const sy = (a: number) => Y0 - a * (Y0 - Y1);
const train = (e: number) => 1 - 0.92 * Math.exp(-e / 28);
const test = (e: number) => 0.72 - 0.64 * Math.exp(-e / 22);
const path = (f: (e: number) => number) =>
  Array.from({ length: 101 }, (_, i) => {
    const e = (i * EMAX) / 100;
    return `${i === 0 ? 'M' : 'L'}${sx(e).toFixed(1)},${sy(f(e)).toFixed(1)}`;
  }).join(' ');
const GAP_E = 160;

export default function Ch6OverfittingCurves() {
  return (
    <svg
      role="img"
      aria-label="과대적합 개념도. 가로축은 에폭, 세로축은 정확도. 훈련 데이터의 정확도는 에폭이 지날수록 1에 가까워지지만 시험 데이터의 정확도는 0.7 근처에서 멈춰, 두 곡선 사이에 큰 간격이 생겨요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
    >
      <ArrowDefs heads={[{ id: 'ch6-of-arrow', c: 'var(--bad)', refX: 5 }]} />
      <line x1={X0} y1={Y0} x2={X1} y2={Y0} style={{ stroke: 'var(--muted)' }} />
      <line x1={X0} y1={Y0} x2={X0} y2={Y1 - 10} style={{ stroke: 'var(--muted)' }} />
      {[0, 0.5, 1].map((a) => (
        <g key={a}>
          <line
            x1={X0}
            y1={sy(a)}
            x2={X1}
            y2={sy(a)}
            style={{ stroke: 'var(--border)', strokeDasharray: '3 4' }}
          />
          <text
            x={X0 - 8}
            y={sy(a) + 4}
            textAnchor="end"
            fontSize={12}
            style={{ fill: 'var(--muted)' }}
          >
            {a}
          </text>
        </g>
      ))}
      {[0, 50, 100, 150, 200].map((e) => (
        <text
          key={e}
          x={sx(e)}
          y={Y0 + 18}
          textAnchor="middle"
          fontSize={12}
          style={{ fill: 'var(--muted)' }}
        >
          {e}
        </text>
      ))}
      <text
        x={(X0 + X1) / 2}
        y={Y0 + 40}
        textAnchor="middle"
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
      >
        에폭
      </text>
      <text
        x={16}
        y={(Y0 + Y1) / 2}
        fontSize={13}
        style={{ fill: 'var(--muted)' }}
        transform={`rotate(-90 16 ${(Y0 + Y1) / 2})`}
        textAnchor="middle"
      >
        정확도
      </text>

      <path d={path(train)} style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2.5 }} />
      <path
        d={path(test)}
        style={{
          fill: 'none',
          stroke: 'var(--accent-2)',
          strokeWidth: 2.5,
          strokeDasharray: '7 4',
        }}
      />
      <text x={sx(70)} y={sy(train(70)) - 10} fontSize={14} style={{ fill: 'var(--accent)' }}>
        훈련 데이터
      </text>
      <text x={sx(70)} y={sy(test(70)) + 22} fontSize={14} style={{ fill: 'var(--accent-2)' }}>
        시험 데이터
      </text>

      <line
        x1={sx(GAP_E)}
        y1={sy(train(GAP_E)) + 6}
        x2={sx(GAP_E)}
        y2={sy(test(GAP_E)) - 6}
        markerStart="url(#ch6-of-arrow)"
        markerEnd="url(#ch6-of-arrow)"
        style={{ stroke: 'var(--bad)', strokeWidth: 2 }}
      />
      <text
        x={sx(GAP_E) - 8}
        y={(sy(train(GAP_E)) + sy(test(GAP_E))) / 2 + 5}
        textAnchor="end"
        fontSize={13}
        style={{ fill: 'var(--bad)' }}
      >
        벌어진 간격 = 과대적합
      </text>
      <text x={X1} y={H - 6} textAnchor="end" fontSize={12} style={{ fill: 'var(--muted)' }}>
        개념도: 실제 값이 아니라 전형적인 모양이에요
      </text>
    </svg>
  );
}
