import { describe, expect, it } from 'vitest'
import { splitRunTogether } from '../../server/core/parse/header-split.js'

// Session 45 (blind29's PDF 部门收入总表（分单位）): two header labels printed close together, "一般公共预算拨款" and
// "政府性基金预算拨款", ran into one cell; the second column went unnamed (第4列) and a unit's 一般公共预算拨款 was not
// found (its 合计 given instead). The short names of the grants are labels too.
describe('run-together header labels of the grants', () => {
  it('splits the grants\' short names', () => {
    expect(splitRunTogether('一般公共预算拨款政府性基金预算拨款')).toEqual(['一般公共预算拨款', '政府性基金预算拨款'])
    expect(splitRunTogether('政府性基金预算拨款国有资本经营预算拨款')).toEqual(['政府性基金预算拨款', '国有资本经营预算拨款'])
  })
  it('keeps a label with its 收入', () => {
    expect(splitRunTogether('一般公共预算拨款收入政府性基金预算拨款收入')).toEqual(['一般公共预算拨款收入', '政府性基金预算拨款收入'])
  })
})
