import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind107's 路灯管理所 note): "运行经费支出6.39万元,较20155.88万元增加了0.51万元" (the year 2015 ran into
// its amount 5.88) and "收入决算205.27万元,比上年收入决算221.17万元减少15.9万元" were read as no change at all.
const PAGE = [
  '溪口区路灯管理所2016年度部门决算及“三公经费”决算公示补充说明',
  '1、2016年收入决算180.20万元,比上年收入决算190.00万元减少9.80万元,减少率为5.16%,主要是人员退休经费减少。',
  '2、2016年本单位运行经费支出7.40万元,较20156.90万元增加了0.50万元,增加率为7.25%,主要是物价上涨。',
  '3、2016年公务接待费1.20万元,较20151.10万元增加了0.30万元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'xikou-ldgls-2016-js.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('changes the prose states', () => {
  it('reads a baseline year run into its amount when the arithmetic says so (rule year-run-together)', () => {
    const a = ask('溪口区路灯管理所2015年的运行经费是多少？')
    expect(a.answer).toContain('6.90万元')
    expect(ask('溪口区路灯管理所运行经费比上年增加多少').answer).toContain('0.50万元')
  })
  it('never splits it where the arithmetic disagrees', () => {
    expect(ask('溪口区路灯管理所2015年的公务接待费是多少？').answer).not.toMatch(/1\.10万元|0\.90万元/)
  })
  it('reads a side’s change asked with its stage word as printed (收入决算)', () => {
    const a = ask('溪口区路灯管理所2016年收入决算比上年少了多少？')
    expect(a.answer).toContain('9.80万元')
  })
})
