import type { ConceptHit } from '../question-frame.js'

/** The 总表's own total lines: 本年收入合计 / 本年支出合计 (this year's flows, before 上年结转 and 年末结转). */
export const THIS_YEAR_TOTAL = /^本年(?:收入|支出)合计$/

/**
 * Rule `this-year-total`: "本年收入合计" is a line the 收支总表 prints apart from 收入总计 (which adds 上年结转 or
 * 年初结转和结余). The vocabulary reads "收入合计" as the income total; the 本年 written right before it takes the hit
 * to that printed line, read as printed where the document has it; so does "本年收入" said alone.
 */
export function thisYearTotals(concepts: ConceptHit[], text: string): void {
  for (const c of concepts) {
    if (text.slice(c.start - 2, c.start) !== '本年') continue
    // "本年收入比上年增加多少": 本年收入 alone is that line too (the weak word 收入 would be the whole budget)
    const bare = c.kind === 'weak' && /^(?:收入|支出)$/.test(c.surface)
    if (!bare && (c.kind !== 'lexicon' || !/^(?:收入|支出)合计$/.test(c.surface))) continue
    c.start -= 2
    c.surface = `本年${c.surface}${bare ? '合计' : ''}`
    if (bare) c.kind = 'lexicon'
  }
}
