import { Hono } from 'hono'
import type { StaffHonoEnv } from '../staff/staff-guard.js'
import type { StaffWiring } from '../staff/staff-wiring.js'
import { staffAuditRoutes } from './staff-audit.js'
import { staffDraftRoutes } from './staff-drafts.js'
import { staffSessionRoutes } from './staff-session.js'

/** Everything under /api/staff: sign-in, uploads and drafts, publishing, the audit log. */
export function staffRoutes(w: StaffWiring) {
  return new Hono<StaffHonoEnv>()
    .route('/', staffSessionRoutes(w))
    .route('/', staffDraftRoutes(w))
    .route('/', staffAuditRoutes(w))
}
