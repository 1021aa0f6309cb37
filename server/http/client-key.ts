/**
 * The rate-limit key of a client address: validated and normalised, so one client has one key however its
 * address is spelled. IPv4 (also IPv4-mapped IPv6, with a port, zero-padded) → "4:a.b.c.d"; IPv6 → its /64,
 * "6:xxxx:xxxx:xxxx:xxxx" (one subscriber usually holds a whole /64); anything else → undefined.
 */

function ipv4Octets(s: string): number[] | undefined {
  const parts = s.split('.')
  if (parts.length !== 4) return undefined
  const out: number[] = []
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined
    const n = Number(p)
    if (n > 255) return undefined
    out.push(n)
  }
  return out
}

function ipv6Hextets(s: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/.test(s) || s.length > 45) return undefined
  let tail: number[] = []
  let head = s
  const dot = s.indexOf('.')
  if (dot >= 0) {
    const cut = s.lastIndexOf(':')
    const v4 = ipv4Octets(s.slice(cut + 1))
    if (!v4 || cut < 0) return undefined
    tail = [(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]]
    head = s.slice(0, cut + 1) // "::ffff:" → "::ffff", "::" stays "::"
    if (!head.endsWith('::')) head = head.slice(0, -1)
  }
  const halves = head.split('::')
  if (halves.length > 2) return undefined
  const groups = (h: string) => (h === '' ? [] : h.split(':'))
  const left = groups(halves[0])
  const right = halves.length === 2 ? groups(halves[1]) : []
  if ([...left, ...right].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined
  const known = left.length + right.length + tail.length
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined
  const zeros = Array(8 - known).fill(0)
  return [...left.map((g) => parseInt(g, 16)), ...(halves.length === 2 ? zeros : []), ...right.map((g) => parseInt(g, 16)), ...tail]
}

/** "[::1]:8080" → "::1"; "1.2.3.4:5678" → "1.2.3.4"; zone ids dropped; lower-cased. */
function bare(raw: string): string {
  let s = raw.trim().toLowerCase()
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s)
  if (bracket) s = bracket[1]
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'))
  return s.replace(/%.*$/, '')
}

export type ParsedAddress = { v: 4; octets: number[] } | { v: 6; hextets: number[] }

export function parseAddress(raw: string): ParsedAddress | undefined {
  const s = bare(raw)
  if (s.length === 0 || s.length > 64) return undefined
  if (!s.includes(':')) {
    const octets = ipv4Octets(s)
    return octets && { v: 4, octets }
  }
  const h = ipv6Hextets(s)
  if (!h) return undefined
  // IPv4-mapped (::ffff:a.b.c.d) is the IPv4 client
  if (h.slice(0, 5).every((x) => x === 0) && h[5] === 0xffff) return { v: 4, octets: [h[6] >> 8, h[6] & 255, h[7] >> 8, h[7] & 255] }
  return { v: 6, hextets: h }
}

export function clientKeyOf(raw: string): string | undefined {
  const a = parseAddress(raw)
  if (!a) return undefined
  return a.v === 4 ? `4:${a.octets.join('.')}` : `6:${a.hextets.slice(0, 4).map((x) => x.toString(16)).join(':')}`
}

/** 127.0.0.0/8 and ::1 (also as ::ffff:127.x), by value, never by prefix of an unparsed string. */
export function isLoopbackAddress(raw: string): boolean {
  const a = parseAddress(raw)
  if (!a) return false
  return a.v === 4 ? a.octets[0] === 127 : a.hextets.slice(0, 7).every((x) => x === 0) && a.hextets[7] === 1
}
