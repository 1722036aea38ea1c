// Validation (solid) and training (dashed) accuracy per epoch of the best few trials, as in the
// book's Fig 6-24.
import type { SearchTrialDone } from '../../../experiments/client';
import { seriesColor, Swatch } from '../../kit';
import { sci } from '../model';

const W = 360;
const H = 170;
const M = { left: 34, right: 10, top: 8, bottom: 26 };

export function BestCurves({ best, epochs }: { best: SearchTrialDone[]; epochs: number }) {
  if (best.length === 0) return null;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (e: number) => M.left + (epochs > 1 ? (e - 1) / (epochs - 1) : 0.5) * pw;
  const y = (a: number) => M.top + (1 - a) * ph;
  const path = (acc: number[]) => acc.map((a, i) => `${i ? 'L' : 'M'}${x(i + 1)},${y(a)}`).join('');
  return (
    <figure className="hps__curves">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`상위 ${best.length}개 시도의 에폭별 정확도`}
      >
        {[0, 0.5, 1].map((a) => (
          <g key={a}>
            <line x1={M.left} x2={M.left + pw} y1={y(a)} y2={y(a)} className="hps__grid" />
            <text x={M.left - 4} y={y(a) + 4} textAnchor="end" className="hps__tick">
              {a}
            </text>
          </g>
        ))}
        <text x={M.left + pw / 2} y={H - 4} textAnchor="middle" className="hps__axis">
          에폭 (1 ~ {epochs})
        </text>
        {best.map((t, i) => (
          <g key={t.index} stroke={seriesColor(i)} fill="none" strokeWidth={1.6}>
            <path d={path(t.valAcc)} />
            <path d={path(t.trainAcc)} strokeDasharray="4 3" opacity={0.7} />
          </g>
        ))}
      </svg>
      <figcaption className="hps__curves-key">
        {best.map((t, i) => (
          <span key={t.index}>
            <Swatch color={seriesColor(i)} /> Best-{i + 1} (lr {sci(t.lr)})
          </span>
        ))}
        <span>실선: 검증, 점선: 훈련</span>
      </figcaption>
    </figure>
  );
}
