import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

/**
 * A made-up autonomous county's report on its budget (last year's execution, this year's draft): its title broken
 * inside a word, its balance tables flattened one cell per line (each closed by a pipe), its prose under a section of
 * the executed year.
 */
const cells = (rows: string[][]) => rows.flat().map((c) => `${c} |`)
const REPORT = [
  '关于岚溪侗族苗族自治县2024年预算执行',
  '情况和2025年预算草案的报告',
  '一、2024年预算执行情况',
  '(一)全县预算执行情况',
  '1. 全县一般公共预算',
  '2024年全县一般公共预算收支平衡表',
  '单位:万元',
  ...cells([
    ['收入', '执行数', '支出', '执行数'],
    ['总计', '512300', '总计', '512300'],
    ['一、本级收入', '143200', '一、本级支出', '401500'],
    ['税收', '70100', '上解支出', '11800'],
    ['非税', '73100', '结转下年支出', '99000'],
    ['二、转移性收入', '369100', '', ''],
  ]),
  '——全县一般公共预算收入完成14.32亿元,增长6.3%。其中:税收收入7.01亿元;非税收入7.31亿元。加上上级补助收入30.11亿元后,收入总计51.23亿元。',
  '——全县政府性基金预算收入完成8.40亿元,下降2.2%。其中:土地出让收入7.65亿元,下降4.1%。',
  '二、2025年预算草案',
  '全县一般公共预算收入预期增长5%。',
].join('\n')

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'lanxi-2024-zxbg.txt', bytes: new TextEncoder().encode(REPORT) }])).ask({ question })

describe('a county’s budget report: whose it is, which year each figure is', () => {
  it('reads the autonomous county from a title broken inside a word, and its place name without its peoples', () => {
    const res = ask('岚溪县2024年一般公共预算收入完成了多少？')
    expect(res.answer).toMatch(/14\.32亿元|143200万元/)
    expect(res.citations.some((c) => c.org === '岚溪侗族苗族自治县')).toBe(true)
  })

  it('rebuilds a 收支平衡表 flattened one cell per line, label and figure side by side', () => {
    const res = ask('岚溪2024年上解支出执行数是多少？')
    expect(res.answer).toContain('11800万元')
  })

  it('answers a figure of the executed year that only its prose states, quoting it', () => {
    const res = ask('岚溪县2024年土地出让收入有多少？')
    expect(res.answer).toContain('7.65亿元')
  })

  it('never gives a table or a sentence of the executed year as the draft year’s', () => {
    const res = ask('岚溪县2025年一般公共预算收入预算安排了多少？')
    expect(res.answer).not.toMatch(/143200|14\.32|51\.23/)
  })
})
