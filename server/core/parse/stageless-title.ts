import { isPageFurniture } from './page-furniture.js'
import { TOC, cleanName, flatTitle, isPlaceOnly, labelledOrg, orgLike, type TitleRule } from './meta-rules.js'

/** "<pre>2019年度<mid>“三公”经费<rest>" with no 预算/决算 anywhere after the fund's name: the kind is 三公, the stage unsaid. */
const STAGELESS = /^(?<pre>.*?)(?<year>(?:19|20)\d{2})年度?(?<mid>.{0,30}?)"?三公"?经费(?<rest>.*)$/
/** What may follow 三公经费 in such a title: 公开说明, 情况说明, 公开, 支出情况, 情况统计表… */
const TITLE_TAIL = /^(?:支出)?(?:情况)?(?:公开)?(?:情况)?(?:说明|(?:统计)?表)?$/
/** The names of the funds, whose 预算 is not a stage: 一般公共预算财政拨款“三公”经费… */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g

/**
 * "乌鲁木齐市某区2019年度“三公”经费公开说明": a 三公 account whose title names no stage. The year and kind are read; the
 * stage is left for the document itself to tell (account-stage), never guessed from the title. A title naming only
 * a place is marked so (`place`): whose account it is, the body decides.
 */
export const stagelessThreePublicTitle: TitleRule = {
  name: 'stageless-three-public-title',
  read(head) {
    for (const l of head) {
      if (l.text.trim().split(/\t+/).length > 1 || isPageFurniture(l.text)) continue
      const flat = flatTitle(l.text)
      if (TOC.test(flat) || /[。，；;,]/.test(flat)) continue
      const m = STAGELESS.exec(flat)?.groups
      if (!m || /预算|决算/.test(m.pre + m.mid.replace(FUND_NAMES, '')) || !TITLE_TAIL.test(m.rest)) continue
      const pre = cleanName(m.pre)
      const mid = cleanName(m.mid.replace(FUND_NAMES, '').replace(/财政拨款$/, ''))
      const org = (orgLike(pre) && pre) || (orgLike(mid) && mid) || labelledOrg(head)?.org
      return {
        year: Number(m.year), title: l.text.replace(/\t/g, ' ').trim(), titleLine: l.no, stageUnread: true,
        ...(org ? { org } : {}), ...(!org && isPlaceOnly(pre) ? { place: pre } : {}),
      }
    }
    return undefined
  },
}
