import { describe, expect, it } from 'vitest'
import { foldMeaning } from '../../server/core/read/meaning-view.js'

/** Session 39 (blind87's mirrored hospital budget): a Traditional 萬 with its 元 left out is 万元, as a Simplified 万 is. */
describe('meaning view: bare money unit in Traditional script', () => {
  it('reads 萬 and 億 after a number, with nothing after them, as 万元 and 亿元', () => {
    expect(foldMeaning('比上年增加95.31萬')).toBe('比上年增加95.31万元')
    expect(foldMeaning('收入12.5億,增長3%')).toBe('收入12.5亿元,增长3%')
  })
  it('leaves 萬元 and a counted 萬 as they are read otherwise', () => {
    expect(foldMeaning('預算總額為1443.42萬元')).toBe('预算总额为1443.42万元')
    expect(foldMeaning('服務5萬人次')).toBe('服务5万人次')
  })
})
