import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const doc = (title: string) => [title, '一、收支总体情况', '本年收入合计100.00万元。'].join('\n')

describe('rule held-asked: what the service holds', () => {
  const engine = engineWith([
    { name: 'a.txt', bytes: enc(doc('青禾县审计局2023年部门决算')) },
    { name: 'b.txt', bytes: enc(doc('青禾县林业局2024年部门预算')) },
    { name: 'c.txt', bytes: enc(doc('白河市教育局2023年部门决算')) },
  ])

  it('lists the documents of a year and stage asked', () => {
    const r = engine.ask({ question: '收录的材料里哪些是2023年度的决算？' })
    expect(r.answer).toContain('2份')
    expect(r.answer).toContain('青禾县审计局（2023年部门决算）')
    expect(r.answer).toContain('白河市教育局（2023年部门决算）')
    expect(r.answer).not.toContain('林业局')
    expect(r.toolCalls.map((c) => c.toolName)).toContain('list-documents')
  })

  it('narrows by a word the held organisations\' names contain, and says none for a place not held', () => {
    expect(engine.ask({ question: '你这里有哪个白河的决算？' }).answer).toContain('白河市教育局')
    const none = engine.ask({ question: '你这里有湖南的预算吗' })
    expect(none.answer).toContain('没有湖南的预算')
    expect(none.answer).not.toContain('青禾')
  })

  it('answers for the organisation named, and says so when it is not held', () => {
    expect(engine.ask({ question: '你这里有青禾县林业局的预算吗' }).answer).toContain('青禾县林业局（2024年部门预算）')
    expect(engine.ask({ question: '你这里有青禾县财政局的决算吗' }).answer).toContain('没有青禾县财政局的决算')
  })

  it('leaves a question about figures or other things alone', () => {
    expect(engine.ask({ question: '你这里有哪些单位的收入超过50万元' }).answer).not.toMatch(/^所收录/)
  })
  it('counts a budget that prints a 三公 table among the documents about 三公经费', () => {
    const withTable = ['青禾县水务局2024年部门决算', '表4 财政拨款“三公”经费支出决算表', '单位：万元', '项目\t决算数', '合计\t3.00', '公务接待费\t3.00'].join('\n')
    const e = engineWith([{ name: 'w.txt', bytes: enc(withTable) }, { name: 'a.txt', bytes: enc(doc('青禾县审计局2023年部门决算')) }])
    const r = e.ask({ question: '收录的文件里哪些是讲三公经费的？' })
    expect(r.answer).toContain('青禾县水务局')
    expect(r.answer).not.toContain('审计局')
  })
})
