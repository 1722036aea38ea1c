import type { CSSProperties } from 'react';

// Series colours come from the theme (light and dark): the n-th series of a chart, 0-based.
export const seriesColor = (index: number): string => `var(--series-${index + 1})`;

/** Inline CSS custom properties (`{ '--ot-color': … }`), typed for React's style prop. */
export const cssVars = (vars: Record<`--${string}`, string>): CSSProperties => vars;
