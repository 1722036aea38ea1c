// Prev / Next / Play through the output cells, and the multiply-add of the highlighted cell (its
// value a "…" in the room of a two-digit number until the engine's is in).
import type { ReactNode } from 'react';
import { Slot } from '../../kit';

export function Stepper({
  k,
  total,
  playing,
  onSeek,
  onToggle,
  sum,
  value,
}: {
  k: number;
  total: number;
  playing: boolean;
  onSeek: (k: number) => void;
  onToggle: () => void;
  /** the window × filter written out */
  sum: ReactNode;
  /** the engine's value of the cell; null while it is not in */
  value: string | null;
}) {
  return (
    <div className="conv-stepper">
      <div
        className="conv-stepper-buttons"
        role="group"
        aria-label="출력 칸 따라가기 (← → 키로도 움직여요)"
        tabIndex={0}
        onKeyDown={(e) => {
          const to = { ArrowLeft: k - 1, ArrowRight: k + 1, Home: 0, End: total - 1 }[e.key];
          if (to === undefined) return;
          e.preventDefault();
          onSeek(Math.min(total - 1, Math.max(0, to)));
        }}
      >
        <button type="button" onClick={() => onSeek(Math.max(0, k - 1))} disabled={k === 0}>
          ◂ 이전
        </button>
        <button type="button" onClick={onToggle} aria-pressed={playing}>
          {playing ? '⏸ 멈춤' : '▶ 재생'}
        </button>
        <button
          type="button"
          onClick={() => onSeek(Math.min(total - 1, k + 1))}
          disabled={k >= total - 1}
        >
          다음 ▸
        </button>
        <output data-step={k}>
          출력 칸 {k + 1} / {total}
        </output>
      </div>
      <p className="conv-sum" data-sum aria-busy={value === null}>
        {sum} ={' '}
        <strong>
          <Slot text={value} shape="00" />
        </strong>
      </p>
    </div>
  );
}
