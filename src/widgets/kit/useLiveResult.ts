// A live slider's engine result: the widget's parameters → the experiment's input → the latest
// result, kept by input (KEEP), with the input a drag is expected to reach next computed ahead
// (predictNext). `toInput` must be a pure function of the values: the same function makes the
// input for the guess, so a guessed result is exactly the one the real input would get.
import { useCallback, useEffect, useRef } from 'react';
import type { Schema, Values } from '../schema';
import type { WidgetProps } from '../types';
import { predictNext } from './predict-next';
import { KEEP, useLatestResult, type LatestResult } from './useLatestResult';

const sameValues = (a: object, b: object) =>
  Object.keys(a).every((k) => Object.is(a[k as keyof object], b[k as keyof object]));

export function useLiveResult<S extends Schema, I, O>(
  props: Pick<WidgetProps<S>, 'values' | 'schema'>,
  toInput: (values: Values<S>) => I,
  compute: (input: I, signal: AbortSignal) => Promise<O>,
  keyOf: (input: I) => string = JSON.stringify,
): LatestResult<O> {
  const { values, schema } = props;
  const input = toInput(values);
  // The last two distinct parameter sets (the change a drag is making), updated after each
  // render: before the run that render starts, so a guess always continues the newest change.
  const track = useRef<{ prev: Values<S>; cur: Values<S> } | null>(null);
  useEffect(() => {
    const t = track.current;
    if (!t || !sameValues(t.cur, values)) track.current = { prev: t?.cur ?? values, cur: values };
  });
  const guessNext = useCallback(() => {
    const t = track.current;
    return (t ? predictNext(schema, t.prev, t.cur) : []).map((next) => {
      const nextInput = toInput(next);
      return { key: keyOf(nextInput), input: nextInput };
    });
  }, [schema, toInput, keyOf]);
  return useLatestResult(keyOf(input), input, compute, { ...KEEP, ahead: guessNext });
}
