import { isPageFurniture } from './page-furniture.js'
import { TOC, cleanName, flatTitle, labelledOrg, orgLike, placeOfName, type TitleRule } from './meta-rules.js'
import type { SourceLine } from './source-lines.js'

/**
 * "达州市某区中医医院财务信息公示", "某卫生院2023年度收支情况公示", "某市公立医院财务信息公开指标(某县人民医院)": a unit's own account of a closed year (a public
 * hospital's, a school's), published under no 预算/决算 word. The organisation is the title's (or a 单位：label's),
 * the scope a unit's accounts; the year the title's, else the latest year its table's columns print ("2016年度 2017年度").
 */
const NOTICE = /^(?<pre>.*?)(?:(?<year>(?:19|20)\d{2})年度?)?(?:财务(?:信息)?|收支(?:情况)?|财务收支(?:情况)?)(?:公示|公开(?:指标|信息|情况)?)(?:[（(](?<unit>[^()（）]{4,30})[)）])?$/u
const COLUMN_YEAR = /(?:19|20)\d{2}(?=\s*年度?\s*[)）]?(?:\s|$))/gu

/** The lines a notice's title may be: the first eight, none a row of cells or a page's furniture. */
const titleCandidates = (head: SourceLine[]) => head.slice(0, 8).filter((l) => l.text.trim().split(/\t+/).length === 1 && !isPageFurniture(l.text))

export const financeNoticeTitle: TitleRule = {
  name: 'finance-notice-title',
  read(head) {
    for (const l of titleCandidates(head)) {
      const flat = flatTitle(l.text)
      if (TOC.test(flat)) continue
      const m = NOTICE.exec(flat)?.groups
      if (!m) continue
      const pre = cleanName(m.pre)
      // "某市公立医院财务信息公开指标(某县人民医院)": a city's form filled in by one of its hospitals, named in brackets
      const unit = m.unit && cleanName(m.unit)
      const org = (unit && orgLike(unit) && unit) || (orgLike(pre) && pre) || labelledOrg(head)?.org
      const years = head.slice(head.indexOf(l) + 1).flatMap((x) => [...x.text.matchAll(COLUMN_YEAR)].map((y) => Number(y[0])))
      const year = m.year ? Number(m.year) : years.length ? Math.max(...years) : undefined
      return { scope: '单位决算', title: l.text.trim(), titleLine: l.no, ...(org ? { org } : {}), ...(year ? { year } : {}) }
    }
    return undefined
  },
}

/**
 * "某区文化和旅游局关于2024年体育彩票公益金筹集使用情况的公告": a body's account of a year's 彩票公益金, raised and
 * spent (rule lottery-fund-notice). The organisation before 关于, the year after it; an account of what was spent.
 */
const FUND_NOTICE = /^(?<pre>.+?)关于(?<year>(?:19|20)\d{2})年度?(?:本级)?[^。]{0,12}?公益金[^。]{0,8}?(?:筹集|使用|分配)[^。]{0,10}?的?(?:公告|公示|报告|说明)$/u

export const lotteryFundNoticeTitle: TitleRule = {
  name: 'lottery-fund-notice',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = FUND_NOTICE.exec(flatTitle(l.text))?.groups
      if (!m) continue
      const pre = cleanName(m.pre)
      return { scope: '部门决算', title: l.text.trim(), titleLine: l.no, year: Number(m.year), ...(orgLike(pre) ? { org: pre } : {}) }
    }
    return undefined
  },
}

/**
 * "某县2025年第一批财政衔接资金分配结果公告", "关于下达某区2022年…补助资金的通知", "2023年某镇专项资金安排情况公示": a
 * place's allocation of a year's funds (transfers it received, its own special funds) to projects: the place's plan
 * for that money, so its 财政预算 and the whole place's (rule fund-allocation-notice). A department's notice ("某局关于…")
 * names no place alone and is left to the other rules.
 */
const FUND_ALLOCATION = /^(?:关于)?(?:下达)?(?:(?<place>\p{Script=Han}{2,16}?)(?<year>(?:19|20)\d{2})年度?|(?<yearFirst>(?:19|20)\d{2})年度?(?<placeAfter>\p{Script=Han}{1,15}?[区县市旗州镇乡盟]))[^。，,；]{0,30}?资金[^。，,；]{0,12}?(?:分配|安排|下达|使用|拨付)[^。，,；]{0,6}?的?(?:公告|公示|通知|说明|公开)$/u

export const fundAllocationTitle: TitleRule = {
  name: 'fund-allocation-notice',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = FUND_ALLOCATION.exec(flatTitle(l.text))?.groups
      if (!m) continue
      const placed = placeOfName(cleanName(m.place ?? m.placeAfter))
      if (!placed || placed.own) continue
      return { scope: '财政预算', title: l.text.trim(), titleLine: l.no, year: Number(m.year ?? m.yearFirst), place: placed.place, placeAccount: 'whole' }
    }
    return undefined
  },
}

/**
 * "某市财政局 某市某服务中心关于2021年…补助资金安排使用方案的公示", "某区财政局关于下达2025年…资金的通知": the bodies that issue a plan for a year's funds,
 * named before 关于: the first of them is whose page it is (rule department-fund-notice), the plan its budget for that
 * money.
 */
const DEPT_FUND_NOTICE = /^(?<issuers>[\p{Script=Han}（）()\s、和]{4,60}?)关于(?<verb>下达|拨付|分配|安排)?(?<year>(?:19|20)\d{2})年度?[^。，,；]{0,30}?资金(?<after>[^。，,；]{0,12}?(?:分配|安排|下达|使用|拨付))?[^。，,；]{0,8}?的?(?:公告|公示|通知|说明|公开)$/u

export const departmentFundNoticeTitle: TitleRule = {
  name: 'department-fund-notice',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = DEPT_FUND_NOTICE.exec(l.text.trim())?.groups
      // (its verb before the year, "关于下达2025年…资金的通知", or after the funds, "关于2021年…资金安排使用方案的公示")
      if (!m || !(m.verb || m.after)) continue
      const org = m.issuers.split(/[\s、和]+/u).map(cleanName).find((x) => orgLike(x))
      if (!org) continue
      return { scope: '部门预算', title: l.text.trim(), titleLine: l.no, year: Number(m.year), org }
    }
    return undefined
  },
}

/**
 * "武义年鉴2022", "2022某市年鉴": a place's yearbook, named by its place without the level word, records the year before
 * its own (年鉴2022 gives 2021's figures). Its finance pages are the whole place's account of that year, a 财政决算; the
 * place is the one its lines spell with its level word (武义县), else it stays unread (rule yearbook-title).
 */
const YEARBOOK = /^(?:page\d+-)?(?:(?<stem>\p{Script=Han}{2,8}?)年鉴(?<year>(?:19|20)\d{2})年?(?:卷)?|(?<yearFirst>(?:19|20)\d{2})年?(?<stemAfter>\p{Script=Han}{2,8}?)年鉴)$/iu

export const yearbookTitle: TitleRule = {
  name: 'yearbook-title',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = YEARBOOK.exec(flatTitle(l.text))?.groups
      if (!m) continue
      const stem = (m.stem ?? m.stemAfter).replace(/[县市区旗州]$/u, '')
      const year = Number(m.year ?? m.yearFirst) - 1
      const spelled = new RegExp(`${stem}(?:县|市|区|旗|州)`, 'u').exec(head.map((x) => flatTitle(x.text)).join('\n'))?.[0]
      const placed = spelled ? placeOfName(spelled) : undefined
      const place = placed && !placed.own ? { place: placed.place, placeAccount: 'whole' as const } : {}
      return { scope: '财政决算', title: l.text.trim(), titleLine: l.no, year, ...place }
    }
    return undefined
  },
}

/**
 * "某盟财政局关于一事一议财政奖补项目建设情况的说明", "某县农业农村局关于2020年…补助资金使用情况的公告": a body's notice
 * about public money (资金, 奖补, 补助, 经费, 项目) under its own name before 关于 (rule department-notice). The issuer is
 * whose page it is; its year the title's, else left to the page (its date, its body); its stage to its words.
 */
const DEPT_NOTICE = /^(?<issuer>[\p{Script=Han}（）()]{4,40}?)关于(?<what>[^。；]{2,60}?(?:资金|奖补|补助|补贴|经费|专项|项目)[^。；]{0,24}?)的?(?:公告|公示|通知|说明|批复|报告|情况)$/u

export const departmentNoticeTitle: TitleRule = {
  name: 'department-notice',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = DEPT_NOTICE.exec(flatTitle(l.text))?.groups
      if (!m) continue
      const org = cleanName(m.issuer)
      if (!orgLike(org)) continue
      const year = /((?:19|20)\d{2})年度?/u.exec(m.what)?.[1]
      return { title: l.text.trim(), titleLine: l.no, org, ...(year ? { year: Number(year) } : {}) }
    }
    return undefined
  },
}

/**
 * "某盟财政局“一事一议”项目批复工作有序进行": a news item on a body's own site about its public money, the body named
 * first, then what it did with projects or funds (rule org-led-title). The body is whose page it is; the year and the
 * stage are left to the page (its date, its words).
 */
const MONEY_TOPIC = /一事一议|项目|资金|经费|奖补|补助|补贴|预算|决算|三公/u
/** A sentence's opening word or a heading's number, never a body's name: 根据, 按照, 关于, 为了, （二）, 三、. */
const NOT_LEAD = /^(?:根据|按照|依据|关于|为了|为|对|经|由|在|将|[^\p{Script=Han}]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+)/u

export const orgLedTitle: TitleRule = {
  name: 'org-led-title',
  read(head) {
    for (const l of titleCandidates(head)) {
      const flat = flatTitle(l.text)
      // (a title: no sentence's or clause's punctuation, "根据某办公室的要求，我局…" is a sentence)
      if (flat.length > 60 || /[。；，,：:]/u.test(flat) || !MONEY_TOPIC.test(flat)) continue
      // the longest leading name that is a body's (ending at a body's word, never a place alone)
      let org: string | undefined
      for (let k = Math.min(flat.length - 2, 24); k >= 4 && !org; k--) {
        const name = flat.slice(0, k)
        if (/(?:局|厅|委|委员会|办公室|中心|院|站|所|政府)$/u.test(name) && !NOT_LEAD.test(name) && orgLike(name) && MONEY_TOPIC.test(flat.slice(k))) org = name
      }
      if (!org) continue
      const year = /((?:19|20)\d{2})年度?/u.exec(flat.slice(org.length))?.[1]
      return { title: l.text.trim(), titleLine: l.no, org, ...(year ? { year: Number(year) } : {}) }
    }
    return undefined
  },
}

/**
 * "天津市人民医院政府采购意向公告", "某局2021年09月至2021年10月政府采购意向": a body's notice of the purchases it plans (rule
 * procurement-intention-title), published under no 预算/决算 word: a plan of the year, its budget's (预算金额). A unit's
 * (a hospital's, a school's) is a 单位预算, else a 部门预算; the year the title's, else the year of the notice's date.
 */
const INTENTION = /^(?<pre>.+?)(?:(?<year>(?:19|20)\d{2})年(?:度|\d{1,2}月(?:份)?(?:(?:至|到|[-－—~])(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份)?)?)?)?(?:政府)?采[购購]意向(?:公告|公开|公示)?$/u
const UNIT_KIND = /(?:医院|卫生院|学校|中学|小学|幼儿园|学院|大学|中心|站|所|馆)$/u
const DATE_YEAR = /^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u

export const procurementIntentionTitle: TitleRule = {
  name: 'procurement-intention-title',
  read(head) {
    for (const l of titleCandidates(head)) {
      const m = INTENTION.exec(flatTitle(l.text))?.groups
      if (!m) continue
      const org = cleanName(m.pre)
      if (!orgLike(org)) continue
      // (else the year of another title line of the notice: "某医院2021年09月至2021年10月政府采购意向")
      const titled = m.year ?? head.filter((x) => x !== l && INTENTION.test(flatTitle(x.text))).map((x) => /((?:19|20)\d{2})年/u.exec(flatTitle(x.text))?.[1]).find(Boolean)
      const dated = head.map((x) => DATE_YEAR.exec(x.text.trim())?.[1]).find(Boolean)
      const year = titled ?? dated
      return { scope: UNIT_KIND.test(org) ? '单位预算' : '部门预算', title: l.text.trim(), titleLine: l.no, org, ...(year ? { year: Number(year) } : {}) }
    }
    return undefined
  },
}
