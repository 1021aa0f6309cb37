import { citedPlace, restingPlaces, restsOn } from '../checks/corpus-findings.js'
import type { Finding } from '../checks/finding.js'
import type { BudgetDocument, Citation, Table } from '../schema.js'
import type { Shard } from '../store/port.js'

/**
 * A shard's head as stored: one line of JSON `{parts, document, findings}`, then the parts' JSON back to back
 * (`parts`: their byte lengths). In the line each table's `rows` is the number of the part holding them, and
 * `findings` says where the document's findings lie (one part each) and which rows and paragraphs each may rest on.
 * A question reads a few tables of each document it loads (a ranking over a city one table of each of ten) and the
 * findings resting on what it cites: rows and findings are four fifths of a head, so they are decoded and parsed
 * when first read (issue 13: a cold ranking parsed ten whole heads). A head of one line `{document, findings}` and a
 * plain JSON Shard, the older forms, still load.
 */
type StoredHead = { parts?: number[]; document: BudgetDocument; findings?: unknown; searchIndex?: unknown }
/** the findings of a stored head: parts `at` … `at + count - 1`; by the row or paragraph each may rest on; `anyRow` for any row cited */
type StoredFindings = { at: number; count: number; on: Record<string, number[]>; anyRow: number[] }

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const NEWLINE = 10

export const joined = (chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** The head's bytes: its first line (the document with every table's rows as part numbers, the findings' places), then the parts. */
export function headBytes(document: BudgetDocument, findings: Finding[] | undefined): Uint8Array {
  const parts: Uint8Array[] = []
  const part = (v: unknown) => parts.push(encoder.encode(JSON.stringify(v))) - 1
  const skeleton = { ...document, tables: document.tables.map((t) => ({ ...t, rows: part(t.rows) })) }
  let stored: StoredFindings | undefined
  if (findings) {
    stored = { at: parts.length, count: findings.length, on: {}, anyRow: [] }
    findings.forEach((f, i) => {
      part(f)
      const places = restingPlaces(f)
      for (const id of places.ids) (stored!.on[id] ??= []).push(i)
      if (places.anyRow) stored!.anyRow.push(i)
    })
  }
  const first = encoder.encode(`${JSON.stringify({ parts: parts.map((p) => p.byteLength), document: skeleton, findings: stored })}\n`)
  return joined([first, ...parts])
}

/** Where a part's JSON lies, kept until it is first read. */
type PartRef = { bytes: Uint8Array; from: number; to: number }
const readPart = (r: PartRef): unknown => JSON.parse(decoder.decode(r.bytes.subarray(r.from, r.to)))

const RAW = Symbol('rows as stored')
type LazyRows = { [RAW]: PartRef | Table['rows'] }
/** one getter for every table (so tables share their hidden classes and stay in fast mode): the rows parsed on first read */
const ROWS: PropertyDescriptor = {
  get(this: LazyRows) {
    const r = this[RAW]
    if (Array.isArray(r)) return r
    return (this[RAW] = readPart(r) as Table['rows'])
  },
  set(this: LazyRows, rows: Table['rows']) {
    this[RAW] = rows
  },
  enumerable: true,
  configurable: true,
}

/** A stored table with its rows read on first use, its keys in their stored order (`JSON.stringify` gives the same text). */
function lazyTable(stored: Record<string, unknown>, ref: PartRef): Table {
  const t: Record<string, unknown> = {}
  for (const k in stored) {
    if (k === 'rows') Object.defineProperty(t, 'rows', ROWS)
    else t[k] = stored[k]
  }
  Object.defineProperty(t, RAW, { value: ref, writable: true, enumerable: false, configurable: true })
  return t as Table
}

/** A document's findings as a loaded head gives them: all of them, or those resting on one citation (restsOn). */
export interface HeadFindings {
  all(): Finding[]
  on(c: Citation): Finding[]
}

/** Findings held whole (an older head, or computed): filtered per citation. */
export function wholeFindings(all: () => Finding[]): HeadFindings {
  return { all, on: (c) => all().filter((f) => restsOn(f, c)) }
}

/** Stored findings parsed one at a time, as a citation's note or a listing asks (each parsed once). */
function storedFindings(stored: StoredFindings, refs: PartRef[]): HeadFindings {
  const parsed: Finding[] = []
  const one = (i: number) => (parsed[i] ??= readPart(refs[stored.at + i]) as Finding)
  let every: Finding[] | undefined
  return {
    all: () => (every ??= Array.from({ length: stored.count }, (_, i) => one(i))),
    on(c) {
      const place = citedPlace(c)
      const near = (place.id !== undefined && Object.hasOwn(stored.on, place.id) ? stored.on[place.id] : undefined) ?? []
      const may = place.row && stored.anyRow.length ? [...new Set([...near, ...stored.anyRow])].sort((a, b) => a - b) : near
      return may.map(one).filter((f) => restsOn(f, c))
    },
  }
}

/**
 * A stored head (the bytes before the lunr index) and where the index starts. `lazy`: tables read their rows and
 * findings are read on first use; otherwise every part is parsed now.
 */
export function readHead(bytes: Uint8Array, lazy: boolean): { shard: Shard; findings?: HeadFindings; indexAt: number; inParts: boolean } {
  const cut = bytes.indexOf(NEWLINE)
  const stored = JSON.parse(decoder.decode(cut < 0 ? bytes : bytes.subarray(0, cut))) as StoredHead
  if (!stored.parts) return { shard: stored, indexAt: cut < 0 ? bytes.byteLength : cut + 1, inParts: false }
  const start = cut + 1
  const end = start + stored.parts.reduce((a, b) => a + b, 0)
  const partBytes = bytes.subarray(start, end)
  const refs: PartRef[] = []
  for (let i = 0, at = 0; i < stored.parts.length; at += stored.parts[i++]) refs.push({ bytes: partBytes, from: at, to: at + stored.parts[i] })
  const tables = stored.document.tables.map((t) => {
    const ref = refs[t.rows as unknown as number]
    return lazy ? lazyTable(t as unknown as Record<string, unknown>, ref) : { ...t, rows: readPart(ref) as Table['rows'] }
  })
  const document = { ...stored.document, tables }
  const findings = stored.findings ? storedFindings(stored.findings as StoredFindings, refs) : undefined
  return { shard: { document, findings: lazy ? undefined : findings?.all() }, findings: lazy ? findings : undefined, indexAt: end + 1, inParts: true }
}
