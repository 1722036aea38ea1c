// `::optimizer-trajectories` — the book's Fig 6-8, live: six optimizers descend a function drawn
// as contour lines, each in its own panel (or overlaid). Every point comes from the engine
// through src/experiments; this component only draws, animates and reports.
import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { contours as d3contours } from 'd3-contour';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import {
  optimizerRuns,
  surfaceGrid,
  SURFACES,
  type OptimizerName,
  type SurfaceName,
} from '../../experiments';
import { ParamControl } from '../controls/ParamControl';
import { useLatestResult } from '../common/useLatestResult';
import { useEngineReport } from '../common/useEngineReport';
import type { WidgetProps } from '../types';
import type { OptimizerTrajectoriesSchema } from './schema';
import {
  divergedAt,
  divergedMessage,
  fmt,
  fmtPair,
  contourPath,
  contourThresholds,
  keyboardNudge,
  LR_KEY,
  OPTIMIZER_LABEL,
  OPTIMIZERS,
  plotBox,
  seriesColor,
  SHOW_KEY,
  stateEntries,
  toPx,
  fromPx,
  trajectoryPath,
  type PlotBox,
} from './logic';
import './OptimizerTrajectories.css';

type Props = WidgetProps<OptimizerTrajectoriesSchema>;
type Point = [number, number];

interface RunInput {
  surface: SurfaceName;
  start: Point;
  steps: number;
  runs: Array<{ optimizer: OptimizerName; lr: number }>;
}

type Runs = Awaited<ReturnType<typeof optimizerRuns>>;
interface RunOutput extends Runs {
  input: RunInput;
  /** performance.now() when the numbers arrived (the update time adds the render after it). */
  doneAt: number;
}

async function compute(input: RunInput): Promise<RunOutput> {
  // The runs count as drawn only with their contours: wait for the (cached) grid too.
  const [out] = await Promise.all([
    optimizerRuns({ runs: input.runs, start: input.start, steps: input.steps, surface: input.surface }),
    loadGrid(input.surface),
  ]);
  return { ...out, input, doneAt: performance.now() };
}

/** Panel widths in viewBox units (the SVGs scale to their box). */
const PANEL_W = 240;
const OVERLAY_W = 480;
const MARGIN = { top: 8, right: 8, bottom: 18, left: 26 };
const GRID_N = 81;
const ANIMATION_MS = 160;

// Contour grids come from the engine once per surface and are kept (plain numbers, no tensors).
const gridCache = new Map<SurfaceName, Promise<{ values: Float32Array; nx: number; ny: number }>>();
function loadGrid(surface: SurfaceName) {
  let p = gridCache.get(surface);
  if (!p) {
    const s = SURFACES[surface];
    const box = plotBox(s.x, s.y, GRID_N);
    const nx = GRID_N;
    const ny = Math.max(21, Math.round((GRID_N * box.height) / box.width));
    p = surfaceGrid({ surface, x: s.x, y: s.y, nx, ny }).then((values) => ({ values, nx, ny }));
    p.catch(() => gridCache.delete(surface));
    gridCache.set(surface, p);
  }
  return p;
}

function useGrid(surface: SurfaceName) {
  const [grid, setGrid] = useState<{
    surface: SurfaceName;
    values: Float32Array;
    nx: number;
    ny: number;
  } | null>(null);
  useEffect(() => {
    let live = true;
    loadGrid(surface).then(
      (g) => live && setGrid({ surface, ...g }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [surface]);
  return grid && grid.surface === surface ? grid : null;
}

/** Where runs start: the reader's point, or the surface's own start when the book's default lies off it. */
function effectiveStart(values: Props['values'], defaults: Point): Point {
  const p: Point = [values['start-x'], values['start-y']];
  const s = SURFACES[values.surface];
  const off = p[0] < s.x[0] || p[0] > s.x[1] || p[1] < s.y[0] || p[1] > s.y[1];
  if (values.surface !== 'bowl' && off && p[0] === defaults[0] && p[1] === defaults[1])
    return [...s.start];
  return p;
}

function Tex({ tex }: { tex: string }) {
  const html = useMemo(() => katex.renderToString(tex, { throwOnError: false }), [tex]);
  return (
    <span className="optimizer-trajectories__tex" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

function OptimizerTrajectories({ values, set, schema, report, resetCount, instanceKey }: Props) {
  const start = effectiveStart(values, [schema['start-x'].default, schema['start-y'].default]);
  const input: RunInput = {
    surface: values.surface,
    start,
    steps: values.steps,
    runs: OPTIMIZERS.map((o) => ({ optimizer: o, lr: values[LR_KEY[o]] })),
  };
  const result = useLatestResult(JSON.stringify(input), input, compute);
  const out = result.output;
  const shownSurface = out?.input.surface ?? values.surface;
  const surface = SURFACES[shownSurface];
  const grid = useGrid(shownSurface);

  // Animation: `cursor` is the step on show (null = the whole run).
  const [cursor, setCursor] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [seenReset, setSeenReset] = useState(resetCount);
  if (seenReset !== resetCount) {
    setSeenReset(resetCount);
    setCursor(null);
    setPlaying(false);
  }
  const totalSteps = out?.input.steps ?? values.steps;
  const step = cursor === null ? totalSteps : Math.min(cursor, totalSteps);

  useEffect(() => {
    if (!playing) return;
    // null = the run is shown whole: the animation has reached the end.
    const id = setInterval(
      () => setCursor((c) => (c === null || c + 1 >= totalSteps ? null : c + 1)),
      ANIMATION_MS,
    );
    return () => clearInterval(id);
  }, [playing, totalSteps]);
  if (playing && cursor === null) setPlaying(false);

  const visible = OPTIMIZERS.filter((o) => values[SHOW_KEY[o]]);
  const multiples = values.layout === 'multiples';
  const box = useMemo(
    () => plotBox(surface.x, surface.y, multiples ? PANEL_W : OVERLAY_W),
    [surface, multiples],
  );

  const contourDs = useMemo(() => {
    if (!grid) return [];
    const th = contourThresholds(grid.values, 12);
    const polys = d3contours().size([grid.nx, grid.ny]).thresholds(th)(Array.from(grid.values));
    return polys.map((mp) => ({ value: mp.value, d: contourPath(mp, grid.nx, grid.ny, box) }));
  }, [grid, box]);

  // Per optimizer: its run and the step it diverged at (if it did).
  const runs = useMemo(() => {
    const m = new Map<OptimizerName, { run: Runs['runs'][number]; divergedAt: number | null }>();
    if (!out) return m;
    const s = SURFACES[out.input.surface];
    for (const run of out.runs) {
      m.set(run.optimizer, {
        run,
        divergedAt: divergedAt(run.points, s, run.values, run.divergedAt),
      });
    }
    return m;
  }, [out]);

  const divergedList = visible
    .map((o) => runs.get(o))
    .filter((r): r is NonNullable<typeof r> => !!r && r.divergedAt !== null)
    .map((r) => ({ optimizer: r.run.optimizer, lr: r.run.lr }));
  const divergedText = divergedMessage(divergedList);

  // Time and backend, once per new result (after it is on screen).
  const { rootRef } = useEngineReport({
    result,
    report,
    errorLabel: '경로를 계산하지 못했어요',
    diverged: divergedText,
    running: playing,
  });

  // Dragging the start point (any panel's handle) recomputes while the pointer moves.
  const setStart = (p: Point) => {
    const clampX = (v: number) =>
      Math.min(
        Math.min(schema['start-x'].max, surface.x[1]),
        Math.max(Math.max(schema['start-x'].min, surface.x[0]), v),
      );
    const clampY = (v: number) =>
      Math.min(
        Math.min(schema['start-y'].max, surface.y[1]),
        Math.max(Math.max(schema['start-y'].min, surface.y[0]), v),
      );
    set({
      'start-x': Math.round(clampX(p[0]) * 100) / 100,
      'start-y': Math.round(clampY(p[1]) * 100) / 100,
    });
  };

  const onSurface = (s: SurfaceName) => {
    setCursor(null);
    set({ surface: s, 'start-x': SURFACES[s].start[0], 'start-y': SURFACES[s].start[1] });
  };

  const startHelpId = useId();
  const panelFor = (
    list: OptimizerName[],
    key: string,
    focusableHandle: boolean,
    title?: OptimizerName,
  ) => (
    <Panel
      key={key}
      box={box}
      contours={contourDs}
      list={list}
      runs={runs}
      step={step}
      start={start}
      title={title}
      focusableHandle={focusableHandle}
      onStart={setStart}
      startHelpId={startHelpId}
      idPrefix={`${instanceKey}-${key}`}
    />
  );

  return (
    <div
      ref={rootRef}
      className="optimizer-trajectories"
      data-surface={shownSurface}
      data-step={step}
      data-steps={totalSteps}
      data-engine-ms={out ? out.ms.toFixed(1) : undefined}
      data-backend={out?.backend}
    >
      <p className="optimizer-trajectories__function">
        <Tex tex={surface.tex} /> · 시작점 {fmtPair(start)} · {totalSteps}번 갱신
      </p>

      <div className="optimizer-trajectories__top-controls controls">
        <ParamControl
          spec={schema.surface}
          value={values.surface}
          onChange={(v) => onSurface(v as SurfaceName)}
        />
        <ParamControl
          spec={schema.layout}
          value={values.layout}
          onChange={(v) => set({ layout: v as Props['values']['layout'] })}
        />
        <ParamControl
          spec={schema.steps}
          value={values.steps}
          onChange={(v) => set({ steps: v as number })}
        />
        <ParamControl
          spec={schema['start-x']}
          value={start[0]}
          onChange={(v) => set({ 'start-x': v as number, 'start-y': start[1] })}
        />
        <ParamControl
          spec={schema['start-y']}
          value={start[1]}
          onChange={(v) => set({ 'start-y': v as number, 'start-x': start[0] })}
        />
      </div>
      <p className="optimizer-trajectories__hint" id={startHelpId}>
        그림 속 ○ 시작점을 끌거나, 시작점에 초점을 두고 화살표 키로 옮길 수 있어요 (Shift: 크게).
      </p>

      <div
        className={`optimizer-trajectories__plots optimizer-trajectories__plots--${values.layout}`}
      >
        {visible.length === 0 ? (
          <p className="optimizer-trajectories__empty">
            보이는 최적화 기법이 없어요. 아래에서 하나 이상 켜 주세요.
          </p>
        ) : multiples ? (
          visible.map((o, i) => panelFor([o], o, i === 0, o))
        ) : (
          panelFor(visible, 'overlaid', true)
        )}
      </div>

      <div className="optimizer-trajectories__player" role="group" aria-label="애니메이션">
        <button
          type="button"
          onClick={() => {
            if (playing) setPlaying(false);
            else {
              if (cursor === null || cursor >= totalSteps) setCursor(0);
              setPlaying(true);
            }
          }}
          aria-pressed={playing}
        >
          {playing ? '⏸ 멈춤' : '▶ 재생'}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setCursor(step >= totalSteps ? 0 : step + 1);
          }}
        >
          한 단계 ▸
        </button>
        <label className="optimizer-trajectories__step">
          <span>현재 단계</span>
          <input
            type="range"
            min={0}
            max={totalSteps}
            step={1}
            value={step}
            aria-valuetext={`${step} / ${totalSteps}`}
            onChange={(e) => {
              setPlaying(false);
              const k = Number(e.target.value);
              setCursor(k >= totalSteps ? null : k);
            }}
          />
          <output>
            {step} / {totalSteps}
          </output>
        </label>
      </div>

      <div className="optimizer-trajectories__optimizers">
        {OPTIMIZERS.map((o) => {
          const r = runs.get(o);
          return (
            <fieldset
              key={o}
              className="optimizer-trajectories__optimizer"
              style={{ ['--ot-color' as string]: seriesColor(o) }}
              data-diverged={r?.divergedAt != null || undefined}
            >
              <legend>
                <span className="optimizer-trajectories__swatch" aria-hidden="true" />
                {OPTIMIZER_LABEL[o]}
              </legend>
              <ParamControl
                spec={schema[SHOW_KEY[o]]}
                value={values[SHOW_KEY[o]]}
                onChange={(v) => set({ [SHOW_KEY[o]]: v as boolean })}
              />
              <ParamControl
                spec={schema[LR_KEY[o]]}
                value={values[LR_KEY[o]]}
                onChange={(v) => set({ [LR_KEY[o]]: v as number })}
              />
            </fieldset>
          );
        })}
      </div>

      <StepTable list={visible} runs={runs} step={step} />
    </div>
  );
}

// The frame re-renders on every report(); with stable props there is nothing to redo here.
export default memo(OptimizerTrajectories);

type RunMap = Map<OptimizerName, { run: Runs['runs'][number]; divergedAt: number | null }>;

function Panel({
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
}: {
  box: PlotBox;
  contours: Array<{ value: number; d: string }>;
  list: OptimizerName[];
  runs: RunMap;
  step: number;
  start: Point;
  title?: OptimizerName;
  focusableHandle: boolean;
  onStart: (p: Point) => void;
  startHelpId: string;
  idPrefix: string;
}) {
  const plotRef = useRef<SVGGElement>(null);
  const dragging = useRef(false);
  const clipId = `${idPrefix}-clip`;
  const W = box.width + MARGIN.left + MARGIN.right;
  const H = box.height + MARGIN.top + MARGIN.bottom;
  const single = title ? runs.get(title) : undefined;
  const diverged = single ? single.divergedAt !== null : false;

  const toDomain = (clientX: number, clientY: number): Point | null => {
    const g = plotRef.current;
    const m = g?.getScreenCTM();
    if (!g || !m) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return fromPx(box, p.x, p.y);
  };
  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    e.preventDefault();
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (!dragging.current) return;
    const p = toDomain(e.clientX, e.clientY);
    if (p) onStart(p);
  };
  const onPointerUp = (e: PointerEvent<SVGElement>) => {
    dragging.current = false;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    const d = keyboardNudge(e.key, e.shiftKey, box);
    if (!d) return;
    e.preventDefault();
    onStart([start[0] + d[0], start[1] + d[1]]);
  };

  const origin = toPx(box, [0, 0]);
  const startPx = toPx(box, start);
  const label = title
    ? `${OPTIMIZER_LABEL[title]}의 경로${single ? (diverged ? ': 발산' : `, ${step}단계 위치 ${fmtPair(single.run.points[Math.min(step, single.run.points.length - 1)])}`) : ''}`
    : `${list.map((o) => OPTIMIZER_LABEL[o]).join(', ')}의 경로를 겹쳐 그린 그림`;

  return (
    <figure
      className="optimizer-trajectories__panel"
      data-optimizer={title}
      data-diverged={diverged || undefined}
      style={title ? { ['--ot-color' as string]: seriesColor(title) } : undefined}
    >
      {title && (
        <figcaption>
          <span className="optimizer-trajectories__swatch" aria-hidden="true" />
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
      <svg
        viewBox={`0 0 ${W} ${H}`}
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
          transform={`translate(${MARGIN.left},${MARGIN.top})`}
          data-x-domain={box.x.join(',')}
          data-y-domain={box.y.join(',')}
          data-plot-size={`${box.width},${box.height}`}
        >
          <PanelBackground box={box} contours={contours} clipId={clipId} />
          <g clipPath={`url(#${clipId})`} aria-hidden="true">
            {list.map((o) => {
              const r = runs.get(o);
              if (!r) return null;
              const pts = r.run.points;
              const shown = Math.min(step, pts.length - 1);
              const cur = pts[shown];
              const curOk = Number.isFinite(cur[0]) && Number.isFinite(cur[1]);
              const curPx = curOk ? toPx(box, cur) : null;
              return (
                <g
                  key={o}
                  className="optimizer-trajectories__run"
                  style={{ ['--ot-color' as string]: seriesColor(o) }}
                  data-optimizer={o}
                  data-lr={r.run.lr}
                  data-points={JSON.stringify(pts)}
                  data-diverged-at={r.divergedAt ?? undefined}
                >
                  <path
                    className="optimizer-trajectories__path"
                    d={trajectoryPath(box, pts, shown)}
                  />
                  {pts.slice(0, shown + 1).map((p, i) => {
                    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
                    const [x, y] = toPx(box, p);
                    if (x < -10 || y < -10 || x > box.width + 10 || y > box.height + 10)
                      return null;
                    return (
                      <circle
                        key={i}
                        className="optimizer-trajectories__dot"
                        cx={x}
                        cy={y}
                        r={1.8}
                      />
                    );
                  })}
                  {curPx && (
                    <circle
                      className="optimizer-trajectories__current"
                      cx={curPx[0]}
                      cy={curPx[1]}
                      r={4}
                    />
                  )}
                </g>
              );
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
          <g
            className="optimizer-trajectories__handle"
            transform={`translate(${startPx[0]},${startPx[1]})`}
            tabIndex={focusableHandle ? 0 : -1}
            role="button"
            aria-roledescription="끌 수 있는 점"
            aria-label={`시작점 ${fmtPair(start)}`}
            aria-describedby={startHelpId}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onKeyDown={onKeyDown}
          >
            <circle className="optimizer-trajectories__handle-hit" r={12} />
            <circle className="optimizer-trajectories__handle-dot" r={5} />
          </g>
        </g>
      </svg>
    </figure>
  );
}

/** The contours and axes of a panel: the same for every run, so they skip re-rendering. */
const PanelBackground = memo(function PanelBackground({
  box,
  contours,
  clipId,
}: {
  box: PlotBox;
  contours: Array<{ value: number; d: string }>;
  clipId: string;
}) {
  const origin = toPx(box, [0, 0]);
  const xTicks = [box.x[0], 0, box.x[1]].filter(
    (v, i, a) => a.indexOf(v) === i && v >= box.x[0] && v <= box.x[1],
  );
  const yTicks = [box.y[0], 0, box.y[1]].filter(
    (v, i, a) => a.indexOf(v) === i && v >= box.y[0] && v <= box.y[1],
  );
  return (
    <g aria-hidden="true">
      <rect
        className="optimizer-trajectories__bg"
        x={0}
        y={0}
        width={box.width}
        height={box.height}
      />
      <g className="optimizer-trajectories__contours" clipPath={`url(#${clipId})`}>
        {contours.map((c) => (
          <path key={c.value} d={c.d} />
        ))}
      </g>
      <g className="optimizer-trajectories__axes" aria-hidden="true">
        {origin[0] >= 0 && origin[0] <= box.width && (
          <line x1={origin[0]} x2={origin[0]} y1={0} y2={box.height} />
        )}
        {origin[1] >= 0 && origin[1] <= box.height && (
          <line x1={0} x2={box.width} y1={origin[1]} y2={origin[1]} />
        )}
        {xTicks.map((v) => (
          <text
            key={`x${v}`}
            x={toPx(box, [v, 0])[0]}
            y={box.height + 12}
            textAnchor={v === box.x[0] ? 'start' : v === box.x[1] ? 'end' : 'middle'}
          >
            {fmt(v)}
          </text>
        ))}
        {yTicks.map((v) => (
          <text
            key={`y${v}`}
            x={-4}
            y={toPx(box, [0, v])[1]}
            textAnchor="end"
            dominantBaseline={v === box.y[1] ? 'hanging' : v === box.y[0] ? 'auto' : 'middle'}
          >
            {fmt(v)}
          </text>
        ))}
      </g>
    </g>
  );
});

/** Whether the run's point or value at step `at` is no longer a finite number. */
function isBlownUp(run: Runs['runs'][number], at: number): boolean {
  const p = run.points[at];
  return !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !Number.isFinite(run.values[at]);
}

function StepTable({ list, runs, step }: { list: OptimizerName[]; runs: RunMap; step: number }) {
  if (runs.size === 0 || list.length === 0) return null;
  return (
    <div className="optimizer-trajectories__table-wrap">
      <table className="optimizer-trajectories__table">
        <caption>{step}단계의 위치, 함숫값, 내부 상태</caption>
        <thead>
          <tr>
            <th scope="col">기법</th>
            <th scope="col">위치 (x, y)</th>
            <th scope="col">f(x, y)</th>
            <th scope="col">내부 상태</th>
          </tr>
        </thead>
        <tbody>
          {list.map((o) => {
            const r = runs.get(o);
            if (!r) return null;
            const i = Math.min(step, r.run.points.length - 1);
            const entries = stateEntries(o, r.run.lr, i, r.run.state[i]);
            return (
              <tr
                key={o}
                style={{ ['--ot-color' as string]: seriesColor(o) }}
                data-optimizer={o}
                data-diverged={r.divergedAt !== null && r.divergedAt <= i ? true : undefined}
              >
                <th scope="row">
                  <span className="optimizer-trajectories__swatch" aria-hidden="true" />
                  {OPTIMIZER_LABEL[o]}
                </th>
                <td>{fmtPair(r.run.points[i])}</td>
                <td>{fmt(r.run.values[i])}</td>
                <td>
                  {entries.map((e) => (
                    <span key={e.label} className="optimizer-trajectories__state">
                      {e.label} = {e.value}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
