import { fromBase64Url, randomBytes, sameBytes, toBase64Url, utf8 } from './bytes.js'
import type { StaffRole } from './staff-accounts.js'

/**
 * Stateless sessions: the cookie is `<payload>.<HMAC-SHA256(payload)>`, payload base64url JSON
 * { u: name, r: role, sid, exp }. The CSRF token is HMAC("csrf." + sid): a page can only know it from the
 * session endpoint of this origin, and a forged cookie or token fails the MAC.
 */
export interface SessionClaims { u: string; r: StaffRole; sid: string; exp: number }

export interface SessionKeys {
  issue(user: { name: string; role: StaffRole }, ttlMs: number, now?: number): Promise<{ cookie: string; csrf: string; claims: SessionClaims }>
  /** claims of a valid, unexpired cookie */
  read(cookie: string, now?: number): Promise<SessionClaims | undefined>
  csrfFor(sid: string): Promise<string>
  checkCsrf(sid: string, token: string | undefined): Promise<boolean>
  /** sign-out: the session is refused from now on, by every process or isolate sharing the revocation list */
  revoke(claims: { sid: string; exp: number }): Promise<void>
}

/** Signed-out sessions, kept where every process or isolate reads them (the store: `sessions/revoked/<sid>`). */
export interface RevokedSessions {
  add(sid: string, exp: number): Promise<void>
  has(sid: string): Promise<boolean>
}

/** Keys from the operator's secret (≥ 32 characters); without one, a random key: sessions end with the process. */
export function sessionKeys(secret: string | undefined, shared?: RevokedSessions): SessionKeys {
  const raw = secret && secret.length >= 32 ? utf8(secret) : randomBytes(32)
  let key: Promise<CryptoKey> | undefined
  const mac = async (text: string) => {
    key ??= crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    return new Uint8Array(await crypto.subtle.sign('HMAC', await key, utf8(text) as BufferSource))
  }
  const csrfFor = async (sid: string) => toBase64Url(await mac(`csrf.${sid}`))
  const revoked = new Map<string, number>()
  return {
    async issue(user, ttlMs, now = Date.now()) {
      const claims: SessionClaims = { u: user.name, r: user.role, sid: toBase64Url(randomBytes(18)), exp: now + ttlMs }
      const payload = toBase64Url(utf8(JSON.stringify(claims)))
      return { cookie: `${payload}.${toBase64Url(await mac(payload))}`, csrf: await csrfFor(claims.sid), claims }
    },
    async read(cookie, now = Date.now()) {
      const [payload, sig, extra] = cookie.split('.')
      if (!payload || !sig || extra !== undefined || payload.length > 2000) return undefined
      const given = fromBase64Url(sig)
      if (!given || !sameBytes(given, await mac(payload))) return undefined
      try {
        const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload))) as SessionClaims
        const valid = typeof claims.exp === 'number' && claims.exp > now && typeof claims.u === 'string' && typeof claims.sid === 'string'
        if (!valid || revoked.has(claims.sid)) return undefined
        return shared && (await shared.has(claims.sid)) ? undefined : claims
      } catch {
        return undefined
      }
    },
    csrfFor,
    async revoke({ sid, exp }) {
      const now = Date.now()
      for (const [k, until] of revoked) if (until < now) revoked.delete(k)
      revoked.set(sid, exp)
      await shared?.add(sid, exp)
    },
    async checkCsrf(sid, token) {
      const given = token && fromBase64Url(token)
      return !!given && sameBytes(given, fromBase64Url(await csrfFor(sid))!)
    },
  }
}
