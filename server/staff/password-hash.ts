import { fromBase64Url, randomBytes, sameBytes, toBase64Url, utf8 } from './bytes.js'

/**
 * Password hashes as the operator stores them in STAFF_USERS (no ':' or ',' inside, so they sit in one variable):
 *   scrypt$<N>$<r>$<p>$<salt>$<hash>   (node:crypto; Node, and Workers with nodejs_compat)
 *   pbkdf2$<iterations>$<salt>$<hash>  (Web Crypto PBKDF2-SHA256; Workers cap iterations at 100000)
 * salt and hash base64url. `npm run staff:hash` makes one.
 */
const KEY_BYTES = 32

async function scryptKey(password: string, salt: Uint8Array, N: number, r: number, p: number): Promise<Uint8Array> {
  const { scrypt } = await import('node:crypto')
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r }, (err, key) => (err ? reject(err) : resolve(new Uint8Array(key)))),
  )
}

async function pbkdf2Key(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', utf8(password) as BufferSource, 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, KEY_BYTES * 8)
  return new Uint8Array(bits)
}

export async function hashPassword(password: string, kind: 'scrypt' | 'pbkdf2' = 'scrypt'): Promise<string> {
  const salt = randomBytes(16)
  if (kind === 'pbkdf2') return `pbkdf2$100000$${toBase64Url(salt)}$${toBase64Url(await pbkdf2Key(password, salt, 100_000))}`
  return `scrypt$16384$8$1$${toBase64Url(salt)}$${toBase64Url(await scryptKey(password, salt, 16384, 8, 1))}`
}

/** Whether the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  const num = (s: string | undefined, max: number) => (s && /^\d+$/.test(s) && Number(s) <= max ? Number(s) : 0)
  try {
    if (parts[0] === 'scrypt' && parts.length === 6) {
      const [N, r, p] = [num(parts[1], 1 << 20), num(parts[2], 32), num(parts[3], 16)]
      const salt = fromBase64Url(parts[4])
      const want = fromBase64Url(parts[5])
      if (!N || !r || !p || !salt || !want) return false
      return sameBytes(await scryptKey(password, salt, N, r, p), want)
    }
    if (parts[0] === 'pbkdf2' && parts.length === 4) {
      const iterations = num(parts[1], 10_000_000)
      const salt = fromBase64Url(parts[2])
      const want = fromBase64Url(parts[3])
      if (!iterations || !salt || !want) return false
      return sameBytes(await pbkdf2Key(password, salt, iterations), want)
    }
  } catch {
    return false
  }
  return false
}
