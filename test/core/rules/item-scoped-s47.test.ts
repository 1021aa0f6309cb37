import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { foldMeaning } from '../../../server/core/read/meaning-view.js'

// Session 47 (blind102's 绩效自评 report copied from a document site): the projects are a numbered list run into one
// paragraph, an amount printed "35. 3万元"; the first project's 实际支付 was read as 20万元 (the second project's: the
// first's amount did not parse), and the second project's was answered with the first's, wrong figures with citations;
// a note called the two items' figures a contradiction. Its writer is named once, before its list ("(一)某管理处
// 2022年度共有5个项目"), and calls itself 我处.
const PAGE = [
  '<html><head><meta charset="utf-8"><title>2022年度项目支出绩效自评总报告</title></head><body>',
  '<p>2022年度项目支出绩效自评总报告</p>',
  '<p>为切实做好2022年度财政项目支出绩效评价工作,对我处2022年度项目支出绩效进行了自评。现将情况报告如下:一、本部门项目绩效目标情况(一)榆州市革命烈士纪念馆管理处2022年度共有3个项目1、纪念设施维修项目:预算35. 3万元,2022年全 年实际支付35. 3万元,使用率100%。</p>',
  '<p>2、2022年退役军人事务专项资金项目:预算20万元, 2022年全年实际支付18万元,使用率90%。3、陈列展览提升项目:预算60万元,2022年全年实际支付60万元,使用率100%。</p></body></html>',
].join('\n')
let engine: Engine | undefined
const corpus = async () => buildCorpus(await readSources([{ name: 'yuzhou-lsjng-2022-xmjxzp.html', bytes: new TextEncoder().encode(PAGE) }])).corpus
const ask = async (question: string) => (engine ??= createEngine(await corpus())).ask({ question })

describe('a numbered list of projects in prose', () => {
  it('reads a decimal split by a space as one number', () => {
    expect(foldMeaning('预算35. 3万元')).toBe('预算35.3万元')
  })
  it('is the writer’s, named before its list', async () => {
    const d = (await corpus()).documents[0]
    expect(d.org).toBe('榆州市革命烈士纪念馆管理处')
    expect(d.scope).toBe('绩效自评')
  })
  it('reads each project’s own figure, never another item’s, and calls no two items a contradiction', async () => {
    const a = await ask('榆州市革命烈士纪念馆管理处纪念设施维修项目实际支付了多少')
    expect(a.answer).toContain('35.3万元')
    expect(a.answer).not.toContain('不一致')
    const b = await ask('榆州市革命烈士纪念馆管理处退役军人事务专项资金项目实际支付了多少')
    expect(b.answer).not.toContain('35.3万元')
  })
})
