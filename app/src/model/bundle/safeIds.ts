// Safe, unique ids for keys that come from data: `__proto__`, `constructor`, `prototype`… become `id-__proto__`.

/** Ids that plain objects or Graphology's adjacency (plain objects) would mishandle: Object.prototype names and `prototype`. */
export function isUnsafeId(id: string): boolean {
  return id === 'prototype' || id in Object.prototype;
}

/** Hands out each id once, renaming unsafe ones to a name no other id in the file uses. */
export class SafeIds {
  private readonly original: Set<string>;
  private readonly taken = new Set<string>();
  private readonly keys = new Map<string, string>();

  constructor(allIds: readonly string[]) {
    this.original = new Set(allIds);
  }

  /** The key for `id` (itself, or a safe rename); null when `id` was claimed before (a duplicate). */
  claim(id: string): string | null {
    if (this.keys.has(id)) return null;
    let key = id;
    if (isUnsafeId(id)) {
      key = `id-${id}`;
      for (let n = 2; this.original.has(key) || this.taken.has(key); n += 1) key = `id-${id}-${n}`;
    }
    this.taken.add(key);
    this.keys.set(id, key);
    return key;
  }

  /** The key `id` was given, if it was claimed. */
  keyOf(id: string): string | undefined {
    return this.keys.get(id);
  }
}
