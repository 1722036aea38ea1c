// 학습률이 너무 작을 때, 적당할 때, 너무 클 때 f(x) = x² 위의 경사 하강법.
const PW = 220; // panel width
const PH = 210; // panel height
const XR = 3.2; // x range is [-XR, XR]
const YMAX = 12;

const cases = [
  { eta: 0.05, steps: 10, label: '너무 작음', color: 'var(--muted)', note: '10걸음에도 멀었어요' },
  { eta: 0.3, steps: 6, label: '적당함', color: 'var(--ok)', note: '금방 바닥에 도착' },
  { eta: 1.05, steps: 4, label: '너무 큼', color: 'var(--bad)', note: '점점 멀리 튀어 발산' },
];

const sx = (x: number) => 10 + ((x + XR) / (2 * XR)) * (PW - 20);
const sy = (y: number) => 40 + (1 - y / YMAX) * (PH - 80);
const curve = Array.from({ length: 65 }, (_, i) => {
  const x = -XR + (i * 2 * XR) / 64;
  return `${i === 0 ? 'M' : 'L'}${sx(x).toFixed(1)},${sy(Math.min(x * x, YMAX)).toFixed(1)}`;
}).join(' ');

function path(eta: number, steps: number): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  let x = -2.5;
  for (let i = 0; i <= steps; i++) {
    pts.push([x, x * x]);
    x = x - eta * 2 * x;
  }
  return pts;
}

export default function Ch6LearningRate() {
  return (
    <svg
      role="img"
      aria-label="f(x) = x 제곱 위에서 x = -2.5부터 경사 하강법을 돌린 세 그림. 학습률 0.05는 너무 작아 10걸음에도 바닥에서 멀고, 0.3은 몇 걸음 만에 바닥에 닿고, 1.05는 좌우로 점점 크게 튀어 발산해요."
      viewBox={`0 0 ${PW * 3} ${PH}`}
      width="100%"
      style={{ maxWidth: PW * 3 }}
    >
      {cases.map((c, k) => {
        const pts = path(c.eta, c.steps).filter(([x]) => Math.abs(x) <= 3.35);
        return (
          <g key={c.eta} transform={`translate(${k * PW},0)`}>
            <rect
              x={4}
              y={4}
              width={PW - 8}
              height={PH - 8}
              rx={8}
              style={{ fill: 'var(--surface)', stroke: 'var(--border)' }}
            />
            <text
              x={PW / 2}
              y={24}
              textAnchor="middle"
              fontSize={15}
              style={{ fill: c.color, fontWeight: 600 }}
            >
              {`${c.label} (η = ${c.eta})`}
            </text>
            <path d={curve} style={{ fill: 'none', stroke: 'var(--fg)', strokeWidth: 1.5 }} />
            <polyline
              points={pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}
              style={{ fill: 'none', stroke: c.color, strokeWidth: 2 }}
            />
            {pts.map(([x, y], i) => (
              <circle
                key={i}
                cx={sx(x)}
                cy={sy(y)}
                r={i === 0 ? 5 : 3.5}
                style={{ fill: c.color }}
              />
            ))}
            <text
              x={PW / 2}
              y={PH - 16}
              textAnchor="middle"
              fontSize={13}
              style={{ fill: 'var(--fg)' }}
            >
              {c.note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
