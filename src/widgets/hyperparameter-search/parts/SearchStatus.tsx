// Where the search stands: trials done of N, workers running, trials per second, the backend.
import type { SearchView } from '../useSearch';
import { trialsPerSecond } from '../model';

const WORDS = { idle: '대기', running: '탐색 중', done: '끝', stopped: '멈춤' } as const;

export function SearchStatus({ view, pool }: { view: SearchView; pool: number }) {
  const s = view.settings;
  const rate = trialsPerSecond(view.trials.length, view.elapsedMs);
  const backend = view.trials.at(-1)?.backend;
  return (
    <p className="hps__status" aria-live="polite">
      <span>{WORDS[view.status]}</span>
      <span>
        시도 {view.trials.length} / {s?.trials ?? '—'}
      </span>
      <span>
        워커 {view.workers}개 실행 중 (자동으로 고르면 {pool}개)
      </span>
      <span>{view.trials.length > 0 ? `초당 ${rate.toFixed(2)}회` : '초당 —회'}</span>
      {s && <span>{(view.elapsedMs / 1000).toFixed(1)}초</span>}
      {backend && <span>{backend}</span>}
    </p>
  );
}
