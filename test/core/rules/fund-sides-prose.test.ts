import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 30: a township government's 决算报告 is the township's 财政决算 (its title split over two lines); its prose
 * states both sides of a fund, and the side asked after the fund's name answers (rule side-after-row, in a lookup and
 * across organisations); words no term reads before 占 are the part of the subject after it (rule unread-part); 非税收入
 * is no 税收 (rule negated-name); "这几份材料里哪些是决算" asks what is held. Made-up places and figures; the second
 * document prints a 收支总表 whose income line is the fund's bare name, so the fund's name is a row of the corpus.
 */

const TOWN = html('澄溪县青石镇人民政府2023年决算报告', [
  '澄溪县青石镇人民政府',
  '2023年决算报告',
  '一、预算收支决算情况',
  '(一)一般公共预算收支情况',
  '全镇本级一般公共预算收入实现215.40万元,为年初预算的104.2%,比上年增长6.1%,其中税收收入190.25万元,增长8.3%;非税收入25.15万元。加上上级补助、上年结转等2,014.60万元,收入总计2,230.00万元。',
  '全镇本级一般公共预算支出2,230.00万元,为年初预算的110.5%,比上年降低12.4%。',
])

const BUREAU = [
  '澄溪县林业局2024年部门预算',
  '部门收支总表',
  '单位：万元',
  '收入\t金额\t支出\t金额',
  '一、一般公共预算\t880.00\t一、农林水支出\t880.00',
  '收入总计\t880.00\t支出总计\t880.00',
].join('\n')

describe('a township’s 决算报告, both sides of a fund in prose', async () => {
  const sources = await readSources([
    { name: 'qingshi-2023-js.html', bytes: new TextEncoder().encode(TOWN) },
    { name: 'chengxi-lyj-2024-ys.txt', bytes: new TextEncoder().encode(BUREAU) },
  ])
  const corpus = buildCorpus(sources).corpus
  const engine = createEngine(corpus)

  it('is the township’s 财政决算', () => {
    expect(corpus.documents.find((d) => d.id.startsWith('qingshi'))).toMatchObject({ year: 2023, scope: '财政决算' })
  })

  it('answers the side asked after the fund’s name, never the other side', () => {
    const a = engine.ask({ question: '青石镇2023年一般公共预算收入是多少？' }).answer
    expect(a).toContain('215.40万元')
    expect(a).not.toContain('2,230.00万元')
  })

  it('compares the side asked across organisations', () => {
    const a = engine.ask({ question: '青石镇2023年和澄溪县林业局2024年的一般公共预算收入分别是多少？' }).answer
    expect(a).toContain('215.40万元')
    expect(a).toContain('880.00万元')
    expect(a).not.toContain('2,230.00万元')
  })

  it('reads the words before 占 as the part, the subject after it as the whole, and 非税收入 as no 税收', () => {
    const a = engine.ask({ question: '青石镇税收占一般公共预算收入的比例多少？' }).answer
    expect(a).toContain('190.25万元')
    expect(a).toContain('88.32%')
    expect(a).not.toContain('25.15万元')
  })

  it('lists the held 决算 asked of "these materials"', () => {
    const a = engine.ask({ question: '这几份材料里哪些是决算' }).answer
    expect(a).toContain('1份')
    expect(a).toContain('2023年财政决算')
    expect(a).not.toContain('林业局')
  })
})
