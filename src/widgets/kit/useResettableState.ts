// The one reset pattern. Parameters are reset by the frame ("책 기본값" restores the schema's
// values); state that is NOT a parameter (an animation step, a learning run) lives here and goes
// back to `initial` whenever `resetCount` changes (adjusting state while rendering, as React
// recommends, so the reset shows in the same paint as the parameters).
import { useState, type Dispatch, type SetStateAction } from 'react';

export function useResettableState<T>(
  initial: T,
  resetCount: number,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(initial);
  const [seen, setSeen] = useState(resetCount);
  if (seen !== resetCount) {
    setSeen(resetCount);
    setValue(initial);
    return [initial, setValue];
  }
  return [value, setValue];
}
