import { describe, expect, it } from 'vitest'
import { computeTool } from '../../../server/core/tools/compute.js'
import { engineWith, runTool } from '../seed-engine.js'

// Session 44 (blind97's 文旅局 决算): a share was computed of 19.44万元 over 32人, a sum of money over a head count.
const DOC = ['青禾市档案馆2024年部门决算', '一、机构和人员', '本单位编制人数32人，实有人数30人，公务用车2辆。', '人员编制总数28名。', '二、三公经费', '2024年“三公”经费支出决算19.44万元，公务接待费5.18万元。'].join('\n')
const engine = engineWith([{ name: 'qinghe-dag-2024-bmjs.txt', bytes: new TextEncoder().encode(DOC) }])
const para = (word: string) => engine.corpus.documents.find((d) => d.id.startsWith('qinghe-dag'))!.paragraphs.find((p) => p.text.includes(word))!.id

describe('rule like-operands: compute sets only like against like', () => {
  it('refuses a share of an amount over a head count', () => {
    const r = runTool(computeTool, { op: 'share', operands: [{ paragraphId: para('19.44'), value: '19.44', unit: '万元' }, { paragraphId: para('32人'), value: '32', unit: '人' }] }, engine)
    expect(r.ok).toBe(false)
  })
  it('refuses a difference of people and cars', () => {
    const r = runTool(computeTool, { op: 'difference', operands: [{ paragraphId: para('32人'), value: '32', unit: '人' }, { paragraphId: para('32人'), value: '2', unit: '辆' }] }, engine)
    expect(r.ok).toBe(false)
  })
  it('still computes a share of two amounts and a difference of two head counts', () => {
    const share = runTool(computeTool, { op: 'share', operands: [{ paragraphId: para('19.44'), value: '5.18', unit: '万元' }, { paragraphId: para('19.44'), value: '19.44', unit: '万元' }] }, engine)
    expect(share.ok && share.result.text).toBe('26.65%')
    const diff = runTool(computeTool, { op: 'difference', operands: [{ paragraphId: para('32人'), value: '32', unit: '人' }, { paragraphId: para('32人'), value: '30', unit: '人' }] }, engine)
    expect(diff.ok && diff.result.text).toBe('2人')
  })
  it('counts 人 and 名 as one kind of count (在编人员 over 编制数)', () => {
    const r = runTool(computeTool, { op: 'share', operands: [{ paragraphId: para('32人'), value: '30', unit: '人' }, { paragraphId: para('28名'), value: '28', unit: '名' }] }, engine)
    expect(r.ok).toBe(true)
  })
})
