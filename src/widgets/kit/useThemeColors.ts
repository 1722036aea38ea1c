// The theme's colours (CSS custom properties such as --bg, --series-2) as strings a canvas can
// paint with, read from an element and read again when the theme changes: the toggle sets
// <html data-theme>, the system setting flips prefers-color-scheme.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useThemeColors<K extends string>(
  ref: RefObject<Element | null>,
  names: readonly K[],
): Record<K, string> | null {
  const [colors, setColors] = useState<Record<K, string> | null>(null);
  const key = names.join(',');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const list = key.split(',') as K[];
    const read = () => {
      const style = getComputedStyle(el);
      const next = {} as Record<K, string>;
      for (const n of list) next[n] = style.getPropertyValue(`--${n}`).trim();
      setColors((old) => (old && list.every((n) => old[n] === next[n]) ? old : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', read);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', read);
    };
  }, [ref, key]);
  return colors;
}
