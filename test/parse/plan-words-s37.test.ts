import { describe, expect, it } from 'vitest'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 37 (read after blind82 was scored): a hospital's 预算 page saved without its title, the kind said nowhere at
 * its top; its body speaks of a plan only ("本预算年度的主要工作任务", "2022年收入预算1930.74万元", "支出预算…"): a
 * 部门预算 by its words (rule stage-by-words, 收入预算 before its amount and 本预算年度 being words of a plan), not a
 * page held back for staff to say its kind. Made-up organisation and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>http://www.example.gov.cn/xxgk/czxx/202204/t20220415_1.shtml</title></head><body>
<p>一、部门情况</p>
<p>(一)部门机构设置、职责</p>
<p>澄川市中西医结合医院属于独立核算的事业单位,执行行政事业单位会计制度,内设办公室、财务科等9个行政科室。</p>
<p>(二)人员构成情况</p>
<p>澄川市中西医结合医院行政编制0人;事业编制120人;实际120人。</p>
<p>(三)本预算年度的主要工作任务</p>
<p>一是强化财务管理。二是加强人才培养。</p>
<p>二、收入预算说明</p>
<p>(一)收入预算</p>
<p>2022年收入预算1620.40万元,与上年相比增加8.10%,增加的主要原因是增加设备购置。其中:</p>
<p>一般公共预算收入1620.40万元,与上年相比增加8.10%。</p>
</body></html>`

describe('a budget page whose kind only its words say', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'A-chengchuan-zxyjhyy-2022.html', bytes: new TextEncoder().encode(PAGE) }]))
  it('reads it as a 预算 of its year, answerable', () => {
    const d = corpus.documents[0]
    expect(d.org).toContain('中西医结合医院')
    expect(d.year).toBe(2022)
    expect(d.scope).toBe('部门预算')
    expect(d.metadataNeeded ?? []).toEqual([])
  })
})
