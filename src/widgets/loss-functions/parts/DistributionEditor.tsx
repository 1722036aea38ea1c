// The predicted distribution: one slider per class (keyboard: arrows move by 0.01). Moving one
// class rescales the others by the same factor, so the sum stays 1; the values shown are the
// engine's (y divided by its sum). The target class is marked t = 1.
import { useId } from 'react';
import { DEC4_SHAPE, seriesColor, Slot } from '../../kit';
import { dec4 } from '../model';

export function DistributionEditor({
  raw,
  y,
  target,
  onChange,
}: {
  /** the parameter's numbers (slider positions) */
  raw: readonly number[];
  /** the engine's normalised y (null while loading) */
  y: readonly number[] | null;
  target: number;
  onChange: (k: number, v: number) => void;
}) {
  const id = useId();
  const sum = y ? y.reduce((s, v) => s + v, 0) : NaN;
  return (
    <fieldset className="loss-dist" data-sum={y ? String(sum) : undefined}>
      <legend>예측 확률 y (소프트맥스 출력이라고 생각하세요)</legend>
      {raw.map((v, k) => (
        <div
          key={k}
          className={`loss-dist-row${k === target ? ' loss-dist-target' : ''}`}
          data-k={k}
          data-y={y ? String(y[k]) : undefined}
        >
          <label htmlFor={`${id}-${k}`}>부류 {k}</label>
          <input
            id={`${id}-${k}`}
            type="range"
            aria-label={`부류 ${k}의 확률`}
            min={0}
            max={1}
            step={0.01}
            value={v}
            aria-valuetext={y ? dec4(y[k]) : String(v)}
            onChange={(e) => onChange(k, Number(e.target.value))}
            style={{ accentColor: k === target ? seriesColor(1) : seriesColor(0) }}
          />
          <span className="loss-dist-value">
            <Slot text={y && dec4(y[k])} shape={DEC4_SHAPE} />
          </span>
          <span className="loss-dist-t">{k === target ? 't = 1 정답' : 't = 0'}</span>
        </div>
      ))}
      <p className="loss-muted">
        한 부류를 움직이면 나머지는 서로의 비율을 지킨 채 함께 줄거나 늘어나서 합이 늘 1이에요 (지금
        Σ y = <Slot text={y && dec4(sum)} shape={DEC4_SHAPE} />
        ).
      </p>
    </fieldset>
  );
}
