import { T } from '../svg';

// 4장: f(x) = x²에서 학습률이 너무 작을 때, 알맞을 때, 너무 클 때의 경사 하강법.
const PW = 200;
const PH = 190;
const XR = 5.5;
const FMAX = 31;
const f = (x: number) => x * x;

const PANELS: Array<{ title: string; eta: number; steps: number; note: string; c: string }> = [
  { title: '너무 작을 때', eta: 0.03, steps: 5, note: 'η = 0.03 · 거의 제자리', c: 'var(--muted)' },
  { title: '알맞을 때', eta: 0.3, steps: 5, note: 'η = 0.3 · 빠르게 바닥으로', c: 'var(--ok)' },
  { title: '너무 클 때', eta: 1.1, steps: 3, note: 'η = 1.1 · 튕겨 나가 발산', c: 'var(--bad)' },
];

function path(eta: number, steps: number) {
  const xs = [-3];
  for (let k = 0; k < steps; k++) xs.push(xs[xs.length - 1] - eta * 2 * xs[xs.length - 1]);
  return xs;
}

export default function Ch4LearningRate() {
  return (
    <svg
      role="img"
      aria-label="f = x²에서 x = −3부터 경사 하강법을 한 세 그림. 학습률이 0.03으로 너무 작으면 다섯 걸음 뒤에도 거의 움직이지 않아요. 0.3으로 알맞으면 몇 걸음 만에 바닥 근처에 가요. 1.1로 너무 크면 골짜기를 건너뛰며 양쪽 벽으로 점점 더 높이 튕겨 나가 발산해요."
      viewBox="0 0 690 285"
      width="100%"
      style={{ maxWidth: 700 }}
    >
      {PANELS.map((p, k) => {
        const ox = 20 + k * (PW + 30);
        const oy = 35;
        const sx = (x: number) => ox + ((x + XR) / (2 * XR)) * PW;
        const sy = (v: number) => oy + PH - (v / FMAX) * PH;
        const curve: string[] = [];
        for (let i = 0; i <= 60; i++) {
          const x = -XR + (i / 60) * 2 * XR;
          curve.push(`${sx(x).toFixed(1)},${sy(f(x)).toFixed(1)}`);
        }
        const xs = path(p.eta, p.steps);
        return (
          <g key={p.title}>
            <rect
              x={ox}
              y={oy}
              width={PW}
              height={PH}
              style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
            />
            <polyline
              points={curve.join(' ')}
              style={{ fill: 'none', stroke: 'var(--fg)', strokeWidth: 1.8 }}
            />
            <polyline
              points={xs.map((x) => `${sx(x)},${sy(f(x))}`).join(' ')}
              style={{ fill: 'none', stroke: p.c, strokeWidth: 1.5, strokeDasharray: '4 3' }}
            />
            {xs.map((x, i) => (
              <circle
                key={i}
                cx={sx(x)}
                cy={sy(f(x))}
                r={i === 0 ? 6 : 4.5}
                style={{ fill: i === 0 ? 'var(--accent-2)' : p.c }}
              />
            ))}
            <T x={ox + PW / 2} y={oy - 12} w={600} s={14}>
              {p.title}
            </T>
            <T x={ox + PW / 2} y={oy + PH + 22} s={13} c={p.c}>
              {p.note}
            </T>
          </g>
        );
      })}
      <T x={345} y={280} s={12} c="var(--muted)">
        f(x) = x², 주황 점에서 출발 (x = −3)
      </T>
    </svg>
  );
}
