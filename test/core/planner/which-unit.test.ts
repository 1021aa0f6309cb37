import { describe, expect, it } from 'vitest'
import { whichUnit } from '../../../server/core/planner/which-unit.js'

describe('whichUnit: the question back when several units fit', () => {
  it('names every unit when few fit', () => {
    expect(whichUnit(['某县甲局', '某县乙局', '某县丙中心'])).toBe('有3个单位符合，请问是哪一个？某县甲局、某县乙局、某县丙中心。')
  })
  it('names the first few of a city and says how many there are and where the full list is', () => {
    const orgs = Array.from({ length: 2500 }, (_, i) => `某市第${i + 1}局`)
    const text = whichUnit(orgs, 20)
    expect(text).toMatch(/^有2500个单位符合，请问是哪一个？某市第1局、/)
    expect(text).toContain('某市第20局等2500个单位（完整名单见 /lookup）。')
    expect(text).not.toContain('某市第21局')
    expect(whichUnit(orgs.slice(0, 20), 20)).toContain('某市第20局。')
  })
})
