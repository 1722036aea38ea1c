// One panel of the 16-panel grid (Fig 6-19): training accuracy per epoch, BN solid and without BN
// dashed, 0 to 1, drawn as plain SVG (16 of them redraw several times a second).
import type { RaceLane } from '../../../experiments/client';
import { pct, seriesColor } from '../../kit';
import { formatScale } from '../model';

const W = 100;
const H = 64;

const at = (a: number, e: number, epochs: number): [number, number] => [
  ((e + 1) / Math.max(1, epochs)) * W,
  H - a * H,
];

function points(acc: readonly number[], epochs: number): string {
  return acc.map((a, e) => at(a, e, epochs).join(',')).join(' ');
}

/** The newest point (so a panel with one epoch shows something). */
function Last({ acc, epochs, color }: { acc: readonly number[]; epochs: number; color: string }) {
  if (acc.length === 0) return null;
  const [x, y] = at(acc[acc.length - 1], acc.length - 1, epochs);
  return <circle cx={x} cy={y} r="2.5" fill={color} />;
}

export function MiniChart({
  w,
  bn,
  plain,
  epochs,
}: {
  w: number;
  bn: RaceLane | undefined;
  plain: RaceLane | undefined;
  epochs: number;
}) {
  const b = bn?.trainAcc ?? [];
  const p = plain?.trainAcc ?? [];
  const label = `w = ${formatScale(w)}: BN ${b.length ? pct(b.at(-1)!) : '—'}, BN 없음 ${
    plain?.divergedAt != null ? '발산' : p.length ? pct(p.at(-1)!) : '—'
  }`;
  return (
    <figure className="bn__mini" data-bn-acc={b.at(-1)} data-plain-acc={p.at(-1)}>
      <figcaption>w = {formatScale(w)}</figcaption>
      <svg viewBox={`-2 -2 ${W + 4} ${H + 4}`} role="img" aria-label={label}>
        <rect x="0" y="0" width={W} height={H} className="bn__mini-frame" />
        <line x1="0" x2={W} y1={H / 2} y2={H / 2} className="bn__mini-grid" />
        <polyline points={`0,${H - 0.1 * H} ${W},${H - 0.1 * H}`} className="bn__mini-chance" />
        {p.length > 0 && (
          <polyline
            points={points(p, epochs)}
            fill="none"
            stroke={seriesColor(1)}
            strokeWidth="2"
            strokeDasharray="5 3"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {b.length > 0 && (
          <polyline
            points={points(b, epochs)}
            fill="none"
            stroke={seriesColor(0)}
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
          />
        )}
        <Last acc={p} epochs={epochs} color={seriesColor(1)} />
        <Last acc={b} epochs={epochs} color={seriesColor(0)} />
      </svg>
      {plain?.divergedAt != null && <span className="bn__mini-note">BN 없음: 발산</span>}
    </figure>
  );
}
