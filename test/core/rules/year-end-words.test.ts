import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../server/core/planner/parse-question.js'
import type { Corpus } from '../../../server/core/schema.js'
import { engineWith } from '../seed-engine.js'

const T = (...cells: string[]) => cells.join('\t')
/** A made-up 决算 收支总表 with its carry-over lines. */
const FINAL = [
  '柳渡县档案馆2024年度部门决算',
  '',
  '表1 收入支出决算总表',
  '单位：万元',
  T('项目', '决算数', '项目', '决算数'),
  T('一、一般公共预算财政拨款收入', '300.00', '一、一般公共服务支出', '310.00'),
  T('本年收入合计', '300.00', '本年支出合计', '310.00'),
  T('年初结转和结余', '24.60', '年末结转和结余', '14.60'),
  T('总计', '324.60', '总计', '324.60'),
].join('\n')

describe('年末/年底/年初 after a year, and 结转结余 said without 和', () => {
  it('the 年 of 年末/年底/年初 stays with its word; the year is still read', () => {
    const frame = parseQuestion({ version: 1, documents: [], errors: [] } as Corpus, '2024年末结转和结余多少？24年初结转和结余呢？2025年度预算')
    expect(frame.years).toEqual(expect.arrayContaining([2024, 2025]))
  })

  const engine = engineWith([{ name: 'liudu-dag-2024-final.txt', bytes: new TextEncoder().encode(FINAL) }])
  it.each([
    ['柳渡县档案馆2024年底结转结余还有多少？', '14.60万元'],
    ['柳渡县档案馆年末结转结余多少', '14.60万元'],
    ['柳渡县档案馆2024年初结转结余多少', '24.60万元'],
  ])('%s', (q, figure) => {
    const r = engine.ask({ question: q })
    expect(r.answer).toContain(figure)
    expect(r.citations[0]).toMatchObject({ kind: 'row' })
  })
})
