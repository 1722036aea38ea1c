// The generated control of ONE parameter, bound to its schema key: the value and the setter are
// typed from the schema (number → number, boolean → boolean, enum → the union of its options),
// so a widget never casts. Every control has a visible label that is also its accessible name,
// works from the keyboard, and never leaves the schema's range.
import { useContext } from 'react';
import type { ParamSpec, ParamValue, Schema, Values } from '../schema';
import { BooleanControl } from './BooleanControl';
import { NumberControl } from './NumberControl';
import { RadioControl } from './RadioControl';
import { SelectControl } from './SelectControl';
import { announceTouch, SliderTouch } from './slider-touch';
import { StringControl } from './StringControl';

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
  const spec: ParamSpec = of.schema[name];
  const current: unknown = value ?? of.values[name];
  // Values<S> is derived from the spec's kind, so the kind below narrows the value: the one
  // place where the schema's types meet the DOM's.
  const emit = (v: ParamValue<ParamSpec>) => {
    if (onChange) onChange(v as Values<S>[K]);
    else of.set({ [name]: v } as Partial<Values<S>>);
  };
  switch (spec.kind) {
    case 'number':
      return (
        <NumberControl
          spec={spec}
          value={Number(current)}
          onChange={emit}
          onTouch={() => announceTouch(touches, name)}
          className={className}
        />
      );
    case 'enum':
      return spec.control === 'radio' ? (
        <RadioControl spec={spec} value={String(current)} onChange={emit} className={className} />
      ) : (
        <SelectControl spec={spec} value={String(current)} onChange={emit} className={className} />
      );
    case 'boolean':
      return (
        <BooleanControl
          spec={spec}
          value={current === true}
          onChange={emit}
          swatch={swatch}
          className={className}
        />
      );
    case 'string':
      return (
        <StringControl spec={spec} value={String(current)} onChange={emit} className={className} />
      );
  }
}
