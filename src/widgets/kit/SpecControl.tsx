// The DOM control of one parameter spec (slider and box, radios, select, checkbox, text box),
// memoised: `value` is a primitive and the callbacks are stable (ParamControl), so it re-renders
// only when its own value changes.
import { memo } from 'react';
import type { ParamSpec, ParamValue } from '../schema';
import { BooleanControl } from './BooleanControl';
import { NumberControl } from './NumberControl';
import { RadioControl } from './RadioControl';
import { SelectControl } from './SelectControl';
import { StringControl } from './StringControl';

/** The control of one spec; memo compares `value` (a primitive) and the stable callbacks. */
export const SpecControl = memo(function SpecControl({
  spec,
  value,
  emit,
  touch,
  swatch,
  className,
}: {
  spec: ParamSpec;
  value: ParamValue<ParamSpec>;
  emit: (v: ParamValue<ParamSpec>) => void;
  touch: () => void;
  swatch?: string;
  className?: string;
}) {
  // The spec's kind says what the value is: the one place where the schema's types meet the DOM's.
  switch (spec.kind) {
    case 'number':
      return (
        <NumberControl
          spec={spec}
          value={Number(value)}
          onChange={emit}
          onTouch={touch}
          className={className}
        />
      );
    case 'enum':
      return spec.control === 'radio' ? (
        <RadioControl spec={spec} value={String(value)} onChange={emit} className={className} />
      ) : (
        <SelectControl spec={spec} value={String(value)} onChange={emit} className={className} />
      );
    case 'boolean':
      return (
        <BooleanControl
          spec={spec}
          value={value === true}
          onChange={emit}
          swatch={swatch}
          className={className}
        />
      );
    case 'string':
      return (
        <StringControl spec={spec} value={String(value)} onChange={emit} className={className} />
      );
  }
});
