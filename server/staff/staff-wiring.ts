import { createEngine } from '../core/engine.js'
import { parseUpload, type ParseUpload } from '../core/publish/parse-upload.js'
import { createStaffDesk, type StaffDesk } from '../core/publish/staff-desk.js'
import type { BudgetDocument } from '../core/schema.js'
import type { Store } from '../core/store/port.js'
import type { LiveEngine } from './live-engine.js'
import { sessionKeys, type SessionKeys } from './session-token.js'
import { staffAccounts, type StaffAccounts, type StaffEnv } from './staff-accounts.js'

export interface StaffLimits { maxFileBytes: number; maxRequestBytes: number; maxFiles: number }

/** Everything the staff routes need, built once per app. */
export interface StaffWiring {
  accounts: StaffAccounts
  sessions: SessionKeys
  desk: StaffDesk
  limits: StaffLimits
  sessionTtlMs: number
  cookieSecure: boolean
  /** rebuild citizens' engine from the published catalog and swap it in */
  refresh(): Promise<{ ms: number; documents: number }>
}

const int = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : fallback)

/**
 * The staff desk over a store, publishing into a live engine. `base` is what `npm run ingest` built (documents the
 * catalog does not govern); `parse` runs one upload (in-process by default; Node passes a worker-thread runner).
 */
export function createStaffWiring(opts: { env: StaffEnv; store: Store; live: LiveEngine; base?: BudgetDocument[]; parse?: ParseUpload; now?: () => Date }): StaffWiring {
  const { env, live } = opts
  let refresh: StaffWiring['refresh'] = async () => ({ ms: 0, documents: 0 })
  const desk = createStaffDesk({ store: opts.store, parse: opts.parse ?? parseUpload, base: opts.base, now: opts.now, onPublishedChange: async () => void (await refresh()) })
  refresh = async () => {
    const t0 = performance.now()
    const corpus = await desk.publishedCorpus()
    live.swap(createEngine(corpus))
    return { ms: performance.now() - t0, documents: corpus.documents.length }
  }
  return {
    accounts: staffAccounts(env),
    sessions: sessionKeys(env.STAFF_SESSION_SECRET),
    desk,
    limits: {
      maxFileBytes: int(env.STAFF_MAX_FILE_BYTES, 20 * 1024 * 1024),
      maxRequestBytes: int(env.STAFF_MAX_REQUEST_BYTES, 50 * 1024 * 1024),
      maxFiles: int(env.STAFF_MAX_FILES, 20),
    },
    sessionTtlMs: int(env.STAFF_SESSION_HOURS, 8) * 3600_000,
    cookieSecure: env.STAFF_COOKIE_SECURE === '1',
    refresh: () => refresh(),
  }
}
