import { describe, expect, it } from 'vitest'
import { engineWith } from './seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)
const DOC = [
  '青禾县白石镇2024年度部门决算',
  '六、“三公”经费支出决算情况',
  '一、收入支出决算总体情况。2024年度收入总计960.00万元、支出总计960.00万元，与2023年度的900.00万元相比，收、支总计各增加60.00万元，增长6.67%。',
  '七、机关运行经费支出情况。2024年度机关运行经费支出42.00万元，比2023年度决算45.50万元有所减少。',
  '2024年度财政拨款“三公”经费支出决算18.40万元，完成年初预算25.00万元的73.60%，比2023年度决算21.60万元减少3.20万元，下降14.81%。其中：公务接待费5.40万元，共接待20批次。“三公”经费下降的主要原因是压减公务用车运行支出。',
].join('\n')

describe('a 决算 change against last year\'s 决算, the year\'s budget printed between', () => {
  const engine = engineWith([{ name: 'baishi-2024.txt', bytes: enc(DOC) }])

  it('states the change of the 决算 figure, not of the budget before it', () => {
    const r = engine.ask({ question: '白石镇三公经费2024年比上年少了多少？' })
    expect(r.answer).toContain('18.40万元')
    expect(r.answer).toContain('减少3.20万元')
    expect(r.answer).toContain('14.81%')
  })

  it('gives last year\'s 决算 as the prose states it, and no false inconsistency', () => {
    const r = engine.ask({ question: '白石镇2023年三公经费决算是多少' })
    expect(r.answer).toContain('21.60万元')
    expect(r.answer).not.toContain('不一致')
  })
  it('reads the baseline\'s own amount written before 相比 (与2023年度的900.00万元相比)', () => {
    expect(engine.ask({ question: '白石镇2023年的收支总计是多少？' }).answer).toContain('900.00万元')
    const r = engine.ask({ question: '白石镇2024年收支总计比上年增加多少' })
    expect(r.answer).toContain('增加60.00万元')
    expect(r.answer).toContain('6.67%')
  })
  it('gives the reason the paragraph states later for the subject\'s movement (“三公”经费下降的主要原因是…)', () => {
    const r = engine.ask({ question: '白石镇三公经费为什么下降？' })
    expect(r.answer).toContain('减少3.20万元')
    expect(r.answer).toContain('压减公务用车运行支出')
  })
  it('reads a baseline stated with its amount and the change by its direction only (比2023年度决算45.50万元有所减少)', () => {
    expect(engine.ask({ question: '白石镇2023年机关运行经费是多少' }).answer).toContain('45.50万元')
  })

  it('reads "比2023年少了多少" with no year of its own as a change from 2023 to the document\'s year', () => {
    const r = engine.ask({ question: '白石镇三公经费决算比2023年少了多少？' })
    expect(r.answer).toContain('18.40万元')
    expect(r.answer).toContain('减少3.20万元')
    expect(r.answer).not.toMatch(/没有收录/)
  })
})
