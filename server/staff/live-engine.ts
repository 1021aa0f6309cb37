import type { Engine } from '../core/engine.js'
import type { EnginePort } from '../http/types.js'

export interface LiveEngine extends EnginePort {
  /** answers use `next` from the next request on; requests already running finish on the old one */
  swap(next: Engine): void
  readonly current: Engine
}

/** The engine the routes hold: a fixed object whose corpus, index and findings are those of the engine swapped in last. */
export function liveEngine(initial: Engine): LiveEngine {
  let current = initial
  return {
    get current() { return current },
    get corpus() { return current.corpus },
    get tools() { return current.tools },
    get findings() { return current.findings },
    ask: (req) => current.ask(req),
    search: (q, filter, limit) => current.search(q, filter, limit),
    swap(next) { current = next },
  }
}
