import { T, CrossAxes } from '../svg';

// 4장: f(x₀, x₁) = x₀² + x₁²에서 (−3, 4)부터 학습률 0.1로 20걸음 내려간 경로. 한 걸음마다 0.8배가 돼요.
const SIZE = 420;
const PAD = 40;
const D = 5;
const sx = (v: number) => PAD + ((v + D) / (2 * D)) * (SIZE - 2 * PAD);
const sy = (v: number) => SIZE - PAD - ((v + D) / (2 * D)) * (SIZE - 2 * PAD);

const LR = 0.1;
const STEPS = 20;
const PATH: Array<[number, number]> = (() => {
  const out: Array<[number, number]> = [];
  let x0 = -3;
  let x1 = 4;
  out.push([x0, x1]);
  for (let k = 0; k < STEPS; k++) {
    x0 -= LR * 2 * x0;
    x1 -= LR * 2 * x1;
    out.push([x0, x1]);
  }
  return out;
})();

export default function Ch4GradientDescentPath() {
  const last = PATH[PATH.length - 1];
  return (
    <svg
      role="img"
      aria-label="f = x0² + x1²의 등고선 위에 그린 경사 하강법의 경로. 점 (−3, 4)에서 출발해 학습률 0.1로 20걸음 움직이면 점들이 원점을 향한 직선 위에 놓이고, 처음엔 간격이 넓다가 원점에 가까워질수록 좁아져요. 20걸음 뒤에는 약 (−0.035, 0.046)에 도착해요."
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: 420 }}
    >
      {[1, 2, 3, 4, 5].map((r) => (
        <circle
          key={r}
          cx={sx(0)}
          cy={sy(0)}
          r={(r / (2 * D)) * (SIZE - 2 * PAD)}
          style={{ fill: 'none', stroke: 'var(--border)', strokeDasharray: '3 3' }}
        />
      ))}
      <CrossAxes sx={sx} sy={sy} d={D} ticks={[-4, -2, 2, 4]} />
      <polyline
        points={PATH.map(([a, b]) => `${sx(a)},${sy(b)}`).join(' ')}
        style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 1.2 }}
      />
      {PATH.map(([a, b], k) => (
        <circle
          key={k}
          cx={sx(a)}
          cy={sy(b)}
          r={k === 0 ? 6 : 4}
          style={{ fill: k === 0 ? 'var(--accent-2)' : 'var(--accent)' }}
        />
      ))}
      <T x={sx(-3) - 8} y={sy(4) - 12} a="middle" s={13} c="var(--accent-2)">
        출발 (−3, 4)
      </T>
      <T x={sx(0.3)} y={sy(-0.9)} a="start" s={13} c="var(--accent)">
        {`20걸음 뒤 (${last[0].toFixed(3)}, ${last[1].toFixed(3)})`}
      </T>
      <T x={SIZE - PAD + 8} y={sy(0) + 5} a="start" s={14} i>
        x₀
      </T>
      <T x={sx(0)} y={PAD - 14} s={14} i>
        x₁
      </T>
      <T x={SIZE / 2} y={SIZE - 6} s={13}>
        η = 0.1: 한 걸음마다 x ← 0.8x
      </T>
    </svg>
  );
}
