// The generated control of ONE parameter, bound to its schema key: the value and the setter are
// typed from the schema (number → number, boolean → boolean, enum → the union of its options),
// so a widget never casts. Every control has a visible label that is also its accessible name,
// works from the keyboard, and never leaves the schema's range.
import { useCallback, useContext, useLayoutEffect, useRef } from 'react';
import type { ParamSpec, ParamValue, Schema, Values } from '../schema';
import { announceTouch, SliderTouch } from './slider-touch';
import { SpecControl } from './SpecControl';

/** What a control needs of the widget's props: pass the props themselves (`of={props}`). */
export interface Bound<S extends Schema> {
  schema: S;
  values: Values<S>;
  set: (patch: Partial<Values<S>>) => void;
}

export function ParamControl<S extends Schema, K extends keyof S & string>({
  of,
  name,
  value,
  onChange,
  swatch,
  className,
}: {
  of: Bound<S>;
  name: K;
  /** Show this instead of `values[name]` (e.g. a value derived from other parameters). */
  value?: Values<S>[K];
  /** Do this instead of `set({ [name]: v })` (e.g. to change two parameters at once). */
  onChange?: (v: Values<S>[K]) => void;
  /** Colour key shown with a boolean's label. */
  swatch?: string;
  className?: string;
}) {
  const touches = useContext(SliderTouch);
  // The callbacks stay the same object across renders and read the latest binding, so the control
  // below re-renders only when its own value changes: moving one slider leaves the widget's other
  // controls alone (each was re-rendered, every input's attributes set again, on every change).
  const latest = useRef({ of, onChange, touches });
  useLayoutEffect(() => {
    latest.current = { of, onChange, touches };
  });
  const emit = useCallback(
    (v: ParamValue<ParamSpec>) => {
      const { of: bound, onChange: own } = latest.current;
      if (own) own(v as Values<S>[K]);
      else bound.set({ [name]: v } as Partial<Values<S>>);
    },
    [name],
  );
  const touch = useCallback(() => announceTouch(latest.current.touches, name), [name]);
  return (
    <SpecControl
      spec={of.schema[name]}
      value={(value ?? of.values[name]) as ParamValue<ParamSpec>}
      emit={emit}
      touch={touch}
      swatch={swatch}
      className={className}
    />
  );
}
