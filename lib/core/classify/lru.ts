/**
 * Bounded "two generation" cache (the hashlru scheme): reads hit the young map, fall back to the old one
 * and promote. When the young map is full it becomes the old one and the previous old one is dropped.
 * Why not a classic LRU that re-inserts on every hit: the classifier reads the cache on every request and
 * a Map delete+set per hit costs more than the lookup we are trying to save; this gives LRU-like
 * behaviour (recently used entries survive at least one rotation) with plain Map gets on the hot path.
 * At most 2 × max entries are held.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly max: number) {
    if (!(max > 0)) throw new RangeError('BoundedCache max must be > 0');
  }

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.max && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
