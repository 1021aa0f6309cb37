import type { Scope } from '../schema.js'
import type { SourceLine } from './source-lines.js'
import { targetFormTitle } from './target-form-title.js'
import { SECTION_NUMBER, TITLE_RULES, flatTitle, namesSelfEvaluation, orgLike, placeOf, type PlaceAccount, type TitleHit, type TitleRule } from './meta-rules.js'
import { stagelessThreePublicTitle } from './stageless-title.js'
import { fiscalBudgetTitle } from './fiscal-budget-title.js'
import { departmentFundNoticeTitle, financeNoticeTitle, fundAllocationTitle, lotteryFundNoticeTitle, yearbookTitle, departmentNoticeTitle, orgLedTitle, procurementIntentionTitle } from './finance-notice-title.js'

export interface DocMeta {
  org: string
  region?: string
  city?: string
  /** a province printed before the organisation's own place (新疆疆岚县水利局 → 新疆): a qualifier, not its name */
  province?: string
  year: number
  scope: Scope
  /** the stage read from the words of the page (rule stage-by-words), said nowhere on it */
  stageFromWords?: boolean
  /** the publication date the year was read from (rule year-from-date) */
  yearFromDate?: string
  /** the part of the year a place's execution report covers (rule part-year) */
  period?: string
  title: string
  titleLine: number
}

/** "<organisation> 2025 年部门预算…": the organisation is the Han run just before the year. */
const TITLE = /([\p{Script=Han}（）()]{4,60}?)\s*(\d{4})\s*年(?:度)?\s*(部门|单位)(?:预算|预算情况)/u
/** "2025年<organisation>部门预算…": the year first. */
const TITLE_YEAR_FIRST = /(\d{4})\s*年(?:度)?\s*([\p{Script=Han}（）()]{4,60}?)\s*(部门|单位)(?:预算|预算情况)/u
const ORG_SUFFIX = /(?:局|中心|委员会|委|办公室|办|厅|院|站|所|馆|队|社|会|部|处|署|园|台|校|学|府|宫|场)$/

/** The first title form read: organisation and year beside 部门预算/单位预算 on one line (or the year's line and the one above). */
function readClassicTitle(head: SourceLine[]): DocMeta | undefined {
  for (let i = 0; i < head.length; i++) {
    // the organisation may sit on the line above the year ("…事务中心" / "2026 年单位预算情况说明")
    const joined = (i > 0 && /^\s*\d{4}\s*年/.test(head[i].text) ? head[i - 1].text.trim() : '') + head[i].text.trim()
    const flat = joined.replace(/\t/g, '')
    // a sentence of the prose ("某校为某局2023年部门预算编制范围的二级预算单位。") is no title
    if (/[。；;]$/.test(flat)) continue
    // …nor is one that states an amount ("增加因素为某院2015年部门预算“三公经费”增加41.20万元、…"), however it ends
    if (/\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/u.test(flat)) continue
    const a = TITLE.exec(flat)
    const b = TITLE_YEAR_FIRST.exec(flat)
    const clean = (s: string) => s.replace(/关于$/, '').replace(/^.*?关于/, '').replace(SECTION_NUMBER, '').replace(/^(?:附件|附表)/, '').replace(/^\d{4}年(?:度)?/, '')
    const candidates = [a && { org: clean(a[1]), year: a[2], scope: a[3] }, b && { org: clean(b[2]), year: b[1], scope: b[3] }]
    const hit = candidates.find((c) => c && ORG_SUFFIX.test(c.org) && c.org.length >= 4)
    if (!hit) continue
    const place = placeOf(hit.org)
    return {
      org: hit.org,
      city: place.city,
      region: place.region,
      year: Number(hit.year),
      scope: hit.scope === '单位' ? '单位预算' : '部门预算',
      title: joined.replace(/\t/g, ' ').trim(),
      titleLine: head[i].no,
    }
  }
  return undefined
}

/**
 * What the title region says, field by field; a field it does not say is absent. `place`: the title names only that
 * place (`placeAccount`: the title says whose account: its 本级, or the whole place's); `stageUnread`: the title names a 三公 account but not its stage.
 */
export type PartialMeta = Partial<DocMeta> & { place?: string; placeAccount?: PlaceAccount; stageUnread?: boolean; body?: string }

/**
 * A place's yearbook (its year's account, rule yearbook-title), a place's 财政预算 (its budget words would read as a 部门预算
 * with no organisation), the title rules of meta-rules,
 * then a 三公 title that names no stage (the last resort: a stage said anywhere wins), then a unit's 财务信息公示, a
 * 彩票公益金 notice, a place's allocation of funds.
 */
const RULES: TitleRule[] = [yearbookTitle, fiscalBudgetTitle, ...TITLE_RULES, targetFormTitle, stagelessThreePublicTitle, financeNoticeTitle, procurementIntentionTitle, lotteryFundNoticeTitle, fundAllocationTitle, departmentFundNoticeTitle, departmentNoticeTitle, orgLedTitle]

/**
 * Organisation, region, year and scope from the document's title region (its first lines). The classic one-line
 * title is read first (so documents read before keep their metadata exactly); then the named title rules, whose
 * organisation may come from a label line (预算主管部门：…) or the lines next to a region title.
 */
export function readMeta(lines: SourceLine[]): DocMeta | undefined {
  const meta = readTitleRegion(lines)
  return meta.org && meta.year && meta.scope ? (meta as DocMeta) : undefined
}

/**
 * A line that is the file name of one table attached to the page ("州中医医院2020年…“三公”经费支出决算表(与预算对比).xls"):
 * it names that table, never the page (a file named for the whole document, "某局2023年部门预算.pdf", may title it).
 */
const ATTACHMENT_NAME = /表\s*(?:[（(][^（）()]{0,20}[）)])?\.(?:xlsx?|et|docx?|wps|pdf)$/i

/** As much metadata as the title region gives, possibly partial (a year and kind with no organisation). */
export function readTitleRegion(lines: SourceLine[]): PartialMeta {
  // (a link to one attached table names that table, never the page)
  const head = lines.filter((l) => l.text.trim() && !ATTACHMENT_NAME.test(l.text.trim())).slice(0, 25)
  const classic = readClassicTitle(head)
  // "某局2023年度部门预算项目支出绩效自评表": the 部门预算 qualifies the projects; the document is their self-evaluation
  if (classic) return namesSelfEvaluation(classic.title) ? { ...classic, scope: '绩效自评' } : classic
  // the first rule that reads a field gives it; later rules fill what earlier ones left out
  const hits = RULES.map((rule) => rule.read(head)).filter((h): h is TitleHit => !!h)
  if (!hits.length) return {}
  const first = hits[0]
  // a place's whole account (its 财政预算/财政决算) is the place's, whoever reports it ("某区人民政府关于…决算的报告")
  const org0 = first.placeAccount === 'whole' ? undefined : hits.map((h) => h.org).find((o) => o && orgLike(o))
  // rule procurement-title: "某学院政府采购决算公开情况说明" is 某学院's 政府采购 disclosure: the 政府 of 政府采购 is no end
  // of the organisation's name (某县人民政府 stays whole: its 政府 is not followed by 采购)
  const bare = org0?.endsWith('政府') && hits.some((h) => flatTitle(h.title ?? '').replace(/\s+/gu, '').includes(`${org0}采购`)) ? org0.slice(0, -2) : undefined
  const org = bare && orgLike(bare) ? bare : org0
  const year = hits.map((h) => h.year).find(Boolean)
  const scope = hits.map((h) => h.scope).find(Boolean)
  const out: PartialMeta = { title: first.title, titleLine: first.titleLine }
  if (year) out.year = year
  if (scope) out.scope = scope
  else if (hits.some((h) => h.stageUnread)) out.stageUnread = true
  const placed = hits.find((h) => h.place)
  if (placed && !org) Object.assign(out, { place: placed.place }, placed.placeAccount ? { placeAccount: placed.placeAccount } : {})
  const body = org || placed ? undefined : hits.find((h) => h.body)?.body
  if (body) out.body = body
  if (org) {
    out.org = org
    const place = placeOf(org)
    if (place.city) out.city = place.city
    if (place.region && !/开发区|园区|高新区|经开区/.test(place.region)) out.region = place.region
  }
  return out
}