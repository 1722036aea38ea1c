// `::optimizer-trajectories` — the book's Fig 6-8, live: six optimizers descend a function drawn
// as contour lines, each in its own panel (or overlaid). Every point comes from the engine
// through src/experiments; this component only composes, animates and reports.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import {
  OPTIMIZER_NAMES,
  SURFACES,
  type OptimizerName,
  type SurfaceName,
} from '../../experiments/client';
import { fmtPair, ParamControl, Tex, useLiveResult, useReport, useResettableState } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeRuns, runMap, type Point, type RunInput } from './compute';
import { clampStart, divergedMessage, effectiveStart, lrKey, plotBox, showKey } from './model';
import { OptimizerControls } from './parts/OptimizerControls';
import { Panel } from './parts/Panel';
import { Player } from './parts/Player';
import { StepTable } from './parts/StepTable';
import { schema as optimizerSchema, type OptimizerTrajectoriesSchema } from './schema';
import { useContours } from './useContours';
import './OptimizerTrajectories.css';

type Props = WidgetProps<OptimizerTrajectoriesSchema>;

/** Panel widths in viewBox units (the SVGs scale to their box). */
const PANEL_W = 240;
const OVERLAY_W = 480;
const ANIMATION_MS = 160;

/** The start the book's figures use (the schema's defaults). */
const BOOK_START: Point = [optimizerSchema['start-x'].default, optimizerSchema['start-y'].default];

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<OptimizerTrajectoriesSchema>): RunInput => ({
  surface: v.surface,
  start: effectiveStart([v['start-x'], v['start-y']], SURFACES[v.surface], BOOK_START),
  steps: v.steps,
  runs: OPTIMIZER_NAMES.map((o) => ({ optimizer: o, lr: v[lrKey(o)] })),
});

function OptimizerTrajectories(props: Props) {
  const { values, set, schema, report, resetCount, instanceKey } = props;
  const bookStart: Point = [schema['start-x'].default, schema['start-y'].default];
  const start = effectiveStart(
    [values['start-x'], values['start-y']],
    SURFACES[values.surface],
    bookStart,
  );
  const result = useLiveResult(props, toInput, computeRuns);
  const out = result.output;
  const shownSurface = out?.input.surface ?? values.surface;
  const surface = SURFACES[shownSurface];

  // Animation: `cursor` is the step on show (null = the whole run).
  const [cursor, setCursor] = useResettableState<number | null>(null, resetCount);
  const [playing, setPlaying] = useResettableState(false, resetCount);
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
  }, [playing, totalSteps, setCursor]);
  if (playing && cursor === null) setPlaying(false);

  const visible = OPTIMIZER_NAMES.filter((o) => values[showKey(o)]);
  const multiples = values.layout === 'multiples';
  const box = useMemo(
    () => plotBox(surface.x, surface.y, multiples ? PANEL_W : OVERLAY_W),
    [surface, multiples],
  );
  const contours = useContours(shownSurface, box);
  const runs = useMemo(() => runMap(out), [out]);
  const diverged = divergedMessage(
    visible.flatMap((o) => {
      const r = runs.get(o);
      return r && r.divergedAt !== null ? [{ optimizer: o, lr: r.run.lr }] : [];
    }),
  );
  const { rootRef } = useReport({
    report,
    result,
    errorLabel: '경로를 계산하지 못했어요',
    diverged,
    running: playing,
  });

  // Dragging the start point (any panel's handle) recomputes while the pointer moves.
  const setStart = (p: Point) => {
    const range = {
      x: [schema['start-x'].min, schema['start-x'].max],
      y: [schema['start-y'].min, schema['start-y'].max],
    } as const;
    const [x, y] = clampStart(p, surface, range);
    set({ 'start-x': x, 'start-y': y });
  };
  // One function for the panels' lifetime (they are memoised), calling the latest setStart.
  const setStartRef = useRef(setStart);
  useLayoutEffect(() => {
    setStartRef.current = setStart;
  });
  const onStart = useCallback((p: Point) => setStartRef.current(p), []);
  const onSurface = (s: SurfaceName) => {
    setCursor(null);
    set({ surface: s, 'start-x': SURFACES[s].start[0], 'start-y': SURFACES[s].start[1] });
  };

  const startHelpId = useId();
  const panel = (list: OptimizerName[], key: string, focusable: boolean, title?: OptimizerName) => (
    <Panel
      key={key}
      box={box}
      contours={contours}
      list={list}
      runs={runs}
      step={step}
      start={start}
      title={title}
      focusableHandle={focusable}
      onStart={onStart}
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
        <Tex tex={surface.tex} className="optimizer-trajectories__tex" /> · 시작점{' '}
        {fmtPair(out?.input.start ?? start)} · {totalSteps}번 갱신
      </p>

      <div className="optimizer-trajectories__top-controls controls">
        <ParamControl of={props} name="surface" onChange={onSurface} />
        <ParamControl of={props} name="layout" />
        <ParamControl of={props} name="steps" />
        <ParamControl
          of={props}
          name="start-x"
          value={start[0]}
          onChange={(x) => set({ 'start-x': x, 'start-y': start[1] })}
        />
        <ParamControl
          of={props}
          name="start-y"
          value={start[1]}
          onChange={(y) => set({ 'start-y': y, 'start-x': start[0] })}
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
            보이는 옵티마이저가 없어요. 아래에서 하나 이상 켜 주세요.
          </p>
        ) : multiples ? (
          visible.map((o, i) => panel([o], o, i === 0, o))
        ) : (
          panel(visible, 'overlaid', true)
        )}
      </div>

      <Player
        playing={playing}
        step={step}
        totalSteps={totalSteps}
        onToggle={() => {
          if (playing) return setPlaying(false);
          if (cursor === null || cursor >= totalSteps) setCursor(0);
          setPlaying(true);
        }}
        onStep={() => {
          setPlaying(false);
          setCursor(step >= totalSteps ? 0 : step + 1);
        }}
        onSeek={(k) => {
          setPlaying(false);
          setCursor(k >= totalSteps ? null : k);
        }}
      />
      <OptimizerControls of={props} runs={runs} />
      <StepTable list={visible} runs={runs} step={step} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(OptimizerTrajectories);
