import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 38 (from blind67's 街道 决算): a subject only the prose states (机关运行经费) asked of one of the department's
 * units is never that unit's row of the per-unit 收入表 (its 本年收入合计); the sentence naming the unit and the
 * subject is quoted. Made-up places and figures.
 */
const FINAL = [
  '青岚县石门街道办事处2024年度部门决算',
  '一、机关运行经费支出说明',
  '石门街道办事处本级2024年机关运行经费支出76.31万元，比上年减少3.84万元。',
  '综合服务中心为事业单位，不统计机关运行经费。',
  '表二 收入决算表',
  '单位：万元',
  '单位名称\t本年收入合计\t财政拨款收入\t其他收入',
  '合计\t1,200.00\t1,150.00\t50.00',
  '青岚县石门街道办事处本级\t930.57\t900.57\t30.00',
  '青岚县石门街道综合服务中心\t269.43\t249.43\t20.00',
].join('\n')

describe('rule unit-prose-subject', () => {
  const engine = engineWith([{ name: 'qinglan-shimen-2024-final.txt', bytes: enc(FINAL) }])
  it('quotes the unit’s own sentence, never its income total', () => {
    const a = engine.ask({ question: '石门街道综合服务中心的机关运行经费多少' }).answer
    expect(a).toContain('不统计机关运行经费')
    expect(a).not.toContain('269.43')
  })
  it('still answers the unit’s income from its row', () => {
    expect(engine.ask({ question: '石门街道综合服务中心的收入多少' }).answer).toContain('269.43万元')
  })
})
