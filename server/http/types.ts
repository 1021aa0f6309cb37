import type { LanguageModel } from 'ai'
import type { Context } from 'hono'
import type { AskRequest, AskResponse, BudgetDocument, Corpus } from '../core/schema.js'
import type { SearchFilter, SearchHit } from '../core/search/search-index.js'
import type { QueryTool } from '../core/tools/types.js'
import type { AppEnv, Config } from './config.js'

/** What the HTTP layer needs from the answer engine (server/core/engine.ts satisfies it structurally). */
export interface EnginePort {
  corpus: Corpus
  ask(req: AskRequest): AskResponse
  search(query: string, filter: SearchFilter, limit: number): SearchHit[]
  tools: QueryTool[]
  /** Consistency findings (server/core/checks), computed once per corpus. */
  findings?: { forDoc(docId: string): unknown[] }
}

/** Consistency findings for one document; overrides the engine's (tests pass their own). */
export type CheckDocument = (doc: BudgetDocument) => unknown[]

export interface AppDeps {
  engine: EnginePort
  env: AppEnv
  /** Serves a file of web/dist by its path ('/widget.js'); undefined when there is no such file. */
  fetchAsset?: (path: string, req: Request) => Promise<Response | undefined>
  /** The source text of a document file (seeds/<file>), for showing a table beside its lines. */
  readSource?: (file: string) => Promise<string | undefined>
  /** The client's address for rate limiting; defaults to Cloudflare's cf-connecting-ip. */
  clientIp?: (c: Context) => string
  /** Requests the rate limiter lets through (Node: a loopback socket, unless RATE_LIMIT_LOOPBACK=1). */
  rateLimitExempt?: (c: Context) => boolean
  /** Overrides the model built from OPENAI_* (tests pass a mock). `null` forces offline. */
  model?: LanguageModel | null
  checkDocument?: CheckDocument
}

/** What every route group is built from: the deps plus the config and model resolved once. */
export interface RouteDeps extends AppDeps {
  config: Config
  model: LanguageModel | undefined
}

export interface HonoEnv {
  Bindings: AppEnv
}
