import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 27: of rows that fit a name alike by synonym, the one printed with the words asked is cited
 * ("一般公共预算拨款收入" → the 收支总表's 一、一般公共预算拨款收入, not the 财政拨款 table's 一般公共预算拨款); and a table
 * that prints the figure read on one line of the name does not disagree with it by another line of that name (its
 * 上年结转's 一般公共预算拨款). Made-up bureau and figures.
 */
const DOC = [
  '岚屿县农业农村局2025年部门预算',
  '表一 2025年部门收支总表',
  '单位：万元',
  ['项目', '预算数'].join('\t'),
  ['一、一般公共预算拨款收入', '3200.5000'].join('\t'),
  ['二、事业收入', '100.0000'].join('\t'),
  ['本年收入合计', '3300.5000'].join('\t'),
  '表四 2025年财政拨款收支总表',
  '单位：万元',
  ['项目', '预算数'].join('\t'),
  ['一、本年收入', '3200.5000'].join('\t'),
  ['一般公共预算拨款', '3200.5000'].join('\t'),
  ['二、上年结转', '80.0000'].join('\t'),
  ['一般公共预算拨款', '80.0000'].join('\t'),
  ['收入总计', '3280.5000'].join('\t'),
].join('\n')

describe('the row printed as asked', async () => {
  const extra = await readSources([{ name: 'lanyu-nyncj-2025-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  // (the document alone, as a department's own site holds it: the words asked are the name looked up)
  const engine = createEngine(buildCorpus(extra).corpus)

  it('cites the row whose printed name is the one asked, and reports no disagreement', () => {
    const r = engine.ask({ question: '岚屿县农业农村局一般公共预算拨款收入是多少' })
    expect(r.answer).toContain('3200.5000万元')
    expect(r.answer).not.toContain('80.0000万元')
    const rows = r.citations.flatMap((c) => (c.kind === 'row' ? [c.rowName] : []))
    expect(rows[0]).toContain('一般公共预算拨款收入')
  })
})
