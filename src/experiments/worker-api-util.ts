// Small helpers of the worker's side of the RPC: callbacks that came from the page.
import * as Comlink from 'comlink';

/**
 * A callback from the page (a Comlink.proxy): in the worker each call is a message whose
 * returned promise nobody waits for.
 */
export type RemoteCallback<T> = (value: T) => unknown;

/**
 * Reports sent to the page and not yet handled there. A proxied callback talks on its own
 * MessagePort and a call answers on the worker's: between two ports the browser keeps no order,
 * so an answer could overtake the run's last report (which would then undo the result on the
 * page: a finished run drawn as still running). Answers wait for these first (reportsDelivered).
 */
const inTransit = new Set<Promise<unknown>>();

/** Calls `cb` without waiting and without throwing (a closed page, a released proxy). */
export function relay<T>(cb: RemoteCallback<T> | undefined): ((value: T) => void) | undefined {
  if (!cb) return undefined;
  return (value) => {
    try {
      const handled = Promise.resolve(cb(value)).catch(() => undefined);
      inTransit.add(handled);
      void handled.then(() => inTransit.delete(handled));
    } catch {
      // released: nobody listens any more
    }
  };
}

/**
 * Resolves once the page has handled every report sent so far (each callback call resolves
 * when the page's function has run), or after `limitMs`: a report the page never answers is then
 * forgotten, so that it delays one answer, not every later one.
 */
export async function reportsDelivered(limitMs = 2000): Promise<void> {
  if (inTransit.size === 0) return;
  const sent = [...inTransit];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((r) => (timer = setTimeout(() => r(true), limitMs)));
  const gaveUp = await Promise.race([Promise.all(sent).then(() => false), late]);
  clearTimeout(timer);
  if (gaveUp) for (const p of sent) inTransit.delete(p);
}

/** Frees the page's end of a proxied callback once no more calls will come. */
export function release(cb: RemoteCallback<never> | undefined): void {
  try {
    (cb as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy]?.();
  } catch {
    // already released
  }
}

/** Runs an experiment in the worker and then pushes the engine's status (worker-api.ts's `call`). */
export type Call = <T>(fn: () => Promise<T>) => Promise<T>;

// --- cancellation: an AbortSignal cannot cross, so the page sends abort(token) ---------------
const controllers = new Map<number, AbortController>();

/** Runs `fn` with a signal that `abortToken(token)` aborts (no token: no signal). */
export async function withToken<T>(
  token: number | undefined,
  fn: (signal?: AbortSignal) => Promise<T>,
): Promise<T> {
  if (token === undefined) return fn(undefined);
  const c = new AbortController();
  controllers.set(token, c);
  try {
    return await fn(c.signal);
  } finally {
    controllers.delete(token);
  }
}

/** The page's abort of the call with this token (a finished call's token does nothing). */
export function abortToken(token: number): void {
  controllers.get(token)?.abort(new DOMException('멈췄습니다.', 'AbortError'));
}
