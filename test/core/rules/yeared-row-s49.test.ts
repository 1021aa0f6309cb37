import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../../server/core/engine.js'
import { buildCorpus } from '../../../server/core/ingest/build-corpus.js'

// Session 49 (blind107, first contact): a debt table's rows name a year and its point ("2024年末政府债务余额" |
// "2025年末政府债务余额"), and "2025年末政府债务余额是多少" was given the 2024 row (a wrong figure, cited); a county's debt
// page prints "一般债务限额…专项债务限额…一般债务余额…专项债务余额…", and "专项债务余额是多少亿", "2020年底一般债务余额、
// 专项债务余额各多少" were given the 限额 (the term 专项债务 read where a longer name runs on).
const enc = (s: string) => new TextEncoder().encode(s)
const TABLE = [
  '桐溪区2025年财政决算（草案）的报告',
  '2025年末，全区政府债务余额409000万元，其中一般债务129000万元、专项债务280000万元，控制在省核定的债务限额450000万元以内。',
  '附表6桐溪区2025年政府债务限额和余额情况表',
  '单位：万元',
  '项目\t一般债务\t专项债务\t合计',
  '2025年政府债务限额\t150000\t300000\t450000',
  '2024年末政府债务余额\t120000\t250000\t370000',
  '2025年新增债券\t9000\t30000\t39000',
  '2025年末政府债务余额\t129000\t280000\t409000',
].join('\n')
const PAGE = [
  '2020年石泉县地方政府债务状况',
  '2020年底,石泉县地方政府债务限额为9.5亿元,其中:一般债务限额6.1亿元,专项债务限额3.4亿元。截至2020年底,石泉县政府债务余额8.2亿元,一般债务余额5.3亿元,专项债务余额2.9亿元。',
].join('\n')
let engine: Engine | undefined
const ask = (question: string) => (engine ??= createEngine(buildCorpus([{ name: 'tongxi-czj-2025-jsca.txt', bytes: enc(TABLE) }, { name: 'shiquan-2020-zfzw.txt', bytes: enc(PAGE) }]).corpus)).ask({ question })

describe('the row of the year asked, and words read as printed', () => {
  it('reads the row whose year the question says (rule yeared-row)', () => {
    const a = ask('桐溪区2025年末政府债务余额是多少？')
    expect(a.answer).toContain('409000万元')
    expect(a.answer).not.toContain('370000')
  })
  it('reads the latest year’s row when no year is said, and a share’s two words each as its row', () => {
    expect(ask('桐溪区政府债务余额是多少').answer).toContain('409000万元')
    const a = ask('桐溪区年末债务余额占债务限额的比例')
    expect(a.answer).toContain('90.89%')
    expect(a.answer).not.toMatch(/100\.00%|不一致/)
    expect(ask('桐溪区政府债务余额比上年末增加了多少').answer).toMatch(/39,?000(?:\.00)?万元/)
  })
  it('reads 余额 asked where the page prints 限额 first (rule printed-span)', () => {
    const a = ask('石泉专项债务余额是多少亿？')
    expect(a.answer).toContain('2.9亿元')
    expect(a.answer).not.toMatch(/为3\.4亿元/)
    const b = ask('石泉县2020年底一般债务余额、专项债务余额各多少')
    expect(b.answer).toContain('5.3亿元')
    expect(b.answer).toContain('2.9亿元')
    const c = ask('石泉县一般债务限额和专项债务限额分别是多少？')
    expect(c.answer).toMatch(/一般债务限额[^。]{0,8}6\.1亿元/)
    expect(c.answer).toMatch(/专项债务限额[^。]{0,8}3\.4亿元/)
  })
})
