import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const DOC = [
  '青禾县农业农村局2024年度部门决算',
  '表1 收入支出决算总表', '单位：万元',
  '收入项目\t决算数\t支出项目\t决算数',
  '一般公共预算财政拨款收入\t400.00\t农林水支出\t420.00',
  '其他收入\t20.00\t\t',
  '本年收入合计\t420.00\t本年支出合计\t420.00',
  '表2 支出决算表', '单位：万元',
  '科目编码\t科目名称\t本年支出\t基本支出\t项目支出',
  '\t合计\t420.00\t120.00\t300.00',
  '213\t农林水支出\t420.00\t120.00\t300.00',
  '表3 政府性基金预算财政拨款收入支出决算表', '单位：万元',
  '项目\t本年收入\t本年支出（项目支出）',
  '合计\t0.00\t0.00',
].join('\n')

describe('本年支出合计 said in full is the 总表\'s line, before any row a shorter word matches', () => {
  const engine = engineWith([{ name: 'qinghe-nync-2024.txt', bytes: enc(DOC) }])

  it('computes a share of 本年支出合计, not of another table\'s 本年支出 row', () => {
    const r = engine.ask({ question: '青禾县农业农村局2024年项目支出占本年支出合计的比重？' })
    expect(r.answer).toContain('71.43%')
  })
})
