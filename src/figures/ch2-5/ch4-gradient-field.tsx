import { T, CrossAxes, Arrow, ArrowDefs } from '../svg';

// 4장: f(x₀, x₁) = x₀² + x₁²의 기울기에 마이너스를 붙인 벡터 −∇f를 격자 위에 그린 그림.
const SIZE = 400;
const PAD = 40;
const D = 2.5; // 좌표 범위 [−D, D]
const sx = (v: number) => PAD + ((v + D) / (2 * D)) * (SIZE - 2 * PAD);
const sy = (v: number) => SIZE - PAD - ((v + D) / (2 * D)) * (SIZE - 2 * PAD);
const SCALE = 7; // 기울기 1당 화살표 길이(px)

const GRID: number[] = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];

export default function Ch4GradientField() {
  const m = 'ch4-gradient-field-arr';
  return (
    <svg
      role="img"
      aria-label="함수 f = x0² + x1²의 음의 기울기 −∇f를 격자 점마다 화살표로 그린 그림. 모든 화살표가 가장 낮은 곳인 원점을 향하고, 원점에서 멀수록 화살표가 길어요. 옅은 원은 함수값이 같은 등고선이에요."
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: 420 }}
    >
      <ArrowDefs heads={[{ id: m, c: 'var(--accent)' }]} />
      {[1, 2, 3, 4, 6].map((f) => (
        <circle
          key={f}
          cx={sx(0)}
          cy={sy(0)}
          r={(Math.sqrt(f) / (2 * D)) * (SIZE - 2 * PAD)}
          style={{ fill: 'none', stroke: 'var(--border)', strokeDasharray: '3 3' }}
        />
      ))}
      <CrossAxes sx={sx} sy={sy} d={D} ticks={[-2, 2]} />
      {GRID.flatMap((a) =>
        GRID.map((b) => {
          if (a === 0 && b === 0) return null;
          const gx = -2 * a;
          const gy = -2 * b;
          const x1 = sx(a);
          const y1 = sy(b);
          return (
            <Arrow
              key={`${a},${b}`}
              x1={x1}
              y1={y1}
              x2={x1 + gx * SCALE}
              y2={y1 - gy * SCALE}
              m={m}
              c="var(--accent)"
              sw={1.5}
            />
          );
        }),
      )}
      <circle cx={sx(0)} cy={sy(0)} r={5} style={{ fill: 'var(--accent-2)' }} />
      <T x={sx(0) + 10} y={sy(0) + 20} a="start" s={13} c="var(--accent-2)">
        최솟값 (0, 0)
      </T>
      <T x={SIZE - PAD + 8} y={sy(0) + 5} a="start" s={14} i>
        x₀
      </T>
      <T x={sx(0)} y={PAD - 12} s={14} i>
        x₁
      </T>
      <T x={SIZE / 2} y={SIZE - 8} s={13} c="var(--accent)">
        화살표: −∇f = (−2x₀, −2x₁)
      </T>
    </svg>
  );
}
