import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

/** Session 42: a follow-up saying only the counterpart of the subject's word ("那年末呢？" after 年初结转和结余). Made-up bureau. */
const DOC = [
  '岑溪县农业农村局2024年部门决算', '',
  '表一 收入支出决算总表', '', '单位：元', '',
  ['项目', '决算数', '项目', '决算数'].join('\t'),
  ['一、一般公共预算财政拨款收入', '1,000,000.00', '一、农林水支出', '1,100,000.00'].join('\t'),
  ['本年收入合计', '1,000,000.00', '本年支出合计', '1,100,000.00'].join('\t'),
  ['年初结转和结余', '250,000.00', '年末结转和结余', '150,000.00'].join('\t'),
  ['总计', '1,250,000.00', '总计', '1,250,000.00'].join('\t'),
].join('\n')

describe('a follow-up naming the counterpart word of the subject (rule counterpart-word)', () => {
  const engine = engineWith([{ name: 'cenxi-nyncj-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])

  it('reads 年末结转和结余 after 年初结转和结余', () => {
    const first = '岑溪县农业农村局2024年年初结转和结余是多少？'
    const before = engine.ask({ question: first }).answer
    expect(before).toContain('250,000.00元')
    const a = engine.ask({ question: '那年末呢？', history: [{ role: 'user', content: first }, { role: 'assistant', content: before }] }).answer
    expect(a).toContain('150,000.00元')
    expect(a).not.toContain('250,000.00元')
  })
})
