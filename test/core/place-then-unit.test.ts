import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** A county's whole 三公 account (made up: 柳岸县), held with no department of the county. */
const COUNTY = [
  '柳岸县2023年“三公”经费预算情况说明',
  '2023年,全县县级部门汇总一般公共预算“三公”经费预安排415.44万元,较上年预算增加6.67万元。',
  '其中:公务接待费189.86万元。',
].join('\n')

describe('rule place-then-unit: a held place named with a unit after it names that unit, not the place', () => {
  const engine = engineWith([{ name: 'liuan-2023-sangong.txt', bytes: enc(COUNTY) }])

  it('answers the place asked alone from its own account', () => {
    const r = engine.ask({ question: '柳岸县2023年三公经费预算是多少？' })
    expect(r.answer).toContain('415.44万元')
  })

  it('never answers one of its departments with the whole county’s figure', () => {
    for (const q of ['柳岸县教育局2023年三公经费预算是多少？', '柳岸县财政局2023年公务接待费多少']) {
      const r = engine.ask({ question: q })
      expect(r.answer).not.toContain('415.44')
      expect(r.answer).not.toContain('189.86')
      expect(r.answer).toMatch(/没有找到|没有收录/)
    }
  })
})
