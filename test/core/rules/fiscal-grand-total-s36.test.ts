import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 36: "财政拨款收入支出总计", "财政拨款收支总额" and "财政拨款收入支出决算总表中的总计" name the 总计 line of the
 * 财政拨款收入支出决算总表 (rule fiscal-grand-total, rule table-named with 收入支出), never its 本年收入合计 line nor the
 * all-funds 收支总计. Made-up figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汀岚县林业局2023年度部门决算</title></head><body>
<p>汀岚县林业局2023年度部门决算</p>
<p>表1 收入支出决算总表</p><p>单位：万元</p>
<table>
<tr><td>项目</td><td>决算数</td><td>项目</td><td>决算数</td></tr>
<tr><td>一、一般公共预算财政拨款收入</td><td>900.00</td><td>一、农林水支出</td><td>980.00</td></tr>
<tr><td>二、事业收入</td><td>60.00</td><td></td><td></td></tr>
<tr><td>本年收入合计</td><td>960.00</td><td>本年支出合计</td><td>980.00</td></tr>
<tr><td>年初结转和结余</td><td>40.00</td><td>年末结转和结余</td><td>20.00</td></tr>
<tr><td>总计</td><td>1000.00</td><td>总计</td><td>1000.00</td></tr>
</table>
<p>表3 财政拨款收入支出决算总表</p><p>单位：万元</p>
<table>
<tr><td>收入</td><td>决算数</td><td>支出</td><td>决算数</td></tr>
<tr><td>一、一般公共预算财政拨款</td><td>900.00</td><td>一、农林水支出</td><td>925.00</td></tr>
<tr><td>本年收入合计</td><td>900.00</td><td>本年支出合计</td><td>925.00</td></tr>
<tr><td>年初财政拨款结转和结余</td><td>35.00</td><td>年末财政拨款结转和结余</td><td>10.00</td></tr>
<tr><td>总计</td><td>935.00</td><td>总计</td><td>935.00</td></tr>
</table>
</body></html>`

describe('the 财政拨款收支总表 总计 asked in words', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'tinglan-lyj-2023-final.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  it.each([
    '汀岚县林业局2023年财政拨款收入支出总计是多少？',
    '汀岚县林业局2023年财政拨款收支总额多少',
    '汀岚县林业局2023年财政拨款收入支出决算总表中的总计是多少',
  ])('%s → 935.00', (question) => {
    const r = engine.ask({ question })
    expect(r.answer).toContain('935.00万元')
    expect(r.answer).not.toContain('1,000.00万元')
  })
  it('leaves 财政拨款收入 the income line', () => {
    expect(engine.ask({ question: '汀岚县林业局2023年财政拨款收入多少' }).answer).toContain('900.00万元')
  })
})
