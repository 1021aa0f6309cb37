import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: taxes asked by their spoken names (个税, 城建税, 土增税) are read by the names the report prints (rule
 * spoken-tax-names), never as the 税收收入 whose characters 个税收入 happens to hold; a name closing a list before 等 and
 * one figure ("房产税、契税、城市维护建设税等其他税种…") is the group's, never its own (rule grouped-items); 收支 alone
 * asks the 收、支总计; 一般公供 is a slip for 一般公共 (rule genre-typos). Made-up names and figures.
 */
const REPORT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄溪县2024年财政决算公开报告</title></head><body>
<p>澄溪县2024年财政决算公开报告</p>
<p>一、一般公共预算收支决算情况</p>
<p>全县一般公共预算收入81234万元。其中：税收收入50321万元,比上年增长3.2%。主要税种完成情况：增值税18210万元,同比增长4.10%;个人所得税2317万元,同比增长12.30%;房产税、契税、城市维护建设税等其他税种29794万元,同比下降2.40%。</p>
</body></html>`
const UNIT = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄溪县实验小学2024年度单位决算</title></head><body>
<p>澄溪县实验小学2024年度单位决算</p>
<p>一、收入支出决算总体情况说明</p>
<p>2024年度收、支总计1234.56万元,比上年减少21.30万元,下降1.7%,主要原因是在校学生人数减少。</p>
</body></html>`

describe('spoken tax names and a list closed by 等', async () => {
  const enc = new TextEncoder()
  const { corpus } = buildCorpus(await readSources([
    { name: 'chengxi-czj-2024-zongjuesuan.html', bytes: enc.encode(REPORT) },
    { name: 'chengxi-syxx-2024-dwjs.html', bytes: enc.encode(UNIT) },
  ]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads 个税 as 个人所得税, never the 税收收入', () => {
    const a = ask('澄溪县个税收了多少')
    expect(a).toContain('2317万元')
    expect(a).not.toContain('50321')
  })
  it('never reads a name closing a list before 等 as its own figure', () => {
    expect(ask('澄溪县城市维护建设税多少')).not.toContain('29794')
    expect(ask('澄溪县城建税收入多少')).not.toContain('29794')
    expect(ask('澄溪县契税多少')).not.toContain('29794')
  })
  it('still reads a name listed with its own figure', () => {
    expect(ask('澄溪县增值税多少')).toContain('18210万元')
  })
  it('reads 一般公供 as the 一般公共 it stands for', () => expect(ask('澄溪县一般公供预算收入是多少')).toContain('81234万元'))
  it('reads 收支 as the 收、支总计', () => {
    const a = ask('澄溪县实验小学收支比上年少了多少')
    expect(a).toContain('21.30万元')
  })
})
