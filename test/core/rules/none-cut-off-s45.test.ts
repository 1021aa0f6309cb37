import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 45 (blind99's 稷山县政协 page, cut off in its last sentence): "我单位2022年无“三公”经" says there is none, its
// subject's name cut short; it was not quoted, the answer only "没有找到".
const DOC = [
  '青禾县政协2022年部门预算公开',
  '一、收支预算总体情况',
  '2022年收入预算123.00万元，全部为一般公共预算拨款。',
  '5、“三公”经费预算情况:',
  '我单位2022年无“三公”经',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-zx-2022.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('a none stated with the subject cut short', () => {
  it('quotes it', () => {
    const r = ask('青禾县政协22年三公经费预算多少？')
    expect(r.answer).toContain('无“三公”经')
    expect(r.citations.some((c) => c.kind === 'paragraph')).toBe(true)
  })
})
