import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { orgAliases } from '../../../server/core/tools/lib/org-alias.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind98's 同乐苗族乡卫生院): a unit under an ethnic township, asked by the township's name without its
// peoples ("同乐卫生院"), was not found; its 机构设置 sentence ("所属某县卫生健康局的二级机构,单位性质是财政差额补助单位")
// answered neither who runs it nor what it is.
const DOC = [
  '青禾侗族自治县青溪苗族乡卫生院2025年单位预算公开',
  '二、机构设置情况',
  '(二)青溪卫生院所属青禾侗族自治县卫生健康局的二级机构,单位性质是财政差额补助单位。',
  '三、收支预算情况',
  '2025年总收入1135.80万元，比上年增加64.23万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qingxi-wsy-2025.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('a unit under an ethnic township', () => {
  it('is named without the peoples', () => {
    const forms = orgAliases('青禾侗族自治县青溪苗族乡卫生院').map((a) => a.form)
    expect(forms).toContain('青溪乡卫生院')
    expect(forms).toContain('青溪卫生院')
  })
  it('answers what it is and who runs it from its 机构设置', () => {
    expect(ask('青溪卫生院是什么性质的单位').answer).toContain('差额补助')
    expect(ask('青溪卫生院归哪个部门管？').answer).toContain('卫生健康局的二级机构')
  })
})
