import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { seedSources } from '../seed-engine.js'

// Made-up pages (no real place or figure), each printing when it was published in a way portals do without 发布日期.
/** the meta line labels its date with a bare 时间 ("时间:2025-08-29 16:51 阅读人数:") */
const BARE_LABEL = `<html><head><meta charset="utf-8"><title>青湾镇卫生院2024年度决算公开</title></head><body><h1>2024年度青湾镇卫生院决算公开</h1>
<p>时间:2025-08-29 16:51 阅读人数:</p>
<p>一、单位主要职责</p><p>青湾镇卫生院负责辖区居民的基本医疗和公共卫生服务。</p><p>二、收入支出决算总体情况说明</p><p>2024年度收入总计836.40万元，支出总计836.40万元。</p></body></html>`
/** a date stamp with no label, the publisher after it ("2023-03-20 16:00 来源:…") */
const UNLABELLED = `<html><head><meta charset="utf-8"><title>石岭镇2023年部门预算编制说明</title></head><body><h1>石岭镇人民政府2023年部门预算编制说明</h1>
<p>2023-03-20 16:00 来源:石岭镇人民政府</p>
<p>一、部门主要职责</p><p>石岭镇人民政府负责本镇经济社会发展。</p><p>二、收支预算总体情况</p><p>2023年收入预算412.50万元，支出预算412.50万元。</p></body></html>`
/** a 三公 page whose date stands alone on its line under the title */
const ALONE = `<html><head><meta charset="utf-8"><title>松川县教育局2025年三公经费预算情况说明</title></head><body><h1>松川县教育局2025年“三公”经费预算情况说明</h1>
<p>2025年02月11日 |</p>
<p>松川县教育局2025年“三公”经费预算为12.60万元，其中公务接待费4.20万元，公务用车运行维护费8.40万元。</p><p>学校食堂后勤服务项目预计2025年7月采购。</p></body></html>`

let engine: Promise<Engine> | undefined
const built = () => (engine ??= readSources(seedSources([
  { name: 'qingwan-wsy-2024-final.html', bytes: new TextEncoder().encode(BARE_LABEL) },
  { name: 'shiling-2023-budget.html', bytes: new TextEncoder().encode(UNLABELLED) },
  { name: 'songchuan-jyj-2025-sangong.html', bytes: new TextEncoder().encode(ALONE) },
])).then((s) => createEngine(buildCorpus(s).corpus)))
const ask = async (question: string) => (await built()).ask({ question })

describe('page-field-asked: when a page was published, however the portal prints it', () => {
  it('reads a date under a bare 时间 label, asked 哪天公开', async () => {
    const r = await ask('青湾镇卫生院的决算哪天公开的')
    expect(r.answer).toContain('“时间”为：2025-08-29 16:51')
    expect(r.citations[0]).toMatchObject({ rowName: '时间', value: '2025-08-29 16:51' })
  })

  it('reads an unlabelled date stamp, and says it is the date the page prints, not a labelled field', async () => {
    const r = await ask('石岭镇这个预算编制说明是什么时候发布的')
    expect(r.answer).toContain('页面所印日期为：2023-03-20 16:00')
    // who published it and when, the when asked after the who
    const both = await ask('石岭镇这个预算是谁发布的，什么时候')
    expect(both.answer).toContain('2023-03-20 16:00')
    expect(both.answer).toContain('石岭镇人民政府')
  })

  it('reads a date alone on a line of the page head, asked 啥时候发的', async () => {
    const r = await ask('松川县教育局这份采购意向啥时候发的')
    expect(r.answer).toContain('页面所印日期为：2025年02月11日')
    expect(r.citations[0]?.text).toContain('2025年02月11日')
  })

  it('never reads the page date for a time asked of the money or the work', async () => {
    const r = await ask('松川县教育局学校食堂后勤服务项目预计什么时候采购')
    expect(r.answer).not.toContain('2025年02月11日')
  })
})
