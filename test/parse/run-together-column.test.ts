import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 30 (rule run-together-column): a PDF text layer printing two columns so close that their labels and cells run
 * together: a 收支总表's income amount beside its spending item ("决算数 项目", "1,192.64 一、…支出") and a 基本支出表's
 * 人员经费 amount beside the 公用经费 code ("决算数 经济分类科目编码", "230.94 30201"). Each is two columns again: the
 * income row reads its own amount, never the spending side's; the 人员经费 total is the left side's. Made-up figures.
 */
const DOC = [
  '澄川市文化局2024年度部门决算',
  '表1 收入支出决算总表',
  '部门：澄川市文化局 单位：万元',
  '收入\t收入\t收入\t支出\t支出\t支出',
  '项目\t行次\t决算数 项目\t行次\t决算数',
  '一、一般公共预算财政拨款收入\t1\t800.00 一、文化旅游体育与传媒支出\t29\t700.00',
  '二、政府性基金预算财政拨款收入\t2\t50.00 二、社会保障和就业支出\t30\t150.00',
  '本年收入合计\t\t850.00 本年支出合计\t\t850.00',
  '表6 一般公共预算财政拨款基本支出决算表',
  '部门：澄川市文化局 单位：万元',
  '人员经费\t人员经费\t人员经费\t公用经费\t公用经费',
  '经济分类科目编码\t科目名称\t决算数 经济分类科目编码\t科目名称\t决算数',
  '30101\t基本工资\t300.00 30201\t办公费\t20.00',
  '30102\t津贴补贴\t100.00 30205\t水费\t5.00',
  '30113\t住房公积金\t50.00 30211\t差旅费\t15.00',
  '\t\t30231\t公务用车运行维护费\t10.00',
  '人员经费合计\t\t450.00 公用经费合计\t\t50.00',
].join('\n')

describe('columns whose labels and cells ran together in a PDF text layer', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'chengchuan-wj-2024-js.txt', bytes: new TextEncoder().encode(DOC) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the income row’s own amount, never the spending side’s', () => {
    const a = ask('澄川市文化局2024年一般公共预算财政拨款收入多少')
    expect(a).toContain('800.00万元')
    expect(a).not.toContain('700.00')
  })

  it('splits the 人员经费 amounts from the 公用经费 codes', () => {
    const t = corpus.documents[0].tables.find((x) => x.kind === 'basic-spending')!
    expect(t.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['personnel', 'public']))
    const a = ask('澄川市文化局2024年人员经费和公用经费各多少？')
    expect(a).toContain('450.00万元')
    expect(a).toContain('50.00万元')
  })
})
