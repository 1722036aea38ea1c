// The width of an element, kept current by a ResizeObserver (charts draw at their real size), and
// the browser's text size with it (kit textScale): a chart's box resizes when the reader changes
// the text size with the page open (its column and paddings are in rem), and no event says so.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { textScale } from './textScale';

export interface ElementBox {
  /** the element's width, px (`fallback` until it is laid out) */
  width: number;
  /** the root's font size over 16 px, read with the width */
  k: number;
}

export function useElementBox(ref: RefObject<Element | null>, fallback: number): ElementBox {
  const [box, setBox] = useState<ElementBox>(() => ({ width: fallback, k: textScale() }));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const width = Math.round(el.getBoundingClientRect().width) || fallback;
      const k = textScale();
      setBox((b) => (b.width === width && b.k === k ? b : { width, k }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return; // an old browser: the first width stays
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return box;
}

export const useElementWidth = (ref: RefObject<Element | null>, fallback: number): number =>
  useElementBox(ref, fallback).width;
