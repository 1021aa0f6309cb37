import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 31: a 部门整体支出绩效评价自评报告 copied from its web page. Its title writes the year without 年
 * ("某中心2019绩效评价自评报告及评分表(…)", rule self-evaluation-title); its head prints the form's particulars as
 * "label: value" lines that are each a paragraph of their own (rule field-lines), and its 基本概况 is the form's cells
 * one per line, a label over its figure (人员编制 / 18: rule field-cells). Made-up names and figures.
 */

const TITLE = '澜州市园林绿化养护中心2019绩效评价自评报告及评分表(整体支出和古树名木保护专项支出)'
const PAGE = html(TITLE, [
  TITLE,
  '来源:办公室   2020-08-03 10:12',
  '澜州市2019年度部门整体支出',
  '绩效评价自评报告',
  '部门(单位)名称:  澜州市园林绿化养护中心',
  '预 算 编 码:   731204',
  '评价方式:部门(单位)绩效自评',
  '评价机构:部门(单位)评价组',
  '报告日期:2020年05月27日',
  '澜州市财政局(制)',
  '一、部门(单位)基本概况',
  '联系人',
  '周明',
  '联络电话',
  '5512093',
  '人员编制',
  '18',
  '实有人数',
  '15',
  '职能职责概述',
  '负责全市公园绿地的日常养护和管理。负责古树名木的普查、建档和保护工作。',
  '年度部门(单位)总体运行情况及取得的成绩',
  '我中心的滨河绿道提质项目属于市重点民生项目,已于2019年完工并交付使用。',
])

describe('a self-evaluation report’s form cells', async () => {
  const corpus = buildCorpus(await readSources([{ name: 'lanzhou-yllh-2019-zp.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the title’s year written without 年 and its organisation', () => {
    expect(corpus.documents[0]).toMatchObject({ org: '澜州市园林绿化养护中心', year: 2019, scope: '绩效自评' })
  })
  it('keeps each head field a paragraph of its own', () => {
    const texts = corpus.documents[0].paragraphs.map((p) => p.text)
    expect(texts).toContain('预 算 编 码: 731204')
    expect(texts).toContain('报告日期:2020年05月27日')
  })
  it('answers a head field by its label, and a body asked by its verb', () => {
    expect(ask('澜州市园林绿化养护中心的预算编码是多少')).toContain('731204')
    expect(ask('澜州市园林绿化养护中心的自评报告是哪天出的？')).toContain('2020年05月27日')
    const who = ask('澜州市园林绿化养护中心的绩效评价是哪种评价方式？谁评的？')
    expect(who).toContain('部门(单位)绩效自评')
    expect(who).toContain('部门(单位)评价组')
  })
  it('reads a label over its figure as one field: a headcount', () => {
    expect(ask('澜州市园林绿化养护中心人员编制多少人？')).toMatch(/18人/)
    expect(ask('澜州市园林绿化养护中心实有人数是多少')).toMatch(/15人/)
    expect(ask('澜州市园林绿化养护中心实有人数占编制的比例？')).toContain('83.33%')
  })
  it('a date asked of an event the body tells is no date of the page', () => {
    const a = ask('澜州市园林绿化养护中心滨河绿道提质项目什么时候完工的')
    expect(a).not.toContain('2020年05月27日')
    // …but the sentence that dates it (rule event-dated)
    expect(a).toContain('已于2019年完工并交付使用')
  })
})
