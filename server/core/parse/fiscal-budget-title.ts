import { isPageFurniture } from './page-furniture.js'
import { cleanName, flatTitle, placeOfName, type TitleRule } from './meta-rules.js'

/**
 * "关于西夏区2021年财政预算执行情况和2022年财政预算(草案)相关表格", "某县2023年预算执行情况与2024年预算草案的报告",
 * "某市2024年财政预算（草案）": a place's government budget, the 总预算 its 财政局 compiles for the 人大 — the last
 * year's execution and the next year's draft in one document. The organisation is the place itself (the whole
 * government, not a department and not only its 本级); the year the draft's, the executed year held as its columns.
 */
const FISCAL = /(?:^|关于|[^\p{Script=Han}])(?<place>\p{Script=Han}{2,16}?)(?<year>(?:19|20)\d{2})年(?:度)?(?:财政|本级|全[区县市旗州])?(?:一般公共)?预算(?<rest>执行情况(?:的报告)?(?:[和及与暨](?<next>(?:19|20)\d{2})年(?:度)?(?:财政|本级|全[区县市旗州])?预算(?:[(（]?草案[)）]?)?)?|[(（]?草案[)）]?)/u

export const fiscalBudgetTitle: TitleRule = {
  name: 'fiscal-budget-title',
  read(head) {
    for (const l of head.slice(0, 6)) {
      // a row of cells, a page's furniture, or a file's name ("7.关于…相关表格.pdf") is no title
      if (l.text.trim().split(/\t+/).length > 1 || isPageFurniture(l.text) || /\.(?:pdf|docx?|xlsx?|wps)$/i.test(l.text.trim())) continue
      const m = FISCAL.exec(flatTitle(l.text))?.groups
      if (!m) continue
      // "执行情况" alone (no draft after it) is still the place's budget of that year, as executed
      const placed = placeOfName(cleanName(m.place))
      if (!placed || placed.own) continue
      const title = l.text.replace(/\t/g, ' ').trim()
      return { year: Number(m.next ?? m.year), scope: '财政预算', title, titleLine: l.no, place: placed.place, placeAccount: 'whole' }
    }
    return undefined
  },
}
