import { isPageFurniture } from './page-furniture.js'
import { TOC, cleanName, flatTitle, labelledOrg, orgLike, type TitleRule } from './meta-rules.js'

/**
 * "项目绩效目标表(2021年度)", "2024年项目支出绩效目标申报表", "部门整体支出绩效目标表": the national form a unit files with its
 * budget for a project (or for its whole spending), published on its own. Its title names no 预算/决算, yet it is the
 * budget's: its targets and 资金总额 are the plan. The year is the title's (before it, or in brackets after it).
 */
const TARGET_FORM = /^(?<pre>.*?)(?:(?<year>(?:19|20)\d{2})年度?)?(?<kind>(?:项目(?:支出)?|部门整体(?:支出)?|整体支出)?绩效目标(?:申报|批复)?表)(?:[（(](?<after>(?:19|20)\d{2})年度?[)）])?/u
/** "填报单位(盖章):某镇人民政府": the unit that filed the form, wherever the copy left it on a line. */
const FILED_BY = /(?:填报单位|申报单位|项目单位|预算单位)\s*(?:[（(]盖章[)）])?\s*[:：]\s*([\p{Script=Han}（）()]{4,40}?)(?=\s|项目名称|项目属性|主管部门|$)/u

export const targetFormTitle: TitleRule = {
  name: 'target-form-title',
  read(head) {
    const hits = head.slice(0, 12).flatMap((l) => {
      // a table of contents' entry ("十一、项目绩效目标表") names a table of the document, not the document
      const m = isPageFurniture(l.text) || TOC.test(flatTitle(l.text)) ? undefined : TARGET_FORM.exec(flatTitle(l.text))?.groups
      return m ? [{ l, m, year: Number(m.year ?? m.after ?? 0) }] : []
    })
    // a page's own furniture ("项目绩效目标表_第1页") gives no year: the form's own line, further down, does
    const hit = hits.find((h) => h.year) ?? hits[0]
    if (hit) {
      const { l, m, year } = hit
      const pre = cleanName(m.pre)
      const filed = head.map((h) => FILED_BY.exec(flatTitle(h.text))?.[1]).find((o) => o && orgLike(o))
      const org = (orgLike(pre) && pre) || filed || labelledOrg(head)?.org
      if (!year && !org) return undefined
      const title = `${m.pre}${m.year ? `${m.year}年` : ''}${m.kind}${m.after ? `(${m.after}年度)` : ''}`
      return { scope: '部门预算', title, titleLine: l.no, ...(year ? { year } : {}), ...(org ? { org } : {}) }
    }
    return undefined
  },
}
