/**
 * A least-recently-used cache bounded by bytes (an estimate each entry declares), not by count: one 30 MB shard and
 * a thousand small ones cost what they weigh. Concurrent loads of one key share a single promise.
 */
export class ByteLru<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>()
  private readonly pending = new Map<string, Promise<V | undefined>>()
  private used = 0
  hits = 0
  misses = 0

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.map.size
  }

  get bytes(): number {
    return this.used
  }

  peek(key: string): V | undefined {
    const e = this.map.get(key)
    if (!e) return undefined
    this.map.delete(key)
    this.map.set(key, e)
    return e.value
  }

  set(key: string, value: V, bytes: number): void {
    const old = this.map.get(key)
    if (old) {
      this.used -= old.bytes
      this.map.delete(key)
    }
    this.map.set(key, { value, bytes })
    this.used += bytes
    // evict oldest first, but always keep the entry just added (an entry larger than the budget still serves its request)
    for (const [k, e] of this.map) {
      if (this.used <= this.maxBytes || k === key) break
      this.map.delete(k)
      this.used -= e.bytes
    }
  }

  /** An entry grew (a lazily loaded part): count its new weight, evicting others if needed. */
  grow(key: string, bytes: number): void {
    const e = this.map.get(key)
    if (e) this.set(key, e.value, e.bytes + bytes)
  }

  /** The cached value, else load it once (concurrent callers wait for the same load). */
  async getOrLoad(key: string, load: () => Promise<{ value: V; bytes: number } | undefined>): Promise<V | undefined> {
    const hit = this.peek(key)
    if (hit !== undefined) {
      this.hits++
      return hit
    }
    let p = this.pending.get(key)
    if (!p) {
      this.misses++
      p = load().then((r) => {
        if (r) this.set(key, r.value, r.bytes)
        return r?.value
      }).finally(() => this.pending.delete(key))
      this.pending.set(key, p)
    }
    return p
  }
}
