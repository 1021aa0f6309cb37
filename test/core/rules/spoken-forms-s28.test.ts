import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'

/**
 * Session 28 (rules change-side-word, joined-names): a district office's 部门预算 说明 printed as prose only. Its change
 * is stated with the side between the baseline and the verb ("比2023年支出减少86.40万元"); a project is printed with 及
 * joining two names, which a question says with 和 (and the reading drops). Made-up office and figures.
 */
const DOC = [
  '岚江区信访办公室2024年部门预算情况说明',
  '一、部门收支总体情况',
  '2024年年初预算数842.30万元,比2023年支出减少86.40万元。主要是项目支出预算减少90.10万元,基本支出预算增加3.70万元。',
  '项目支出421.50万元,其中:矛盾纠纷调处中心及信访代理服务经费支出预算186万元,网上信访业务经费支出预算35.50万元。',
].join('\n')

describe('a prose-only 说明’s stated change and a name joined by 及', async () => {
  const extra = await readSources([{ name: 'lanjiang-xfb-2024-ys.txt', bytes: new TextEncoder().encode(DOC) }])
  const corpus = buildCorpus(extra).corpus
  const engine = createEngine(corpus)

  it('reads the change stated with its side between baseline and verb', () => {
    const r = engine.ask({ question: '岚江区信访办公室2024年预算比2023年少了多少' })
    expect(r.answer).toContain('86.40万元')
  })

  it('finds a name printed with 及 when asked without its joining word', async () => {
    const { findProseFigure } = await import('../../../server/core/tools/find-prose-figure.js')
    const { defaultVocabulary } = await import('../../../server/core/lexicon/default-vocabulary.js')
    const r = findProseFigure(corpus, { name: '矛盾纠纷调处中心信访代理服务', kind: 'money' }, defaultVocabulary)
    expect(r.ok && r.figures[0].amount.value).toBe('186')
  })
})

/** Rule whole-body-share: "某中心预算占全委的比例" takes the share of the commission's whole budget. Made-up figures. */
const UNITS = [
  '岚溪市卫生健康委员会2025年部门预算',
  '表2 2025年部门收入总表',
  '单位：万元',
  ['单位名称', '合计', '一般公共预算拨款', '事业收入'].join('\t'),
  ['合计', '4,000.00', '3,800.00', '200.00'].join('\t'),
  ['委机关', '1,500.00', '1,500.00', '0.00'].join('\t'),
  ['岚溪市疾病预防控制中心', '2,500.00', '2,300.00', '200.00'].join('\t'),
].join('\n')

describe('a unit’s share of 全委', async () => {
  const extra = await readSources([{ name: 'lanxi-wjw-2025-ys.txt', bytes: new TextEncoder().encode(UNITS) }])
  const engine = createEngine(buildCorpus(extra).corpus)
  it('is the unit’s total over the commission’s', () => {
    expect(engine.ask({ question: '岚溪疾控中心预算占全委的比例是多少' }).answer).toContain('62.50%')
  })
})
