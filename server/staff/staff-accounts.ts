import { hex, randomBytes, sameBytes, sha256, toBase64Url, utf8 } from './bytes.js'
import { verifyPassword } from './password-hash.js'

/** editor: upload and correct drafts; publisher: that, and publish, unpublish and replace. */
export type StaffRole = 'editor' | 'publisher'
export const ROLE_RANK: Record<StaffRole, number> = { editor: 1, publisher: 2 }

export interface StaffUser { name: string; role: StaffRole }

export interface StaffEnv {
  /** `name:role:hash` entries separated by whitespace, commas or semicolons; hash from `npm run staff:hash` */
  STAFF_USERS?: string
  /** `name:role:sha256hex` bearer tokens for scripts (`npm run staff:hash -- --token` makes one) */
  STAFF_TOKENS?: string
  /** HMAC key for session cookies and CSRF tokens (≥ 32 characters); unset on Node: random per process */
  STAFF_SESSION_SECRET?: string
  STAFF_SESSION_HOURS?: string
  STAFF_MAX_FILE_BYTES?: string
  STAFF_MAX_REQUEST_BYTES?: string
  STAFF_MAX_FILES?: string
  STAFF_PARSE_TIMEOUT_MS?: string
  /** `1`: always mark the session cookie Secure (behind a TLS-terminating proxy that forwards plain http) */
  STAFF_COOKIE_SECURE?: string
}

export interface StaffAccounts {
  /** the user when name and password match, else undefined (same work either way) */
  signIn(name: string, password: string): Promise<StaffUser | undefined>
  byToken(token: string): Promise<StaffUser | undefined>
  /** the user as configured now: a session outlives neither the account nor a role change */
  current(name: string): StaffUser | undefined
  configured: boolean
}

const isRole = (r: string): r is StaffRole => r === 'editor' || r === 'publisher'

function entries(text: string | undefined): { name: string; role: StaffRole; hash: string }[] {
  return (text ?? '').split(/[\s,;]+/).filter(Boolean).flatMap((e) => {
    const [name, role, hash, ...rest] = e.split(':')
    return name && role && hash && rest.length === 0 && isRole(role) ? [{ name, role, hash }] : []
  })
}

// verified against when the name is unknown, so a wrong name costs as long as a wrong password
const DUMMY_HASH = 'pbkdf2$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

export function staffAccounts(env: StaffEnv): StaffAccounts {
  const users = entries(env.STAFF_USERS)
  const tokens = entries(env.STAFF_TOKENS).filter((t) => /^[0-9a-f]{64}$/i.test(t.hash))
  return {
    configured: users.length + tokens.length > 0,
    async signIn(name, password) {
      const u = users.find((x) => x.name === name)
      const ok = await verifyPassword(password, u?.hash ?? DUMMY_HASH)
      return u && ok ? { name: u.name, role: u.role } : undefined
    },
    async byToken(token) {
      const digest = await sha256(utf8(token))
      const hit = tokens.find((t) => sameBytes(digest, hexBytes(t.hash)))
      return hit ? { name: hit.name, role: hit.role } : undefined
    },
    current(name) {
      const u = users.find((x) => x.name === name) ?? tokens.find((x) => x.name === name)
      return u ? { name: u.name, role: u.role } : undefined
    },
  }
}

const hexBytes = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)))

/** A new bearer token and the entry for STAFF_TOKENS that accepts it. */
export async function newBearerToken(name: string, role: StaffRole): Promise<{ token: string; entry: string }> {
  const token = `mz_${toBase64Url(randomBytes(32))}`
  return { token, entry: `${name}:${role}:${hex(await sha256(utf8(token)))}` }
}
