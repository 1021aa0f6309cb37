import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 42: a portal's particulars printed as a grid without colons (索引号 … 文号 生成日期 …; 公开方式 … 所属机构 …
 * 责任部门 …), set apart as the page's particulars: the parent a unit's page files it under answers who runs the unit,
 * and the publisher a project's self-evaluation names is its organisation (made-up names).
 */
const UNIT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年度岑原县高岭乡卫生院部门决算</title></head><body>
<p>2023年度岑原县高岭乡卫生院部门决算</p>
<p>索引号 640500000/2024-00001 文号 生成日期 2024-11-13 10:10:00</p>
<p>公开方式 主动公开 所属机构 岑原县卫生健康局 责任部门 岑原县卫生健康局</p>
<p>第一部分 单位概况</p>
<p>2023年度收入总计120.00万元，支出总计120.00万元。</p>
</body></html>`
const PROJECT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑川市岑庆区月湖乡滨水家园垃圾转运站提升改造项目绩效自评报告</title></head><body>
<p>索 引 号 11640102MB0/2022-00043 文  号 生成日期 2022-10-25</p>
<p>发布机构 岑庆区住房和城乡建设局 责任部门 岑庆区住房和城乡建设局 关 键 字 垃圾转运站</p>
<p>岑川市岑庆区月湖乡滨水家园垃圾转运站提升改造项目绩效自评报告</p>
<p>一、绩效目标分解下达情况</p>
<p>2022年下达乡村振兴衔接资金80万元,全部列入岑庆区月湖乡滨水家园垃圾转运站提升改造项目,资金到位率100%。</p>
</body></html>`

describe('particulars printed as a grid without colons', async () => {
  const engine = createEngine(buildCorpus(await readSources([
    { name: 'cenyuan-gaoling-wsy-2023-js.html', bytes: new TextEncoder().encode(UNIT) },
    { name: 'cenqing-zjj-2022-jxzp.html', bytes: new TextEncoder().encode(PROJECT) },
  ])).corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('answers who runs a unit from the 所属机构 its page is filed under', () => {
    expect(ask('高岭乡卫生院是哪个部门管的？')).toContain('岑原县卫生健康局')
  })

  it('holds a project’s self-evaluation under its publisher, found by the project’s place (rule project-page-by-title)', () => {
    expect(engine.corpus.documents.find((d) => d.id === 'cenqing-zjj-2022-jxzp')?.org).toBe('岑庆区住房和城乡建设局')
    const a = ask('岑庆区滨水家园垃圾转运站项目资金到位率是多少？')
    expect(a).toContain('100%')
    expect(a).toContain('岑庆区住房和城乡建设局')
  })
})
