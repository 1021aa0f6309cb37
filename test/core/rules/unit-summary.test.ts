import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/** A made-up 部门决算 (柳岸县林业局 and its 林业工作站) whose only per-unit table is a 分单位收入支出决算表. */
const TEXT = [
  '柳岸县林业局2023年部门决算',
  '一、收入支出决算总表',
  '单位：万元',
  '项目\t决算数',
  '本年收入合计\t900.00',
  '本年支出合计\t880.00',
  '二、分单位收入支出决算表',
  '单位：万元',
  '单位名称\t本年收入合计\t财政拨款收入\t事业收入\t本年支出合计\t基本支出\t项目支出',
  '合计\t900.00\t850.00\t50.00\t880.00\t500.00\t380.00',
  '柳岸县林业局（机关本级）\t300.00\t300.00\t0.00\t300.00\t200.00\t100.00',
  '柳岸县林业工作站\t600.00\t550.00\t50.00\t580.00\t300.00\t280.00',
].join('\n')

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources([{ name: 'liuan-lyj-2023.txt', bytes: new TextEncoder().encode(TEXT) }]).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('rule unit-summary: a unit’s figures from a 分单位收支表 that holds both sides', () => {
  it('spending asked: the 本年支出合计 column, never the 收入 one', async () => {
    const a = await ask('柳岸县林业工作站2023年支出了多少钱？')
    expect(a.answer).toContain('580.00万元')
    expect(a.answer).not.toContain('600.00')
  })

  it('income asked, and the columns the question names', async () => {
    expect((await ask('柳岸县林业工作站2023年本年收入合计多少？')).answer).toContain('600.00万元')
    const parts = (await ask('柳岸县林业工作站2023年基本支出和项目支出各多少？')).answer
    expect(parts).toContain('300.00万元')
    expect(parts).toContain('280.00万元')
  })

  it('a unit’s share of the department’s income', async () => {
    expect((await ask('柳岸县林业工作站收入占柳岸县林业局全部收入的比例是多少？')).answer).toContain('66.67%')
  })
})
