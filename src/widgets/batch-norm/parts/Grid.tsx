// The 16-panel grid on demand (Fig 6-19): one race of 32 networks (16 scales × with/without BN)
// in the engine's worker, started by a button, stoppable and resumable; the panels fill in as
// the epochs end, and the time it took is shown.
import { BN_WEIGHT_SCALES, type RaceProgress } from '../../../experiments/client';
import { RaceStats } from '../../optimizer-mnist/parts/RaceStats';
import { formatScale, formatSeconds, gridEstimateMs, gridVerdicts, rescued } from '../model';
import type { GridRace } from '../use-grid-race';
import { MiniChart } from './MiniChart';

export function Grid({
  grid,
  epochs,
  main,
}: {
  grid: GridRace;
  epochs: number;
  /** the main race's progress: its pace gives the grid's expected time */
  main: RaceProgress | null;
}) {
  const estimate = gridEstimateMs(main, epochs);
  const { view, on } = grid;
  const p = view.progress;
  const lanes = p?.lanes ?? [];
  const running = view.status === 'running';
  const done = view.status === 'done';
  const saved = done ? rescued(gridVerdicts(lanes)) : [];
  return (
    <section
      className="bn__grid-section"
      aria-label="16가지 초깃값 비교"
      data-grid-status={on ? view.status : 'off'}
    >
      <div className="bn__grid-buttons" role="group" aria-label="16가지 비교 조작">
        {!on ? (
          <button type="button" className="bn__primary" onClick={grid.start}>
            16가지 w 모두 비교하기 (그림 6-19)
          </button>
        ) : (
          <>
            <button
              type="button"
              className="bn__primary"
              onClick={running ? grid.pause : grid.resume}
              disabled={!running && view.status !== 'paused' && view.status !== 'ready'}
            >
              {running ? '⏸ 멈추기' : '▶ 계속'}
            </button>
            <button type="button" onClick={grid.close}>
              닫기
            </button>
          </>
        )}
      </div>
      <p className="bn__note" data-grid-estimate={estimate ?? undefined}>
        신경망 32개(w 16가지 × BN 있음·없음)를 같은 미니배치로 함께 학습해요. 위의 학습(신경망{' '}
        {main?.lanes.length || 2}개)의 약 {Math.round(32 / (main?.lanes.length || 2))}배인 일이라{' '}
        {estimate === null
          ? '시간이 꽤 걸려요. 위의 학습을 먼저 돌려 보면 이 브라우저에서 걸릴 시간을 계산해 드려요.'
          : `이 브라우저에서는 위의 학습 속도로 계산해 약 ${formatSeconds(estimate)} 걸려요.`}{' '}
        언제든 멈출 수 있어요.
      </p>
      {on && (
        <>
          <RaceStats progress={p} />
          {view.error && (
            <p className="bn__error" role="alert">
              {view.error.message}
            </p>
          )}
          {done && p && (
            <p className="bn__grid-done" data-grid-ms={Math.round(p.elapsedMs)}>
              이 브라우저에서 걸린 시간: {formatSeconds(p.elapsedMs)}.{' '}
              {saved.length
                ? `BN 없이는 정확도가 20%도 안 되는데 BN을 넣으면 50%를 넘는 w: ${saved.map((i) => formatScale(BN_WEIGHT_SCALES[i])).join(', ')}.`
                : ''}
            </p>
          )}
          {/* lane 2i: with BN at the i-th w; 2i + 1: without */}
          {lanes.some((l, i) => i % 2 === 1 && l.divergedAt !== null) && (
            <p className="bn__note" data-grid-diverged>
              w가 큰 칸에서는 BN 없는 신경망의 출력이 너무 커져 손실이 100을 넘기 때문에, 그
              자리에서 학습을 멈추고 ‘발산’으로 표시해요. 이런 칸은 책의 그림 6-19에서 점선이 정확도
              10% 근처에 머무는 칸이에요(책의 손실 계산은 log(y + 10⁻⁷)이라 16 남짓에서 더 커지지
              않아요).
            </p>
          )}
          <div className="bn__grid">
            {BN_WEIGHT_SCALES.map((w, i) => (
              <MiniChart key={i} w={w} bn={lanes[2 * i]} plain={lanes[2 * i + 1]} epochs={epochs} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
