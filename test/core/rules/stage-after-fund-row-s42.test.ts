import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** Session 42: a fund's row asked by its stages (年初预算数和决算数), never read as the fund qualifying the whole budget. Made-up bureau. */
const DOC = [
  '岑溪县农业农村局2024年部门决算', '',
  '表一 收入支出决算总表', '', '单位：元', '',
  ['收入', '', '', '支出', '', ''].join('\t'),
  ['项目', '年初预算数', '决算数', '项目', '年初预算数', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款收入', '2,000,000.00', '2,400,000.00', '一、农林水支出', '2,100,000.00', '2,500,000.00'].join('\t'),
  ['二、政府性基金预算财政拨款收入', '100,000.00', '100,000.00', '', '', ''].join('\t'),
  ['本年收入合计', '2,100,000.00', '2,500,000.00', '本年支出合计', '2,100,000.00', '2,500,000.00'].join('\t'),
].join('\n')

describe('a fund’s row asked by its stages', () => {
  const engine = engineWith([{ name: 'cenxi-nyncj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])

  it('reads the row’s 年初预算数 and 决算数, never the whole budget', () => {
    const a = engine.ask({ question: '岑溪县农业农村局一般公共预算财政拨款收入的年初预算数和决算数分别是多少？' }).answer
    expect(a).toContain('2,000,000.00元')
    expect(a).toContain('2,400,000.00元')
    expect(a).not.toContain('2,500,000.00元')
  })
})
