// One panel: the surface's contours, the paths of `list` up to `step`, the minimum, and the
// draggable start point. Titled with one optimizer in the book's layout, or all of them overlaid.
// A panel redraws only when what it shows changed: moving one learning rate redraws one panel.
import { memo, useRef } from 'react';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../../experiments/client';
import { fmt, fmtPair, cssVars, seriesColor, Swatch, useElementBox } from '../../kit';
import { isBlownUp, type Point, type RunMap } from '../compute';
import { OPTIMIZER_LABEL, toPx, type PlotBox } from '../model';
import { MIN_MARGIN, panelLayout } from '../panelLayout';
import { PanelBackground } from './PanelBackground';
import { RunPath } from './RunPath';
import { StartHandle } from './StartHandle';

interface PanelProps {
  box: PlotBox;
  contours: Array<{ value: number; d: string }>;
  list: OptimizerName[];
  runs: RunMap;
  step: number;
  start: Point;
  title?: OptimizerName;
  focusableHandle: boolean;
  /** kept stable by the widget (it reads the latest state itself) */
  onStart: (p: Point) => void;
  startHelpId: string;
  idPrefix: string;
}

/** The same picture: equal values, the same runs of `list` (runs are kept by identity). */
function samePicture(a: PanelProps, b: PanelProps): boolean {
  const keys = Object.keys(a) as Array<keyof PanelProps>;
  return keys.every((k) => {
    if (k === 'list' || k === 'start') return a[k]!.join() === b[k]!.join();
    if (k !== 'runs') return a[k] === b[k];
    return a.list.every((o) => {
      const x = a.runs.get(o), y = b.runs.get(o); // prettier-ignore
      return x?.run === y?.run && x?.divergedAt === y?.divergedAt;
    });
  });
}

export const Panel = memo(function Panel({
  box,
  contours,
  list,
  runs,
  step,
  start,
  title,
  focusableHandle,
  onStart,
  startHelpId,
  idPrefix,
}: PanelProps) {
  const plotRef = useRef<SVGGElement>(null);
  // the panel's drawn width and the text scale: its ticks are 11 px on screen however small it is
  const stageRef = useRef<HTMLDivElement>(null);
  const drawn = useElementBox(stageRef, box.width + MIN_MARGIN.left + MIN_MARGIN.right);
  const { margin, label: tick, viewBox } = panelLayout(box, drawn.width, drawn.k);
  const clipId = `${idPrefix}-clip`;
  const single = title ? runs.get(title) : undefined;
  const diverged = single ? single.divergedAt !== null : false;
  const color = title ? seriesColor(OPTIMIZER_NAMES.indexOf(title)) : undefined;
  const origin = toPx(box, [0, 0]);
  const label = title
    ? `${OPTIMIZER_LABEL[title]}의 경로${single ? (diverged ? ': 발산' : `, ${step}단계 위치 ${fmtPair(single.run.points[Math.min(step, single.run.points.length - 1)])}`) : ''}`
    : `${list.map((o) => OPTIMIZER_LABEL[o]).join(', ')}의 경로를 겹쳐 그린 그림`;

  return (
    <figure
      className="optimizer-trajectories__panel"
      data-optimizer={title}
      data-diverged={diverged || undefined}
      style={color ? cssVars({ '--ot-color': color }) : undefined}
    >
      {title && color && (
        <figcaption>
          <Swatch color={color} shape="dot" />
          {OPTIMIZER_LABEL[title]}
          {single && <span className="optimizer-trajectories__lr"> η = {fmt(single.run.lr)}</span>}
          {diverged && single && (
            <strong className="optimizer-trajectories__badge">
              발산 · {single.divergedAt}단계
              {isBlownUp(single.run, single.divergedAt!) ? '에 ∞/NaN' : '부터 그림 밖'}
            </strong>
          )}
        </figcaption>
      )}
      <div className="optimizer-trajectories__stage" ref={stageRef}>
        {/* The contours and axes do not change while a learning rate moves: a layer of their own,
          painted once, under the paths (a change in the paths' SVG repaints that SVG only). */}
        <svg
          viewBox={viewBox}
          aria-hidden="true"
          className="optimizer-trajectories__svg optimizer-trajectories__background"
        >
          <defs>
            <clipPath id={`${clipId}-bg`}>
              <rect x={0} y={0} width={box.width} height={box.height} />
            </clipPath>
          </defs>
          <g transform={`translate(${margin.left},${margin.top})`}>
            <PanelBackground box={box} contours={contours} clipId={`${clipId}-bg`} tick={tick} />
          </g>
        </svg>
        <svg
          viewBox={viewBox}
          role="group"
          aria-label={label}
          className="optimizer-trajectories__svg"
        >
          <defs>
            <clipPath id={clipId}>
              <rect x={0} y={0} width={box.width} height={box.height} />
            </clipPath>
          </defs>
          <g
            ref={plotRef}
            transform={`translate(${margin.left},${margin.top})`}
            data-x-domain={box.x.join(',')}
            data-y-domain={box.y.join(',')}
            data-plot-size={`${box.width},${box.height}`}
          >
            <g clipPath={`url(#${clipId})`} aria-hidden="true">
              {list.map((o) => {
                const entry = runs.get(o);
                return entry ? <RunPath key={o} box={box} entry={entry} step={step} /> : null;
              })}
            </g>
            <g className="optimizer-trajectories__minimum" aria-hidden="true">
              {origin[0] >= 0 &&
                origin[0] <= box.width &&
                origin[1] >= 0 &&
                origin[1] <= box.height && (
                  <path d={`M${origin[0] - 4},${origin[1]}h8M${origin[0]},${origin[1] - 4}v8`} />
                )}
            </g>
            <StartHandle
              box={box}
              start={start}
              plotRef={plotRef}
              focusable={focusableHandle}
              onStart={onStart}
              helpId={startHelpId}
            />
          </g>
        </svg>
      </div>
    </figure>
  );
}, samePicture);
