import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 34: a 决算 table split by a page break, its second part under 「续表」 with no header repeated (a Word
 * table exported as two), and its 合计 on that second part. The second part's columns are the first's, one for one
 * (rule headerless-continued); until its total line is read, a column asked alone (基本支出) is never the first
 * subject's cell (rule no-total-no-whole). "财政拨款里" between a subject and its columns qualifies them. Made-up
 * names and figures.
 */
const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚平县林业局2024年度部门决算</title></head><body>
<p>岚平县林业局2024年度部门决算</p>
<p>三、支出决算表</p><p>单位：元</p>
<table>${tr(['科目编码', '科目名称', '合计', '基本支出', '项目支出'])}
${tr(['208', '社会保障和就业支出', '500,000.00', '500,000.00', '-'])}
${tr(['20805', '行政事业单位养老支出', '500,000.00', '500,000.00', '-'])}
${tr(['213', '农林水支出', '3,000,000.00', '1,800,000.00', '1,200,000.00'])}</table>
<p>续表</p>
<table>${tr(['21302', '林业和草原', '3,000,000.00', '1,800,000.00', '1,200,000.00'])}
${tr(['2130201', '行政运行', '1,800,000.00', '1,800,000.00', '-'])}
${tr(['2130234', '林业草原防灾减灾', '1,200,000.00', '-', '1,200,000.00'])}
${tr(['', '合计', '3,500,000.00', '2,300,000.00', '1,200,000.00'])}</table>
</body></html>`

describe('a continued table without its header', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanping-lyj-2024-bmjs.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads the second part as rows of the first', () => {
    const table = corpus.documents[0].tables.find((t) => t.title.includes('支出决算表'))!
    const row = table.rows.find((r) => r.code === '2130234')
    expect(row?.name).toBe('林业草原防灾减灾')
    expect(table.rows.some((r) => r.isTotal)).toBe(true)
  })
  it('answers a column alone from the total line, never the first subject', () => {
    const a = ask('岚平县林业局2024年基本支出和项目支出各多少')
    expect(a).toContain('230.00万元')
    expect(a).toContain('120.00万元')
    expect(a).not.toContain('50.00万元')
  })
  it('reads a row of the second part by its columns, a fund named between them', () => {
    const a = ask('岚平县林业局林业和草原财政拨款里基本支出和项目支出分别多少')
    expect(a).toContain('180.00万元')
    expect(a).toContain('120.00万元')
    expect(a).not.toContain('230.00万元')
  })
})

describe('a table of subjects with no total line', async () => {
  const NO_TOTAL = PAGE.replace(/<tr><td><\/td><td>合计<\/td>.*?<\/tr>/u, '').replace(/岚平县林业局/gu, '岚安县林业局')
  const { corpus } = buildCorpus(await readSources([{ name: 'lanan-lyj-2024-bmjs.html', bytes: new TextEncoder().encode(NO_TOTAL) }]))
  const engine = createEngine(corpus)

  it('never gives its first subject’s cell as the whole column', () => {
    expect(NO_TOTAL).not.toContain('3,500,000.00')
    const a = engine.ask({ question: '岚安县林业局2024年基本支出是多少' }).answer
    expect(a).not.toContain('50.00万元')
  })
})
