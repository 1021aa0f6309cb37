import { compactText, escapeRegExp } from '../search/normalize-text.js'
import { bodyOrg, type BodyOrg } from './body-org.js'
import { yearOf } from './header.js'
import { z } from 'zod'
import { Scope } from '../schema.js'
import { readTitleRegion, type DocMeta, type PartialMeta } from './meta.js'
import { tabbedCells, flatTitle, isPlaceOnly, orgLike, placeOf } from './meta-rules.js'
import { accountStage, stageByWords } from './account-stage.js'
import { isPageFurniture, publicationDate } from './page-furniture.js'
import { ownAccountPlace, placeOwnAccount } from './place-account.js'
import { PROVINCE, splitProvince } from './province-qualifier.js'
import { toSourceLines, type SourceLine } from './source-lines.js'
import { placeNameStart } from '../tools/lib/place-name.js'

/** `NAME.meta.json` next to a published file: what its title region does not say. */
export const SidecarMeta = z.object({
  org: z.string().trim().min(1).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  kind: z.string().trim().optional().describe('部门预算 / 单位预算 / 部门决算 / 单位决算 / 三公经费预算 / 三公经费决算 / 绩效自评'),
  source: z.string().optional().describe('where the file was published (a URL)'),
})
export type SidecarMeta = z.infer<typeof SidecarMeta>

export type MetaField = 'org' | 'year' | 'scope'

/** A kind as people write it in a sidecar or a file name. */
export function scopeOfWords(s: string | undefined): Scope | undefined {
  if (!s) return undefined
  const exact = Scope.safeParse(s.replace(/["“”]/g, ''))
  if (exact.success) return exact.data
  const final = /决算|final/i.test(s)
  // (a 绩效评价报告 of a year's spending is read as its self-evaluation is: the accounts of a closed year)
  if (/绩效(?:目标)?(?:自评|评价)/.test(s)) return '绩效自评'
  // (a place's accounts named by its account words, "全区及区本级财政决算收支情况": no department's or unit's)
  if (/(?:全[省市区县旗州盟镇乡]|本级)[^。，,]{0,8}(?:财政|政府)总?决算/u.test(s) && !/部门|单位|三公/u.test(s)) return '财政决算'
  if (/三公|sangong/i.test(s)) return final ? '三公经费决算' : '三公经费预算'
  if (/单位|unit/i.test(s)) return final ? '单位决算' : '单位预算'
  if (/部门|dept|department/i.test(s) || final || /预算|budget/i.test(s)) return final ? '部门决算' : '部门预算'
  return undefined
}

/** What a file name says: "普陀区司法局2026年部门预算.pdf", "xx-2024-final.pdf". */
export function metaFromFileName(file: string): PartialMeta {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '')
  const flat = flatTitle(base)
  const year = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(flat)?.[1]
  const org = /([\p{Script=Han}（）()]{4,40}?)(?:(?:19|20)\d{2}年|部门|单位)/u.exec(flat)?.[1]
  const out: PartialMeta = {}
  if (year) out.year = Number(year)
  // a 三公 name with no stage word ("xx-2019-sangong") leaves the stage to the document: 三公 alone is no 预算
  const stageless = /三公|sangong/i.test(flat) && !/预算|决算|final|budget/i.test(flat)
  const scope = /预算|决算|三公|dept|unit|final|sangong|budget/i.test(flat) && !stageless ? scopeOfWords(flat) : undefined
  if (scope) out.scope = scope
  if (org && orgLike(org)) out.org = org
  return out
}

export interface ResolvedMeta { meta: DocMeta; needed: MetaField[] }

/** A level's own account said with no place: 区本级, 县本级, 市本级 (after the year, or opening the title). */
const BARE_LEVEL_OWN = /^(?:(?:19|20)\d{2}年度?)?([区县市州旗])本级/u

/**
 * Metadata field by field: the title region first, then the page's own title (a web page's <title>), then the
 * sidecar, then what the document itself tells of a 三公 account's stage (account-stage), then the page's publisher
 * (来源：), then a place's own account (its 本级), then the file name. Fields still missing are listed in `needed`; the
 * document is kept but not answerable.
 */
export function resolveMeta(lines: SourceLine[], file: string, extra: { sidecar?: SidecarMeta; pageTitle?: string; publisher?: string; published?: string; siteOwner?: string } = {}): ResolvedMeta {
  const fromTitle = readTitleRegion(lines)
  // "XX局2025年部门预算_XX区人民政府": the site's name after a separator is not the document's
  const fromPage = extra.pageTitle ? readTitleRegion(toSourceLines(extra.pageTitle.split(/\s*[_|｜]\s*|\s+[-–—]\s+/).join('\n'))) : {}
  const side = extra.sidecar
  const fromSidecar: PartialMeta = {
    ...(side?.org ? { org: side.org } : {}), ...(side?.year ? { year: side.year } : {}), ...(scopeOfWords(side?.kind) ? { scope: scopeOfWords(side?.kind) } : {}),
  }
  const fromName = metaFromFileName(file)
  // rule project-title-org: a title naming a project ("银川市某区某乡某家园垃圾转运站提升改造项目绩效自评报告") reads the
  // project's own words as a body (转运站): the page's publisher, when it names one, is the organisation
  for (const t of [fromTitle, fromPage]) if (projectNamed(t) && extra.publisher && orgLike(extra.publisher)) delete t.org
  // a web page saved as text keeps its "来源：岳阳县台创园" line under the title: the same publisher a page reader finds
  const publisher = extra.publisher ?? publisherLine(lines)
  // (a county's own site names its offices by their level word alone, 发布机构：县财政局: no organisation by itself)
  // (nor does a department's own division, 来源：国民经济综合处, named with no place: its body's report is the place's)
  const fromPublisher: PartialMeta = publisher && orgLike(publisher) && !DIVISION_ONLY.test(publisher) ? { org: publisher } : {}
  const captioned = captionRowOrg(lines)
  const fromCaption: PartialMeta = captioned ? { org: captioned } : {}
  // rule page-fields: a portal's 信息公开 fields printed as a table's first rows ("标题: | 中庄镇2020年预算执行… ",
  // "发布机构: | 沂源县中庄镇人民政府")
  const fields = pageFields(lines)
  const fieldYear = fields.title ? yearOf(fields.title) : undefined
  // a place's government publishing its 预算执行 / 预算草案 publishes the place's 财政预算
  const fieldScope = fields.title ? (/人民政府$/.test(fields.publisher ?? '') && /预算执行|预算草案|财政预算/.test(fields.title) ? '财政预算' : scopeOfWords(fields.title)) : undefined
  // a page title naming the kind of document but no organisation ("项目支出绩效自评表 (2022年度) 委托业务项目"): its kind
  const pageScope = extra.pageTitle && /自评|绩效评价|决算|预算|三公/.test(extra.pageTitle) ? scopeOfWords(extra.pageTitle) : undefined
  const fromPageWords: PartialMeta = pageScope ? { scope: pageScope, ...(yearOf(extra.pageTitle!) ? { year: yearOf(extra.pageTitle!) } : {}) } : {}
  const fromFields: PartialMeta = { ...(fields.publisher && orgLike(fields.publisher) ? { org: fields.publisher } : {}), ...(fieldYear ? { year: fieldYear } : {}), ...(fieldScope ? { scope: fieldScope } : {}) }
  // a 三公 title with no stage: the body and the page's date tell it, or nobody does
  const year0 = [fromTitle, fromPage, fromSidecar, fromName].map((l) => l.year).find(Boolean)
  const stage = (fromTitle.stageUnread || fromPage.stageUnread) && year0 ? accountStage(lines, year0, extra.published ?? publicationDate(lines.slice(0, 40))) : undefined
  const fromAccount: PartialMeta = stage ? { scope: stage === '决算' ? '三公经费决算' : '三公经费预算' } : {}
  // a title naming a place's 本级 ("凉山州州本级") or its whole 财政预算 says whose account it is; a title naming only
  // the place, its body
  const placed = [fromTitle, fromPage].find((l) => l.place)
  const own = placed?.place && (placed.placeAccount === 'own' ? `${placed.place}本级` : placed.placeAccount === 'whole' ? placed.place : placeOwnAccount(lines, placed.place))
  const fromPlace: PartialMeta = own ? { org: own } : {}
  // a title that states whose account it is (阳城县2023年政府决算, 某某州本级) names it before the site that published it
  const stated = placed?.placeAccount === 'own' || placed?.placeAccount === 'whole'
  const byPublisher0 = fromPublisher.org && /^[省市区县旗]/u.test(fromPublisher.org) ? {} : fromPublisher
  // rule title-body: a title naming a body by a bare name ("2024年湄洲岛“三公”经费预算说明") published by a department named
  // with no place (来源：财政金融局): the account is the body's, its department only publishing it
  const byPublisher: PartialMeta = fromTitle.body && publisher && PLACELESS_DEPARTMENT.test(publisher) ? { org: fromTitle.body } : byPublisher0
  // rule level-own-title: a title naming a level's own account with no place ("2023年区本级“三公”经费预算公开报表"), the
  // place said where the page names that account ("2023年烈山区本级“三公”经费预算表"): that place's 本级, never the site's
  // office that published it
  const bareLevel = !fromTitle.org ? BARE_LEVEL_OWN.exec(compactText(fromTitle.title ?? ''))?.[1] : undefined
  const placeOwn = bareLevel ? new RegExp(`(?<=^|[^\\p{Script=Han}]|年|、)(\\p{Script=Han}{2,8}?${bareLevel})本级`, 'u') : undefined
  const levelPlace = placeOwn ? lines.slice(0, 60).map((l) => placeOwn.exec(compactText(l.text).replace(/(?:19|20)\d{2}年度?/gu, '、'))?.[1]).find((x) => x && !/^(?:全|本|各|该)/u.test(x)) : undefined
  const fromLevel: PartialMeta = levelPlace ? { org: `${levelPlace}本级` } : {}
  const layers = stated
    ? [fromTitle, fromPage, fromSidecar, fromAccount, fromPlace, byPublisher, fromCaption, fromFields, fromPageWords, fromName]
    : [fromTitle, fromLevel, fromPage, fromSidecar, fromAccount, byPublisher, fromCaption, fromFields, fromPlace, fromPageWords, fromName]
  const pick = <K extends keyof PartialMeta>(k: K) => layers.map((l) => l[k]).find((v) => v !== undefined) as PartialMeta[K]
  // nobody named at the top: the body names its organisation (rule body-org), the last resort before asking staff
  const top = pick('org')
  const body = top ? undefined : bodyOrg(lines)
  // rule site-banner: named nowhere else, the page's own site banner ("欢迎来到南县政协网站") names its publisher
  const banner = top || body ? undefined : bannerOrg(lines)
  // rule most-named: named by no title, body rule or banner, the organisation the page names most, twice at least and
  // more than any other, its place spelled out (the last resort before asking staff)
  const frequent = top || body || banner ? undefined : mostNamed(lines)
  // rule site-owner: named nowhere on the page, the site's owner its footer names (版权所有：某市妇幼保健院) published it
  // (never a government, its portal or its finance bureau: their sites carry every department's pages)
  const owner = top || body || banner || frequent || !extra.siteOwner || !orgLike(extra.siteOwner) || HOSTS_OTHERS.test(extra.siteOwner) ? undefined : extra.siteOwner
  const picked = top ?? body?.org ?? banner ?? frequent ?? owner
  // "新疆疆岚县水利局": the province qualifies the region; the organisation is named from its county on
  const qualified = picked ? splitProvince(sponsoredPlace(titlePlace(fullPlaceSpelling(picked, lines), lines), lines)) : undefined
  const org = qualified?.org
  // rule body-kind: named at the top with no year or kind said there ("编制单位：某医院"), the body's sentence naming
  // the same organisation with its year says them ("某医院2020年度部门决算公开报表")
  // (…or named by its body, "一、某某职业中专概况", its kind said where the body names it again with its year: "二、某某职业
  // 中专2017年部门预算安排情况说明")
  const named = top ?? body?.org
  const sameBody = named && (!pick('year') || !pick('scope')) ? bodyKindOf(lines, named, pick('year')) : undefined
  // (named by its banner alone, its year as its body names its account: "2021年部门决算收支完成情况", rule account-year)
  const yearSaid = pick('year') ?? body?.year ?? sameBody?.year ?? (banner ? accountYear(lines) : undefined)
  // rule year-from-date: named, its year said nowhere on the page but its date: the year that date speaks of
  const dated = !yearSaid && picked ? yearFromDate(lines, extra.published ?? publicationDate(lines.slice(0, 40))) : undefined
  // rule last-year-news: dated only by its file's name, a page whose figures are all said of 去年 ("去年,该县民生支出达29.9
  // 亿元") reports the year before, closed: its year and its outturn's kind
  const nameOnly = !dated && yearSaid !== undefined && yearSaid === fromName.year && layers.every((l) => l === fromName || l.year === undefined) && !body?.year && !sameBody?.year
  const lastYear = nameOnly && lastYearFigures(lines)
  const year = lastYear ? yearSaid! - 1 : yearSaid ?? dated?.year
  // a place's whole account read from its body is the place's 财政预算/财政决算, whatever fund word its title has
  const wholePlace = (body?.rule === 'place-own' || body?.rule === 'whole-place-subject') && org === body.place
  // (its 决算 or 预算 as its first lines speak of the year: 决算, 完成情况)
  // (a report of part of a year, "1—7月预算执行情况", "上半年…完成预算的52%", is its budget's execution, never a 决算)
  // (…unless it says 决算 itself: "2024年财政总决算和2025年1-6月财政预算执行情况" reports the closed year's accounts)
  const placeFiscal = (): Scope => { const head = lines.slice(0, 40).map((l) => l.text).join('\n'); return /决算/u.test(head) || (FINAL_WORDS.test(head) && !PART_YEAR.test(head)) ? '财政决算' : '财政预算' }
  const scope0 = wholePlace ? placeFiscal() : pick('scope') ?? (body?.rule === 'finance-summed' || body?.rule === 'year-place' || ownThreePublic(body, lines) ? summedScope(lines, year, extra.published) : scopeOfWords(body?.kindWords))
  // rule place-own-fiscal: a place's 本级 read from its body, with no kind said anywhere and no 三公 account, gives its
  // 财政预算 or 财政决算 (a 县本级 budget and its adjustment are the government's, never a department's)
  // (…and so does a place named after a sentence's year with its whole account's words, "2023年1-6月份,某县财政总收入完成…")
  // (…never a 三公 account's: its year-place sentence speaks of 三公)
  // (…and a place's finance bureau summing its accounts, "经某区财政局汇总,2021年度全区及区本级财政决算收支情况如下", of
  // no 三公 account)
  const placeRead = body?.rule === 'place-own' || ((body?.rule === 'year-place' || body?.rule === 'finance-summed') && !/三公|因公出国/u.test(lines.slice(0, 40).map((l) => l.text).join('\n')))
  const ownFiscal = !scope0 && placeRead && org === body!.org && !ownThreePublic(body, lines) ? placeFiscal() : undefined
  const scope1 = scope0 ?? ownFiscal ?? sameBody?.scope
  // rule stage-by-words: named and dated, the stage said nowhere: the one its own words speak of (the answer says so)
  // (not a 三公 title whose stage is unread: its stage is the account-stage rule's to read or to leave to staff)
  const byWords = !scope1 && org && year && !fromTitle.stageUnread && !fromPage.stageUnread ? stageByWords(lines) : undefined
  const scope2 = scope1 ?? (byWords ? (byWords === '决算' ? '部门决算' : '部门预算') : undefined)
  const scope = lastYear && scope2 ? CLOSED[scope2] ?? scope2 : scope2
  const needed: MetaField[] = [...(org ? [] : ['org' as const]), ...(year ? [] : ['year' as const]), ...(scope ? [] : ['scope' as const])]
  const period = scope === '财政预算' && year ? partOfYear(lines, year, fromTitle.title ?? extra.pageTitle) : undefined
  const firstLine = lines.find((l) => l.text.trim())
  const where = org && org === fromTitle.org ? { city: fromTitle.city, region: fromTitle.region } : org && org === own ? ownAccountPlace(placed!.place!) : body?.place && org === body.org ? ownAccountPlace(body.place) : org ? placeOf(org) : {}
  const meta: DocMeta = {
    org: org ?? '',
    year: year ?? 0,
    scope: scope ?? '部门预算',
    title: fromTitle.title ?? extra.pageTitle ?? fields.title ?? firstLine?.text.replace(/\t/g, ' ').trim() ?? '',
    titleLine: fromTitle.titleLine ?? firstLine?.no ?? 1,
    ...(where.city ? { city: where.city } : {}),
    ...(qualified?.province ? { province: qualified.province } : {}),
    ...(where.region && !/开发区|园区|高新区|经开区/.test(where.region) ? { region: where.region } : {}),
    ...(byWords ? { stageFromWords: true } : {}),
    ...(dated ? { yearFromDate: dated.date } : {}),
    ...(period ? { period } : {}),
  }
  return { meta, needed }
}

/** "2023年1-6月份", "2024年上半年", "2025年一季度": a year then the part of it the figures cover. */
const PART_OF_YEAR = /((?:19|20)\d{2})\s*年度?\s*(?:财政)?(?:预算)?\s*((?:\d{1,2}\s*[-－—~至]\s*)?\d{1,2}\s*月份?|[上下]半年|[一二三四]季度|前三季度)/u

/**
 * Rule `part-year`: a place's execution report of part of its year ("2023年1-6月份,某县财政总收入完成…", "2024年上半年
 * 预算执行情况"): the part its title names with the year, else the part the body's first sentence naming the year gives
 * it (its figures are that part's, never the year's: answers say so). Undefined for a report of the whole year.
 */
function partOfYear(lines: SourceLine[], year: number, title?: string): string | undefined {
  const own = (m: RegExpExecArray | null) => (m && Number(m[1]) === year ? m[2].replace(/\s+/gu, '').replace(/份$/u, '') : undefined)
  if (title && /(?:19|20)\d{2}\s*年/u.test(title)) return own(PART_OF_YEAR.exec(title))
  const first = lines.slice(0, 12).find((l) => new RegExp(`${year}\\s*年`, 'u').test(l.text))
  return first ? own(PART_OF_YEAR.exec(first.text)) : undefined
}

/** The year and kind the body's sentence naming `org` gives (rule body-kind), when it agrees with the year known. */
function bodyKindOf(lines: SourceLine[], org: string, year: number | undefined): { year?: number; scope?: Scope } | undefined {
  const said = bodyOrg(lines)
  const scope = said && said.org === org && (!year || said.year === year) ? scopeOfWords(said.kindWords) : undefined
  if (scope) return { ...(said!.year ? { year: said!.year } : {}), scope }
  // (…else a heading of the body naming it with its year and kind: "二、某某职业中专2017年部门预算安排情况说明")
  const re = new RegExp(`${escapeRegExp(org)}\\s*((?:19|20)\\d{2})年度?(部门|单位)(预算|决算)`, 'u')
  for (const l of lines.slice(0, 80)) {
    const m = re.exec(l.text.replace(/[\s\u3000]+/gu, ''))
    if (m && (!year || Number(m[1]) === year)) return { year: Number(m[1]), scope: `${m[2]}${m[3]}` as Scope }
  }
  return said && said.org === org && (!year || said.year === year) && said.year ? { year: said.year } : undefined
}

/**
 * Rule `full-place-spelling`: an organisation named without its place's level word ("来源:涡阳人民医院") that the
 * document itself spells in full in its first lines ("2023年度涡阳县人民医院收支预算审批表") is named so: 涡阳县人民医院.
 */
function fullPlaceSpelling(org: string, lines: SourceLine[]): string {
  if (/^\p{Script=Han}{2,}?[省市区县旗州盟]/u.test(org) && /[省市区县旗州盟]/u.test(org.slice(1, 5))) return org
  const head = lines.slice(0, 40).map((l) => l.text.replace(/[\s\u3000]+/gu, '')).join('\n')
  for (let k = 2; k <= Math.min(4, org.length - 2); k++) {
    for (const level of ['县', '区', '市', '旗']) {
      const full = org.slice(0, k) + level + org.slice(k)
      if (head.includes(full)) return full
    }
  }
  return org
}

/** A department named by its field and unit word alone (交通运输厅, 财政局, 疾病预防控制中心): the field. */
const FIELD_OF_DEPT = /^(\p{Script=Han}{2,12}?)(?:厅|局|委员会|委|办公室|中心)$/u
const PLACE_LEVEL = /[省市区县旗盟州]/u

/**
 * Rule `title-place`: a department its body names without any place ("交通运输厅2022年…预算数为…") whose own title
 * names the place before the same field ("海南省交通运输部门2022年“三公”经费预算情况说明") is that place's department:
 * 海南省交通运输厅. Read on the page's first lines only, the place read back from its level word (a province, city or
 * county, and the places above it when their level words run on: 某市某区).
 */
function titlePlace(org: string, lines: SourceLine[]): string {
  // a zone named bare (高新区) where the title spells it with its place (贵川国家高新区): the title's name
  if (BARE_ZONE.test(org)) {
    for (const l of lines.filter((x) => x.text.trim()).slice(0, 6)) {
      const m = new RegExp(`(?:^|[^\\p{Script=Han}])(\\p{Script=Han}{2,12}?${org})`, 'u').exec(l.text.replace(/[\s\u3000]+/gu, ''))
      if (m) return m[1]
    }
    return org
  }
  const at = placeOf(org)
  const field = FIELD_OF_DEPT.exec(org)?.[1]
  if (!field || at.city || at.region || PROVINCE.test(org)) return org
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 6)) {
    const text = l.text.replace(/[\s\u3000]+/gu, '')
    const i = text.indexOf(field)
    if (i < 3 || !PLACE_LEVEL.test(text[i - 1])) continue
    let start = placeNameStart(text, i - 1)
    for (let above = start; above !== undefined && above > 2 && PLACE_LEVEL.test(text[above - 1]); ) {
      above = placeNameStart(text, above - 1)
      if (above !== undefined) start = above
    }
    const place = start === undefined ? undefined : text.slice(start, i)
    if (place && isPlaceOnly(place)) return place + org
  }
  return org
}

/** A zone's kind alone, no place before it. */
const BARE_ZONE = /^(?:高新区|开发区|经开区|经济开发区|新区|园区|保税区|示范区|集中区)$/u

/** A place's 本级 whose naming line speaks of 三公 ("…批准的某市本级2024年预算,…“三公”经费支出预算安排情况如下"): its 三公 account. */
function ownThreePublic(body: BodyOrg | undefined, lines: SourceLine[]): boolean {
  if (body?.rule !== 'place-own' || body.org === body.place) return false
  const line = lines.find((l) => l.text.replace(/[\s\u3000]+/g, '').includes(body.org))
  return !!line && /三公|因公出国/u.test(line.text)
}

/** A place's summed account that speaks of 三公 (因公出国…公务接待): a 三公 account, its stage told by the body and the page's date. */
function summedScope(lines: SourceLine[], year: number | undefined, published?: string): Scope | undefined {
  const lead = lines.slice(0, 40).map((l) => l.text).join('\n')
  if (!year || !/三公|因公出国/u.test(lead)) return undefined
  // the stage said of the account itself ("（“三公”经费）决算总额…"), else as the body and the page's date tell it
  const said = /三公["“”]?经费["“”]?[)）]?(?:支出)?(决算|预算)/u.exec(lead)?.[1]
  const stage = said ?? accountStage(lines, year, published ?? publicationDate(lines.slice(0, 40)))
  return stage === '决算' ? '三公经费决算' : stage === '预算' ? '三公经费预算' : undefined
}

/** a township's own name with no county before it (官仓镇, 某某乡人民政府, 某某街道办事处) */
const BARE_TOWNSHIP = /^\p{Script=Han}{2,6}?(?:镇|乡|街道)(?:人民政府|政府|办事处)?$/u
/** a county named before the township on one of the page's first lines ("弋阳县…中畈乡2022年部门预算") */
const COUNTY_BEFORE = /(\p{Script=Han}{2,6}?(?:县|区|市|旗))/gu
/** a government site's sponsor in its footer: "某县人民政府主办", "主办：某县人民政府办公室" */
const SPONSOR = /(?:主办(?:单位)?[:：]?(?<a>\p{Script=Han}{2,12}?(?:市|县|区|旗))人民政府|(?<b>\p{Script=Han}{2,12}?(?:市|县|区|旗))人民政府(?:办公室)?主办)/u

/**
 * Rule `site-sponsor`: a township named alone (官仓镇) on a page of its county's site names its county only in the
 * site's footer ("某县人民政府主办"), or on a head line before the township's name: the township is that county's. Any
 * other name, or a page naming no county, is left.
 */
function sponsoredPlace(org: string, lines: SourceLine[]): string {
  const at = placeOf(org)
  if (!BARE_TOWNSHIP.test(org) || at.region || at.city) return org
  for (const l of lines.filter((x) => x.text.trim()).slice(-15)) {
    const m = SPONSOR.exec(l.text.replace(/\s+/gu, ''))
    const place = m?.groups?.a ?? m?.groups?.b
    if (place && isPlaceOnly(place)) return `${place}${org}`
  }
  // rule head-county: the page's own head names the county before the township on one line
  const town = org.replace(/(?:人民政府|政府|办事处)$/u, '')
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 6)) {
    const text = l.text.replace(/\s+/gu, '')
    const at = text.indexOf(town)
    if (at <= 0) continue
    const place = [...text.slice(0, at).matchAll(COUNTY_BEFORE)].map((m) => m[1]).find((p) => isPlaceOnly(p))
    if (place) return `${place}${org}`
  }
  return org
}

/** "欢迎来到某某网站", "欢迎访问某某门户网站": a site's banner, the site's owner named before its kind of site. */
const BANNER = /欢迎(?:您)?(?:来到|访问|光临|进入)(\p{Script=Han}{4,30}?)(?:门户网站|官方网站|政务网站?|信息网|网站|官网)/u

/** The organisation a page's site banner names, on one of its first lines (rule site-banner). */
function bannerOrg(lines: SourceLine[]): string | undefined {
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 8)) {
    const m = BANNER.exec(l.text.replace(/\s+/gu, ''))
    if (m && orgLike(m[1])) return m[1]
  }
  return undefined
}

/** A full organisation's name at a clause's start: its place (city or county) first, its kind of body last. */
const NAMED = /(?<=^|[\s，,。；;：:、（(“"》]|的|由|经|本|我|和|与|及|向)((?:\p{Script=Han}{2,7}?(?:省|自治区))?(?:\p{Script=Han}{2,6}?(?:市|州|盟|地区))?(?:\p{Script=Han}{1,8}?(?:区|县|旗))?\p{Script=Han}{2,18}?(?:局|中心|委员会|办公室|学校|中学|小学|幼儿园|医院|卫生院|人民政府|办事处|管理所|服务站|站|馆|队|院))/gu

/** The organisation a page names most often in its first lines (rule most-named), when one stands out. */
function mostNamed(lines: SourceLine[]): string | undefined {
  const count = new Map<string, number>()
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 80)) {
    for (const m of l.text.replace(/[\s\u3000]+/gu, ' ').matchAll(NAMED)) {
      const name = m[1]
      // (a place's own name spelled before its body: 某市某局, 某县某中心; never a bare kind, 财政局)
      const at = placeOf(name)
      if (!orgLike(name) || !(at.city || at.region)) continue
      count.set(name, (count.get(name) ?? 0) + 1)
    }
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1])
  return ranked[0] && ranked[0][1] >= 2 && (ranked.length < 2 || ranked[1][1] < ranked[0][1]) ? ranked[0][0] : undefined
}

/** "2021年部门决算", "2023年度单位预算": the year of a department's account, as the body names it. */
const ACCOUNT_YEAR = /((?:19|20)\d{2})\s*年度?(?:部门|单位)(?:决算|预算)/u

function accountYear(lines: SourceLine[]): number | undefined {
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 40)) {
    const m = ACCOUNT_YEAR.exec(l.text)
    if (m) return Number(m[1])
  }
  return undefined
}

/** Words of a year still running: 1-5月, 上半年, 前三季度, 一季度, 今年以来, 截至N月 */
const IN_YEAR = /\d{1,2}\s*[-—－~至到]\s*\d{1,2}\s*月|上半年|前三季度|[一二三]季度|今年以来|截[至止]\d{1,2}月/u

/**
 * Rule `year-from-date`: a page that says no year anywhere (a county's "1-5月份财政收支情况", a notice dated only by
 * its page) but carries its publication date: a year still running (1-5月, 上半年) or a budget is of the date's year, an
 * outturn (决算) of the year before. Only when no year is written in the body at all; the answers say where the year
 * came from.
 */
function yearFromDate(lines: SourceLine[], published: string | undefined): { year: number; date: string } | undefined {
  if (!published) return undefined
  const at = Number(published.slice(0, 4))
  if (!(at >= 1990 && at <= 2100)) return undefined
  const text = lines.filter((l) => !isPageFurniture(l.text)).map((l) => l.text).join('\n')
  if (/(?:19|20)\d{2}\s*年/u.test(text)) return undefined
  const words = text.replace(/\s+/gu, '')
  if (IN_YEAR.test(words)) return { year: at, date: published }
  if (/决算/u.test(words)) return { year: at - 1, date: published }
  // a statement of 本期 against 上年同期 published in a year's first quarter: the year before, closed
  if (/本期/u.test(words) && /上年同期/u.test(words) && Number(published.slice(5, 7)) <= 3) return { year: at - 1, date: published }
  if (/预算/u.test(words)) return { year: at, date: published }
  return undefined
}

/** A title whose organisation is followed by a project's words (…垃圾转运站 + 提升改造项目): the project's name. */
const projectNamed = (t: PartialMeta) => {
  if (!t.org || !t.title) return false
  const at = t.title.indexOf(t.org)
  return at >= 0 && /^[^年度]{2,24}项目/u.test(t.title.slice(at + t.org.length))
}

/** A year's kind of document closed: its outturn's. */
const CLOSED: Partial<Record<Scope, Scope>> = { 财政预算: '财政决算', 部门预算: '部门决算', 三公经费预算: '三公经费决算' }
const MONEY = /\d(?:[\d,]*)(?:\.\d+)?\s*(?:亿元|万元|元)/u

/**
 * The page prints no year and speaks of its figures as last year's: the first sentence stating money that says when
 * before its amount says 去年/上年, and no sentence stating money says 今年, 本年 or 明年.
 */
function lastYearFigures(lines: SourceLine[]): boolean {
  const text = lines.filter((l) => !isPageFurniture(l.text)).map((l) => l.text).join('\n')
  if (/(?:19|20)\d{2}\s*年/u.test(text)) return false
  const sentences = text.split(/[。；;\n]/u).filter((x) => MONEY.test(x))
  if (!sentences.length || sentences.some((x) => /今年|本年|明年/u.test(x))) return false
  // (the first that says when before its amount: a headline, "某县29.9亿元财政资金保障民生", says nothing of it)
  const when = sentences.map((x) => x.slice(0, x.search(MONEY))).find((x) => /去年|上年|今年|本年|明年/u.test(x))
  return !!when && /去年|上年(?!同期)/u.test(when)
}

/** A site's owner whose pages are other bodies' too: a government, its office or portal, its finance bureau. */
const HOSTS_OTHERS = /人民政府|政府办公|门户|网站|财政/u

/** A year's outturn: 决算, 完成情况, 完成年度预算的… */
const FINAL_WORDS = /决算|完成情况|完成(?:年度|年初)?预算的/u
/** Part of a year reported: 1—7月, 一至九月, 上半年, 前三季度, 一季度. */
// (…or one month's bulletin, "2021年9月份,…当月完成…累计完成…")
const PART_YEAR = /(?:^|[^\d])(?:1|一)\s*[-—–~至到]\s*(?:[2-9]|1[01]|[二三四五六七八九十]|十一)\s*月|[上下]半年|前三季度|第?[一二三]季度|(?:^|[^\d])(?:[1-9]|1[01])\s*月份|当月完成/u

const PUBLISHER_LINE = /(?:^|\s)(?:信息来源|来源|发布机构|发文机关|发布单位)\s*[:：]\s*([\p{Script=Han}（）()]{4,40})/u

/** A portal's publisher field among its 信息公开 fields ("文件编号: 发布机构: 牛塘镇"): a township's three characters too. */
const PUBLISHER_FIELD_LINE = /(?:^|\s)(?:发布机构|发文机关|发布单位)\s*[:：]\s*(\p{Script=Han}{2,40}?(?:镇|乡|街道|街道办事处|[（）()\p{Script=Han}]{2,40}))\s*$/u

/** The publisher named on one of the first lines of a page kept as text ("来源:岳阳县台创园   2017-04-27"). */
function publisherLine(lines: SourceLine[]): string | undefined {
  const shown = lines.filter((x) => x.text.trim())
  for (const l of shown.slice(0, 6)) {
    const m = PUBLISHER_LINE.exec(l.text)
    // (a news outlet reposting a place's figures, "来源:某州融媒体中心", "来源:某某日报", is whose article it is, not
    // whose accounts: the body names those)
    if (m && !NEWS_OUTLET.test(m[1])) return m[1]
  }
  // (a portal's field block under its banner and menus: its 发布机构 field, the last thing on its line)
  for (const l of shown.slice(0, 40)) {
    const m = PUBLISHER_FIELD_LINE.exec(l.text.trim())
    if (m && !NEWS_OUTLET.test(m[1])) return m[1]
  }
  return undefined
}

/** A division inside a body, named alone (国民经济综合处, 预算科, 办公室 aside): no place word before its 处/科/股. */
/** A department named with no place: 财政金融局, 财政局, 社会事业局 (a zone's or county's own office). */
const PLACELESS_DEPARTMENT = /^(?!.*[省市县区州盟旗镇乡岛])\p{Script=Han}{2,8}(?:局|委员会|委|办公室|办)$/u
const DIVISION_ONLY = /^(?!.*[省市县区州盟旗镇乡])\p{Script=Han}{2,12}(?:处|科|股)$/u

/** A news outlet's name: 融媒体中心, 日报, 晚报, 报社, 电视台, 广播电视台, 新闻网, 新闻中心. */
const NEWS_OUTLET = /(?:融媒体中心|日报|晚报|报社|社区报|电视台|广播电视台|新闻网|新闻中心|传媒(?:集团|中心)?)$/u

const TITLE_FIELD = /^(?:标题|题目|文件标题|信息名称)[:：]?$/u
const PUBLISHER_FIELD = /^(?:发布机构|发文机关|发布单位|公开单位|信息来源|来源)[:：]?$/u

/** A portal's labelled fields in the first rows of a table ("标题: | …", "发布机构: | …"): the title and the publisher. */
function pageFields(lines: SourceLine[]): { title?: string; publisher?: string } {
  const out: { title?: string; publisher?: string } = {}
  for (const l of lines.slice(0, 30)) {
    const cells = tabbedCells(l.text).split(/\t+/u).map((c) => c.trim()).filter(Boolean)
    cells.forEach((c, i) => {
      const next = cells[i + 1]
      if (!next) return
      if (TITLE_FIELD.test(c.replace(/\s+/gu, ''))) out.title ??= next
      else if (PUBLISHER_FIELD.test(c.replace(/\s+/gu, '')) && /^[\p{Script=Han}（）()]{4,40}$/u.test(next)) out.publisher ??= next
    })
  }
  return out
}

/** the unit's own name in a caption row, after the code a template numbers units by ("920平山县下口镇财政所") */
const CAPTION_ORG = /^(?:\d{3,12})?([\p{Script=Han}（）()]{4,40})$/u
/** the fields beside it: the budget year, the money unit */
const CAPTION_FIELD = /^(?:预算年度|决算年度|年度)\s*[:：]|^(?:金额)?单位\s*[:：]/u

/**
 * Rule `caption-row-org`: a 部门预算公开表 whose title names no organisation ("2025年部门预算信息公开目录") names it in the
 * first row of its table, beside the year and the unit: "920平山县下口镇财政所 | 预算年度:2025 | 单位:万元".
 */
function captionRowOrg(lines: SourceLine[]): string | undefined {
  for (const l of lines.slice(0, 60)) {
    const cells = tabbedCells(l.text).split(/\t+/u).map((c) => c.replace(/\s+/gu, '')).filter(Boolean)
    if (cells.length < 2 || !cells.slice(1).some((c) => CAPTION_FIELD.test(c))) continue
    const m = CAPTION_ORG.exec(cells[0])
    if (m && orgLike(m[1])) return m[1]
  }
  return undefined
}
