import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { withoutBaselineAmounts } from '../../../server/core/planner/rules/other-year-amount.js'
import { WHICH_MOVED } from '../../../server/core/planner/rules/which-moved.js'
import { asksCoverage } from '../../../server/core/planner/rules/coverage-asked.js'
import { findOrgMentions } from '../../../server/core/tools/lib/org-mention.js'
import { proseKeywords } from '../../../server/core/tools/lib/resolve-prose.js'
import { verbatimQuote } from '../../../server/core/tools/lib/verbatim.js'
import { normalizeText } from '../../../server/core/search/normalize-text.js'
import { seedSources } from '../seed-engine.js'
import { CITY_BUREAU, CITY_WIDE_PAGE } from './city-wide-fixture.js'
import { ARCHIVE_2025 } from './stated-change-fixture.js'

/**
 * Organisation scope and relative years on a city-wide “三公” page (our own fixture: 汀溪市, published by the city
 * government, compiled by its 财政局), beside a county archive's 部门预算 and the seeds.
 */
let engine: Engine | undefined
async function ask(question: string) {
  if (!engine) {
    const extra = await readSources([
      { name: 'tingxi-sangong.html', bytes: new TextEncoder().encode(CITY_WIDE_PAGE) },
      { name: 'hubin-archive-2025.txt', bytes: new TextEncoder().encode(ARCHIVE_2025) },
      { name: 'tingxi-edu-2024.txt', bytes: new TextEncoder().encode(CITY_BUREAU) },
    ])
    // today is fixed: 今年 is 2025, which the city's page (2024) does not hold
    engine = createEngine(buildCorpus(seedSources(extra)).corpus, undefined, { today: () => new Date('2025-05-01T12:00:00Z') })
  }
  return engine.ask({ question })
}
const FIGURE = /\d[\d,]*(?:\.\d+)?\s*(?:万元|元)/
const HELD_ELSEWHERE = /重庆|渝北|南岸|江北|綦江|开州|湖滨|教育局/

describe('a city named alone is the organisation of its city-wide page', () => {
  const CITIES = new Set(['汀溪市'])
  it.each([
    ['汀溪市去年的三公经费是多少', '汀溪市'],
    ['汀溪市和湖滨县档案馆的三公经费各多少', '汀溪市'],
    ['汀溪市这个三公经费预算包括哪些单位', '汀溪市'],
    ['汀溪市三公经费是多少', '汀溪市'],
    ['云澜市今年的三公经费', '云澜市'],
  ])('%s', (q, city) => {
    expect(findOrgMentions(q, [], [], CITIES)[0]).toMatchObject({ city, cityOnly: true })
  })

  it('a word that only contains 市 names no city; a city not held needs a boundary after it', () => {
    expect(findOrgMentions('农贸市场建设资金是多少', [], [], CITIES)).toEqual([])
    expect(findOrgMentions('云澜市三公经费是多少', [], [], CITIES)).toEqual([])
  })

  it('answers a prior year the page states only as a baseline, for that city alone', async () => {
    const res = await ask('汀溪市前年（2023年）的三公经费预算是多少？')
    expect(res.answer).toContain('912.50万元')
    expect(res.answer).not.toMatch(HELD_ELSEWHERE)
    expect(res.citations.every((c) => c.docId === 'tingxi-sangong')).toBe(true)
  })

  it('今年 not held: the latest year, said so, with the change the prose states', async () => {
    const res = await ask('汀溪市今年公务用车购置及运行维护费比去年少了多少？')
    expect(res.answer).toContain('45.20万元')
    expect(res.answer).toContain('没有2025年的预算')
    expect(res.answer).not.toMatch(HELD_ELSEWHERE)
  })

  it('the city alone, with one of its departments held too, is the city’s own body', async () => {
    const res = await ask('汀溪市今年的三公经费是多少？')
    expect(res.answer).toContain('865.30万元')
    expect(res.answer).not.toContain('30.00万元')
    const dept = await ask('汀溪市教育局今年的三公经费是多少？')
    expect(dept.answer).toContain('30.00万元')
    expect(dept.answer).not.toContain('865.30')
  })

  it('a city alone whose own body is not held, with several units held: asks which one', async () => {
    const res = await ask('重庆市今年的三公经费是多少？')
    expect(res.answer).toMatch(/请问是哪一个/)
    expect(res.answer).not.toMatch(FIGURE)
  })

  it('two organisations named: each answered, and only those', async () => {
    const res = await ask('汀溪市和湖滨县档案馆的三公经费预算各是多少？')
    expect(res.answer).toContain('865.30万元')
    expect(res.answer).toContain('12.00万元')
    expect(res.answer).not.toMatch(/重庆|渝北|南岸/)
  })
})

describe('figures a prose-only page states', () => {
  it('reads 经费 as the item’s 费 and a flat change as 持平', async () => {
    expect(proseKeywords(defaultVocabulary, '因公出国（境）费', 'money').keywords).toContain('因公出国(境)经费')
    const res = await ask('汀溪市2024年因公出国（境）经费安排了多少？和上年比怎么样？')
    expect(res.answer).toContain('18.00万元')
    expect(res.answer).toContain('持平')
  })

  it('a one-year total is quoted without the prior year’s amount, the cut marked', async () => {
    const res = await ask('汀溪市2024年三公经费预算一共多少？')
    expect(res.answer).toContain('865.30万元')
    expect(res.answer).not.toContain('912.50')
    expect(res.answer).toContain('……减少47.20万元')
  })

  it('a prior year derived from the item’s own stated change names no other year’s amount', async () => {
    const res = await ask('汀溪市2023年公务用车购置及运行维护费预算是多少？')
    expect(res.answer).toContain('796.20万元')
    expect(res.answer).not.toContain('751.00')
  })

  it('an item whose change the prose does not state gets no prior-year figure', async () => {
    const res = await ask('汀溪市2023年公务接待费预算是多少？')
    expect(res.answer).not.toMatch(FIGURE)
    expect(res.answer).toMatch(/没有/)
  })

  it('which units a total sums and who compiled it: the clauses that say so, quoted', async () => {
    expect(asksCoverage('这个三公经费包括哪些单位？由谁汇总？')).toEqual({ units: true, compiler: true })
    const res = await ask('汀溪市三公经费包括哪些单位？是谁汇总的？')
    expect(res.answer).toContain('由汀溪市财政局汇总')
    expect(res.answer).toContain('参公管理事业单位')
    expect(res.answer).not.toMatch(HELD_ELSEWHERE)
  })
})

describe('organisations not held are never answered by another unit', () => {
  it('a place’s unit of another kind than the held one: not found, naming what that place holds', async () => {
    const res = await ask('湖滨县博物馆2025年收入预算是多少？')
    expect(res.answer).toContain('没有找到“湖滨县博物馆”')
    expect(res.answer).toContain('湖滨县档案馆（2025年）')
    expect(res.answer).not.toMatch(FIGURE)
  })

  it('a place not held with a held unit type: not found naming it', async () => {
    const res = await ask('明州市江东区档案馆2025年收入预算是多少？')
    expect(res.answer).toContain('没有找到“明州市江东区档案馆”')
    expect(res.answer).not.toMatch(FIGURE)
    expect(res.citations).toEqual([])
  })

  it('a unit of a held city that is not held: the city’s own documents listed', async () => {
    const res = await ask('汀溪市图书馆2024年三公经费是多少？')
    expect(res.answer).toContain('汀溪市收录的是：')
    expect(res.answer).toContain('汀溪市人民政府（2024年）')
    expect(res.answer).toContain('汀溪市教育局（2024年）')
    expect(res.answer).not.toMatch(FIGURE)
  })
})

describe('which of several organisations moved the way asked', () => {
  it.each(['哪家比上年增加了', '哪个单位三公经费比上年减少', '比去年增加的是哪家'])('%s asks it', (q) => expect(WHICH_MOVED.test(q)).toBe(true))

  it('answers those that moved that way, and names the others with their direction only', async () => {
    const res = await ask('汀溪市和湖滨县档案馆的三公经费，哪家比上年增加了？增加多少？')
    expect(res.answer).toMatch(/^比上年增加的是湖滨县档案馆/)
    expect(res.answer).toContain('8.00万元')
    expect(res.answer).toContain('汀溪市人民政府减少')
    expect(res.answer).not.toContain('47.20')
  })
})

describe('quotes', () => {
  it('cut a baseline’s own amount out of a change clause, marked', () => {
    expect(withoutBaselineAmounts('总额为80万元，较2023年的95万元减少15万元')).toBe('总额为80万元，较2023年的……减少15万元')
    expect(withoutBaselineAmounts('支出12.00万元，比2024年预算数9.50万元增加2.50万元')).toBe('支出12.00万元，比2024年预算数……增加2.50万元')
    expect(withoutBaselineAmounts('支出12.00万元，比上年增加2.50万元')).toBe('支出12.00万元，比上年增加2.50万元')
  })

  it('print the opening quotation mark of a term the excerpt starts with', () => {
    const source = '全区“三公”经费预算60万元。'
    expect(verbatimQuote(source, normalizeText('三公”经费预算60万元。'))).toBe('……“三公”经费预算60万元。')
  })
})

describe('a disclosure’s title line', () => {
  it('ends its paragraph: the prose after it is not its continuation', async () => {
    const { parseDocument } = await import('../../../server/core/parse/parse-document.js')
    const text = ['溪岭县2024年“三公”经费预算情况说明', '2024年，全县一般公共预算安排“三公”经费210.00万元，比上年减少6.00万元。'].join('\n')
    const { document } = parseDocument('xiling.txt', text)
    expect(document.paragraphs.map((p) => p.text)).toEqual(['溪岭县2024年“三公”经费预算情况说明', '2024年，全县一般公共预算安排“三公”经费210.00万元，比上年减少6.00万元。'])
  })

  it('a wrapped sentence that merely ends a line with such words still joins', async () => {
    const { parseDocument } = await import('../../../server/core/parse/parse-document.js')
    const text = ['根据有关规定，现将溪岭县2024年“三公”经费预算情况说明', '如下：全县一般公共预算安排“三公”经费210.00万元。'].join('\n')
    const { document } = parseDocument('xiling.txt', text)
    expect(document.paragraphs).toHaveLength(1)
  })
})
