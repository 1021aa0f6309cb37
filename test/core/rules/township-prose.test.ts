import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** A made-up township 决算 (no real place): duties led in by a line ending in a colon, one numbered item per line. */
const DOC = `# 云岗县石桥乡2023年度部门决算

一、部门职责

石桥乡人民政府是基层国家行政机关，核定行政编制12名。

党委工作职责：

（1）宣传和贯彻执行党的路线方针政策。

（2）讨论决定本乡经济建设和社会发展中的重大问题。

（3）加强党组织自身建设。

二、机构设置

（二）机构设置。石桥乡内设党政办公室、经济发展办公室2个机构。

石桥乡中心学校为云岗县教育局2023年部门预算编制范围的二级预算单位。

学校开设一年级、二年级、三年级共三个年级。

学校占地面积8000平方米，生均42.5平方米，共有教学班12个。
`

describe('a township 决算 told in prose: lead-in-list, counts at their nearest keyword, word-figure-asked, internal-units, unit-parent', () => {
  const engine = engineWith([{ name: 'shiqiao-2023-final.md', bytes: new TextEncoder().encode(DOC) }])

  it('quotes the items after a closest passage that only leads in, each verbatim and cited, and stops at the next heading', () => {
    const r = engine.ask({ question: '石桥乡党委有哪些工作职责？' })
    expect(r.answer).toContain('党委工作职责：')
    expect(r.answer).toContain('（1）宣传和贯彻执行党的路线方针政策。')
    expect(r.answer).toContain('（3）加强党组织自身建设。')
    expect(r.answer).not.toContain('内设党政办公室')
    expect(r.citations.length).toBe(4)
  })

  it('counts "共三个年级" against the 年级 written right after it, not the first 一年级', () => {
    const r = engine.ask({ question: '石桥乡一共开了几个年级？' })
    expect(r.answer).toContain('3个')
  })

  it('word-figure-asked: a number printed after a word no budget term is, asked by that word or its head', () => {
    const r = engine.ask({ question: '石桥乡生均占地是多少？' })
    expect(r.answer).toContain('生均42.5平方米')
    expect(r.answer).not.toContain('8000')
    expect(r.citations).toHaveLength(1)
    // a head that is only the start of another word (行政 of 行政编制12名) is not the word asked
    expect(engine.ask({ question: '石桥乡有几个行政村？' }).answer).not.toContain('行政编制12名')
  })

  it('internal-units: "内设哪些机构" quotes the 机构设置 sentence listing them', () => {
    const r = engine.ask({ question: '石桥乡内设哪些机构？' })
    expect(r.answer).toContain('“（二）机构设置。石桥乡内设党政办公室、经济发展办公室2个机构')
    expect(r.citations).toHaveLength(1)
  })

  it('unit-parent: "是哪个部门下面的预算单位" quotes the clause naming it a 二级预算单位 of its department', () => {
    const r = engine.ask({ question: '石桥乡中心学校是哪个部门下面的预算单位？' })
    expect(r.answer).toContain('为云岗县教育局2023年部门预算编制范围的二级预算单位')
  })
})
