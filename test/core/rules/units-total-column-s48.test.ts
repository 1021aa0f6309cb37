import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 48 (blind104's 住建局 workbook): its last table sets the units side by side, indicators as rows (收入合计, “三公”经费,
// 资产总额), their whole in a last column 部门合计. Asked of the department, a unit's column was read — by the bigram 住房 of
// 住房和城乡建设局 in the unit 房屋征收与住房保障服务中心 (a wrong figure, cited); asked of a unit, its column was not read.
const PAGE = [
  '青溪区住房和城乡建设局2025年部门预算',
  '一、部门预算单位构成',
  '纳入本部门2025年部门预算编制范围的单位共3个，包括：局机关、青溪区工程质量服务中心、青溪区住房保障服务中心。',
  '表1 部门及所属单位主要指标对照表',
  '单位：万元',
  '指标\t局机关\t工程质量服务中心\t住房保障服务中心\t部门合计',
  '收入合计\t3000.00\t600.00\t2400.00\t6000.00',
  '基本支出\t1500.00\t500.00\t400.00\t2400.00',
  '“三公”经费\t12.00\t4.00\t2.00\t18.00',
  '资产总额\t5000.00\t1000.00\t9000.00\t15000.00',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'qingxi-zjj-2025-bmys.txt', bytes: new TextEncoder().encode(PAGE) }]).corpus)).ask({ question })

describe('rule units-total-column', () => {
  it('reads the whole’s column for the department, never a unit’s by the words of the department’s own name', () => {
    const a = ask('青溪区住房和城乡建设局2025年资产总额有多少')
    expect(a.answer).toContain('15000.00万元')
    expect(a.answer).not.toContain('9000.00万元')
    expect(ask('青溪区住房和城乡建设局2025年基本支出是多少').answer).toContain('2400.00万元')
  })
})
