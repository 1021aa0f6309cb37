import { describe, expect, it } from 'vitest'
import { coreForms, orgAliases } from '../../server/core/tools/lib/org-alias.js'
import { orgParts } from '../../server/core/tools/lib/org-match.js'

/** Session 21: names as locals say them. Made-up places (青岚州, 柳岸县, 石岭镇). */
describe('an autonomous prefecture said by its name and 州 before a county', () => {
  it('reads 青岚州柳岸县 as the prefecture and the county, so the county is found by its own name', () => {
    expect(orgParts('青岚州柳岸县')).toMatchObject({ city: '青岚州', region: '柳岸县', stem: '柳岸' })
    expect(orgAliases('青岚州柳岸县').map((a) => a.form)).toContain('柳岸县')
    expect(orgParts('青岚州柳岸县水利局')).toMatchObject({ city: '青岚州', region: '柳岸县', core: '水利局' })
  })
  it('a 州 that is a city’s own name before 市, a district or nothing stays as it was', () => {
    expect(orgParts('青岚州市柳岸县水利局').city).toBe('青岚州市')
    expect(orgParts('青岚州工业园区').city).toBeUndefined()
    expect(orgParts('贵岚省青岚州人民医院').city).toBeUndefined()
  })
})

describe('a township’s central unit said by the township’s name and 中心', () => {
  it.each([['石岭镇中心幼儿园', '石岭中心幼儿园'], ['青松乡中心小学', '青松中心小学']])('%s → %s', (core, short) => {
    expect(coreForms(core)).toContain(short)
  })
})

describe('a hospital, court or procuratorate as it is said', () => {
  it.each([
    ['贵岚省青岚州中医医院', ['青岚州中医院', '青岚中医院', '青岚中医医院']],
    ['柳岸市人民法院', ['柳岸法院', '柳岸市法院']],
    ['柳岸县人民检察院', ['柳岸县检察院']],
    ['柳岸县人民医院', ['柳岸县医院']],
  ])('%s', (org, forms) => {
    const held = orgAliases(org).map((a) => a.form)
    for (const f of forms) expect(held).toContain(f)
  })
  it('a city’s own name ending in 州 keeps its characters (杭州 never 杭)', () => {
    expect(orgAliases('青州市中医医院').map((a) => a.form)).not.toContain('青中医院')
  })
})

describe('a 的 inside a row name is said or not', () => {
  it('对个人和家庭的补助 is asked as 对个人和家庭补助', async () => {
    const { nameVariants } = await import('../../server/core/tools/lib/name-match.js')
    expect(nameVariants('对个人和家庭的补助')).toContain('对个人和家庭补助')
    expect(nameVariants('的士费')).not.toContain('士费')
  })
})
