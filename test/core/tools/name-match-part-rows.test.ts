import { describe, expect, it } from 'vitest'
import { nameVariants, unnumbered } from '../../../server/core/tools/lib/name-match.js'

describe('a part row is asked without its 其中 and list number', () => {
  it.each([
    ['其中:(1)公务用车运行维护费', '公务用车运行维护费'],
    ['其中：公务用车运行费', '公务用车运行费'],
    ['（2）公务用车购置', '公务用车购置'],
    ['二、上年结转', '上年结转'],
    ['其中', '其中'],
    ['其他收入', '其他收入'],
  ])('%s → %s', (name, want) => {
    expect(unnumbered(name)).toBe(want)
    expect(nameVariants(name, false)).toContain(want)
  })
})

describe('a group’s subtotal row is asked by the group’s name', () => {
  it.each([
    ['非税收入小计', '非税收入'],
    ['专项收入小计', '专项收入'],
  ])('%s → %s', (name, want) => {
    expect(nameVariants(name, false)).toContain(want)
  })

  it('a bare 小计, or one leaving fewer than four characters, names no group', () => {
    expect(nameVariants('小计', false)).toEqual(['小计'])
    expect(nameVariants('其他小计', false)).not.toContain('其他')
  })
})
