import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 46 (blind100's 卫健局 部门预算): "部门预算为汇总预算，包括局机关本级和所属3个二级预算单位：…" was not read as the
// statement of its units; "其他收入94.64万元是哪来的" (the amount written in the question) was not read as asking its source.
const PAGE = [
  '青禾县卫生健康局2025年部门预算',
  '二、部门预算单位构成',
  '青禾县卫生健康局2025年部门预算为汇总预算，包括局机关本级和所属2个二级预算单位：青禾县疾病预防控制中心、青禾县妇幼保健院。',
  '本部门年末实有人数151人,其中在职人员100人,退休人员51人;年末学生人数929人。',
  '三、关于2025年收入预算情况说明',
  '本部门2025年收入预算1000.00万元，其中：一般公共预算拨款900.00万元，占90%；其他收入100.00万元，占10%，为县妇幼保健院房屋出租收入。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qinghe-wjj-2025.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('a department budget\'s units and an income\'s source', () => {
  it('quotes the units the budget sums, stated as 本级 and so many units under it', () => {
    const r = ask('青禾县卫生健康局的部门预算包括哪些下属单位？').answer
    expect(r).toContain('青禾县疾病预防控制中心')
    expect(r).toContain('青禾县妇幼保健院')
  })
  it('reads "其他收入100.00万元是哪来的" as its source asked', () => {
    expect(ask('青禾县卫生健康局的其他收入100.00万元是哪来的？').answer).toContain('房屋出租')
  })
  it('reads the students a school department counts (学生人数), never its staff', () => {
    const r = ask('青禾县卫生健康局年末有多少学生').answer
    expect(r).toContain('929人')
    expect(r).not.toContain('151人')
  })
})
