import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 33: characters typed for their neighbours in this genre's words, which no document word holds (经废 for
 * 经费, 预箅 for 预算, 接侍 for 接待), are read as meant (rule genre-typos). Made-up names and figures.
 */
const PAGE = html('岚溪市体育局2025年部门预算', [
  '岚溪市体育局2025年部门预算',
  '一、机关运行经费',
  '2025年本部门机关运行经费预算132.60万元，比上年减少4.20万元。',
  '二、“三公”经费',
  '2025年公务接待费预算3.40万元。',
])

describe('the genre’s typos', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-tyj-2025-bmys.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer
  it('reads 经废 as 经费, 预箅 as 预算 and 接侍 as 接待', () => {
    expect(ask('岚溪市体育局机关运行经废今年安排多少')).toContain('132.60万元')
    expect(ask('岚溪市体育局2025年机关运行经费预箅多少')).toContain('132.60万元')
    expect(ask('岚溪市体育局公务接侍费预算多少')).toContain('3.40万元')
  })
})

const tr = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
const TABLE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岚溪市体育局2025年部门预算</title></head><body>
<p>岚溪市体育局2025年部门预算</p><p>表七　一般公共预算“三公”经费支出表</p><p>单位：万元</p>
<table>${tr(['项目', '预算数'])}${tr(['合计', '31.40'])}${tr(['因公出国（境）费', '0.00'])}${tr(['公务用车购置及运行维护费', '28.00'])}${tr(['其中：公务用车购置费', '20.00'])}${tr(['公务用车运行维护费', '8.00'])}${tr(['公务接待费', '3.40'])}</table>
</body></html>`

describe('the car’s two parts asked apart', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanxi-tyj-2025-bmys.html', bytes: new TextEncoder().encode(TABLE) }]))
  const engine = createEngine(corpus)
  it('reads 公车购置和运行维护各多少 as each part (rule spoken-car-parts), the pair’s own name as the pair', () => {
    const a = engine.ask({ question: '岚溪市体育局三公里面公车购置和运行维护各多少' }).answer
    expect(a).toContain('20.00万元')
    expect(a).toContain('8.00万元')
    expect(engine.ask({ question: '岚溪市体育局公务用车购置及运行维护费多少' }).answer).toContain('28.00万元')
  })
})
