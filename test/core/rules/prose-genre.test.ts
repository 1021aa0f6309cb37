import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'
import { proseGenreSources } from './prose-genre-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(proseGenreSources())).ask({ question })
const MONEY = /\d+(?:\.\d+)?万元/

describe('sections a question asks of, quoted (rule section-asked)', () => {
  it('quotes every duty of the 职能职责 section with its lines', () => {
    const res = ask('青石铺乡政府的职能职责有哪些')
    expect(res.answer).toContain('组织实施全乡经济社会发展规划')
    expect(res.answer).toContain('办理县人民政府交办的其他事项')
    expect(res.answer).toContain('第15行')
    expect(res.answer).not.toMatch(MONEY)
    expect(res.citations.length).toBe(3)
    expect(res.citations[0].section).toContain('职能职责')
  })

  it('quotes the 部门预算单位构成 sentence when asked whether units below are included', () => {
    const res = ask('青石铺乡的部门预算包含下属单位吗？')
    expect(res.answer).toContain('只有本级,没有其他预算单位')
    expect(res.citations[0].section).toContain('部门预算单位构成')
  })

  it('quotes the note on empty tables', () => {
    const res = ask('青石铺乡预算表里空表是什么意思')
    expect(res.answer).toContain('空表表示本部门无相关收支情况')
    expect(res.citations[0]).toMatchObject({ kind: 'paragraph', lines: [11, 11] })
  })

  it('lists the 目录 entries holding the word asked, and only those', () => {
    const res = ask('青石铺乡2026年预算公开了哪些绩效方面的表？')
    expect(res.answer).toContain('项目支出绩效目标表')
    expect(res.answer).toContain('整体支出绩效目标表')
    expect(res.answer).not.toContain('收支总体情况表')
    expect(res.citations).toHaveLength(2)
  })

  it('says so when the document has no such section, quoting nothing', () => {
    const res = ask('澜沧州文旅信息中心的职能职责有哪些')
    expect(res.answer).toContain('没有写明职能职责')
    expect(res.citations).toHaveLength(0)
  })
})
