import { describe, expect, it } from 'vitest'
import { performanceTargetsTool } from '../../../server/core/tools/performance-targets.js'
import { DOC, runTool, seedLine } from '../seed-engine.js'

const targets = (input: unknown) => {
  const r = runTool(performanceTargetsTool, input)
  if (!r.ok) throw new Error(r.error)
  return r
}

describe('performance-targets', () => {
  it('reads indicator, operator, target and unit: 南岸 医疗救助资助人数 ≥35000人', () => {
    const r = targets({ org: '南岸', indicator: '医疗救助资助人数' })
    expect(r.targets[0]).toMatchObject({ docId: DOC.nanan, year: 2024, project: '医疗专项补助', indicator: '医疗救助资助人数', operator: '≥', target: '35000', unit: '人', text: '≥35000人' })
    expect(r.citations[0]).toMatchObject({ kind: 'row', docId: DOC.nanan, rowName: '医疗救助资助人数', value: '35000', unit: '人', lines: [298, 298] })
    expect(seedLine(DOC.nanan, 298)).toContain('医疗救助资助人数')
  })

  it('puts cells printed out of header order in their places (江北: ≥ under 计量单位, 万人 under 指标值)', () => {
    // line 310: 城乡居民参保人数	40	≥	22	万人 under the header 指标权重 计量单位 指标性质 指标值
    const t = targets({ org: '江北', indicator: '城乡居民参保人数' }).targets[0]
    expect(t).toMatchObject({ operator: '≥', target: '22', unit: '万人', text: '≥22万人', project: '参保“一件事”工作', projectBudget: '9.70' })
    expect(targets({ org: '江北', indicator: '居民住院基金支付比例' }).targets[0].text).toBe('≥70%')
  })

  it('keeps qualitative targets (定性) and percentages', () => {
    const r = targets({ org: '渝北', indicator: '全区居民医保参保率' })
    expect(r.targets[0]).toMatchObject({ operator: '≥', target: '97', unit: '%' })
    expect(r.citations[0].lines).toEqual([421, 421])
    const q = targets({ org: '渝北', indicator: '医保基金安全保障能力有所提升' }).targets[0]
    expect(q.operator).toBe('定性')
    expect(q.text).toContain('有所提升')
  })

  it('lists a project’s 当年预算 with a field citation of its line (渝北 医疗救助 20,390,000.00元)', () => {
    const r = targets({ org: '渝北', project: '医疗救助' })
    const p = r.projects.find((x) => x.project === '医疗救助')!
    expect(p.budget).toBe('20,390,000.00元')
    const c = r.citations.find((x) => x.kind === 'field' && x.rowName === '医疗救助')!
    expect(c).toMatchObject({ value: '20,390,000.00', unit: '元', lines: [431, 431] })
  })

  it('is an error value when there is no such target', () => {
    expect(runTool(performanceTargetsTool, { org: '开州', indicator: '参保率' })).toMatchObject({ ok: false })
  })

  it('rejects malformed input at the schema', () => {
    const s = performanceTargetsTool.inputSchema
    expect(s.safeParse({ limit: -1 }).success).toBe(false)
    expect(s.safeParse({ indicator: 'x'.repeat(81) }).success).toBe(false)
    expect(s.safeParse({ year: 2024.5 }).success).toBe(false)
    expect(s.parse({}).limit).toBe(20)
  })
})
