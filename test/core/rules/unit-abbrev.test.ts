import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { abbreviatesUnit } from '../../../server/core/tools/lib/unit-abbrev.js'
import { engineWith } from '../seed-engine.js'
import { unitAbbrevSources } from './unit-abbrev-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(unitAbbrevSources())).ask({ question })
const HELD = ['岚溪市食品药品监督管理局', '岚溪市城市管理局', '岚溪市城乡规划管理局', '溪口县住房保障和房产管理局']
const orgsIn = (answer: string) => HELD.filter((o) => answer.includes(o))
const FIGURE = /\d[\d,]*\.\d\d万元/

describe('rule unit-abbrev: a short form is an ordered subsequence of the name, with its first character and unit word', () => {
  it.each([
    ['质监局', '质量技术监督局', true],
    ['食药监局', '食品药品监督管理局', true],
    ['人防办', '人民防空办公室', true],
    ['发改委', '发展和改革委员会', true],
    ['城管局', '城市管理局', true],
    ['房管局', '住房保障和房产管理局', false], // another first character
    ['质监中心', '质量技术监督局', false], // another unit word
    ['监督局', '质量技术监督局', false],
    ['质局', '质量技术监督局', false], // one character before the unit word says too little
    ['管城局', '城市管理局', false], // out of order
    ['质量技术监督局', '质量技术监督局', false], // the name itself is no short form
    // a bracket saying which account the name is of is no word of the name
    ['文旅局', '文化和旅游局（汇总）', true],
    ['卫健局', '卫生健康局(本级)', true],
    ['文旅局', '文化和旅游局（图书馆）', false],
  ])('%s → %s: %s', (short, full, fits) => expect(abbreviatesUnit(short, full)).toBe(fits))
})

describe('a held unit named by a short form', () => {
  it.each([
    ['岚溪市食药监局2025年基本支出是多少？', '512.40', '岚溪市食品药品监督管理局'],
    ['岚溪食药监局2025年项目支出多少', '300.00', '岚溪市食品药品监督管理局'],
    // 城管局 fits two bureaus of the city; only one is held for 2024
    ['岚溪市城管局2024年基本支出是多少', '588.00', '岚溪市城市管理局'],
  ])('%s → that unit only', (q, figure, org) => {
    const res = ask(q)
    expect(res.answer).toContain(figure)
    expect(orgsIn(res.answer)).toEqual([org])
  })

  it('asks which unit is meant when the short form fits two held units of the place, with no figure', () => {
    const res = ask('岚溪市城管局2025年基本支出是多少？')
    expect(res.answer).toMatch(/请问是哪一个/)
    expect(orgsIn(res.answer).sort()).toEqual(['岚溪市城乡规划管理局', '岚溪市城市管理局'])
    expect(res.answer).not.toMatch(FIGURE)
    expect(res.citations).toEqual([])
  })

  it.each(['溪口县房管局2025年基本支出是多少', '岚溪市质监局2025年基本支出是多少', '岚溪市食药监中心2025年基本支出是多少'])(
    '%s: a short form no held unit of that place fits is not found, never another unit',
    (q) => {
      const res = ask(q)
      expect(res.answer).toMatch(/没有找到/)
      expect(res.answer).not.toMatch(FIGURE)
      expect(res.citations).toEqual([])
    },
  )

  it('never reads a short form across places: another city\'s bureau is not this city\'s', () => {
    const res = ask('溪口县食药监局2025年基本支出是多少')
    expect(res.answer).not.toMatch(FIGURE)
    expect(res.citations).toEqual([])
  })

  it('reads a short form after a place not held joined by 和, each organisation for itself', async () => {
    const { findOrgMentions } = await import('../../../server/core/tools/lib/org-mention.js')
    const named = findOrgMentions('红岭州州本级和岚溪市食药监局2025年基本支出分别是多少', [], [], new Set(['岚溪市'])).map((m) => [m.text, m.known])
    expect(named).toEqual([['红岭州', false], ['岚溪市食药监局', true]])
    const res = ask('红岭州州本级和岚溪市食药监局2025年基本支出分别是多少')
    expect(res.answer).toContain('512.40')
    expect(res.answer).not.toMatch(/1,406\.00|606\.00|377\.70/)
  })
})
