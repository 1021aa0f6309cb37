import { describe, expect, it } from 'vitest'
import { engineWith } from '../seed-engine.js'

const enc = (s: string) => new TextEncoder().encode(s)

/**
 * Session 39 (from blind86's hospital 决算): a fund a unit has none of, said only in the note under its empty table,
 * is answered with that note, never with a bare 0.00. Made-up hospital and figures.
 */
const DOC = [
  '澄浦县骨科医院2024年度单位决算',
  '财政拨款收入支出决算总表',
  '单位：万元',
  '项目\t金额\t项目\t金额',
  '一、一般公共预算财政拨款\t500.00\t一、卫生健康支出\t500.00',
  '二、政府性基金预算财政拨款\t0.00\t\t',
  '本年收入合计\t500.00\t本年支出合计\t500.00',
  '政府性基金预算财政拨款收入支出决算表',
  '单位：万元',
  '项目\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余',
  '注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。',
].join('\n')

describe('rule stated-none: an empty table\'s note', () => {
  const engine = engineWith([{ name: 'chengpu-gkyy-2024-dwjs.txt', bytes: enc(DOC) }])
  it('says there is none, quoting the note', () => {
    const a = engine.ask({ question: '澄浦县骨科医院有没有政府性基金预算财政拨款收支' }).answer
    expect(a).toContain('无政府性基金预算财政拨款')
    expect(a).toContain('没有')
  })
})
