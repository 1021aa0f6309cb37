import { Hono } from 'hono'
import type { AuditEvent } from '../core/store/port.js'
import { requireStaff, type StaffHonoEnv } from '../staff/staff-guard.js'
import type { StaffWiring } from '../staff/staff-wiring.js'

/** One CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
const cell = (v: unknown) => {
  let s = v === undefined || v === null ? '' : String(v)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export const auditCsv = (events: AuditEvent[]) =>
  '\ufeff' + [['at', 'actor', 'action', 'docId', 'version', 'detail'], ...events.map((e) => [e.at, e.actor, e.action, e.docId, e.version, e.detail])]
    .map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'

/** GET /api/staff/audit (newest first) and /api/staff/audit.csv: who did what to which document, when. */
export function staffAuditRoutes(w: StaffWiring) {
  return new Hono<StaffHonoEnv>()
    .get('/staff/audit', requireStaff(w, 'editor'), async (c) => c.json({ events: await w.desk.audit() }))
    .get('/staff/audit.csv', requireStaff(w, 'editor'), async (c) =>
      c.body(auditCsv(await w.desk.audit(100_000)), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="mingzhang-audit.csv"' }))
}
