import { describe, expect, it } from 'vitest'
import { isColumnNumbering } from '../../../server/core/parse/column-numbers.js'
import type { ConceptHit } from '../../../server/core/planner/question-frame.js'
import { printedAliasOf } from '../../../server/core/planner/rules/alias-row.js'
import { attachNamesToCodes } from '../../../server/core/planner/rules/code-with-name.js'
import { askedKindFirst } from '../../../server/core/planner/rules/doc-kind-asked.js'
import { fundQualifiers } from '../../../server/core/planner/rules/fund-qualifier.js'
import { nestedColumns } from '../../../server/core/planner/rules/nested-columns.js'
import { partColumns } from '../../../server/core/planner/rules/part-column.js'
import { stageColumns, stageOp } from '../../../server/core/planner/rules/stage-columns.js'
import { finalTargets } from '../../../server/core/planner/rules/stage-targets.js'
import { totalOfRow } from '../../../server/core/planner/rules/total-of-row.js'
import { whichColumns } from '../../../server/core/planner/rules/which-column.js'
import type { BudgetDocument, Row } from '../../../server/core/schema.js'
import { allFundsFirst } from '../../../server/core/tools/lib/all-funds-first.js'
import type { Figure } from '../../../server/core/tools/lib/figure.js'

/** A hit on the words of `text` (first occurrence of `words`). */
const hit = (text: string, words: string, kind: ConceptHit['kind'], extra: Partial<ConceptHit> = {}): ConceptHit => {
  const start = text.indexOf(words)
  return { name: words, kind, start, end: start + words.length, surface: words, ...extra }
}

describe('rule code-with-name', () => {
  it('leaves a fund named after the code to the fund rule ("2130106一般公共预算安排多少")', () => {
    const q = '某中心2130106一般公共预算安排多少'
    const cs = [hit(q, '2130106', 'row', { code: '2130106' }), hit(q, '一般公共预算', 'row')]
    attachNamesToCodes(cs, q)
    expect(cs.map((c) => c.surface)).toEqual(['2130106', '一般公共预算'])
    // (the whole asked after it too: the code's every fund, read with that fund's beside it)
    const both = '某中心2130106一般公共预算安排多少？总共多少？'
    const ds = [hit(both, '2130106', 'row', { code: '2130106' }), hit(both, '一般公共预算', 'row')]
    attachNamesToCodes(ds, both)
    expect(ds).toHaveLength(1)
  })

  it('merges "款名 项名（编码）" into the code, its span over the names and the bracket', () => {
    const q = '某街道城市管理事务环境卫生（2120501）的基本支出'
    const cs = [hit(q, '城市管理事务', 'row'), hit(q, '环境卫生', 'row'), hit(q, '2120501', 'row', { code: '2120501' })]
    attachNamesToCodes(cs, q)
    expect(cs).toHaveLength(1)
    expect(cs[0].surface).toBe('城市管理事务环境卫生（2120501）')
    expect(q.slice(cs[0].end)).toBe('的基本支出')
  })

  it('merges "编码名称" and leaves a name joined by 和 alone', () => {
    const q = '2120501环境卫生和行政运行'
    const cs = [hit(q, '2120501', 'row', { code: '2120501' }), hit(q, '环境卫生', 'row'), hit(q, '行政运行', 'row')]
    attachNamesToCodes(cs, q)
    expect(cs.map((c) => c.name)).toEqual(['2120501', '行政运行'])
  })
})

describe('rules part-column and which-column', () => {
  it('reads 其中 + a column word after a row as that row’s column, with its total', () => {
    const q = '2120501环境卫生安排多少？其中项目支出多少？'
    const row = hit(q, '2120501', 'row', { code: '2120501', end: q.indexOf('安排') })
    const col = hit(q, '项目支出', 'column', { role: 'project' })
    expect(partColumns([row, col], [], q)).toEqual({ subjects: [row], columns: ['total', 'project'] })
  })

  it('leaves 其中 + a column word alone when no row comes before it', () => {
    const q = '支出预算多少？其中项目支出多少？'
    const whole = hit(q, '支出预算', 'lexicon')
    const col = hit(q, '项目支出', 'column', { role: 'project' })
    expect(partColumns([whole, col], [], q).subjects).toHaveLength(2)
  })

  it.each([
    ['环境卫生是基本支出还是项目支出？多少钱？', ['basic', 'project'], ['total', 'basic', 'project']],
    ['环境卫生的基本支出和项目支出各多少？', ['basic', 'project'], ['basic', 'project']],
  ] as const)('%s → %j', (q, cols, want) => expect(whichColumns([...cols], q)).toEqual(want))
})

describe('rule stage-columns', () => {
  const read = (q: string, subject: string) => stageColumns([hit(q, subject, 'row')], [], q)
  it.each([
    ['档案修复年初预算是多少', '档案修复', ['initial']],
    ['档案修复这一项的调整预算数是多少', '档案修复', ['adjusted']],
    ['档案修复年初预算和决算分别多少', '档案修复', ['initial', 'final']],
    ['档案修复预算数和决算数分别是多少', '档案修复', ['initial', 'final']],
    ['档案修复完成预算的百分之几', '档案修复', ['completion']],
    ['档案修复决算支出多少', '档案修复', []],
    // a second ask after the first one's question mark, and 实际 / 花了 as the accounts beside the budget
    ['档案修复预算是多少元？实际花了多少元？', '档案修复', ['initial', 'final']],
    ['档案修复年初预算是多少，实际决算是多少？', '档案修复', ['initial', 'final']],
    ['档案修复实际花了多少', '档案修复', []],
    // (a verb's 了 before the first ask's 多少: "预算了多少？实际花了多少？")
    ['档案修复预算了多少？实际花了多少？', '档案修复', ['initial', 'final']],
    ['档案修复预算安排了多少？决算多少？', '档案修复', ['initial', 'final']],
  ] as const)('%s → %j', (q, s, want) => expect(read(q, s).columns).toEqual(want))

  it.each([
    ['档案修复预算数是多少', ['initial']],
    // 全年预算 is the budget as adjusted (年初预算数 | 全年预算数 | 决算数)
    ['档案修复全年预算是多少', ['adjusted']],
    ['档案修复决算是多少', []],
    ['档案修复年初预算是多少', []],
  ] as const)('a lone 预算 word is a stage only in a 决算: %s → ifFinal %j', (q, want) => expect(read(q, '档案修复').ifFinal).toEqual(want))

  it('drops a subject read inside the column words ("年初预算数" is also the whole budget)', () => {
    const q = '档案修复的年初预算数是多少'
    const out = stageColumns([hit(q, '档案修复', 'row'), hit(q, '年初预算数', 'lexicon')], [], q)
    expect(out.subjects.map((c) => c.name)).toEqual(['档案修复'])
  })

  it('drops a subject read inside a lone stage word after the subject ("全年预算" is also a name of the whole budget)', () => {
    const q = '档案修复全年预算多少'
    const out = stageColumns([hit(q, '档案修复', 'row'), hit(q, '全年预算', 'weak')], [], q)
    expect(out.subjects.map((c) => c.name)).toEqual(['档案修复'])
    expect(out.ifFinal).toEqual(['adjusted'])
  })

  it('makes 完成预算的百分之几 a lookup of the printed percentage, not a share', () => {
    expect(stageOp('share', ['completion'])).toBe('lookup')
    expect(stageOp('share', [])).toBe('share')
  })
})

describe('rules fund-qualifier, nested-columns, total-of-row', () => {
  it('reads a fund named before a row as the table the row comes from', () => {
    const q = '一般公共预算拨款里，环境卫生的项目支出'
    const [only, ...rest] = fundQualifiers([hit(q, '一般公共预算拨款', 'row'), hit(q, '环境卫生', 'row')], q)
    expect(rest).toHaveLength(0)
    expect(only).toMatchObject({ name: '环境卫生', tableKind: 'general-spending' })
  })

  it('reads a fund before 财政拨款支出 as that fund’s spending, never the 财政拨款 of all funds', () => {
    const q = '某局2024年政府性基金财政拨款支出了多少'
    const out = fundQualifiers([hit(q, '政府性基金', 'lexicon'), hit(q, '财政拨款支出', 'lexicon')], q)
    expect(out.map((c) => c.surface)).toEqual(['政府性基金'])
  })

  it('reads a fund named after a row ("…用的政府性基金") the same way', () => {
    const q = '环境卫生用的政府性基金是多少'
    expect(fundQualifiers([hit(q, '环境卫生', 'row'), hit(q, '政府性基金', 'lexicon')], q)).toMatchObject([{ name: '环境卫生', tableKind: 'gov-fund' }])
  })

  it('reads 基本支出中人员经费 of the general budget as 基本支出 × 人员经费', () => {
    const q = '一般公共预算基本支出中人员经费一共多少'
    const out = nestedColumns([hit(q, '一般公共预算', 'row')], ['basic', 'personnel'], q)
    expect(out.columns).toEqual(['personnel'])
    expect(out.subjects[0]).toMatchObject({ name: '基本支出', kind: 'column', role: 'basic' })
  })

  it('reads 基本支出中人员经费和公用经费 with no row as two columns of 基本支出', () => {
    const q = '基本支出中人员经费和公用经费分别多少'
    const cs = [hit(q, '基本支出', 'column', { role: 'basic' }), hit(q, '人员经费', 'column', { role: 'personnel' }), hit(q, '公用经费', 'column', { role: 'public' })]
    const out = nestedColumns(cs, [], q)
    expect(out.subjects.map((c) => c.name)).toEqual(['基本支出'])
    expect(out.columns).toEqual(['personnel', 'public'])
  })

  it('reads 的本年支出合计 after a row as the row’s total column', () => {
    const q = '环境卫生的本年支出合计是多少'
    const out = totalOfRow([hit(q, '环境卫生', 'row'), hit(q, '支出合计', 'lexicon')], [], q)
    expect(out).toMatchObject({ subjects: [{ name: '环境卫生' }], columns: ['total'] })
  })
})

describe('rules alias-row, doc-kind-asked, stage-targets', () => {
  it('reads an alias of a whole that is no total word as a row printed with that name', () => {
    expect(printedAliasOf({ ...hit('财政拨款收入', '财政拨款收入', 'lexicon'), name: '收入预算' })).toBe('财政拨款收入')
    expect(printedAliasOf({ ...hit('收入总额', '收入总额', 'lexicon'), name: '收入预算' })).toBeUndefined()
    // a side's own 合计 line is read as printed where a table prints it (a 平衡表's 支出合计 above its 总计)
    expect(printedAliasOf({ ...hit('收入合计', '收入合计', 'lexicon'), name: '收入预算' })).toBe('收入合计')
    expect(printedAliasOf(hit('收入预算', '收入预算', 'lexicon'))).toBeUndefined()
  })

  const doc = (scope: string) => ({ org: '某区档案馆', year: 2024, scope }) as unknown as BudgetDocument
  it.each([
    ['某区档案馆单位预算里的办公费', '单位预算'],
    ['某区档案馆部门预算里的办公费', '部门预算'],
    ['某区档案馆单位预算和部门预算一样吗', '部门预算'],
  ])('%s reads the %s first', (q, first) => expect(askedKindFirst([doc('部门预算'), doc('单位预算')], q)[0].scope).toBe(first))

  it('asks a 决算 of the 决算 documents when some are held, not of the budgets', () => {
    const ts = [{ doc: doc('部门预算') }, { doc: doc('部门决算') }]
    expect(finalTargets('支出决算表里事业运行多少', ts).map((t) => t.doc.scope)).toEqual(['部门决算'])
    expect(finalTargets('上年决算数是多少', ts)).toHaveLength(2)
    expect(finalTargets('事业运行多少', ts)).toHaveLength(2)
  })
})

describe('rules column-numbers and all-funds-first', () => {
  const row = (texts: string[]) => ({ cells: texts.map((text, column) => ({ column, text })) }) as unknown as Row
  it.each([
    [['1', '2', '3', '4'], true],
    [['9', '10', '11'], true],
    [['1', '2'], false],
    [['1.50', '2', '3'], false],
    [['6', '0', '4'], false],
  ])('%j is a 栏次 line: %s', (cells, want) => expect(isColumnNumbering(row(cells))).toBe(want))

  const fig = (tableKind: string, fen: number) => ({ tableKind, fen }) as Figure
  it('puts the all-funds 支出总表 first when a one-fund table prints another amount', () => {
    expect(allFundsFirst([fig('general-spending', 70), fig('spending', 90)]).map((f) => f.fen)).toEqual([90, 70])
    expect(allFundsFirst([fig('general-spending', 70), fig('spending', 70)])[0].tableKind).toBe('general-spending')
    expect(allFundsFirst([fig('basic-spending', 70), fig('spending', 90)])[0].tableKind).toBe('basic-spending')
  })
  it('puts the all-funds 收支总表 first over the 财政拨款收支总表 (本年支出合计 printed in both)', () => {
    expect(allFundsFirst([fig('fiscal-summary', 340), fig('summary', 360)]).map((f) => f.tableKind)).toEqual(['summary', 'fiscal-summary'])
  })
})
