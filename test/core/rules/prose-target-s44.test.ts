import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind96's court budget): no 绩效目标表, the targets stated in one sentence of the prose.
const DOC = [
  '青禾县人民法院2025年部门预算',
  '十、预算绩效目标情况',
  '2025年实行绩效目标管理的项目6个，涉及一般公共预算资金810.10万元。主要绩效指标：全年审（执）结案件不少于8600件，法定审限内结案率不低于95%，一审服判息诉率不低于90%。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-fy-2025-bmys.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('rule prose-target: a target the prose states, no form of targets printed', () => {
  it('answers the indicator asked from the clause naming it, quoting its sentence', () => {
    const r = ask('青禾县人民法院2025年绩效目标里审执结案件要达到多少件？')
    expect(r.answer).toContain('不少于8600件')
    expect(r.citations.some((c) => c.kind === 'paragraph')).toBe(true)
  })
  it('says not found for an indicator no clause names', () => {
    const r = ask('青禾县人民法院2025年绩效目标里群众满意度要达到多少？')
    expect(r.answer).not.toContain('8600')
  })
})
