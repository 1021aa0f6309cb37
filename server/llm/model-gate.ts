/**
 * Bounds model spend for the whole process (or Workers isolate): at most `concurrency` model turns at once and
 * `perMinute` started per minute (a token bucket). A question past either bound gets the offline answer at once
 * instead of queueing: the tables answer it, and nobody waits or pays for a turn the provider would rate-limit.
 */
export interface ModelGate {
  /** A release function when a turn may start, else undefined. */
  tryEnter(): (() => void) | undefined
}

export function createModelGate(opts: { concurrency: number; perMinute: number; now?: () => number }): ModelGate {
  const now = opts.now ?? Date.now
  let running = 0
  let tokens = opts.perMinute
  let at = now()
  return {
    tryEnter() {
      const t = now()
      tokens = Math.min(opts.perMinute, tokens + ((t - at) / 60_000) * opts.perMinute)
      at = t
      if (running >= opts.concurrency || tokens < 1) return undefined
      running++
      tokens--
      let released = false
      return () => {
        if (!released) running--
        released = true
      }
    },
  }
}
