import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Schema, Values } from './schema';

/** What the widget root's `data-state` says (DESIGN.md "Hooks"). */
export type WidgetState = 'loading' | 'ready' | 'running' | 'diverged' | 'error';

/** A widget tells its frame how the last update went. */
export interface WidgetReport {
  state?: WidgetState;
  /** Milliseconds the last update took (input event → new numbers drawn). */
  updateMs?: number;
  /** Engine backend that computed it (webgl | wasm | cpu). */
  backend?: string;
  /** The numbers were not computed for this change: kept from an earlier visit, or computed ahead of it. */
  reused?: 'kept' | 'ahead';
  /** Korean explanation shown with 'diverged' / 'error' (e.g. "학습률이 너무 커서 발산했어요"). */
  message?: string;
}

export interface WidgetProps<S extends Schema = Schema> {
  /** Current parameter values: schema defaults ← directive attributes ← URL ← the reader's changes. */
  values: Values<S>;
  /** Change parameters; the frame validates nothing here (controls stay within the schema) and writes the URL. */
  set: (patch: Partial<Values<S>>) => void;
  schema: S;
  /** Report state / timing; call it from effects or event handlers, not during render. */
  report: (r: WidgetReport) => void;
  /** Increments each time "책 기본값" is pressed (for state that is not a parameter, e.g. a trained net). */
  resetCount: number;
  /** Unique per widget on the page (prefix of its URL keys); handy for element ids. */
  instanceKey: string;
}

export interface WidgetDef<S extends Schema = Schema> {
  /** Korean title shown in the widget header. */
  title: string;
  schema: S;
  /**
   * The declarations the widget runs (files relative to src/), shown under it as "이 위젯이
   * 실행하는 코드": the reader sees the TypeScript behind the numbers.
   */
  code?: ReadonlyArray<{ file: string; symbol: string }>;
  /** Lazy: the component's chunk (and tfjs/recharts) load only when a chapter embeds it. */
  load: () => Promise<{ default: ComponentType<WidgetProps<S>> }>;
}

/** A registered widget: its definition plus the lazy component made once from `load`. */
export interface RegisteredWidget<S extends Schema = Schema> extends WidgetDef<S> {
  Component: LazyExoticComponent<ComponentType<WidgetProps<S>>>;
}

/** Keeps the schema's literal types through the registry and makes the lazy component once. */
export function defineWidget<S extends Schema>(def: WidgetDef<S>): RegisteredWidget<S> {
  return { ...def, Component: lazy(def.load) };
}
