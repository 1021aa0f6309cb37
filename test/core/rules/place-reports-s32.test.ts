import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { buildCorpus, readSources } from '../../../server/core/ingest/build-corpus.js'
import { html } from './html-page-fixture.js'

/**
 * Session 32: place reports in prose, read as their readers ask them. Made-up places and figures.
 * - A county's 决算 lists its taxes in one sentence ("增值税…;土地增值税收入…;契税…"): a tax is read by its own name,
 *   never as the tail of a longer one (rule own-item), a two-character tax is a subject (契税), 占用 of 耕地占用税 is
 *   part of the name, not a share asked.
 * - A district's 2025 budget report states 2024's execution: a 2024 question, or one naming no year whose only answer
 *   is that section, is answered as 2024's execution (rules executed-year, undated-executed), its bare rate read
 *   ("非税收入…,下降8.2%"); a fund said without its 预算 ("一般公共支出") is that fund's side, never 一般公共服务支出
 *   and never the other side (rules fund-short, side-kept).
 * - Two places asked one thing ("A和B…各", "A的…是B的百分之几"): each answered, then compared (rule shared-ask).
 */

const COUNTY = html('2023年青崖县决算(草案)的报告', [
  '2023年青崖县决算(草案)的报告',
  '一、2023年青崖县决算总体情况',
  '1.一般公共预算收入决算情况。2023年,地方一般公共预算收入41250万元,完成预算的103.20%,同比增长4.10%。',
  '税收收入主要项目变动如下:增值税7120万元,同比增收210万元,增长3.04%;企业所得税1180万元,同比减收420万元,下降26.25%;城镇土地使用税410万元,同比增收30万元,增长7.89%;土地增值税收入530万元,同比增收90万元,增长20.45%;耕地占用税收入710万元,同比增收380万元,增长115.15%;契税920万元,同比减收310万元,下降25.20%。',
])

const DISTRICT = html('关于溪岭区2024年财政预算执行情况和2025年财政预算草案的报告', [
  '关于溪岭区2024年财政预算执行情况和2025年财政预算草案的报告',
  '一、2024年预算执行情况',
  '(一)一般公共预算',
  '1.全年收支。预计实现一般公共收入42.6亿元,比上年下降6.4%,完成预算92.5%。其中,税收收入30.1亿元,下降5.2%;非税收入12.5亿元,下降8.2%。预计实现一般公共支出58.3亿元,完成调整预算100%,比上年下降11.7%。',
])

const OTHER = html('松川区2024年财政决算草案', [
  '松川区2024年财政决算草案',
  '一、全区收支',
  '一般公共预算收支。一般公共预算收入320.8亿元,完成预算91.2%,比上年下降2.3%。一般公共预算支出411.4亿元,完成预算85.1%,比上年下降9.6%。',
])

describe('place reports in prose, asked as their readers ask', async () => {
  const sources = [
    { name: 'qingya-2023-juesuan.html', bytes: new TextEncoder().encode(COUNTY) },
    { name: 'xiling-2025-yusuan.html', bytes: new TextEncoder().encode(DISTRICT) },
    { name: 'songchuan-2024-juesuan.html', bytes: new TextEncoder().encode(OTHER) },
  ]
  const corpus = buildCorpus(await readSources(sources)).corpus
  const engine = createEngine(corpus)
  const ask = (question: string) => engine.ask({ question }).answer

  it('reads a tax by its own name, never the longer name it ends', () => {
    const a = ask('青崖县增值税收了多少')
    expect(a).toContain('7120万元')
    expect(a).not.toContain('530万元')
  })
  it('reads a two-character tax and 耕地占用税 whole', () => {
    expect(ask('青崖县契税多少')).toContain('920万元')
    const a = ask('青崖县耕地占用税增长了多少')
    expect(a).toContain('380万元')
    expect(a).toContain('115.15%')
  })
  it('answers the year before a budget report’s own from its execution section', () => {
    const a = ask('溪岭区2024年一般公共支出预计多少？完成调整预算多少')
    expect(a).toContain('58.3亿元')
    expect(a).toContain('100%')
    expect(a).not.toContain('42.6亿元')
  })
  it('never says an undated answer from that section is the draft year’s budget', () => {
    const a = ask('溪岭区非税收入下降了百分之多少')
    expect(a).toContain('8.2%')
    expect(a).toContain('2024年')
    expect(a).not.toMatch(/2025年非税收入/)
  })
  it('reads 一般公共支出 as the fund’s spending, never its income nor 一般公共服务支出', () => {
    const a = ask('松川区一般公共支出是多少')
    expect(a).toContain('411.4亿元')
    expect(a).not.toContain('320.8亿元')
  })
  it('answers one thing asked of two places, each', () => {
    const a = ask('松川区和溪岭区一般公共支出各降了多少')
    expect(a).toContain('9.6%')
    expect(a).toContain('11.7%')
  })
  it('computes one place’s figure as a share of another’s', () => {
    const a = ask('溪岭区一般公共支出是松川区的百分之几')
    expect(a).toContain('14.17%')
  })
})
