import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: pages that name no organisation (a town's 《2024年上半年预算执行情况》, a site's 《“三公”经费安排情况》)
 * are answered when a question naming no organisation speaks in their title's words ("这个镇上半年…", "这个部门三公经费
 * 安排了多少"), under the label that says the page is unnamed (rule unnamed-page-by-words); a budget's execution over
 * part of a year with no department in its title is a government's report (rule period-execution, title); 上半年 is no
 * subject's word (rule period-words). A question naming an organisation is never answered from them. Made-up figures.
 */
const TOWN = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年上半年预算执行情况</title></head><body>
<p>2024年上半年预算执行情况</p>
<p>一、2024年上半年预算执行情况</p>
<p>2024年上半年,我镇实现财政收入56,210万元,完成年初预算55%。其中:一般公共预算收入31,400万元,完成年初预算88%,其中税收分成收入14,200万元、非税收入17,200万元。</p>
<p>2024年上半年,财政支出61,300万元,其中一般公共预算支出30,150万元。</p>
<p>6.调入一般公共预算资金2万元、政府性基金预算资金13万元。</p>
<p>基金预算收入8,020万元,完成年初预算31.5%。</p>
</body></html>`
const SANGONG = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>“三公”经费安排情况</title></head><body>
<p>“三公”经费安排情况</p>
<p>2022年“三公”经费预算安排312.6万元,比上年减少10.4万元,下降3.22%。其中:公务接待费3.6万元,公务用车购置及运行费309万元。</p>
</body></html>`
const NAMED = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑溪县档案馆2022年部门预算</title></head><body>
<p>岑溪县档案馆2022年部门预算</p>
<p>2022年“三公”经费预算12.5万元，其中公务接待费2.5万元，公务用车运行维护费10万元。</p>
</body></html>`

describe('unnamed pages asked in their own words', async () => {
  const enc = new TextEncoder()
  const { corpus } = buildCorpus(await readSources([
    { name: 'zhen-2024h1-zhixing.html', bytes: enc.encode(TOWN) },
    { name: 'sangong-2022-anpai.html', bytes: enc.encode(SANGONG) },
    { name: 'cenxi-dag-2022-budget.html', bytes: enc.encode(NAMED) },
  ]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question })

  it('reads a part-year execution report with no department as a government report', () => {
    const d = corpus.documents.find((x) => x.id.startsWith('zhen'))!
    expect(d.scope).toBe('财政预算')
    expect(d.year).toBe(2024)
  })
  it('answers "这个镇上半年…" from the town report, labelled unnamed', () => {
    const r = ask('这个镇2024年上半年财政收入多少？')
    expect(r.answer).toContain('56,210万元')
    expect(r.answer).toContain('未写明单位的页面')
    expect(r.answer).not.toContain('岑溪县档案馆')
  })
  it('answers the 三公 page asked by its words with a pointing word', () => {
    const r = ask('2022年这个部门三公经费安排了多少？')
    expect(r.answer).toContain('312.6万元')
    expect(r.answer).not.toContain('12.5万元')
  })
  it('never answers a named organisation from them', () => {
    const r = ask('岑溪县档案馆2022年三公经费预算多少')
    expect(r.answer).toContain('12.5万元')
    expect(r.answer).not.toContain('312.6')
  })
  it('never reads a transfer into a fund as the fund’s own figure', () => {
    const a = ask('这个镇上半年政府性基金预算多少').answer
    expect(a).not.toMatch(/(?<![\d,])13万元/)
    expect(a).not.toMatch(/(?<![\d,])2万元/)
  })
  it('answers from neither page when the words fit both', () => {
    // 上半年 is the town report's, 三公经费 the 三公 page's: which page is asked is not said
    expect(ask('镇里上半年三公经费用了多少？').answer).not.toContain('312.6')
  })
  it('leaves a question sharing only one common word unanswered from them', () => {
    expect(ask('公务接待费多少').answer).not.toContain('3.6万元')
  })
})
