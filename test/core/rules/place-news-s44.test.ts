import { describe, expect, it } from 'vitest'
import type { Engine } from '../../../server/core/engine.js'
import { engineWith } from '../seed-engine.js'

// Session 44 (blind96's 峡江 news item): a county's half-year finances reported by its 财政局, the place named after the
// year and its part ("2023年1-6月份,某县财政总收入完成…"), a ranking within the city ("增幅位居全市第7位") and a revenue's
// own change word ("同比增收1488万元").
const DOC = [
  '青禾县财政顺利实现“双过半”',
  '今年以来,青禾县财政系统紧紧围绕全县工作大局,强化收支管理,顺利实现2023年上半年财政收支时间目标“双过半”。',
  '2023年1-6月份,青禾县财政总收入完成146405万元,同比增收8348万元,增长6%,增幅位居全市第7位。一般公共预算收入完成72777万元,同比增收1488万元,为预算的65.7%,增长2.1%,增幅位居全市第8位。其中,地方税收收入45956万元,增长5.1%。',
  '(青禾县财政局国库股)',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= engineWith([{ name: 'qinghe-czj-2023h1.txt', bytes: new TextEncoder().encode(DOC) }])).ask({ question })

describe('a county\'s finances reported by the part of a year', () => {
  it('holds the page as the county\'s own account of the year its sentence names', () => {
    const r = ask('青禾县2023年上半年财政总收入完成多少？')
    expect(r.answer).toContain('146405万元')
  })
  it('never reads a ranking within the city as the city\'s account', () => {
    const r = ask('青禾县一般公共预算收入完成多少').answer
    expect(r).toContain('72777万元')
    expect(r.split('原文')[0]).not.toContain('全市')
  })
  it('never holds a revenue\'s change (同比增收) as the whole of the items after 其中', () => {
    const r = ask('青禾县上半年地方税收收入是多少？').answer
    expect(r).toContain('45956万元')
    expect(r).not.toContain('超过了总数')
  })
})
