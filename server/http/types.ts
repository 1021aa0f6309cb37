import type { LanguageModel } from 'ai'
import type { Context } from 'hono'
import type { AskRequest, AskResponse, BudgetDocument, Corpus } from '../core/schema.js'
import type { SearchFilter, SearchHit } from '../core/search/search-index.js'
import type { Vocabulary } from '../core/lexicon/vocabulary.js'
import type { ToolRegistry } from '../core/tools/registry.js'
import type { StaffWiring } from '../staff/staff-wiring.js'
import type { AppEnv, Config } from './config.js'

/** What the HTTP layer needs from the answer engine (server/core/engine.ts satisfies it structurally). */
export interface EnginePort {
  corpus: Corpus
  /** the documents questions may reach (those held as "metadata needed" left out); absent: all of corpus */
  answerable?: Corpus
  ask(req: AskRequest): AskResponse
  search(query: string, filter: SearchFilter, limit: number): SearchHit[]
  /** the query tools by name, the same registry the offline planner runs */
  tools: ToolRegistry
  /** the domain vocabulary of the engine's tool context (the default when absent) */
  vocabulary?: Vocabulary
  /** Consistency findings (server/core/checks), computed once per corpus. */
  findings?: { forDoc(docId: string): unknown[] }
  /**
   * A corpus read from a store (server/core/corpus/sharded-engine.ts) answers on a small engine of just the documents
   * a request needs; without these the routes use the engine itself (a corpus loaded whole).
   */
  forQuestion?(req: AskRequest): Promise<EnginePort>
  forDocs?(ids: string[]): Promise<EnginePort>
  searchAsync?(query: string, filter: SearchFilter, limit: number): Promise<SearchHit[]>
  /** catch up with publications made by another process or isolate (a store-backed corpus; throttled inside) */
  sync?(opts?: { force?: boolean }): Promise<void>
  /** when the published corpus last changed (ISO 8601): a store-backed corpus knows it from its catalog */
  updated?(): string | undefined
  /** document list and counts from the catalog, with no document read */
  summaries?(): Promise<unknown[]>
  stats?(): Promise<{ documents: number; tables: number; rows: number; paragraphs: number }>
}

/** The engine a question is answered on: the documents it needs (store-backed corpus) or the whole corpus. */
export const engineForQuestion = async (e: EnginePort, req: AskRequest): Promise<EnginePort> => (e.forQuestion ? e.forQuestion(req) : e)
/** The engine holding a document (store-backed corpus) or the whole corpus. */
export const engineForDoc = async (e: EnginePort, docId: string): Promise<EnginePort> => (e.forDocs ? e.forDocs([docId]) : e)
/** The document an id of a document, table, row or paragraph belongs to: `<doc>/t3/r5`, `<doc>/p12`, `<doc>`. */
export const docIdOf = (id: string) => id.replace(/\/(?:t\d+(?:\/r\d+)?|p\d+)$/, '')

/** Consistency findings for one document; overrides the engine's (tests pass their own). */
export type CheckDocument = (doc: BudgetDocument) => unknown[]

export interface AppDeps {
  engine: EnginePort
  env: AppEnv
  /** Serves a file of web/dist by its path ('/widget.js'); undefined when there is no such file. */
  fetchAsset?: (path: string, req: Request) => Promise<Response | undefined>
  /** The source text of a document file (seeds/<file>, the lines a PDF was read as, or the text an upload was read as), for showing a table beside its lines. */
  readSource?: (file: string, doc?: BudgetDocument) => Promise<string | undefined>
  /** The document's file exactly as published (Node: seeds/<file>; Workers: the assets binding), for download and the PDF viewer. */
  readOriginal?: (file: string, doc?: BudgetDocument) => Promise<Uint8Array | undefined>
  /** When the corpus was last built (ISO 8601), shown as the data date; undefined when unknown. */
  dataUpdated?: string
  /** Any published version of a document (`?version=N` on /api/docs, /api/tables, /api/rows, /api/paragraphs). */
  documentVersion?: (id: string, version: number) => Promise<BudgetDocument | undefined>
  /** Staff sign-in, uploads and publishing (server/staff); absent: no /api/staff routes. */
  staff?: StaffWiring
  /** The client's address for rate limiting; defaults to Cloudflare's cf-connecting-ip. */
  clientIp?: (c: Context) => string
  /** Requests the rate limiter lets through (Node: a loopback socket, unless RATE_LIMIT_LOOPBACK=1). */
  rateLimitExempt?: (c: Context) => boolean
  /** Resolves when this question may start its synchronous work (Node: one per event-loop turn, server/http/answer-turns.ts); absent: at once. */
  answerTurn?: () => Promise<void>
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
