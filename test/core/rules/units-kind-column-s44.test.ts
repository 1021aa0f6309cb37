import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind97's 文旅局 决算): a table of the department's units side by side whose columns are several tables'
// wholes, its 三公 column last. Its 本年收入合计 (the first column) was given as the department's 三公经费.
const DOC = [
  '青禾市文化和旅游局2024年部门决算',
  '第一部分 部门概况',
  '本部门决算包括局机关和所属2个事业单位：青禾市文化馆、青禾市图书馆。',
  '',
  '2024年度各单位收入支出及“三公”经费决算情况表',
  '单位：万元',
  '单位名称\t单位性质\t本年收入合计\t本年支出合计\t“三公”经费决算数',
  '局机关\t行政单位\t987.02\t987.02\t12.48',
  '青禾市文化馆\t公益一类事业单位\t688.29\t688.29\t2.92',
  '青禾市图书馆\t公益一类事业单位\t753.26\t765.66\t0.30',
  '合计\t\t2428.57\t2440.97\t15.70',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-wlj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule units-kind-column: a kind\'s figure in a table of units is in the column its head names', () => {
  it('reads the department\'s 三公经费 from the 合计 row\'s 三公 column, not its first', () => {
    const r = ask('青禾市文化和旅游局2024年三公经费决算是多少')
    expect(r.answer).toContain('15.70万元')
    expect(r.answer).not.toContain('2428.57')
  })
  it('reads a unit\'s 三公经费 from its row\'s 三公 column', () => {
    const r = ask('青禾市文化馆2024年三公经费决算多少')
    expect(r.answer).toContain('2.92万元')
    expect(r.answer).not.toContain('688.29')
  })
  it('reads a unit\'s 本年收入合计 and 本年支出合计 asked together from the same table', () => {
    const r = ask('青禾市图书馆2024年本年收入合计和本年支出合计分别是多少')
    expect(r.answer).toContain('753.26万元')
    expect(r.answer).toContain('765.66万元')
  })
})
