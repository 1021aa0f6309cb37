import { describe, expect, it } from 'vitest'
import type { BudgetDocument, Table } from '../../../server/core/schema.js'
import { titleSubject } from '../../../server/core/tools/lib/title-subject.js'
import { engineWith } from '../seed-engine.js'

const doc = { org: '青禾县', region: '青禾县' } as BudgetDocument
const titled = (title: string) => titleSubject(doc, { title } as Table)

describe('titleSubject', () => {
  it.each([
    ['2022年青禾县一般公共预算收入执行情况表(财政预计数)', '一般公共预算收入'],
    ['2023年青禾县政府性基金收支预算(草案表)', '政府性基金收支预算'],
    ['青禾县2023年一般公共预算支出预算表', '一般公共预算支出'],
  ])('%s → %s', (title, subject) => expect(titled(title)).toBe(subject))
  it('a title that names only the sheet gives no subject', () => {
    expect(titled('2023年青禾县收入表')).toBeUndefined()
    expect(titled('表一')).toBeUndefined()
  })
})

// a county's 财政预算 tables as a copied PDF prints them: the total line first, each year's column by its stage
const county = [
  '关于青禾县2022年财政预算执行情况和2023年财政预算(草案)相关表格', '青禾县财政局', '',
  '2022年青禾县一般公共预算收入执行情况表(财政预计数)', '单位:万元',
  '项目\t2021年完成数\t2022年预算数\t2022年完成数',
  '合计\t20,410\t21,800\t22,035',
  '税收收入小计\t12,006\t13,100\t13,540',
  '增值税\t6,120\t6,500\t6,880',
  '非税收入小计\t8,404\t8,700\t8,495',
].join('\n')

describe('rule title-subject: a subject the title names is the table’s total line', () => {
  const engine = engineWith([{ name: 'qinghe-2022-fiscal.txt', bytes: new TextEncoder().encode(county) }])

  it('一般公共预算收入 is the total of the 一般公共预算收入执行情况表, never a row that shares its first words', () => {
    const r = engine.ask({ question: '青禾县2022年一般公共预算收入完成数是多少？' })
    expect(r.answer).toContain('22,035')
    expect(r.answer).not.toContain('一般公共服务')
    expect(r.citations.some((c) => c.kind === 'row' && c.value === '22,035' && c.tableTitle?.includes('一般公共预算收入'))).toBe(true)
  })

  it('a row the table prints is still read as that row', () => {
    const r = engine.ask({ question: '青禾县2022年增值税完成数是多少？' })
    expect(r.answer).toContain('6,880')
  })
})
