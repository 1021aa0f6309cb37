import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind104 E17, seen in session 48): "2120106工程建设管理一共多少？其中项目支出多少" of a department whose
// indicators table prints 项目支出 as a row: the 其中 clause was given that row's department-wide figure, not the
// 项目支出 column of the code's row (a wrong figure, cited). Rule part-column: a column word after 其中 following a row
// is that row's column even where some table of the corpus prints the word as a row.
const PAGE = [
  '青溪区住房和城乡建设局2025年部门预算',
  '表1 部门支出总表（按支出功能分类科目）',
  '单位：万元',
  '科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '212\t城乡社区支出\t900.00\t700.00\t200.00',
  '21201\t城乡社区管理事务\t900.00\t700.00\t200.00',
  '2120101\t行政运行\t480.00\t480.00\t',
  '2120106\t工程建设管理\t420.00\t220.00\t200.00',
  '\t合计\t900.00\t700.00\t200.00',
  '表2 部门及所属单位主要指标对照表',
  '单位：万元',
  '指标\t局机关\t工程质量服务中心\t部门合计',
  '收入合计\t600.00\t300.00\t900.00',
  '基本支出\t500.00\t200.00\t700.00',
  '项目支出\t100.00\t100.00\t200.00',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qingxi-zjj-2025-bmys.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule part-column, with the column word also a row of the corpus', () => {
  it('answers the code row’s 项目支出 column after 其中, beside its total', () => {
    const a = ask('青溪区住房和城乡建设局2120106工程建设管理一共多少？其中项目支出多少')
    expect(a.answer).toContain('420.00万元')
    expect(a.answer).toMatch(/项目支出[^。]{0,6}200\.00万元/)
    expect(a.citations.every((c) => c.kind !== 'row' || c.rowName !== '项目支出')).toBe(true)
  })
})
