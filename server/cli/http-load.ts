/** A bounded closed-loop load generator: N clients, each sending its next request when the last one finished. */

export interface LoadOptions {
  clients: number
  seconds: number
  /** The i-th request of client c. */
  request: (c: number, i: number) => { url: string; init?: RequestInit; label: string }
  /** Per-request limit; a slower answer counts as an error. */
  timeoutMs?: number
}

export interface LoadStats {
  label: string
  requests: number
  errors: number
  rps: number
  p50: number
  p99: number
  max: number
}

/** The q-quantile of ascending values (nearest rank); 0 for none. */
export const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0)

export async function runLoad(opts: LoadOptions): Promise<{ total: LoadStats; byLabel: LoadStats[]; errorSamples: string[] }> {
  const deadline = performance.now() + opts.seconds * 1000
  const latencies = new Map<string, number[]>()
  const errors = new Map<string, number>()
  const errorSamples: string[] = []
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, c) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const { url, init, label } = opts.request(c, i)
        const start = performance.now()
        try {
          const res = await fetch(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) })
          await res.arrayBuffer()
          if (!res.ok) throw new Error(`${res.status} ${label}`)
          const list = latencies.get(label) ?? []
          list.push(performance.now() - start)
          latencies.set(label, list)
        } catch (e) {
          errors.set(label, (errors.get(label) ?? 0) + 1)
          if (errorSamples.length < 5) errorSamples.push((e as Error).message)
        }
      }
    }),
  )
  const elapsedS = (performance.now() - t0) / 1000
  const stats = (label: string, lat: number[], errs: number): LoadStats => {
    const sorted = [...lat].sort((a, b) => a - b)
    return { label, requests: lat.length + errs, errors: errs, rps: (lat.length + errs) / elapsedS, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? 0 }
  }
  const labels = [...new Set([...latencies.keys(), ...errors.keys()])].sort()
  const byLabel = labels.map((l) => stats(l, latencies.get(l) ?? [], errors.get(l) ?? 0))
  const total = stats('total', [...latencies.values()].flat(), [...errors.values()].reduce((a, b) => a + b, 0))
  return { total, byLabel, errorSamples }
}

export const formatStats = (s: LoadStats) =>
  `${s.label.padEnd(12)} ${String(s.requests).padStart(7)} req ${s.rps.toFixed(0).padStart(6)} req/s  p50 ${s.p50.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(1).padStart(6)} ms  max ${s.max.toFixed(0).padStart(5)} ms  errors ${s.errors}`
