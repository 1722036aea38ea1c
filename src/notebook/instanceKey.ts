// The key of a widget directive on its page (its URL parameters' prefix, its frame's ids):
// the widget's name for the first of its name, `name-2`, `name-3` … after it, or the
// directive's own `id`. Made by remarkNotebook.ts, read back by the frame's title (WidgetTitle).

/** The key of the `n`th directive of `name` on its page (1 for the first). */
export function instanceKeyOf(name: string, n: number): string {
  return n === 1 ? name : `${name}-${n}`;
}

/** Which directive of `name` the key is (1 for the first, and for a directive's own id). */
export function instanceOrdinal(name: string, key: string): number {
  const n = key.startsWith(`${name}-`) ? Number(key.slice(name.length + 1)) : 1;
  return Number.isInteger(n) && n > 1 ? n : 1;
}
