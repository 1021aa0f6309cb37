import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 35: questions about words asked as 管不管, 算不算, 是…吗 of one document are answered with the sentence of its
 * prose closest to them, quoted and said to be the closest (rule closest-passage); a figure asked so is still not. Made-up
 * names and figures.
 */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑江市青桐街道办事处2024年部门决算</title></head><body>
<p>岑江市青桐街道办事处2024年部门决算</p>
<p>一、部门职责</p>
<p>青桐街道办事处是岑江市人民政府的派出机关。</p>
<p>（1）承担辖区市容环境卫生、绿化美化的管理工作,推进街巷长、河长制工作落实。</p>
<p>（2）负责辖区社区建设和社会事务管理。</p>
<p>二、机构设置</p>
<p>纳入本部门2024年部门决算编制范围的单位包括:街道本级、青桐街道便民服务中心。</p>
</body></html>`

describe('questions about words asked with 管不管, 算不算, 是…吗', async () => {
  const { corpus } = buildCorpus(await readSources([{ name: 'cenjiang-qingtong-2024-bmjs.html', bytes: new TextEncoder().encode(PAGE) }]))
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('quotes the sentence for 管不管', () => expect(ask('青桐街道办管不管河长制')).toContain('河长制工作落实'))
  it('quotes the sentence for 算不算', () => expect(ask('青桐街道便民服务中心算不算青桐街道决算里的单位')).toContain('便民服务中心'))
  it('quotes the sentence for 是…吗', () => expect(ask('青桐街道办事处是政府派出机关吗')).toContain('派出机关'))
  it('never quotes for a figure asked so', () => expect(ask('青桐街道办事处河长制经费是多少')).not.toContain('河长制工作落实'))
})
