import type { Engine } from '../core/engine.js'
import type { EnginePort } from '../http/types.js'

export interface LiveEngine extends EnginePort {
  /** answers use `next` from the next request on; requests already running finish on the old one */
  swap(next: EnginePort): void
  readonly current: EnginePort
}

/**
 * The engine the routes hold: a fixed object whose corpus, index and findings are those of the engine swapped in last.
 * The optional methods of a store-backed engine (forQuestion, forDocs, searchAsync, summaries, stats) are forwarded
 * too, and read per access: present exactly when the current engine has them, so a route that checks for one
 * keeps working after a publish swaps in an engine of the other kind.
 */
export function liveEngine(initial: Engine | EnginePort): LiveEngine {
  let current: EnginePort = initial
  return {
    get current() { return current },
    get corpus() { return current.corpus },
    get answerable() { return current.answerable },
    get tools() { return current.tools },
    get findings() { return current.findings },
    ask: (req) => current.ask(req),
    search: (q, filter, limit) => current.search(q, filter, limit),
    get forQuestion() { return current.forQuestion?.bind(current) },
    get forDocs() { return current.forDocs?.bind(current) },
    get searchAsync() { return current.searchAsync?.bind(current) },
    get summaries() { return current.summaries?.bind(current) },
    get stats() { return current.stats?.bind(current) },
    swap(next) { current = next },
  }
}
