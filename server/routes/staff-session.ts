import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { AppError } from '../http/errors.js'
import { requireJsonBody, valid } from '../http/validate.js'
import { requireStaff, SESSION_COOKIE, type StaffHonoEnv } from '../staff/staff-guard.js'
import type { StaffWiring } from '../staff/staff-wiring.js'

export const SignInBody = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(200) })

/** Failed sign-ins per name: 5 in 15 minutes, then 429 until the window passes. */
function signInThrottle(max = 5, windowMs = 15 * 60_000) {
  const fails = new Map<string, number[]>()
  const recent = (name: string, now: number) => (fails.get(name) ?? []).filter((t) => now - t < windowMs)
  return {
    blocked: (name: string, now = Date.now()) => recent(name, now).length >= max,
    fail: (name: string, now = Date.now()) => {
      if (fails.size > 10_000) fails.clear()
      fails.set(name, [...recent(name, now), now])
    },
    clear: (name: string) => void fails.delete(name),
  }
}

/** POST /api/staff/session (sign in), GET (who am I + CSRF token), DELETE (sign out). */
export function staffSessionRoutes(w: StaffWiring) {
  const throttle = signInThrottle()
  return new Hono<StaffHonoEnv>()
    .post('/staff/session', requireJsonBody, valid('json', SignInBody), async (c) => {
      const { name, password } = c.req.valid('json')
      if (throttle.blocked(name)) throw new AppError('rate_limited', '登录失败次数过多，请 15 分钟后再试。', { headers: { 'Retry-After': '900' } })
      const user = await w.accounts.signIn(name, password)
      if (!user) {
        throw (throttle.fail(name), new AppError('unauthorized', '用户名或密码不对。'))
      }
      throttle.clear(name)
      const { cookie, csrf } = await w.sessions.issue(user, w.sessionTtlMs)
      setCookie(c, SESSION_COOKIE, cookie, {
        path: '/', httpOnly: true, sameSite: 'Strict', maxAge: Math.floor(w.sessionTtlMs / 1000),
        secure: w.cookieSecure || new URL(c.req.url).protocol === 'https:',
      })
      await w.desk.recordSignIn(user.name)
      return c.json({ user, csrf })
    })
    .get('/staff/session', requireStaff(w, 'editor'), async (c) => {
      const s = c.get('staff')
      return c.json({ user: { name: s.name, role: s.role }, csrf: s.sid ? await w.sessions.csrfFor(s.sid) : undefined })
    })
    .delete('/staff/session', requireStaff(w, 'editor'), async (c) => {
      const s = c.get('staff')
      if (s.sid && s.exp) await w.sessions.revoke({ sid: s.sid, exp: s.exp })
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.json({ signedOut: true })
    })
}
