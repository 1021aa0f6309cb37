import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind87's school 决算): a share asked with no whole ("占比多少") is the one the document prints for
 * the part, said with the whole the document names, never recomputed over another total. Made-up school and figures.
 */
const DOC = [
  '澄江市第二商业学校2015年部门决算',
  '二、收入支出决算总体情况',
  '澄江市第二商业学校2015年收入总计4,200万元,其中:本年收入合计3,900万元,用事业基金弥补收支差额300万元。',
  '三、收入决算情况',
  '2015年本年收入合计3,900万元。其中:财政拨款收入3,500万元,占本年收入89.74%,事业收入310万元,占本年收入7.95%,其他收入90 万元,占本年收入2.31%。',
].join('\n')

describe('rule stated-share: no whole asked', () => {
  const engine = engineWith([{ name: 'chengjiang-2sx-2015-bmjs.txt', bytes: enc(DOC) }])
  it('gives the printed share with the whole the document names', () => {
    const a = engine.ask({ question: '澄江二商2015年其他收入多少，占比多少' }).answer
    expect(a).toContain('2.31%')
    expect(a).toContain('本年收入')
    expect(a).not.toContain('2.14%')
  })
})
