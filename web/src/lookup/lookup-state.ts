/** Everything a staff member would share: the search, its filters and page, and what the detail pane shows. */
export interface LookupState {
  q?: string
  org?: string
  year?: string
  table?: string
  /** 1-based result page */
  page?: number
  /** a row, table or paragraph id open in the detail pane */
  open?: string
  /** compare view: code (or name) of the row, and the table kind */
  compare?: string
  kind?: string
  /** findings of a document id, optionally filtered by severity */
  findings?: string
  sev?: string
}

const KEYS = ['q', 'org', 'year', 'table', 'page', 'open', 'compare', 'kind', 'findings', 'sev'] as const

/** readState('?q=30217&page=2') → { q: '30217', page: 2 } */
export function readState(search: string): LookupState {
  const p = new URLSearchParams(search)
  const s: LookupState = {}
  for (const k of KEYS) {
    const v = p.get(k)?.trim()
    if (!v) continue
    if (k === 'page') {
      const n = Number.parseInt(v, 10)
      if (n > 1) s.page = n
    } else s[k] = v.slice(0, 200)
  }
  return s
}

/** The query string of a state, in a stable key order: '' for the empty state. */
export function stateQuery(s: LookupState): string {
  const p = new URLSearchParams()
  for (const k of KEYS) {
    const v = s[k]
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) p.set(k, String(v))
  }
  const q = p.toString()
  return q ? `?${q}` : ''
}

/** What kind of corpus item an id names: <doc>/t3/r5 row, <doc>/t3 table, <doc>/p12 paragraph. */
export function idKind(id: string): 'row' | 'table' | 'paragraph' | undefined {
  if (/\/t\d+\/r\d+$/.test(id)) return 'row'
  if (/\/t\d+$/.test(id)) return 'table'
  if (/\/p\d+$/.test(id)) return 'paragraph'
  return undefined
}
