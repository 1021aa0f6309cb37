import { describe, expect, it } from 'vitest'
import { carryIds } from '../../server/core/publish/carry-ids.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import type { BudgetDocument } from '../../server/core/schema.js'
import { HOLDOUT_A } from './staff-helpers.js'

const parse = () => parseDocument('doc1.txt', HOLDOUT_A.toString('utf8')).document

/** What the parser would make of a version with one more row near the top of table `t`: later rows shift by one. */
function withInsertedRow(doc: BudgetDocument, t: number): BudgetDocument {
  const next = structuredClone(doc)
  const table = next.tables[t]
  table.rows.splice(1, 0, { ...structuredClone(table.rows[1]), code: '9999999', name: '新增项目' })
  table.rows.forEach((r, i) => { r.index = i; r.id = `${table.id}/r${i}` })
  return next
}

describe('carryIds: a replacement keeps the ids of what it shares with the version before', () => {
  it('an inserted row shifts no other row id; the new row gets a number no version used', () => {
    const v1 = parse()
    const t = v1.tables.findIndex((x) => x.rows.length > 5)
    const v2 = carryIds(v1, withInsertedRow(v1, t))
    const ids1 = new Map(v1.tables[t].rows.map((r) => [`${r.code}|${r.name}`, r.id]))
    for (const r of v2.tables[t].rows) if (r.code !== '9999999') expect(r.id).toBe(ids1.get(`${r.code}|${r.name}`))
    const added = v2.tables[t].rows.find((r) => r.code === '9999999')!
    expect(added.id).toMatch(new RegExp(`^${v1.tables[t].id}/r\\d+$`))
    expect(v1.tables[t].rows.map((r) => r.id)).not.toContain(added.id)
    expect(new Set(v2.tables.flatMap((x) => x.rows.map((r) => r.id))).size).toBe(v2.tables.reduce((n, x) => n + x.rows.length, 0))
  })

  it('a table moved keeps its id; paragraphs keep theirs by text', () => {
    const v1 = parse()
    const next = structuredClone(v1)
    const [first] = next.tables.splice(0, 1)
    next.tables.push(first)
    next.tables.forEach((tb, i) => { tb.index = i; tb.id = `doc1/t${i}`; tb.rows.forEach((r) => { r.id = `${tb.id}/r${r.index}` }) })
    const v2 = carryIds(v1, next)
    expect(v2.tables.at(-1)!.id).toBe(v1.tables[0].id)
    expect(v2.tables.at(-1)!.rows.map((r) => r.id)).toEqual(v1.tables[0].rows.map((r) => r.id))
    expect(v2.paragraphs.map((p) => p.id)).toEqual(v1.paragraphs.map((p) => p.id))
  })
})
