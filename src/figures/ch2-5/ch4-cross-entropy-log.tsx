import { T } from '../svg';

// 4장: 교차 엔트로피 오차에서 정답 부류의 확률 y에 대한 손실 −log y.
const W = 480;
const H = 300;
const L = 60;
const R = 450;
const TOP = 20;
const BOT = 250;
const YMAX = 5;
const px = (y: number) => L + y * (R - L);
const py = (v: number) => BOT - (Math.min(v, YMAX) / YMAX) * (BOT - TOP);

const CURVE = (() => {
  const pts: string[] = [];
  for (let k = 0; k <= 200; k++) {
    const y = Math.exp(-YMAX) + (k / 200) * (1 - Math.exp(-YMAX));
    pts.push(`${px(y).toFixed(1)},${py(-Math.log(y)).toFixed(1)}`);
  }
  return pts.join(' ');
})();

const MARKS: Array<[number, string]> = [
  [0.6, 'y = 0.6 → 0.51'],
  [0.1, 'y = 0.1 → 2.30'],
];

export default function Ch4CrossEntropyLog() {
  return (
    <svg
      role="img"
      aria-label="함수 −log y의 그래프. 가로축은 정답 부류에 준 확률 y로 0부터 1까지, 세로축은 손실이에요. y가 1에 가까우면 손실은 0에 가깝고, y가 0에 가까워지면 손실이 끝없이 커져요. y = 0.6이면 약 0.51, y = 0.1이면 약 2.30이에요."
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: 500 }}
    >
      <line x1={L} y1={BOT} x2={R + 10} y2={BOT} style={{ stroke: 'var(--muted)' }} />
      <line x1={L} y1={BOT} x2={L} y2={TOP - 5} style={{ stroke: 'var(--muted)' }} />
      {[0, 1, 2, 3, 4, 5].map((v) => (
        <g key={v}>
          <line x1={L - 4} y1={py(v)} x2={L} y2={py(v)} style={{ stroke: 'var(--muted)' }} />
          <T x={L - 8} y={py(v) + 4} a="end" s={12} c="var(--muted)">
            {v}
          </T>
        </g>
      ))}
      {[0, 0.2, 0.4, 0.6, 0.8, 1].map((v) => (
        <g key={v}>
          <line x1={px(v)} y1={BOT} x2={px(v)} y2={BOT + 4} style={{ stroke: 'var(--muted)' }} />
          <T x={px(v)} y={BOT + 18} s={12} c="var(--muted)">
            {v}
          </T>
        </g>
      ))}
      <polyline
        points={CURVE}
        style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2.5 }}
      />
      {MARKS.map(([y, label]) => (
        <g key={y}>
          <line
            x1={px(y)}
            y1={BOT}
            x2={px(y)}
            y2={py(-Math.log(y))}
            style={{ stroke: 'var(--accent-2)', strokeDasharray: '4 3' }}
          />
          <circle cx={px(y)} cy={py(-Math.log(y))} r={5} style={{ fill: 'var(--accent-2)' }} />
          <T x={px(y) + 10} y={py(-Math.log(y)) - 8} a="start" s={13} c="var(--accent-2)">
            {label}
          </T>
        </g>
      ))}
      <T x={(L + R) / 2} y={H - 8} s={13}>
        정답 부류에 준 확률 y
      </T>
      <T x={L + 10} y={TOP + 4} a="start" s={13}>
        손실 −log y
      </T>
      <T x={px(0.05) + 4} y={TOP + 40} a="start" s={12} c="var(--muted)">
        y → 0이면 끝없이 커져요
      </T>
    </svg>
  );
}
