import type { Scope } from '../schema.js'
import { FUND_STEMS } from '../lexicon/fund-names.js'
import { isPageFurniture } from './page-furniture.js'
import type { SourceLine } from './source-lines.js'
import { ZONE_BODY, ZONE_SUFFIX } from './zone-names.js'

/**
 * What one title rule read from the title region; any field may be missing. `place`: the title names only a place
 * (乌鲁木齐市某区2019年度…); `placeAccount`: whose account the title itself says it is, the place's 本级 (凉山州州本级) or
 * the whole place's (a 财政预算); `stageUnread`: a 三公 title with no 预算/决算 word, whose stage the document itself must tell.
 */
export interface TitleHit {
  org?: string; year?: number; scope?: Scope; title: string; titleLine: number; place?: string; placeAccount?: PlaceAccount; stageUnread?: boolean
  /** a name the title gives that no organisation's form reads ("2024年湄洲岛“三公”经费预算说明"): whose account it is, when the page's publisher is one of its departments */
  body?: string
}

/** A place's own account: its 本级 (the units at its level), or the whole place (its government's 财政预算). */
export type PlaceAccount = 'own' | 'whole'

/** A named rule over the first non-blank lines of a document. */
export interface TitleRule { name: string; read: (head: SourceLine[]) => TitleHit | undefined }

const HAN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }

/**
 * A title line as one run: no spaces (PDF titles are often letter-spaced: "2 0 2 5 年"), ASCII digits, one kind of
 * quote, no empty cells around it.
 */
export function flatTitle(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    // the empty cells a page copied as text keeps after (or before) its title: "…部门决算 | ||||"
    .replace(/^[|｜]+|[|｜]+$/g, '')
    .replace(/([〇零一二三四五六七八九]{4})(?=年)/g, (y) => [...y].map((c) => HAN_DIGIT[c]).join(''))
    .replace(/[“”"‘’'「」『』]/g, '"')
    // "岳阳县2015-“三公”经费…", "台创园2017-度部门…": the 年 a mirror's copy turned into a dash
    .replace(/((?:19|20)\d{2})-(?=度?[\p{Script=Han}"])/gu, '$1年')
}

const ORG_END = new RegExp(`(?:局|中心|中专|职专|职高|技校|委员会|委|办公室|办|厅|院|站|所|馆|队|社|会|部|处|署|园|台|校|学|府|宫|场|街道|(?<=(?:区|县|市)\\p{Script=Han}{2,3})街|镇|乡|司|团|联|协|室|组|庭|库|行|党派|黨派|(?:医共|医联|共同|联合)体|${ZONE_SUFFIX})(?:[（(]${ZONE_BODY}[）)]|${ZONE_BODY})?(?:[（(][\\p{Script=Han}]{1,10}[）)])?$`, 'u')
/** a party body's name opens with 中共/中国共产党/共青团 before its place (中共某某市委员会…); a prefecture-level place is a 市, or a 盟 / 自治州 / 地区 (Inner Mongolia, Xinjiang…); a county-level one a 区/县/旗 */
const PLACE = /^(?:原)?(?:中共|中国共产党|共青团)?(?:(\p{Script=Han}{2,7}?省|\p{Script=Han}{2,7}?自治区))?(\p{Script=Han}{2,5}?(?:市|盟|地区)|\p{Script=Han}{2,14}?自治州)?(\p{Script=Han}{1,6}?(?:区|县|旗)|\p{Script=Han}{2,14}?自治[县旗])?/u
/** A name that is only a place (上海市普陀区, 上海市): the issuing government, not the department. */
const PLACE_ONLY = /^(?:\p{Script=Han}{2,7}?(?:省|自治区))?(?:\p{Script=Han}{2,6}?市)?(?:\p{Script=Han}{1,6}?(?:区|县|旗|州|盟)|\p{Script=Han}{2,14}?自治[州县旗])?$/u
/** Words of headings and captions that are never an organisation's name. */
// (a congress's session named by its number, "十一届人大常委会", is the meeting a report is read to, never whose it is)
const NOT_ORG = /网站|门户|目录|说明|部分|职能|概况|名词|解释|预算|决算|情况|附件|附表|收支|支出|收入|合计|公开|报告|编制|科目|(?:住|出|入)院$|(?:执|运|施|进|履|发|实|推|流)行$|^第?[一二三四五六七八九十\d]+届/

/** Province, city and district an organisation's name begins with; an autonomous area's name holds its peoples (彭水苗族土家族自治县, 克孜勒苏柯尔克孜自治州). */
export function placeOf(org: string): { city?: string; region?: string } {
  const m = PLACE.exec(org)
  return { city: m?.[2], region: m?.[3] }
}

/** Words of a sentence no place name holds ("主要原因是我市" is a clause ending in 我市, not a place; 那 stays: 那曲市, 那坡县);
 *  nor does a place open with an account's verb ("2017年,完成区本级一般公共预算收入…": 完成 then the level's 区本级), nor with
 *  the tail of a year ("2023年全县…" read from 年), nor end in a scope word after other characters ("年全县", "占全市"; a
 *  place that is itself such a word, 全州县, 全椒县, ends in its own level word). */
/** The words a notice announces its account with ("现将某县2024年…报告如下"): before a name, never part of it. */
export const ANNOUNCE = '(?:现将|兹将|现就|现把|特将)'
const NOT_PLACE = new RegExp(`[的是我们这了]|原因|主要|根据|批准|由于|因为|其中|^(?:完成|实现|安排|下达|预计|累计|共计|合计|争取|拨付|加上|扣除|全年|当年|上年|本年|今年|去年|明年|前年|同年|次年|每年|历年|往年|近年|上半年|下半年|[一二三四]季度|前三季度)|^${ANNOUNCE}|^[年度]|.[全本该各][市区县州盟旗]$`, 'u')
export const isPlaceOnly = (s: string) => s.length > 0 && PLACE_ONLY.test(s) && !NOT_PLACE.test(s)

/** A township (某镇, 某乡, after its county or city or alone): a place whose 财政决算 its own government reports. */
export function townOf(name: string): { place: string; own: false } | undefined {
  const m = /^(.*?)((?:(?![省市区县旗州盟])\p{Script=Han}){2,4}[镇乡])$/u.exec(name)
  return m && (m[1] === '' || isPlaceOnly(m[1])) ? { place: name, own: false } : undefined
}

/**
 * The place a title's name stands for, and whether the name itself says it is the place's own account: "凉山州州本级"
 * (the level word repeated before 本级), "某某盟本级", "某某市市本级", or a place alone ("乌鲁木齐市天山区").
 */
export function placeOfName(name: string): { place: string; own: boolean } | undefined {
  // "全区", "本市", "各县": a scope, not a place's name
  if (/^[全本该各辖我]/u.test(name)) return undefined
  if (isPlaceOnly(name)) return { place: name, own: false }
  const base = name.replace(/本级$/u, '')
  if (base === name) return undefined
  // "凉山州州本级", "某某市市本级": the place, then its level word again
  const place = base.slice(0, -1)
  if (isPlaceOnly(place) && place.endsWith(base.slice(-1))) return { place, own: true }
  return isPlaceOnly(base) ? { place: base, own: true } : undefined
}

/** Characters that open a word of scope before 镇/乡 (全乡, 本镇, 各乡镇, 该镇, 我镇, 辖乡), never a township's name. */
export const SCOPE_LEAD = '全本各该我辖'

/** A township named by its two-character name alone (官仓镇, 赵家乡), not a scope word (全乡, 各乡镇, 本镇…). */
const TOWNSHIP_ALONE = new RegExp(`^(?![${SCOPE_LEAD}])\\p{Script=Han}{2}(?:镇|乡)$`, 'u')

/** A plausible organisation name: 4–40 Han characters (brackets allowed; a township's three), an organisation's ending, not just a place. */
export const orgLike = (s: string) =>
  (s.length >= 4 || TOWNSHIP_ALONE.test(s)) && s.length <= 40 && /^[\p{Script=Han}（）()]+$/u.test(s) && ORG_END.test(s) && !isPlaceOnly(s) && !NOT_ORG.test(s)

/** Lines of a table of contents: numbered entries or dot leaders. */
export const TOC = /^(?:\d+[.．、]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])|[…·.]{4,}/

/** "<pre>2025年<mid>部门/单位 (“三公”经费) 预算/决算<rest>". */
const STAGE_TITLE = /^(?<pre>.*?)(?<year>(?:19|20)\d{2})年度?(?<mid>.{0,30}?)(?<kind>部门|单位)?(?<sg>"?三公"?经费(?:财政拨款)?(?:支出)?(?:汇总)?(?:情况)?)?(?<stage>预算|决算)(?<rest>.*)$/
/** The names of the funds, which end in 预算 without being a document's stage. */
const FUND_NAME = new RegExp(`(?:${FUND_STEMS})$`)
const PAGES_NOTE = /[（(【\[]?第\d+页(?:[、,，和及]第?\d+页)*[)）】\]]?$/u
/** "及2024年“三公”经费决算" after a title's stage: the account of another year published with it. */
// (its year left out, "…2016年度部门决算及“三公经费”决算公示补充说明": the same year's)
const COMPANION = /^[及和与](?:(?:19|20)\d{2}年度?)?.{0,12}?(?:预算|决算)/
const LATER_STAGE = /(?<sg>"?三公"?经费(?:财政拨款)?(?:支出)?(?:汇总)?(?:情况)?)?(?<stage>预算|决算)(?<rest>.*)$/
/** A full budget's table captions: a 三公 table among them is a table, not the document's title. */
const FULL_BUDGET = /收支(?:预算)?总表|收入(?:预算)?总表|支出(?:预算)?总表|财政拨款收支/
/** Labels naming the organisation on the cover or under the title. */
// (its seal asked for after it: "预算部门单位(公章):某县水务局")
const LABEL = /^(?:预算主管部门|主管部门|编制部门|编制单位|单位名称|部门名称|预算单位|预算部门(?:单位)?|部门全称|单位全称|填报单位|报送单位|公开单位|部门|单位)(?:[（(](?:公章|盖章|签章)[)）])?[:：](?<org>.+)$/
const LEVEL = /^(?:省|市|区|县|镇|乡|州)?级$/

/** Between a title's year and its stage, only a place's account words ("全区及区本级财政", "区本级财政", "政府"): the place's
 *  财政决算/财政预算, no department's (rule place-account-title) */
// (财政 alone is no account: "2022年财政决算情况报告" may be anyone's until a government or a place is named)
const PLACE_ACCOUNT_WORDS = /^(?:全[省市区县旗州盟镇乡](?:(?:及|和|与|、)[省市区县旗州盟镇乡]?本级)?|[省市区县旗州盟镇乡]?本级)(?:财政总?|政府)$/u

const scopeOf = (kind: string | undefined, sg: boolean, stage: string): Scope =>
  sg ? (stage === '决算' ? '三公经费决算' : '三公经费预算') : (`${kind === '单位' ? '单位' : '部门'}${stage}` as Scope)

/** A heading's own numbering before its words ("第二部分", "第三章", "二、", "（一）", "3."): never part of a name. */
export const SECTION_NUMBER = /^(?:第[一二三四五六七八九十百\d]+(?:部分|章|篇|节|编)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))\s*/u

/** "附件2" / "第二部分" / "关于" / 《》 / a leading year around a name in a title. */
/** "某局财政拨款“三公”经费预算": what funds the account, between the organisation and its kind, is no part of the name */
const FUNDED_BY = /(?:一般公共(?:预算)?(?:财政拨款)?|财政拨款)(?:安排)?$/u
export const cleanName = (s: string) => s.replace(SECTION_NUMBER, '').replace(/^(?:附件|附表)\d*[:：]?/, '').replace(/^.*?关于/, '').replace(/[《》]/g, '').replace(/^(?:19|20)\d{2}年度?/, '').replace(FUNDED_BY, '').replace(/(?:部门|单位)$/, '')

/**
 * "某某小学校 关于2024年度部门预算编制的说明": the organisation before 关于 is the title's (cleanName drops everything
 * up to a 关于, which before a place's or a year's words is no name).
 */
function orgBeforeAbout(pre: string): string {
  const m = /^(.*?)关于$/u.exec(flatTitle(pre))
  return m && orgLike(cleanName(m[1])) ? cleanName(m[1]) : pre
}

/**
 * "某区综合行政执法局（某区城市管理局）": a body that carries a second name (加挂牌子) prints it in brackets after its
 * own; the organisation is the first name. A bracket that is no organisation's name ("（本级）") stays.
 */
export function firstName(s: string): string {
  const m = /^(.+?)[（(]([^（）()]+)[）)]$/u.exec(s)
  return m && orgLike(m[1]) && orgLike(m[2]) ? m[1] : s
}

/** A line's text with a web page's table cells (<td>…</td>) apart by tabs and its other markup dropped. */
export const tabbedCells = (text: string) => text.replace(/<\/t[dh]\s*>/giu, '\t').replace(/<[^>]*>/gu, '')

/** A department's summed account said after its name ("某局（汇总）", "（部门汇总）"): the department's, no second name. */
const SUMMED_MARK = /[（(](?:部门)?汇总[)）]$/u

/** The organisation a label line names ("预算主管部门：上海市普陀区司法局"), cut before any second field on the line. */
export function labelledOrg(head: SourceLine[]): { org: string; line: number } | undefined {
  for (const l of head) {
    // fields apart by tabs (a web page's cells), runs of spaces, or the " | " a page copied as text keeps between its cells
    const first = tabbedCells(l.text).trim().split(/\t|\s{2,}|\u3000+|\s*\|\s*/).map((f) => f.trim().replace(SUMMED_MARK, '')).filter(Boolean)
    const joined = first.length > 1 && /[:：]$/.test(first[0]) ? first[0] + first[1] : first[0] ?? ''
    const m = LABEL.exec(flatTitle(joined))
    // (a second field after one space is cut off: "单位:某医院 单位:元")
    const org = m?.groups?.org.replace(/[（(]盖章[）)]$/, '').replace(/\s+[\p{Script=Han}]{1,6}[:：].*$/u, '')
    if (org && orgLike(org)) return { org, line: l.no }
    // a form's header row of label and value cells ("主管部门 | 某局 | 实施单位 | 某局"): the unit that carries the
    // project out (its 实施单位, under which a self-evaluation is held), else the first labelled organisation
    const cells = first.map((f) => flatTitle(f).replace(/[:：]$/, ''))
    const valueOf = (re: RegExp) => cells.map((c, i) => (re.test(c) && orgLike(cells[i + 1] ?? '') ? cells[i + 1] : undefined)).find(Boolean)
    const cellOrg = cells.length > 2 ? valueOf(/^实施单位$/) ?? valueOf(CELL_LABEL) : undefined
    if (cellOrg) return { org: cellOrg, line: l.no }
    // a form copied as one flat line ("… 主管部门 219-某镇人民政府 实施单位 219001-某镇人民政府 项目资金 …"): the
    // labelled names, a unit's code before them dropped; its 实施单位 first, as above
    const flat = [...l.text.matchAll(FLAT_FORM_ORG)].map((x) => ({ label: x[1], org: x[2] })).filter((x) => orgLike(x.org))
    const flatOrg = (flat.find((x) => x.label === '实施单位') ?? flat[0])?.org
    if (flatOrg) return { org: flatOrg, line: l.no }
  }
  return undefined
}

/** "主管部门 219-池州市某镇人民政府" in a form's flat line: the label, then the name after a unit code */
const FLAT_FORM_ORG = /(?:^|\s)(实施单位|主管部门|预算单位)\s*[:：]?\s*(?:\d{3,12}\s*[-－—]\s*)?([\p{Script=Han}（）()]{4,40})(?=\s|$)/gu

/** A label cell of a form's header row (the value is the next cell). */
const CELL_LABEL = /^(?:预算主管部门|主管部门|编制部门|编制单位|单位名称|部门名称|预算单位|填报单位)$/

/** An organisation on a line of its own next to the title ("上海市2025年市级单位预算" with the unit below, or above). */
function adjacentOrg(head: SourceLine[], from: number, to: number): string | undefined {
  const near = [...head.slice(to + 1, to + 4), ...(from > 0 ? [head[from - 1]] : [])]
  return near.map((l) => cleanName(flatTitle(l.text))).find(orgLike)
}

/** A web page's publisher line under its title ("来源：岳阳县台创园  2017-04-27"). */
const SOURCE_LINE = /^(?:信息来源|来源|发布机构|发文机关|发布单位)[:：](?<org>[\p{Script=Han}（）()]{4,40})/u

/**
 * A region's title ("岳阳县2017年度部门"三公"经费预算情况表") over a page published by one of its units: the unit the
 * publisher line names, taken only when it lies within the place the title names (a unit of 岳阳县, not the site).
 */
export function publishedWithin(head: SourceLine[], place: string): string | undefined {
  if (!place || !isPlaceOnly(place)) return undefined
  for (const l of head) {
    const org = SOURCE_LINE.exec(flatTitle(l.text))?.groups?.org
    if (org && org !== place && org.startsWith(place) && orgLike(org)) return org
  }
  return undefined
}

/** "2022年度部门预算公开-某某工作队(某某协会).pdf": a file's name that puts the organisation after the title's words. */
const REST_ORG = /^(?:公开|情况|说明|编制说明|公开说明)?[-－—_]+(?<org>[\p{Script=Han}（）()]{4,40}?)(?:\.(?:pdf|docx?|xlsx?|wps))?$/iu
function orgAfterStage(rest: string): string | undefined {
  const org = REST_ORG.exec(rest)?.groups?.org
  const name = org && firstName(cleanName(org))
  return name && orgLike(name) ? name : undefined
}

/** A line that is a title on its own: year, stage and an organisation before the year or, with nothing before it, after. */
function wholeTitle(text: string): boolean {
  const m = STAGE_TITLE.exec(flatTitle(text))?.groups
  if (!m) return false
  const pre = cleanName(m.pre)
  return orgLike(pre) || (!pre && !LEVEL.test(m.mid) && orgLike(cleanName(m.mid)))
}

/** a title that sums a place's units: 汇总, 全县/全区/全市 */
const SUMMED = /汇总|全[区县市旗州]/u

/** The title naming year and kind, on one line or run over two or three; its organisation from itself, a label line, or a line beside it. */
const stageTitle: TitleRule = {
  name: 'stage-title',
  read(head) {
    const fullBudget = head.some((l) => FULL_BUDGET.test(flatTitle(l.text)))
    let partial: TitleHit | undefined
    for (let i = 0; i < head.length; i++) {
      // "附件2" alone on the line above the title is not part of it; a page's date stamp or counter is never a title
      if (!cleanName(flatTitle(head[i].text)) || isPageFurniture(head[i].text)) continue
      for (let span = 1; span <= 3 && i + span <= head.length; span++) {
        // a later line that is a whole title naming its organisation ("榕川市人民政府" over "榕川市某局2025年…预算…",
        // a site's banner "欢迎来到某医院" over "2023年度某医院单位决算"): the lines above it are not part of it
        if (span > 1 && wholeTitle(head[i + span - 1].text)) break
        const window = head.slice(i, i + span)
        // a title is one text on its line: a row of cells (a table header) is not; nor does it run on over page
        // furniture or into a numbered heading ("一、…基本情况")
        if (window.some((l) => l.text.trim().split(/\t+/).length > 1)) break
        if (window.slice(1).some((l) => isPageFurniture(l.text) || TOC.test(flatTitle(l.text)))) break
        const flat = window.map((l) => flatTitle(l.text)).join('')
        if (TOC.test(flatTitle(head[i].text))) break
        const m = STAGE_TITLE.exec(flat)?.groups
        // "…2025年“三公”经费预算及2024年“三公”经费决算情况说明": the stage of the title's own year; the other year's
        // account it adds is a companion, not the rest of the name
        if (m) m.rest = m.rest.replace(COMPANION, '')
        // "…2022年度决算（第2页、第7页）": the pages a site split the document into are no part of its title
        if (m) m.rest = m.rest.replace(PAGES_NOTE, '')
        // a sentence stating a figure ("2025年收入预算100.00万元。") is no title
        if (!m || /[。，；;,]/.test(flat) || /\d/.test(m.rest)) continue
        // "…2017年度一般公共预算财政拨款“三公”经费决算情况说明": the 预算 of a fund's name (一般公共预算, 政府性基金预算…)
        // is not the title's stage; a stage later in the title is, and a title that has none yet may go on on the next line
        if (m.stage === '预算' && FUND_NAME.test(m.mid)) {
          const later = LATER_STAGE.exec(m.rest)?.groups
          if (later) Object.assign(m, { sg: m.sg ?? later.sg, stage: later.stage, rest: later.rest })
          // …and a title that ends in a fund's name has not said its stage yet: it is not whole, wherever it starts
          else continue
        }
        // "…2024年一般公共预算“三公”经费预算": the 预算 of 一般公共预算 is not the title's stage; the 三公 after it is
        const sgAfter = /^"?三公"?经费(预算|决算)/.exec(m.rest)
        // "关于某某厅财政拨款“三公”经费2014年预算情况的说明": the 三公 before the year is the title's account, the
        // organisation before it (and what funds it, 财政拨款) its name
        const sgBefore = /(?:财政拨款)?"?三公"?经费(?:财政拨款)?$/u.exec(m.pre)
        if (sgBefore && !m.sg) m.pre = m.pre.slice(0, sgBefore.index)
        const sg = !!m.sg || !!sgAfter || !!sgBefore
        if (sgAfter) { m.stage = sgAfter[1]; m.rest = m.rest.slice(sgAfter[0].length) }
        // (a budget's published tables named as the whole, "2025年某中心预算公开表", are the document, no table's caption)
        const caption = /表$/.test(m.rest) && !/^公开表$/.test(m.rest)
        if (caption && (!sg || fullBudget)) continue
        if (m.rest.length > 12 && !/^(?:情况|公开|编制|草案)/.test(m.rest)) continue
        const pre = firstName(cleanName(orgBeforeAbout(m.pre)))
        const mid = firstName(cleanName(m.mid))
        const org = (orgLike(pre) && pre) || (!LEVEL.test(m.mid) && orgLike(mid) && mid) || labelledOrg(head)?.org || publishedWithin(head, pre) || adjacentOrg(head, i, i + span - 1) || orgAfterStage(m.rest)
        // a name that is only a place, or its 本级 ("凉山州州本级"): the place's own account, if the document says so
        const placed = placeOfName(pre) ?? (pre ? undefined : placeOfName(mid))
        const hit: TitleHit = {
          year: Number(m.year), scope: !m.kind && !sg && PLACE_ACCOUNT_WORDS.test(flatTitle(m.mid)) ? (m.stage === '决算' ? '财政决算' : '财政预算') : scopeOf(m.kind, sg, m.stage),
          title: window.map((l) => l.text.replace(/\t/g, ' ').trim()).join(''), titleLine: window[0].no,
          ...(org ? { org } : {}),
          // "岳阳县2015年“三公”经费汇总情况决算表": a place's summary over all its units is the whole place's account
          ...(!org && placed ? { place: placed.place, ...(placed.own ? { placeAccount: 'own' as const } : SUMMED.test(flat) ? { placeAccount: 'whole' as const } : {}) } : {}),
          ...(!org && !placed && BARE_BODY.test(mid) && !LEVEL.test(mid) && !GENERIC_BODY.test(mid) ? { body: mid } : {}),
        }
        if (org) return hit
        partial ??= hit
        break
      }
    }
    return partial
  },
}

/** A name of two to six characters with no organisation's form (湄洲岛, 台创园): a body only its publisher can place. */
const BARE_BODY = /^\p{Script=Han}{2,6}$/u
/** Words a title puts before its kind that name no body: 本级, 部门, 全市, 市直, 机关… */
const GENERIC_BODY = /^(?:[全本各我该][省市县区州旗镇乡]?|[省市县区州旗镇乡]?(?:本级|直属?|级|属))|部门|单位|机关|汇总|财政|一般公共|政府|年度|公开/u

/** No title with a year and kind: a label line still names the organisation (the rest may come from a sidecar). */
const labelOnly: TitleRule = {
  name: 'label-only',
  read(head) {
    const hit = labelledOrg(head)
    return hit && { org: hit.org, title: hit.org, titleLine: hit.line }
  },
}

/** "某局2025年部门收支总表": a table's caption, the last resort of a workbook or page that is only tables. */
const CAPTION = /^(?<pre>.*?)(?<year>(?:19|20)\d{2})年度?(?<kind>部门|单位|预算单位)?(?<body>.*)表$/
const captionTitle: TitleRule = {
  name: 'table-caption',
  read(head) {
    for (const l of head) {
      if (l.text.trim().split(/\t+/).length > 1 || TOC.test(flatTitle(l.text)) || isPageFurniture(l.text)) continue
      const m = CAPTION.exec(flatTitle(l.text))?.groups
      if (!m || !/收支|收入|支出|预算|决算|三公|拨款/.test(m.body)) continue
      const pre = cleanName(m.pre)
      const sg = /三公/.test(m.body) && !FULL_BUDGET.test(m.body)
      return {
        year: Number(m.year), scope: scopeOf(m.kind === '部门' ? '部门' : m.kind ? '单位' : undefined, sg, /决算/.test(m.body) ? '决算' : '预算'),
        title: l.text.trim(), titleLine: l.no, ...(orgLike(pre) ? { org: pre } : {}),
      }
    }
    return undefined
  },
}

/**
 * "…项目支出绩效自评表", "部门预算项目绩效自评报告（某项目）", "某中心2018绩效评价自评报告及评分表(整体支出…)": a title naming a
 * self-evaluation, whatever qualifies its projects; its year with or without 年.
 */
const SELF_EVALUATION = /^(?<pre>.*?)(?:(?<year>(?:19|20)\d{2})(?:年度?)?)?(?<mid>[^。，；;,\d]{0,30}?)绩效(?:评价)?(?:单位|部门|项目|整体)?自评(?:表|报告|情况表|结果)(?:及评分表)?(?:[（(](?<tail>[^）)]{0,30})[）)])?$/
const YEAR_ONLY = /^[（(]?(?<year>(?:19|20)\d{2})年度?[）)]?$/

/** Whether a title line names a self-evaluation form (see selfEvaluationTitle). */
export const namesSelfEvaluation = (title: string) => SELF_EVALUATION.test(flatTitle(title))

/**
 * A page whose title is a 项目支出绩效自评表 is a 绩效自评: the account of a finished year's project, not a budget,
 * though its title may say 部门预算项目. Only when it is the document's first title: a 部门决算 that prints a 自评表
 * among its tables is still a 决算. The year is the title's, or a "（2024年度）" line under it.
 */
const selfEvaluationTitle: TitleRule = {
  name: 'self-evaluation-title',
  read(head) {
    for (let i = 0; i < Math.min(head.length, 4); i++) {
      const text = head[i].text.trim()
      if (text.split(/\t+/).length > 1 || TOC.test(flatTitle(text))) continue
      const flat = flatTitle(text)
      const m = SELF_EVALUATION.exec(flat)?.groups
      // an earlier title naming a 预算/决算 is the document's: this line is one of its captions
      if (!m) { if (STAGE_TITLE.test(flat) && !/表$/.test(flat)) return undefined; continue }
      const below = head[i + 1] ? YEAR_ONLY.exec(flatTitle(head[i + 1].text))?.groups?.year : undefined
      const year = Number(m.year ?? m.tail?.match(/(?:19|20)\d{2}(?=年)/)?.[0] ?? below ?? 0)
      const pre = cleanName(m.pre)
      const title = below && !m.year ? `${text}${head[i + 1].text.trim()}` : text
      return { scope: '绩效自评', title, titleLine: head[i].no, ...(year ? { year } : {}), ...(orgLike(pre) ? { org: pre } : {}) }
    }
    return undefined
  },
}

/**
 * "某养护中心财政拨款“三公”经费预算2014年情况": a 三公 title with its year after the stage word. The organisation
 * before it, when it reads as one.
 */
const YEAR_AFTER_STAGE = /^(?<org>[\p{Script=Han}（）()]{4,40}?)(?:财政拨款)?"?三公"?经费(?:财政拨款)?(?<stage>预算|决算)(?<year>(?:19|20)\d{2})年度?(?:情况|说明|公开)?$/u

const yearAfterStageTitle: TitleRule = {
  name: 'year-after-stage-title',
  read(head) {
    for (const l of head.slice(0, 8)) {
      const m = YEAR_AFTER_STAGE.exec(flatTitle(l.text))?.groups
      const org = m && cleanName(m.org)
      if (m && org && orgLike(org)) return { org, year: Number(m.year), scope: m.stage === '决算' ? '三公经费决算' : '三公经费预算', title: l.text.trim(), titleLine: l.no }
    }
    return undefined
  },
}

/** The title rules, in order: the first that reads a field gives it, later ones fill the gaps. */
export const TITLE_RULES: TitleRule[] = [selfEvaluationTitle, stageTitle, yearAfterStageTitle, labelOnly, captionTitle]
