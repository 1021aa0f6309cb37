import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const DOC = [
  '青禾县2024年政府决算', '', '目 录', '',
  '第一部分', '关于2024年县本级财政决算的报告', '',
  '第二部分', '2024年决算报表', '',
  '(01表)一般公共预算收支决算总表', '(02表)一般公共预算收入决算明细表', '(03表)政府性基金预算收支决算总表',
  '(04表)社会保险基金预算收支情况表', '(05表)财政拨款“三公”经费决算情况表',
].join('\n')

describe('rule toc-table-asked: a table asked by its words, its place in the 目录', () => {
  const engine = engineWith([{ name: 'qinghe-2024-gov-final.txt', bytes: enc(DOC) }])

  it('answers "三公经费是第几张表" with the numbered entry', () => {
    const r = engine.ask({ question: '青禾县2024年决算报表里三公经费是第几张表？' })
    expect(r.answer).toContain('(05表)财政拨款“三公”经费决算情况表')
    expect(r.citations[0]).toMatchObject({ kind: 'paragraph' })
  })

  it('answers "有没有社会保险基金的报表" with its entry, and says so when the 目录 lists none', () => {
    expect(engine.ask({ question: '青禾县2024年决算里有没有社会保险基金的报表' }).answer).toContain('(04表)社会保险基金预算收支情况表')
    expect(engine.ask({ question: '青禾县2024年决算里有没有政府采购的报表' }).answer).not.toContain('表)')
  })

  it('still reads "第二张表是什么表" by number', () => {
    expect(engine.ask({ question: '青禾县2024年决算第二张表是什么表？' }).answer).toContain('一般公共预算收入决算明细表')
  })
})
