import { describe, expect, it } from 'vitest'
import { findOrgMentions } from '../../server/core/tools/lib/org-mention.js'
import { orgParts } from '../../server/core/tools/lib/org-match.js'
import { placeNameStart } from '../../server/core/tools/lib/place-name.js'

/** The place name read back from the level word at `level` (its first occurrence in `t`). */
const nameBefore = (t: string, level: string, held: string[] = []) => {
  const end = t.indexOf(level)
  const from = placeNameStart(t, end, new Set(held))
  return from === undefined ? undefined : t.slice(from, end)
}

describe('place names of any length, read back from their level word', () => {
  it.each([
    ['呼和浩特市财政局', '市', '呼和浩特'],
    ['巴彦淖尔市临河区教育局', '市', '巴彦淖尔'],
    ['请问巴彦淖尔市临河区教育局', '区', '临河'],
    ['克孜勒苏柯尔克孜自治州财政局', '州', '克孜勒苏柯尔克孜自治'],
    ['锡林郭勒盟财政局', '盟', '锡林郭勒'],
    ['我想知道沙坪坝区的办公费', '区', '沙坪坝'],
    ['在和田市教育局', '市', '和田'],
    ['渝北区和南岸区医保局', '南岸区', '南岸'],
    ['浙江西湖区文旅局', '区', '西湖'],
    ['内蒙古自治区呼伦贝尔市', '贝尔市', '呼伦贝尔'],
    ['江北区市场监督管理局', '市', undefined],
  ])('%s: the name before %s is %s', (t, level, want) => {
    const end = t.indexOf(level) + level.length - 1
    const from = placeNameStart(t, end)
    expect(from === undefined ? undefined : t.slice(from, end)).toBe(want)
  })

  it('reads a held place first: the district after a held city named without its 市', () => {
    expect(nameBefore('哈密伊州区2024年办公费', '区')).toBe('哈密伊州')
    expect(nameBefore('哈密伊州区2024年办公费', '区', ['哈密'])).toBe('伊州')
    expect(nameBefore('哈密伊州区2024年办公费', '区', ['伊州'])).toBe('伊州')
  })

  it('names the whole place in a mention of a unit not held, never its last characters', () => {
    const [m] = findOrgMentions('呼和浩特市统计局2024年办公费', [])
    expect(m).toMatchObject({ city: '呼和浩特市', type: 'bureau', text: '呼和浩特市统计局' })
    const [z] = findOrgMentions('克孜勒苏柯尔克孜自治州财政局2024年办公费', [])
    expect(z).toMatchObject({ city: '克孜勒苏柯尔克孜自治州', text: '克孜勒苏柯尔克孜自治州财政局' })
    const [d] = findOrgMentions('哈密伊州区财政局2024年办公费', [], [], new Set(['哈密市']))
    expect(d).toMatchObject({ stem: '伊州', known: false })
  })

  it('reads the city of a held organisation whole', () => {
    expect(orgParts('呼和浩特市体育局')).toMatchObject({ city: '呼和浩特市', core: '体育局' })
    expect(orgParts('巴彦淖尔市临河区卫生健康委员会')).toMatchObject({ city: '巴彦淖尔市', region: '临河区', stem: '临河' })
  })
})
