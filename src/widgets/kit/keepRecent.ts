// A Map used as a small most-recently-used store: `key` moves to the end with `value`, and the
// oldest entries go once there are more than `max`.
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= max) break;
    map.delete(k);
  }
}
