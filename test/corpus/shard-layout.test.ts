import { describe, expect, it } from 'vitest'
import { restsOn } from '../../server/core/checks/corpus-findings.js'
import { encodeShard, inParts, loadShard, makeShard, reshard, shardDocument } from '../../server/core/corpus/shard.js'
import { buildCorpus } from '../../server/core/ingest/build-corpus.js'
import type { BudgetDocument, Citation } from '../../server/core/schema.js'
import { seedSources } from '../core/seed-engine.js'

const docs = buildCorpus(seedSources([])).corpus.documents
const enc = new TextEncoder()

/** Every source a citation can point at: each cell of each row, each paragraph (with and without a figure), and the findings' own. */
function citationsOf(doc: BudgetDocument, findings: { citations: Citation[] }[]): Citation[] {
  const base = { docId: doc.id, org: doc.org, year: doc.year, lines: [1, 1] as [number, number] }
  const out: Citation[] = findings.flatMap((f) => f.citations)
  for (const t of doc.tables)
    for (const r of t.rows) {
      out.push({ ...base, kind: 'row', tableId: t.id, rowId: r.id, rowName: r.name })
      for (const c of r.cells) out.push({ ...base, kind: 'row', tableId: t.id, rowId: r.id, rowName: r.name, column: t.columns.find((x) => x.index === c.column)?.label, value: c.text })
    }
  for (const p of doc.paragraphs) {
    out.push({ ...base, kind: 'paragraph', paragraphId: p.id })
    for (const m of p.text.match(/\d+(?:\.\d+)?/g) ?? []) out.push({ ...base, kind: 'paragraph', paragraphId: p.id, value: m })
  }
  return out
}

describe('shard layout', () => {
  it.each(docs.map((d) => [d.id, d] as const))('%s: a loaded shard reads as its document and findings, rows and findings parsed when read', (_id, doc) => {
    const shard = makeShard(doc)
    const bytes = encodeShard(shard)
    const loaded = loadShard(bytes).value
    // the same text, key for key (a table's rows are read through its getter)
    expect(JSON.stringify(loaded.document)).toBe(JSON.stringify(doc))
    for (const [i, t] of loaded.document.tables.entries()) expect(JSON.stringify({ ...t })).toBe(JSON.stringify(doc.tables[i]))
    expect(loaded.findings).toEqual(JSON.parse(JSON.stringify(shard.findings)))
    // a citation's findings, read from the findings' places alone, are those restsOn picks from all of them
    const fresh = loadShard(bytes).value
    for (const c of citationsOf(doc, shard.findings)) expect(fresh.findingsOn(c), JSON.stringify(c)).toEqual(JSON.parse(JSON.stringify(shard.findings.filter((f) => restsOn(f, c)))))
    // the same finding is the same object however it is reached
    for (const f of fresh.findings) for (const c of f.citations) if (restsOn(f, c)) expect(fresh.findingsOn(c)).toContain(f)
    expect(JSON.stringify(shardDocument(bytes))).toBe(JSON.stringify(doc))
    const again = reshard(doc, bytes)
    expect(again).toEqual(bytes)
  })

  it('loads the older one-line head, and a plain JSON shard', () => {
    const doc = docs[0]
    const shard = makeShard(doc)
    const older = enc.encode(`${JSON.stringify({ document: doc, findings: shard.findings })}\n${JSON.stringify(shard.searchIndex)}`)
    const loaded = loadShard(older).value
    expect(JSON.stringify(loaded.document)).toBe(JSON.stringify(doc))
    expect(loaded.findings).toEqual(JSON.parse(JSON.stringify(shard.findings)))
    for (const c of citationsOf(doc, shard.findings).slice(0, 200)) expect(loaded.findingsOn(c)).toEqual(loaded.findings.filter((f) => restsOn(f, c)))
    expect(loaded.index.search('基本支出').length).toBeGreaterThan(0)
    expect(JSON.stringify(shardDocument(older))).toBe(JSON.stringify(doc))
    expect(reshard(doc, older)).toEqual(encodeShard(shard))
    // npm run reshard:store: the older bytes in parts, as ingest writes them now; a shard in parts is left alone
    expect(inParts(older)).toEqual(encodeShard(shard))
    expect(inParts(encodeShard(shard))).toBeUndefined()
    const plain = loadShard(enc.encode(JSON.stringify({ document: doc }))).value
    expect(plain.findings).toEqual(shard.findings)
  })

  it('a table set afresh keeps its new rows', () => {
    const loaded = loadShard(encodeShard(makeShard(docs[0]))).value
    const t = loaded.document.tables[0]
    t.rows = t.rows.slice(0, 1)
    expect(t.rows).toHaveLength(1)
    expect({ ...t }.rows).toHaveLength(1)
  })
})
