import { describe, expect, it } from 'vitest'
import { foldMeaning, meaningMap, MEANING_FOLDS, printedSpan } from '../../server/core/read/meaning-view.js'
import { verbatimQuote } from '../../server/core/tools/lib/verbatim.js'

describe('the meaning view: Traditional script read as Simplified, pinyin glosses dropped', () => {
  it('is a list of named folds', () => {
    expect(MEANING_FOLDS.map((f) => f.name)).toEqual(['bare-money-unit', 'traditional-script', 'spaced-decimal', 'pinyin-gloss'])
  })

  it.each([
    ['臨江縣財政局2022年度部門決算公開說明', '临江县财政局2022年度部门决算公开说明'],
    ['使用非財政撥款結(jié)余3.00萬元，年初結(jié)轉(zhuǎn)和結(jié)余1.20萬元', '使用非财政拨款结余3.00万元，年初结转和结余1.20万元'],
    ['實有人數（shù）8人，其中：在職人員7人', '实有人数8人，其中：在职人员7人'],
    ['與上年相比，增長6.5%，主要原因是調整後的預算', '与上年相比，增长6.5%，主要原因是调整后的预算'],
    // (a gloss after 萬 and the 元 after it: one 万元, never 万元元; a conversion's space after a decimal point)
    ['共收到資金288萬(wàn)元。', '共收到资金288万元。'],
    ['預算35. 3萬元', '预算35.3万元'],
  ])('%s', (printed, meaning) => expect(foldMeaning(printed)).toBe(meaning))

  it('leaves a Simplified text as it is, characters a Simplified text prints included (著, 乾, 覆)', () => {
    const s = '显著提高；乾县覆盖率（%）：12.50，比上年减少0.30。'
    expect(foldMeaning(s)).toBe(s)
  })

  it('drops only a gloss after a Han character: a bracketed word or a code is kept', () => {
    expect(foldMeaning('項目(一)、附表(a)、2130301(行政運行)、費(fèi)')).toBe('项目(一)、附表(a)、2130301(行政运行)、费')
  })

  it('never folds across a line break: line N of the view is line N of the source', () => {
    const src = '一、收入總計\n結(jié)\n(zhuǎn)轉'
    expect(foldMeaning(src).split('\n')).toHaveLength(3)
    expect(foldMeaning(src)).toBe('一、收入总计\n结\n(zhuǎn)转')
  })

  it('maps each character of the view to the source span it stands for, a dropped gloss to the character before it', () => {
    const m = meaningMap('結(jié)轉')
    expect(m.text).toBe('结转')
    expect([m.from, m.to]).toEqual([[0, 6], [6, 7]])
  })
})

describe('printed forms found through the position map', () => {
  it('finds the printed span of a span of the view, with the gloss after its last character', () => {
    expect(printedSpan('年初結(jié)轉(zhuǎn)和結(jié)余0.55萬元', '结转和结余')).toBe('結(jié)轉(zhuǎn)和結(jié)余')
    expect(printedSpan('收入總計\n434.72', '收入总计 434.72')).toBe('收入總計\n434.72')
    // a bare 万 read as 万元 is quoted as printed
    expect(printedSpan('决算数合计为1000.86万,其中', '合计为1000.86万元')).toBe('合计为1000.86万')
    expect(printedSpan('收入總計', '支出总计')).toBeUndefined()
  })

  it('quotes a Traditional source in Traditional, cuts marked', () => {
    const source = '2022年度收入總計86.40萬元，其中：本年收入合計80.00萬元，年初結(jié)轉(zhuǎn)和結(jié)余6.40萬元。'
    expect(verbatimQuote(source, '本年收入合计80.00万元')).toBe('……本年收入合計80.00萬元……')
    expect(verbatimQuote(source, '年初结转和结余6.40万元。')).toBe('……年初結(jié)轉(zhuǎn)和結(jié)余6.40萬元。')
  })
})
