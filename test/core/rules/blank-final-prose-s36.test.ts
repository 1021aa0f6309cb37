import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: a 三公 决算 page whose table leaves an item's 决算数 blank while its prose writes the amount right after
 * 决算 ("因公出国(境)费支出决算0万元"): the 决算 asked is the prose's figure (rule stage-prose, 决算 + amount); and two
 * asks of one item, "预算了多少？实际花了多少？", read as the 预算数 and 决算数 columns (rule stage-columns, a verb's 了).
 * Made-up names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜汀区档案馆2021年度“三公”经费支出决算情况</title></head><body>
<p>澜汀区档案馆2021年度“三公”经费支出决算情况</p>
<p>一、2021年度一般公共预算财政拨款“三公”经费支出决算表</p>
<table>
<tr><td>项目</td><td>预算数</td><td>决算数</td></tr>
<tr><td>合计</td><td>26.00</td><td>7.69</td></tr>
<tr><td>因公出国(境)费</td><td>20.00</td><td></td></tr>
<tr><td>公务接待费</td><td>3.00</td><td>5.21</td></tr>
<tr><td>公务用车购置及运行维护费</td><td>3.00</td><td>2.48</td></tr>
</table>
<p>单位：万元</p>
<p>二、“三公”经费支出决算情况说明</p>
<p>2021年度“三公”经费支出决算7.69万元。其中：因公出国(境)费支出决算0万元,占0%;公务接待费支出决算5.21万元,占67.75%;公务用车购置及运行维护费支出决算2.48万元,占32.25%。</p>
</body></html>`

describe('a blank 决算 cell the prose states', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanting-dag-2021-sangong-final.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question })

  it('answers the 决算 of the blank cell with the prose figure, citing the paragraph', () => {
    const r = ask('澜汀区档案馆2021年因公出国费预算了多少？实际花了多少？')
    expect(r.answer).toMatch(/20(?:\.00)?万元/)
    expect(r.answer).toMatch(/决算[^。]*0万元/)
    expect(r.citations.some((c) => c.kind === 'paragraph' && JSON.stringify(c).includes('支出决算0万元'))).toBe(true)
  })
  it('reads the filled cell from the table', () => {
    expect(ask('澜汀区档案馆2021年公务接待费预算了多少？决算多少？').answer).toMatch(/3(?:\.00)?万元[^。]*5\.21万元/)
  })
})
