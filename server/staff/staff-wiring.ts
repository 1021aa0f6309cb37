import { parseUpload, type ParseUpload } from '../core/publish/parse-upload.js'
import { createStaffDesk, type StaffDesk } from '../core/publish/staff-desk.js'
import type { Store } from '../core/store/port.js'
import { staffRoutes } from '../routes/staff.js'
import { sessionKeys, type RevokedSessions, type SessionKeys } from './session-token.js'
import { staffAccounts, type StaffAccounts, type StaffEnv } from './staff-accounts.js'

export interface StaffLimits { maxFileBytes: number; maxRequestBytes: number; maxFiles: number }

/** Everything the staff routes need, built once per app. */
export interface StaffWiring {
  /** the /api/staff routes over this wiring: held here, so an app built without staff (the citizens' Worker) never
   *  bundles them, nor the parser their uploads reach */
  routes: typeof staffRoutes
  accounts: StaffAccounts
  sessions: SessionKeys
  desk: StaffDesk
  limits: StaffLimits
  sessionTtlMs: number
  cookieSecure: boolean
}

const int = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v.trim()) && Number(v) > 0 ? Number(v) : fallback)

/** Sign-outs in the store (a few bytes per session, read on each staff request): shared by every process and isolate. */
function revokedInStore(store: Store): RevokedSessions {
  const key = (sid: string) => `sessions/revoked/${sid.replace(/[^\w-]/g, '_')}`
  return {
    add: (sid, exp) => store.blobs.put(key(sid), new TextEncoder().encode(String(exp))),
    has: async (sid) => (await store.blobs.get(key(sid))) !== undefined,
  }
}

/** Whether the operator configured anyone: staff routes exist only then. */
export const staffConfigured = (env: StaffEnv) => !!(env.STAFF_USERS?.trim() || env.STAFF_TOKENS?.trim())

/**
 * The staff desk over the store citizens are served from. `engine` is citizens' store-backed engine: after a
 * publication it reads the catalog's change feed at once, so the document is answerable on the next request.
 * `parse` runs one upload (in-process by default; Node passes a worker-thread runner). `defaultMaxFileBytes` is
 * the runtime's own ceiling (a Worker's 128 MB isolate holds the file and pdf.js's copy of it).
 */
export function createStaffWiring(opts: {
  env: StaffEnv
  store: Store
  engine?: { sync(opts: { force: true }): Promise<void> }
  parse?: ParseUpload
  now?: () => Date
  defaultMaxFileBytes?: number
}): StaffWiring {
  const { env } = opts
  const desk = createStaffDesk({ store: opts.store, parse: opts.parse ?? parseUpload, now: opts.now, onPublishedChange: () => opts.engine?.sync({ force: true }) ?? Promise.resolve() })
  return {
    routes: staffRoutes,
    accounts: staffAccounts(env),
    sessions: sessionKeys(env.STAFF_SESSION_SECRET, revokedInStore(opts.store)),
    desk,
    limits: {
      maxFileBytes: int(env.STAFF_MAX_FILE_BYTES, opts.defaultMaxFileBytes ?? 20 * 1024 * 1024),
      maxRequestBytes: int(env.STAFF_MAX_REQUEST_BYTES, 50 * 1024 * 1024),
      maxFiles: int(env.STAFF_MAX_FILES, 20),
    },
    sessionTtlMs: int(env.STAFF_SESSION_HOURS, 8) * 3600_000,
    cookieSecure: env.STAFF_COOKIE_SECURE === '1',
  }
}
