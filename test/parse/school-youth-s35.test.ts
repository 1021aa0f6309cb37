import { describe, expect, it } from 'vitest'
import { createEngine } from '../../server/core/engine.js'
import { buildCorpus, readSources } from '../../server/core/ingest/build-corpus.js'

/**
 * Session 35: a page whose title is only its address names its body in its overview heading ("一、岑州市梧江区职业中专
 * 概况", a school named 中专: rules overview-heading, org-end) and its year and kind where the body names it again
 * ("二、岑州市梧江区职业中专2018年部门预算安排情况说明", rule body-kind); the Youth League's committee of a city is asked
 * as 岑州团市委 or 团岑州市委 (org aliases); "经旗第十八届人民代表大会…批准" names no place 经旗. Made-up names and figures.
 */
const SCHOOL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>http://example.org/html/czxx201803.html</title></head><body>
<p>一、岑州市梧江区职业中专概况</p>
<p>(一)主要职能</p>
<p>为社会提供短期培训和各专业中专毕业生,为社会培养专业技术人才。</p>
<p>二、岑州市梧江区职业中专2018年部门预算安排情况说明</p>
<p>岑州市梧江区职业中专2018年收支总预算1234.56万元。</p>
<p>岑州市梧江区职业中专2018年收入预算1234.56万元,其中:一般公共预算拨款收入1100.56万元,占89.15%;专户资金134万元,占10.85%。</p>
</body></html>`
const YOUTH = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>共青团岑州市委2020年“三公”经费预算情况说明</title></head><body>
<p>共青团岑州市委2020年“三公”经费预算情况说明</p>
<p>2020年“三公”经费预算支出8.40万元,其中:公务接待费支出3.20万元,比2019年预算减少0.30万元,下降8.57%。</p>
</body></html>`

const BANNER = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>http://example.org/zw/czglx/202411/t1.html</title></head><body>
<p>经旗第十八届人民代表大会第三次会议批准,全旗一般公共预算收入年初预算为83.318亿元。1-6月,全旗一般公共预算收入完成100.03亿元。</p>
</body></html>`

describe('a school named 中专 and a city’s Youth League committee', async () => {
  const enc = new TextEncoder()
  const { corpus } = buildCorpus(await readSources([{ name: 'cenzhou-zz-2018-bmys.html', bytes: enc.encode(SCHOOL) }, { name: 'cenzhou-tsw-2020-sangong.html', bytes: enc.encode(YOUTH) }, { name: 'qi-2024-yszx.html', bytes: enc.encode(BANNER) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('names the school from its overview heading, with the year and kind its body says', () => {
    const d = corpus.documents.find((x) => x.org.includes('职业中专'))
    expect(d?.org).toBe('岑州市梧江区职业中专')
    expect(d?.year).toBe(2018)
    expect(d?.scope).toBe('部门预算')
  })
  it('answers for the school asked by its short name', () => expect(ask('梧江区职业中专18年收支总预算是多少')).toContain('1234.56万元'))
  it('never names a place from a verb before its level word (经旗)', () => expect(corpus.documents.map((d) => d.org).join('|')).not.toContain('经旗'))
  it('answers for 岑州团市委', () => expect(ask('岑州团市委公务接待费多少')).toContain('3.20万元'))
  it('answers for 团岑州市委', () => expect(ask('团岑州市委三公经费预算多少')).toContain('8.40万元'))
})
