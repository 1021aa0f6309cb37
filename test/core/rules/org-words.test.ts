import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { orgParts } from '../../../server/core/tools/lib/org-match.js'
import { placeOf } from '../../../server/core/parse/meta-rules.js'
import { engineWith } from '../seed-engine.js'
import { orgWordSources } from './org-words-fixture.js'

let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith(orgWordSources())).ask({ question })
const orgsIn = (answer: string) => ['澜川县农业农村局', '乌兰塔旗文化和旅游局', '北湾区住房和城乡建设局', '渝北区'].filter((o) => answer.includes(o))

describe('subject words inside an organisation name belong to the name', () => {
  it('reads a league (盟) as the prefecture and a banner (旗) as the county-level place', () => {
    expect(placeOf('青屿盟乌兰塔旗文化和旅游局')).toEqual({ city: '青屿盟', region: '乌兰塔旗' })
    expect(orgParts('青屿盟乌兰塔旗文化和旅游局', '青屿盟乌兰塔旗')).toMatchObject({ city: '青屿盟', region: '乌兰塔旗', stem: '乌兰塔', core: '文化和旅游局' })
  })

  it.each([
    ['澜川县农业农村局2025年基本支出是多少？', '731.40', '澜川县农业农村局'],
    ['澜川县农业局2025年项目支出多少', '1,736.70', '澜川县农业农村局'],
    ['乌兰塔旗文化和旅游局2025年基本支出是多少', '388.05', '乌兰塔旗文化和旅游局'],
    ['青屿盟乌兰塔旗文旅局2025年项目支出多少？', '559.20', '乌兰塔旗文化和旅游局'],
    ['北湾区住建局2025年基本支出', '1,020.00', '北湾区住房和城乡建设局'],
  ])('%s → the bureau total, not the subject row', (q, figure, org) => {
    const res = ask(q)
    expect(res.answer).toContain(figure)
    expect(orgsIn(res.answer)).toEqual([org])
    expect(res.citations.every((c) => c.rowName === '合计')).toBe(true)
  })

  it('still reads the subject when the question names it after the organisation', () => {
    const res = ask('澜川县农业农村局2025年农业农村支出是多少')
    expect(res.answer).toContain('2,300.10')
    expect(res.citations[0]?.rowName).toBe('农业农村')
  })

  it('reads "X支出" after the name as the row X, not the residual 其他X支出 that contains the words', () => {
    const res = ask('乌兰塔旗文化和旅游局2025年文化和旅游支出多少？')
    expect(res.answer).toContain('861.25')
    expect(res.answer).not.toContain('559.20')
    expect(ask('乌兰塔旗文化和旅游局2025年其他文化和旅游支出多少？').answer).toContain('559.20')
  })

  it.each(['白音旗文化和旅游局2025年基本支出是多少', '白音县文化和旅游局2025年基本支出是多少', '白音县农业农村局2025年基本支出是多少'])(
    '%s: a bureau of a place not held is not found, never answered for the held namesakes',
    (q) => {
      const res = ask(q)
      expect(res.answer).toMatch(/没有找到/)
      expect(res.answer).not.toMatch(/388\.05|731\.40|\d+\.\d\d万元/)
    },
  )
})
