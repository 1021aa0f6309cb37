import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36 (read after blind81 was scored): a county's report stating each account's plan and then what was done
 * ("全县政府性基金收入预算20.65亿元,实际完成17.07亿元", "县本级…收入目标17.36亿元。当年实际完成17.18亿元"): the amount done is
 * the subject's own, executed (rule plan-then-done); 本级 asked is never answered with the 全县 figure; an actual asked of
 * 支出 is never a 收入 plan's amount (rule year-actual-stated). Made-up place and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澜川县2021年财政预算执行情况和2022年财政预算(草案)的报告</title></head><body>
<p>澜川县2021年财政预算执行情况和2022年财政预算(草案)的报告</p>
<p>一、2021年财政预算执行情况</p>
<p>1、全县一般公共财政预算</p>
<p>2021年初,经县乡人代会批准,全县一般公共财政收入预算18.20亿元,实际完成19.05亿元,为年预算的104.7%,同比增长8.1%。</p>
<p>2、全县政府性基金预算</p>
<p>2021年初,经县乡人代会批准,全县政府性基金收入预算12.40亿元,实际完成10.33亿元,为年预算的83.3%。</p>
<p>全县政府性基金支出预算13.10亿元。执行中使用上级补助等安排支出,支出预算调整为14.02亿元。</p>
<p>3、县本级一般公共财政预算</p>
<p>县人大批准县本级2021年一般公共财政预算收入目标15.10亿元。当年实际完成14.88亿元,为预算的98.5%。</p>
</body></html>`

describe('a plan and then what was done', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'lanchuan-czj-2021-ysbg.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer
  it('reads the amount done in the plan\u2019s sentence', () => {
    const a = ask('澜川县2021年政府性基金收入完成了多少')
    expect(a).toContain('10.33亿元')
    expect(a).not.toMatch(/(?<![\d.])12\.4(?:0)?亿元为|收入为12\.4/)
  })
  it('reads the 本级 amount done in the sentence after its plan, never the 全县 one', () => {
    const a = ask('澜川县本级21年一般公共财政收入完成多少？')
    expect(a).not.toContain('19.05')
    expect(a).toContain('14.88亿元')
  })
  it('never gives a 收入 plan for an actual 支出 asked', () => {
    expect(ask('澜川县2021年政府性基金支出实际完成多少？')).not.toContain('12.40亿元')
  })
})
