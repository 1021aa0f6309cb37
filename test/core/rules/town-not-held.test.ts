import { describe, expect, it } from 'vitest'
import { seedEngine } from '../seed-engine.js'

/** Issue 10, fail closed: a township-level place (镇, 乡, 街道) that is not held is never answered by another unit. */
describe('a township-level organisation not held', () => {
  it.each([
    ['东岭镇人民政府2023年公务接待费是多少', '东岭镇人民政府'],
    ['青山乡2023年基本支出是多少', '青山乡'],
    ['白沙街道2024年三公经费多少', '白沙街道'],
    // a prefecture spoken of as 某某州 (for 某某彝族自治州), its 本级 too
    ['红岭州本级22年公务接待费决算多少', '红岭州'],
    ['红岭州州本级2022年三公经费一共花了多少？', '红岭州'],
  ])('%s → a not-found naming it, no figure', (question, named) => {
    const r = seedEngine().ask({ question })
    expect(r.answer).toContain(`没有找到“${named}”`)
    expect(r.answer).not.toMatch(/\d+(?:\.\d+)?万元/)
    expect(r.citations).toEqual([])
  })

  it('a held township government is found by the township\'s name (某某镇, 某某镇政府)', async () => {
    const { aliasTable } = await import('../../../server/core/tools/lib/org-alias.js')
    const forms = aliasTable([{ org: '某某县东岭镇人民政府', region: '某某县' }]).map((a) => a.form)
    expect(forms).toEqual(expect.arrayContaining(['东岭镇', '东岭镇政府', '某某县东岭镇']))
  })

  it('leaves words that only end in 乡 alone (城乡医疗救助 is a subject, not a place)', () => {
    expect(seedEngine().ask({ question: '渝北区医保局2025年城乡医疗救助是多少' }).answer).toMatch(/城乡医疗救助.*万元/)
  })
})
