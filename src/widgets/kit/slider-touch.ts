// A slider about to move: the reader pressed on it or focused it, so a drag or the arrow keys
// come next. ParamControl announces it on the widget's channel (the frame provides one per
// widget); useLiveResult then has the engine compute the values one step either side, so even
// the first step of a drag can be drawn in its own frame.
import { createContext } from 'react';

/** One per widget frame: ParamControl dispatches on it, useLiveResult listens. */
export const SliderTouch = createContext<EventTarget | null>(null);

const TOUCH = 'slider-touch';

/** Says that the slider of parameter `name` is about to move. */
export function announceTouch(channel: EventTarget | null, name: string): void {
  channel?.dispatchEvent(new CustomEvent(TOUCH, { detail: name }));
}

/** Calls `cb` with the parameter's name whenever one of the widget's sliders is touched. */
export function onTouch(channel: EventTarget | null, cb: (name: string) => void): () => void {
  if (!channel) return () => undefined;
  const listener = (e: Event) => cb(String((e as CustomEvent).detail));
  channel.addEventListener(TOUCH, listener);
  return () => channel.removeEventListener(TOUCH, listener);
}
