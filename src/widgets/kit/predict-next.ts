// Where a drag goes next. A hand dragging a slider moves at a steady pace and a held arrow key
// repeats its step, so the next value is most likely the last change once more: the same
// parameter, the same distance on the slider's own grid. useLiveResult has the engine compute
// that value while the reader is still between two events; if the guess is right, the next
// frame draws numbers that are already there (computed by the engine all the same, one frame
// earlier), and if it is wrong, nothing is shown from it.
import type { Schema, Values } from '../schema';
import { sliderScale } from './slider-scale';

/**
 * Where the one number parameter that changed from `prev` to `cur` goes next, most likely first:
 * as many slider steps again, then (for a hand's drag, more than one step at a time) one step
 * more and one step fewer. Empty when nothing changed, more than one parameter changed, the
 * change was not a number's, or the slider is at the end of its range. With `earlier` (the
 * values before `prev`), a change of the same slider by one step more or fewer than the last
 * goes first: a steady hand moves a slider by a fraction of steps per frame, so its whole-step
 * changes take turns (3.4 steps a frame: 3, 4, 3, 4, 3, …) and the one before last is the
 * better first guess (on simulated steady drags: right about 2 times in 3, against 1 in 2).
 */
export function predictNext<S extends Schema>(
  schema: S,
  prev: Values<S>,
  cur: Values<S>,
  earlier?: Values<S>,
): Values<S>[] {
  const moved = onlyChange(schema, prev, cur);
  const spec = moved === null ? null : schema[moved];
  if (moved === null || spec?.kind !== 'number') return [];
  const scale = sliderScale(spec);
  const from = scale.toSlider(prev[moved] as number);
  const at = scale.toSlider(cur[moved] as number);
  const steps = Math.round((at - from) / scale.step);
  const sign = Math.sign(at - from);
  // a hand's drag (several steps at a time) varies by a step either way; a key repeats its one
  const tries = Math.abs(steps) >= 2 ? [steps, steps + sign, steps - sign] : [steps || sign];
  if (earlier && onlyChange(schema, earlier, prev) === moved) {
    const turn = Math.round((from - scale.toSlider(earlier[moved] as number)) / scale.step);
    if (Math.sign(turn) === sign && Math.abs(turn - steps) === 1) tries.unshift(turn);
  }
  return stepped(schema, cur, moved, tries);
}

/**
 * The values one slider step either side of `cur` for the number parameter `name`, up first
 * (a reader who has just pressed or focused a slider has not moved it yet); fewer at the ends.
 */
export function predictAround<S extends Schema>(
  schema: S,
  cur: Values<S>,
  name: keyof S,
): Values<S>[] {
  return stepped(schema, cur, name, [1, -1]);
}

/** `cur` with parameter `name` moved by each of `steps` slider steps: distinct, none equal to `cur`. */
function stepped<S extends Schema>(
  schema: S,
  cur: Values<S>,
  name: keyof S,
  steps: number[],
): Values<S>[] {
  const spec = schema[name];
  if (!spec || spec.kind !== 'number') return [];
  const scale = sliderScale(spec);
  const at = scale.toSlider(cur[name] as number);
  const out: Values<S>[] = [];
  for (const n of steps) {
    const next = scale.fromSlider(scale.snap(at + n * scale.step));
    if (next !== cur[name] && !out.some((v) => v[name] === next))
      out.push({ ...cur, [name]: next });
  }
  return out;
}

/** The one parameter that differs between `a` and `b`; null when none or several do. */
function onlyChange<S extends Schema>(schema: S, a: Values<S>, b: Values<S>): keyof S | null {
  let moved: keyof S | null = null;
  for (const k of Object.keys(schema) as (keyof S)[]) {
    if (Object.is(a[k], b[k])) continue;
    if (moved !== null) return null;
    moved = k;
  }
  return moved;
}
