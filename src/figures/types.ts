import type { ComponentType } from 'react';

/** A static diagram drawn as inline SVG, embedded with `::figure{name=…}`. */
export interface FigureEntry {
  /** Korean caption shown under the figure. */
  title: string;
  load: () => Promise<{ default: ComponentType }>;
}
