import { describe, expect, it } from 'vitest'
import type { Column, ColumnRole } from '../../../server/core/schema.js'
import { flowBeforeBalance } from '../../../server/core/tools/lib/flow-columns.js'
import { documentFigures } from '../../../server/core/corpus/subject-index.js'
import { engineWith } from '../seed-engine.js'

const col = (index: number, path: string[], role: ColumnRole = 'amount'): Column => ({ index, path, role, label: path.join(' › ') })
const order = (cols: Column[], side?: 'income' | 'spending') => flowBeforeBalance(cols, side).map((c) => c.index)

describe('rule flow-before-balance', () => {
  const fund = [col(2, ['年初结转和结余']), col(3, ['本年收入']), col(4, ['本年支出']), col(5, ['年末结转和结余'])]

  it('a carry-over table reads the year’s spending first, the balances last', () => {
    expect(order(fund)).toEqual([4, 3, 2, 5])
    expect(order(fund, 'income')).toEqual([3, 4, 2, 5])
  })

  it('grouped flows (本年支出 › 基本支出 | 项目支出) keep their order within the group', () => {
    const grouped = [col(1, ['年初财政拨款结转和结余', '一般公共预算']), col(2, ['本年财政拨款收入', '小计'], 'total'), col(3, ['本年财政拨款支出', '合计'], 'total'), col(4, ['本年财政拨款支出', '基本支出'], 'basic')]
    expect(order(grouped)).toEqual([3, 4, 2, 1])
  })

  it('an income table with a 上年结转 column only moves the balance; a table without a balance is left alone', () => {
    const income = [col(1, ['上年结转']), col(2, ['一般公共预算拨款收入']), col(3, ['事业收入'])]
    expect(order(income)).toEqual([2, 3, 1])
    const plain = [col(1, ['本年收入']), col(2, ['本年支出'])]
    expect(order(plain)).toEqual([1, 2])
  })
})

// a township's 决算 with a 政府性基金 table printing its balances first (年初结转和结余 0.00) beside the year's flows
const town = [
  '青禾县石桥乡人民政府2022年度部门决算', '',
  '表1 支出决算表', '单位：元',
  '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
  '合计\t\t5,340,000.00\t4,100,000.00\t1,240,000.00',
  '201\t一般公共服务支出\t4,480,000.00\t4,100,000.00\t380,000.00',
  '212\t城乡社区支出\t860,000.00\t\t860,000.00',
  '2120803\t城市建设支出\t860,000.00\t\t860,000.00',
  '',
  '表2 政府性基金预算财政拨款收入支出决算表', '单位：元',
  '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余',
  '合计\t\t0.00\t900,000.00\t860,000.00\t40,000.00',
  '2120803\t城市建设支出\t0.00\t900,000.00\t860,000.00\t40,000.00',
].join('\n')

describe('a fund table’s figure is the year’s flow, never its opening balance', () => {
  const engine = engineWith([{ name: 'shiqiao-2022-final.txt', bytes: new TextEncoder().encode(town) }])

  it('政府性基金支出 asked: 本年支出 of the fund table, cited from that column', () => {
    const r = engine.ask({ question: '石桥乡2022年政府性基金支出多少？' })
    expect(r.answer).toMatch(/860,000\.00元|86\.00万元/)
    expect(r.answer).not.toMatch(/(?<![\d,])0\.00/)
    const fundCite = r.citations.find((c) => c.kind === 'row' && c.tableTitle?.includes('政府性基金'))
    expect(fundCite).toMatchObject({ column: '本年支出', value: '860,000.00' })
    // the total row is named by the subject asked and its flow, not by the bare column word
    expect(r.answer).toMatch(/政府性基金[^，。]*支出/)
    expect(r.answer).not.toMatch(/\d{4}年本年支出/)
  })

  it('a subject printed in both tables agrees: no second reading of 0.00 from the balance column', () => {
    const r = engine.ask({ question: '石桥乡2120803城市建设支出是多少？' })
    expect(r.answer).toMatch(/860,000\.00元|86\.00万元/)
    expect(r.answer).not.toMatch(/(?<![\d,])0\.00/)
    expect(r.citations.every((c) => c.kind !== 'row' || !/结转|结余/.test(c.column ?? ''))).toBe(true)
  })

  it('the subject index keeps the flow as the row’s main figure', () => {
    const doc = engine.corpus.documents.find((d) => d.org.includes('石桥乡'))!
    const fundOnly = { ...doc, tables: doc.tables.filter((t) => t.kind === 'gov-fund') }
    expect(new Map(documentFigures(fundOnly)).get('c:2120803')).toBe(86_000_000)
  })
})
