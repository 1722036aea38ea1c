// The generated controls of several parameters, in the order given, in one wrapping row.
import type { Schema } from '../schema';
import { ParamControl, type Bound } from './ParamControl';

export function ParamControls<S extends Schema>({
  of,
  names,
  className,
}: {
  of: Bound<S>;
  names: ReadonlyArray<keyof S & string>;
  className?: string;
}) {
  return (
    <div className={className ? `controls ${className}` : 'controls'}>
      {names.map((name) => (
        <ParamControl key={name} of={of} name={name} />
      ))}
    </div>
  );
}
