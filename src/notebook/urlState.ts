// Widget parameters in the URL: `?<instance>.<param>=<value>`, e.g.
// `?optimizer-trajectories.lr-sgd=0.5`. The schema parses and serialises; malformed values are
// reported (and ignored), never thrown.
import {
  parseParams,
  serializeValue,
  type ParamIssue,
  type Schema,
  type Values,
} from '../widgets/schema';

/** The parameters of one widget instance found in a query string. */
export function readUrlParams<S extends Schema>(
  instanceKey: string,
  schema: S,
  search: string,
): { values: Partial<Values<S>>; issues: ParamIssue[] } {
  // No prototype: a `?<instance>.__proto__=…` key is kept (and reported) like any other.
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const prefix = `${instanceKey}.`;
  for (const [k, v] of new URLSearchParams(search)) {
    if (k.startsWith(prefix)) attrs[k.slice(prefix.length)] = v;
  }
  return parseParams(schema, attrs);
}

/**
 * Returns `search` with this instance's keys rewritten: a value equal to the page's baseline
 * (what the chapter shows without URL state) is dropped, so links stay short.
 */
export function writeUrlParams<S extends Schema>(
  instanceKey: string,
  schema: S,
  values: Values<S>,
  baseline: Values<S>,
  search: string,
): string {
  const params = new URLSearchParams(search);
  for (const name of Object.keys(schema)) {
    const key = `${instanceKey}.${name}`;
    const spec = schema[name];
    const v = serializeValue(spec, values[name]);
    if (v === serializeValue(spec, baseline[name])) params.delete(key);
    else params.set(key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** history.replaceState, coalesced: a slider drag writes the URL at most every 200 ms. */
export function replaceSearch(search: string): void {
  pending = search;
  if (timer !== undefined) return;
  timer = setTimeout(() => {
    timer = undefined;
    if (pending === null) return;
    const url = new URL(window.location.href);
    url.search = pending;
    pending = null;
    if (url.href !== window.location.href)
      window.history.replaceState(window.history.state, '', url);
  }, 200);
}

/** The search string the page will have once pending writes land. */
export function currentSearch(): string {
  return pending ?? window.location.search;
}
