// A live slider's engine result: the widget's parameters → the experiment's input → the latest
// result, kept by input (KEEP), with the inputs a drag is expected to reach next computed ahead:
// the last change continued (predictNext), or, when a slider has just been pressed or focused
// and has not moved yet, one step either side of it (predictAround). `toInput` must be a pure
// function of the values: the same function makes the guesses' inputs, so a guessed result is
// exactly the one the real input would get. `stoppable`: see useLatestResult (guesses after runs
// of any length, each stopped by an input that is not it).
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Schema, Values } from '../schema';
import type { WidgetProps } from '../types';
import { predictAround, predictNext } from './predict-next';
import { onTouch, SliderTouch } from './slider-touch';
import { KEEP, useLatestResult, type LatestResult } from './useLatestResult';

interface Track<S extends Schema> {
  earlier?: Values<S>;
  prev: Values<S>;
  cur: Values<S>;
  touched: keyof S | null;
}

const sameValues = (a: object, b: object) =>
  Object.keys(a).every((k) => Object.is(a[k as keyof object], b[k as keyof object]));

/** The latest result, and the engine input (and its key) of the values as they are now. */
export type LiveResult<I, O> = LatestResult<O> & { input: I; key: string };

export function useLiveResult<S extends Schema, I, O>(
  props: Pick<WidgetProps<S>, 'values' | 'schema'>,
  toInput: (values: Values<S>) => I,
  compute: (input: I, signal: AbortSignal) => Promise<O>,
  keyOf: (input: I) => string = JSON.stringify,
  { stoppable = false }: { stoppable?: boolean } = {},
): LiveResult<I, O> {
  const { values, schema } = props;
  const input = toInput(values);
  const key = keyOf(input);
  // The last three distinct parameter sets (the changes a drag is making), updated after each
  // render: before the run that render starts, so a guess always continues the newest change.
  // `touched`: a slider pressed or focused since, not moved yet.
  const track = useRef<Track<S> | null>(null);
  useEffect(() => {
    const t = track.current;
    if (!t || !sameValues(t.cur, values))
      track.current = { earlier: t?.prev, prev: t?.cur ?? values, cur: values, touched: null };
  });
  // A touch wakes the engine up to guess around the slider before it moves.
  const [wake, setWake] = useState(0);
  const touches = useContext(SliderTouch);
  useEffect(
    () =>
      onTouch(touches, (name) => {
        const t = track.current;
        if (!t || !(name in schema)) return;
        track.current = { prev: t.cur, cur: t.cur, touched: name };
        setWake((w) => w + 1);
      }),
    [touches, schema],
  );
  const guessNext = useCallback(() => {
    const t = track.current;
    const next = !t
      ? []
      : t.touched !== null
        ? predictAround(schema, t.cur, t.touched)
        : predictNext(schema, t.prev, t.cur, t.earlier);
    return next.map((v) => {
      const nextInput = toInput(v);
      return { key: keyOf(nextInput), input: nextInput };
    });
  }, [schema, toInput, keyOf]);
  const result = useLatestResult(key, input, compute, {
    ...KEEP,
    ahead: guessNext,
    wake,
    stoppable,
  });
  return { ...result, input, key };
}
