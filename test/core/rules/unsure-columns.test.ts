import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { checkDocument } from '../../../server/core/checks/check-document.js'

/** A 三公 page copied without its merged header cells: 4 labels, then 3, over 6 figures. */
const page = (org: string, figures: string[], prose: string) => `<html><head><meta charset="utf-8"><title>${org}2023年“三公”经费预算情况</title></head><body>
<h1>${org}2023年“三公”经费预算情况</h1>
<p>一、2023年一般公共预算“三公”经费支出预算表</p>
<p>单位:万元</p>
<table>
<tr><td>“三公”经费合计</td><td>因公出国(境)费</td><td>公务用车购置及运行费</td><td>公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>
</table>
<p>二、2023年一般公共预算“三公”经费支出预算情况说明</p>
<p>${prose}</p>
</body></html>`

let engine: Engine | undefined
async function built(): Promise<Engine> {
  if (!engine) {
    const files = [
      // the figures add up two ways: 3 = 3 + 0 under 因公出国(境)费, or 3 = 0 + 3 under 公务用车购置及运行费
      { name: 'linshui-slj-2023-sangong.html', text: page('临水县水利局', ['7', '3', '3', '0', '3', '1'], '临水县水利局2023年一般公共预算“三公”经费支出预算为7万元。') },
      { name: 'linshui-lyj-2023-sangong.html', text: page('临水县林业局', ['7', '3', '3', '0', '3', '1'], '临水县林业局2023年一般公共预算“三公”经费支出预算为7万元,其中公务用车运行费3万元。') },
      // one layout adds up: 20 = 12 + 8, 30 = 2 + 20 + 8
      { name: 'linshui-nyj-2023-sangong.html', text: page('临水县农业局', ['30', '2', '20', '12', '8', '8'], '临水县农业局2023年一般公共预算“三公”经费支出预算为30万元。') },
    ]
    const sources = await readSources(files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })))
    engine = createEngine(buildCorpus(sources).corpus)
  }
  return engine
}
const ask = async (question: string) => (await built()).ask({ question })

describe('rule unsure-columns', () => {
  it('gives no figure from columns the figures cannot tell apart, and says why', async () => {
    const r = await ask('临水县水利局2023年公务用车运行费预算是多少')
    expect(r.answer).toContain('无法确定')
    expect(r.answer).not.toMatch(/[0-9]万元/)
    expect(r.citations.filter((c) => c.kind === 'row')).toEqual([])
  })

  it('reads the prose where it states the figure, and still says the table cannot be read for it', async () => {
    const r = await ask('临水县林业局2023年公务用车运行费预算是多少')
    expect(r.answer).toContain('3万元')
    expect(r.answer).toContain('无法确定')
    expect(r.citations.every((c) => c.kind === 'paragraph')).toBe(true)
  })

  it('reads a column every layout agrees on, and the columns where one layout alone adds up', async () => {
    expect((await ask('临水县水利局2023年公务接待费预算是多少')).answer).toContain('1万元')
    const r = await ask('临水县农业局2023年公务用车运行费预算是多少')
    expect(r.answer).toContain('8万元')
    expect(r.answer).not.toContain('无法确定')
  })

  it('checks no sums of a table with unlabelled columns', async () => {
    const doc = (await built()).corpus.documents.find((d) => d.org === '临水县水利局')!
    expect(checkDocument(doc, 'tables')).toEqual([])
  })
})
