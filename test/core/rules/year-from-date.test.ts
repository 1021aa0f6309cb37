import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'
import { entryFor, stubDocument } from '../../../server/core/corpus/catalog-docs.js'

/**
 * Session 26, rule year-from-date: a county's in-year execution note ("1-5月份财政收支情况") says no year anywhere,
 * only its page's date: it is of that date's year, and every answer from it says where the year came from. A page
 * that writes a year in its body is never dated so. Made-up county and figures.
 */
const NOTE = [
  '桐江县1-5月份财政收支情况',
  '发布时间：2023-06-12 09:30',
  '1-5月份，全县一般公共预算收入完成3.21亿元，同比增长5.1%，其中税收收入2.05亿元。',
  '1-5月份，全县一般公共预算支出完成9.87亿元，同比增长3.2%。',
].join('\n')
const WRITTEN = [
  '桐川县1-5月份财政收支情况',
  '发布时间：2023-06-12 09:30',
  '2022年1-5月份，全县一般公共预算收入完成2.21亿元。',
].join('\n')

describe('a page dated only by its publication', async () => {
  const extra = await readSources([
    { name: 'tongjiang-1-5.txt', bytes: new TextEncoder().encode(NOTE) },
    { name: 'tongchuan-1-5.txt', bytes: new TextEncoder().encode(WRITTEN) },
  ])
  const { corpus } = buildCorpus(seedSources(extra))
  const engine = createEngine(corpus)
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!

  it('reads the year of an in-year note from its date, and says so', () => {
    expect(doc('tongjiang-1-5')).toMatchObject({ year: 2023, yearFromDate: '2023-06-12' })
    const a = engine.ask({ question: '桐江县1-5月一般公共预算收入完成多少' }).answer
    expect(a).toContain('3.21亿元')
    expect(a).toContain('按其发布日期（2023-06-12）读作2023年')
  })
  it('keeps how the year was read in the catalog, so a store’s answers say it too', () => {
    const entry = entryFor(doc('tongjiang-1-5'), { version: 1, sha256: 'x', now: '2026-12-01T00:00:00Z' })
    expect(stubDocument(entry as never)).toMatchObject({ year: 2023, yearFromDate: '2023-06-12' })
  })
  it('never dates a page that writes a year', () => {
    expect(doc('tongchuan-1-5').yearFromDate).toBeUndefined()
  })
})
