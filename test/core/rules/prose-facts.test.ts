import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { meaningTermAsked } from '../../../server/core/planner/rules/meaning-in-doc.js'
import { asksAgainstBudget } from '../../../server/core/planner/rules/against-budget.js'
import { engineWith } from '../seed-engine.js'
import { proseFactsSources } from './prose-facts-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(proseFactsSources())).ask({ question })
const ownDocs = (res: ReturnType<typeof ask>) => res.citations.every((c) => /^(?:baisha|qinglan|yunling)/.test(c.docId))

describe('a meaning asked of a named document (rule meaning-in-doc)', () => {
  it.each([
    ['某乡部门决算里“村级组织运转补助”包括什么？', '村级组织运转补助'],
    ['某局预算说明中“单位资金”指什么', '单位资金'],
    ['某县三公经费说明里，公务接待费指什么？', '公务接待费'],
  ])('reads the term of %s', (q, term) => {
    expect(meaningTermAsked(q, q.replace(/[“”]/g, ''), [])).toBe(term)
  })

  it('leaves parts asked with 包括哪些 (no quotes, no notes) to the lookups', () => {
    expect(meaningTermAsked('某局的一般公共预算包括哪些', '某局的一般公共预算包括哪些', [])).toBeUndefined()
    expect(meaningTermAsked('某局2025年三公经费是多少', '某局2025年三公经费是多少', [])).toBeUndefined()
  })

  it('quotes a 名词解释 entry worded "X：反映…，包括…" instead of the row’s amount', () => {
    const res = ask('白沙乡部门决算里“村级组织运转补助”包括什么？')
    expect(res.answer).toContain('村干部误工补贴和办公经费')
    expect(res.answer).toContain('名词解释')
    expect(res.answer).not.toMatch(/\d+\.\d{2}万元/)
    expect(ownDocs(res)).toBe(true)
  })

  it('reads a definition after a "名词解释：" lead-in, cut at the next term', () => {
    const res = ask('青岚区卫生健康局部门预算中的“事业单位经营收入”指什么？')
    expect(res.answer).toContain('非独立核算经营活动取得的收入')
    expect(res.answer).not.toContain('挂号费')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', org: '澄湖市青岚区卫生健康局' })
  })

  it('reads a numbered definition inside a table’s 说明 row', () => {
    const res = ask('云岭县交通运输局“三公”经费说明里，公务接待费指什么？')
    expect(res.answer).toContain('各类公务接待支出,含接待外地考察团组')
    expect(res.answer).not.toContain('280.10')
  })

  it('answers not found rather than another term’s definition', () => {
    const res = ask('白沙乡部门决算里“乡村振兴补助”指什么？')
    expect(res.answer).not.toContain('村干部误工补贴')
  })
})

describe('reasons the documents print', () => {
  it('reads the reason a 三公 table prints in its 增减原因 column, with the signed change', () => {
    const res = ask('云岭县交通运输局2025年公务接待费为什么减少？')
    expect(res.answer).toContain('落实过紧日子要求，严控接待标准和陪同人数')
    expect(res.answer).toContain('-30.30万元')
    expect(res.citations.some((c) => c.kind === 'row' && c.rowName?.includes('公务接待费'))).toBe(true)
  })

  it('reads a bare 增减 column as a signed amount, not a rate', () => {
    const res = ask('云岭县交通运输局2025年公务用车购置及运行费为什么增加？')
    expect(res.answer).toContain('16.10万元')
    expect(res.answer).not.toContain('16.10%')
    expect(res.answer).toContain('更新到期报废的应急保障车辆')
  })

  it('asks against the 年初预算 only with a budget word', () => {
    expect(asksAgainstBudget('农林水支出为什么超过年初预算')).toBe(true)
    expect(asksAgainstBudget('决算为什么比预算多')).toBe(true)
    expect(asksAgainstBudget('农林水支出为什么增加')).toBe(false)
  })

  it('gives a 决算’s own reason for a class above its 年初预算', () => {
    const res = ask('白沙乡2024年农林水支出为什么超过年初预算？')
    expect(res.answer).toContain('决算数大于年初预算数的主要原因是上级下达高标准农田建设补助资金')
    expect(ownDocs(res)).toBe(true)
  })

  it('keeps every enumerated reason (一是…；二是…)', () => {
    const res = ask('白沙乡2024年一般公共预算财政拨款支出为什么增加？')
    expect(res.answer).toContain('新增高标准农田建设任务')
    expect(res.answer).toContain('村级组织运转补助标准提高')
  })

  it('says what a carry-over is, in the document’s words', () => {
    const res = ask('白沙乡2024年年末结转和结余多少？是什么资金？')
    expect(res.answer).toContain('12.60万元')
    expect(res.answer).toContain('人居环境整治项目（村内污水管网）未完工结转资金')
  })
})

describe('a list-layout 绩效目标表 (one project per row)', () => {
  it('gives a project’s amount and its goal, as printed', () => {
    const res = ask('青岚区卫生健康局“基层医疗卫生人员轮训”项目的绩效目标是什么？安排多少钱？')
    expect(res.answer).toContain('62.00万元')
    expect(res.answer).toContain('轮训基层医务人员≥900人次，考核合格率≥92%')
    expect(res.answer).not.toContain('140.00')
    expect(res.citations.some((c) => c.kind === 'field')).toBe(true)
  })
})
