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

describe('a zone named by its name and kind is an organisation: one not held is never answered by a held zone', () => {
  const ZONE = ['关于青川溪口特别合作区2023年决算草案的报告', '一、一般公共预算收支决算情况', '2023年溪口合作区一般公共预算收入6.45亿元,加上上级补助收入52.45亿元,总收入为58.90亿元。', '3.教育支出10.55亿元,完成年初预算的411%,增长7%。'].join('\n')
  const engine = engineWith([{ name: 'xikou-2023-final.txt', bytes: enc(ZONE) }])

  it('the held zone by its short name', () => {
    const r = engine.ask({ question: '溪口合作区23年教育支出花了多少？' })
    expect(r.answer).toContain('10.55亿元')
  })

  it('another zone of the same kind: not found', () => {
    const r = engine.ask({ question: '白沙合作区23年教育支出花了多少？' })
    expect(r.answer).not.toContain('10.55')
    expect(r.answer).toMatch(/没有找到|没有收录/)
  })
})

describe('a township of one character (赵镇) after its county is a unit of its own, never the county’s held township', () => {
  const TOWN = ['松溪镇2015年“三公”经费决算说明', '2015年公务接待费9.95万元,较2014年决算数下降5.5%。', '柳岸县人民政府主办'].join('\n')
  const engine = engineWith([{ name: 'songxi-2015-sangong.txt', bytes: enc(TOWN) }])
  it('answers the held township and refuses the other', () => {
    expect(engine.ask({ question: '柳岸县松溪镇2015年公务接待费是多少？' }).answer).toContain('9.95万元')
    const r = engine.ask({ question: '柳岸县赵镇2015年公务接待费是多少？' })
    expect(r.answer).not.toContain('9.95')
    expect(r.answer).toMatch(/没有找到|没有收录/)
  })
})
