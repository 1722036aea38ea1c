// The one registry of embeddable widgets: directive name → title, parameter schema, lazy component.
// Schemas are imported eagerly (small, needed to validate directives and URLs before anything
// loads); components load lazily so chapter text appears before tfjs or recharts arrive.
import type { WidgetDef } from './types';
// Each entry keeps its own schema type; the map itself is heterogeneous.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidgetDef = WidgetDef<any>;

export const WIDGETS: Record<string, AnyWidgetDef> = {};

export function isWidget(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
