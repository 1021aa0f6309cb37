import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 33: a department with a member unit named like one of its subject rows (岚溪市图书馆, and the row 2070104
 * 图书馆). "图书馆科目" and "支出总表里图书馆" ask the row, never a unit not held; a part asked of that coded row
 * ("…合计多少（含事业收入）") is said to be the row's only where the figure sits under its code, and a figure of the
 * whole department is said to be that (rule part-within-coded). Made-up names and figures.
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪市文化广电旅游局2025年部门预算</title></head><body>
<p>岚溪市文化广电旅游局2025年部门预算</p>
<p>表一　部门收支总表</p><p>单位：万元</p>
<table>${tr(['项目', '预算数'])}${tr(['一般公共预算拨款收入', '1,900.00'])}${tr(['事业收入', '60.00'])}${tr(['本年收入合计', '1,960.00'])}</table>
<p>表二　部门收入总表</p><p>单位：万元</p>
<table>${tr(['单位名称', '合计', '一般公共预算拨款收入', '事业收入'])}${tr(['合计', '1,960.00', '1,900.00', '60.00'])}${tr(['岚溪市文化广电旅游局（本级）', '1,200.00', '1,200.00', '0.00'])}${tr(['岚溪市图书馆', '760.00', '700.00', '60.00'])}</table>
<p>表三　部门支出总表</p><p>单位：万元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}${tr(['', '合计', '1,960.00', '1,500.00', '460.00'])}${tr(['2070101', '行政运行', '1,200.00', '1,200.00', ''])}${tr(['2070104', '图书馆', '760.00', '300.00', '460.00'])}</table>
</body></html>`

describe('a subject row named like a member unit', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-wglyj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads 图书馆科目 and a row inside a named table as the row', () => {
    expect(ask('岚溪市文化广电旅游局支出总表里图书馆科目的项目支出是多少')).toContain('460.00万元')
    expect(ask('岚溪市文化广电旅游局支出总表里图书馆科目的项目支出是多少')).not.toContain('没有找到')
  })
  it('never says the whole department’s figure is the row’s part', () => {
    const a = ask('岚溪市文化广电旅游局支出总表里图书馆科目合计多少（含事业收入）')
    expect(a).toContain('760.00万元')
    expect(a).not.toContain('图书馆中的事业收入')
  })
})
