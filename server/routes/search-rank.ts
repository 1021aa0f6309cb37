import type { SearchHit } from '../core/search/search-index.js'

/** How a hit matches the query: 0 exact name, 1 code, 2 the whole query inside, 3 a long enough part of it. */
export type MatchTier = 0 | 1 | 2 | 3

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase()

/** Length of the longest run of the query found in `text`: longestShared('机关运行经费', '工会经费') → 2. */
export function longestShared(query: string, text: string): number {
  let best = 0
  for (let i = 0; i < query.length; i++) {
    for (let j = query.length; j > i + best; j--) {
      if (text.includes(query.slice(i, j))) {
        best = j - i
        break
      }
    }
  }
  return best
}

/**
 * The tier of one hit, or undefined when it shares too little of the query to be shown
 * (lunr's bigram matches: "xyz不存在" must not list paragraphs that merely say 不存在).
 */
export function matchTier(query: string, hit: Pick<SearchHit, 'name' | 'code' | 'text' | 'tableTitle'>): MatchTier | undefined {
  const q = norm(query)
  const name = norm(hit.name ?? '')
  const code = hit.code ?? ''
  if (name && name === q) return 0
  if (code && (code === q || (/^\d{3,}$/.test(q) && code.startsWith(q)))) return 1
  const text = norm([hit.name, hit.text, hit.tableTitle].filter(Boolean).join(' '))
  if (text.includes(q)) return 2
  const need = q.length <= 3 ? q.length : Math.max(2, Math.ceil(q.length * 0.6))
  return longestShared(q, text) >= need ? 3 : undefined
}

/** Hits ranked exact name → code → whole query → partial, keeping the index's order within a tier. */
export function rankHits<T extends SearchHit>(query: string, hits: T[]): (T & { match: MatchTier })[] {
  return hits
    .map((h, i) => ({ h, i, tier: matchTier(query, h) }))
    .filter((x): x is { h: T; i: number; tier: MatchTier } => x.tier !== undefined)
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map(({ h, tier }) => ({ ...h, match: tier }))
}
