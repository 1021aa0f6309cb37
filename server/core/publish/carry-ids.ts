import type { BudgetDocument } from '../schema.js'

/** Keys that count repeats, so the second "其他支出" of a table matches the second one of the old version. */
function keyer() {
  const seen = new Map<string, number>()
  return (base: string) => {
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return `${base}#${n}`
  }
}

/**
 * A positional id (`<prefix><index>`) when the old version never used it, else the next number no version used:
 * ids keep their shape (`<doc>/t3/r17`), so whatever parses them (docIdOf) still works.
 */
function freshId(prefix: string, index: number, taken: Set<string>): string {
  let n = index
  if (taken.has(`${prefix}${n}`)) {
    n = 0
    for (const id of taken) if (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length))) n = Math.max(n, Number(id.slice(prefix.length)) + 1)
  }
  const id = `${prefix}${n}`
  taken.add(id)
  return id
}

/**
 * A replacement keeps the ids of what it shares with the version it replaces: tables matched by number and title,
 * rows by code and name, paragraphs by text. Citations of unchanged rows keep working; what is new gets ids the old
 * version never had. Both versions share the document id. Mutates and returns `next`.
 */
export function carryIds(prev: BudgetDocument, next: BudgetDocument): BudgetDocument {
  const tableKey = keyer()
  const prevTables = new Map(prev.tables.map((t) => [tableKey(`${t.number ?? ''}|${t.title}`), t]))
  const takenTables = new Set(prev.tables.map((t) => t.id))
  const nextKey = keyer()
  const matched = next.tables.map((t) => prevTables.get(nextKey(`${t.number ?? ''}|${t.title}`)))
  // matched tables claim their old ids first, so a new table never takes one of them
  const assigned = new Set(matched.flatMap((m) => (m ? [m.id] : [])))
  next.tables.forEach((t, i) => {
    const old = matched[i]
    t.id = old ? old.id : freshId(`${next.id}/t`, t.index, new Set([...takenTables, ...assigned]))
    assigned.add(t.id)
    const rowKey = keyer()
    const oldRows = new Map((old?.rows ?? []).map((r) => [rowKey(`${r.code ?? ''}|${r.name}`), r.id]))
    const takenRows = new Set(old?.rows.map((r) => r.id) ?? [])
    const nextRowKey = keyer()
    const rowIds = t.rows.map((r) => oldRows.get(nextRowKey(`${r.code ?? ''}|${r.name}`)))
    for (const id of rowIds) if (id) takenRows.add(id)
    t.rows.forEach((r, j) => { r.id = rowIds[j] ?? freshId(`${t.id}/r`, r.index, takenRows) })
  })
  const paraKey = keyer()
  const oldParas = new Map(prev.paragraphs.map((p) => [paraKey(p.text), p.id]))
  const takenParas = new Set(prev.paragraphs.map((p) => p.id))
  const nextParaKey = keyer()
  const paraIds = next.paragraphs.map((p) => oldParas.get(nextParaKey(p.text)))
  next.paragraphs.forEach((p, i) => { p.id = paraIds[i] ?? freshId(`${next.id}/p`, p.index, takenParas) })
  return next
}
