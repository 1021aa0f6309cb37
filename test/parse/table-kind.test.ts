import { describe, expect, it } from 'vitest'
import { kindOfTitle } from '../../server/core/parse/table-kind.js'

describe('table kind from the title: 预算 and 决算 wordings of the national templates', () => {
  it.each([
    ['部门收支总表', 'summary'],
    ['收入支出决算总表', 'summary'],
    ['收入支出决算表', 'summary'],
    ['财政拨款收支总表', 'fiscal-summary'],
    ['财政拨款收入支出决算总表', 'fiscal-summary'],
    ['一般公共预算财政拨款收入支出决算表', 'general-spending'],
    ['政府性基金预算财政拨款收入支出决算表', 'gov-fund'],
    ['国有资本经营预算财政拨款收入支出决算表', 'state-capital'],
    ['收入决算表', 'income'],
    ['部门收入总表', 'income'],
    ['支出决算表', 'spending'],
    ['一般公共预算财政拨款支出决算表', 'general-spending'],
  ])('%s → %s', (title, kind) => expect(kindOfTitle(title)).toBe(kind))
})
