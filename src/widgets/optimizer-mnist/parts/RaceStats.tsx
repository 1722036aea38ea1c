// Speed and time of a race: training images per second (all lanes together), the backend,
// elapsed and remaining time (mm:ss, pauses excluded; remaining at the pace so far).
import type { RaceProgress } from '../../../experiments/client';
import { formatClock, int, remainingMs } from '../race-model';

export function RaceStats({ progress: p }: { progress: RaceProgress | null }) {
  const done = p !== null && (p.phase === 'done' || p.iteration >= p.iterations);
  const items: Array<[string, string, string]> = [
    ['speed', '초당 학습 이미지 (합계)', p && p.examplesPerSecond > 0 ? `${int(p.examplesPerSecond)}장/초` : '—'], // prettier-ignore
    ['backend', '백엔드', p?.backend ?? '—'],
    ['elapsed', '경과', formatClock(p ? p.elapsedMs : null)],
    ['remaining', '남은 시간', done ? '00:00' : formatClock(p ? remainingMs(p) : null)],
  ];
  return (
    <dl className="race__stats">
      {items.map(([key, label, value]) => (
        <div key={key} data-stat={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
