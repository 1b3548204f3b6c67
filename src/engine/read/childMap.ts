/**
 * The map stored under `key`, created empty on first use: nested maps find a row by several
 * values without building a string key per row, which was slow on sheets of a million rows.
 */
export function childMap<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map() as V;
    map.set(key, inner);
  }
  return inner;
}
