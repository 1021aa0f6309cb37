import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 29 (rules of-which-units, own office in brackets): a county bureau's 支出决算表 by subject splits its 合计 by
 * unit first ("其中：某局（局机关）", "某中心"), then lists its subjects; its 三公 table prints one row per unit, the
 * office as 某局（局机关）. The units are each answered from their own row; the 合计 adds the units and, on its own, the
 * subjects (no false "does not add up"); "局机关" asked beside the bureau's name reads the office's row, never the 合计.
 * Made-up county, units and figures.
 */
const DOC = [
  '桐岭县水务局2024年度部门决算',
  '',
  '表3', '', '桐岭县水务局2024年度支出决算表', '', '单位：万元', '',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '\t合计\t1,500.00\t700.00\t800.00',
  '\t其中：桐岭县水务局（局机关）\t1,100.00\t420.00\t680.00',
  '\t桐岭县水质监测站\t400.00\t280.00\t120.00',
  '208\t社会保障和就业支出\t100.00\t100.00\t0.00',
  '213\t农林水支出\t1,400.00\t600.00\t800.00',
  '',
  '表7', '', '桐岭县水务局2024年度一般公共预算财政拨款“三公”经费支出决算表', '', '单位：万元', '',
  '单位名称\t预算数\t决算数',
  '合计\t30.00\t27.00',
  '桐岭县水务局（局机关）\t22.00\t20.50',
  '桐岭县水质监测站\t8.00\t6.50',
].join('\n')

describe('units split first under a table by subject', async () => {
  const extra = await readSources([{ name: 'tongling-swj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('agrees with itself', () => {
    expect(checkDocument(corpus.documents[0]).filter((f) => /sum/.test(f.kind)).map((f) => f.message)).toEqual([])
  })

  it('answers a unit from its own row', () => {
    const r = engine.ask({ question: '桐岭县水质监测站本年支出合计是多少' })
    expect(r.answer).toContain('400.00万元')
    expect(r.answer).not.toContain('1,500.00')
  })

  it('answers the office asked beside its bureau from its bracketed row', () => {
    const r = engine.ask({ question: '桐岭水务局局机关三公经费决算多少' })
    expect(r.answer).toContain('20.50万元')
    expect(r.answer).not.toMatch(/27\.00|30\.00/u)
  })
})
