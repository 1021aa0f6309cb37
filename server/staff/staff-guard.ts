import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError } from '../http/errors.js'
import type { AppEnv } from '../http/config.js'
import type { StaffRole, StaffUser } from './staff-accounts.js'
import { ROLE_RANK } from './staff-accounts.js'
import type { StaffWiring } from './staff-wiring.js'

export const SESSION_COOKIE = 'mz_staff'

export interface StaffHonoEnv { Bindings: AppEnv; Variables: { staff: StaffUser & { via: 'session' | 'token'; sid?: string; exp?: number } } }

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Who is calling: a bearer token (scripts) or the session cookie; undefined when neither is valid (or it expired). */
export async function staffOf(w: StaffWiring, c: Context): Promise<StaffHonoEnv['Variables']['staff'] | undefined> {
  const auth = c.req.header('authorization')
  if (auth) {
    const token = /^Bearer\s+(\S{10,200})$/i.exec(auth)?.[1]
    const user = token ? await w.accounts.byToken(token) : undefined
    return user && { ...user, via: 'token' }
  }
  const cookie = getCookie(c, SESSION_COOKIE)
  const claims = cookie ? await w.sessions.read(cookie) : undefined
  // the account as configured now: removing a user or changing a role takes effect at once
  const user = claims && w.accounts.current(claims.u)
  return user && claims && { ...user, via: 'session', sid: claims.sid, exp: claims.exp }
}

/**
 * Staff only: 401 without valid credentials; with a session, every write must carry the X-CSRF-Token issued with it
 * and come from this origin (403); 403 below the role. Runs before the body is read.
 */
export function requireStaff(w: StaffWiring, role: StaffRole): MiddlewareHandler<StaffHonoEnv> {
  return async (c, next) => {
    const staff = await staffOf(w, c)
    if (!staff) throw new AppError('unauthorized', '请先登录（或会话已过期）。')
    if (staff.via === 'session' && !SAFE.has(c.req.method)) {
      const origin = c.req.header('origin')
      if (origin && origin !== new URL(c.req.url).origin) throw new AppError('forbidden', '跨站请求被拒绝。')
      if (!(await w.sessions.checkCsrf(staff.sid!, c.req.header('x-csrf-token')))) throw new AppError('forbidden', 'CSRF 校验失败，请刷新页面后重试。')
    }
    if (ROLE_RANK[staff.role] < ROLE_RANK[role]) throw new AppError('forbidden', `需要 ${role} 权限。`)
    c.set('staff', staff)
    await next()
  }
}
