/**
 * The Cloudflare Workers entry for staff (wrangler.staff.toml): the citizens' app plus /staff and /api/staff over
 * the same R2 and D1, with every reader (pdf.js, spreadsheets, Word) bundled: about 1 MB gzipped, so it is a Worker
 * of its own and the citizens' Worker stays small. Accounts come from secrets (STAFF_USERS, STAFF_TOKENS,
 * STAFF_SESSION_SECRET: `wrangler secret put NAME --config wrangler.staff.toml`; locally .dev.vars).
 */
import { createStaffWiring, staffConfigured } from './staff/staff-wiring.js'
import { WORKERS_MAX_FILE_BYTES, workersParse } from './staff/workers-parse.js'
import { workerEntry } from './worker-app.js'

export default workerEntry((env, store, engine) => {
  if (!staffConfigured(env)) throw new Error('no staff accounts: set STAFF_USERS or STAFF_TOKENS (wrangler secret put STAFF_USERS --config wrangler.staff.toml)')
  // isolates share nothing: a session cookie signed with one isolate's random key would fail on the next
  if ((env.STAFF_SESSION_SECRET ?? '').length < 32) throw new Error('STAFF_SESSION_SECRET (32 characters or more) is required on Workers')
  return createStaffWiring({ env, store, engine, parse: workersParse, defaultMaxFileBytes: WORKERS_MAX_FILE_BYTES })
})
