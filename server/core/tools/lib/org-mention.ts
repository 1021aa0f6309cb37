import { ZONE_BODY, ZONE_SUFFIX } from '../../parse/zone-names.js'
import { memoByString } from '../../search/string-memo.js'
import { compactText } from '../../search/normalize-text.js'
import type { AliasEntry } from './org-alias.js'
import { expandOrgAbbrev, orgParts, orgType, type OrgType } from './org-match.js'
import { namesCityAlone } from './city-alone.js'
import { isJoinedName, unitAt, type UnitWords } from './org-shape.js'
import { placeNameStart } from './place-name.js'
import { placeOfName } from '../../parse/meta-rules.js'
import { restatedLevels } from './level-restated.js'
import { bareUnitAtHead } from './bare-unit.js'

/** One organisation named in a text: a district (held or not), a city-level body, or only a unit type. */
export interface OrgMention {
  start: number
  end: number
  text: string
  city?: string
  stem?: string
  /** false when the district is not one the corpus holds */
  known: boolean
  type?: OrgType
  /** a city named alone ("北京市2025年…"): every held document of that city, or none */
  cityOnly?: boolean
  /** the department words of the unit named ("医疗保障", "教育", "卫生健康"); absent for a bare 局/中心 */
  dept?: string
  /** the unit's words as written after a named place ("质监局"), read as a short form when no held name has them (unit-abbrev) */
  unit?: string
  /** a level named without a place ("国家医保局", "省医保局", "市财政局", "区司法局") */
  level?: 'national' | 'province' | 'city' | 'district'
  /** the one held organisation a derived form of its name picks (万里街道, 区府办, 普陀区规划资源局) */
  orgs?: string[]
  /** a department named with no place at the question's head (rule bare-unit): its short form may fit one held unit anywhere */
  bare?: boolean
}

const GENERIC = /事务|服务|管理|委员会|中心|局|办公室|厅/g

/** Department words of a unit name: 医疗保障事务中心 → 医疗保障, 教育局 → 教育, 中心 → "". */
export const deptOf = (unit: string) => unit.replace(GENERIC, '')
const UNIT_NEXT = '医疗保障|财政|人民|卫生|教育|政府|民政|税务|公安|交通|水利|农业|统计|审计|人力|司法|发展|市场|疾|气象|第|的|20\\d\\d'
const ORG_NEXT = `(?=${UNIT_NEXT}|$)`
/** …and for a district, county or banner, its own account said right after its name: 一般公共预算, 税收, 政府性基金, 三公 */
const REGION_NEXT = `(?=${UNIT_NEXT}|一般公共|税收|政府性基金|国有资本|三公|$)`
/**
 * 区/县/旗 before a department word: 渝中区, 沙坪坝区, 浦东新区, 达拉特旗 (the name before it read by placeNameStart;
 * a flag, 国旗 红旗 党旗, is no banner)
 */
const UNKNOWN_REGION = new RegExp(`(?<=\\p{Script=Han}{2})(区|县|(?<![国红锦军彩党队团])旗)${REGION_NEXT}`, 'gu')
/** 区/县/旗 after a name, whatever follows (a unit name must, checked by shape) */
const PLACE_THEN_UNIT = /(?<=\p{Script=Han}{2})(?:区|县|旗)/gu
/** A township-level place (镇, 乡, 街道, 苏木) by its shape: its name, then a unit word, a year, 的 or a clause's end. */
const TOWN = /(\p{Script=Han}{2,4}?)(镇|乡|街道|苏木)(?=人民政府|政府|办事处|党委|党工委|\d|的|[，,。？?、\s]|$)/gu
/** A prefecture spoken of as "某某州" (凉山州 for 凉山彝族自治州), by the same shape, or with 本级 after it (州本级). */
const PREFECTURE = /(\p{Script=Han}{2,4}?)(州)(?=州?本级|人民政府|政府|党委|\d|的|[，,。？?、\s]|$)/gu
/** A zone spoken of by its name and kind ("某某合作区", "某某高新区管委会"): a zone held is claimed by its aliases first. */
const ZONE = new RegExp(`(\\p{Script=Han}{2,6}?)(${ZONE_SUFFIX})(?=${ZONE_BODY}|\\d|的|今年|去年|[，,。？?、\\s]|$)`, 'gu')
/** A level word after a name, or 本级, inside what reads as a unit name: it names a place, not a unit. */
const OTHER_PLACE_IN_UNIT = /\p{Script=Han}[省市区县州旗盟]|本级/u
const LEAD_NOT_NAME = /^[市省县的在和与及跟同或问请查看是对从]/u
/**
 * A name and 市 (盟, 自治州, or a held prefecture's 州: 凉山州): a city named before a unit ("杭州市园林文物局"); what
 * follows decides whether it names one.
 */
const CITY_NAME = /(?<=\p{Script=Han}{2})(?:市|盟|州)/gu
const ORG_NEXT_RE = new RegExp(`^${ORG_NEXT}`, 'u')
/** Not a city's name before 市: "全市", "本市", "城市", "各市" and words a question puts there */
const NOT_CITY_WORD = /^[在全本该各我贵哪那这每]|[全本该各城超都门]$/u
/** …but a two-character name ending in 城 is a city's (晋城, 聊城, 盐城), unless its first word makes it 大城市, 新城市… */
const CHENG_CITY = /^[^全本该各我贵哪那这每大小新老中特超城县乡都]城$/u
const NOT_CITY = { test: (name: string) => NOT_CITY_WORD.test(name) && !CHENG_CITY.test(name) }
const TYPE_ONLY = /医疗保障(?:事务|服务|管理)*中心|医疗保障局|事务中心/gu
/**
 * The fields a province's 厅 is named for (the departments of every provincial government, as mentionText writes them:
 * 住建 → 住房和城乡建设, 卫健 → 卫生健康…): 某某厅 of another word (展示厅, 大厅) is a hall.
 */
const PROVINCE_HALL = /(教育|科学技术|科技|工业和信息化|工信|公安|民政|司法|财政|人力资源和社会保障|自然资源|国土资源|生态环境|环境保护|住房和城乡建设|交通运输|水利|农业农村|农业|林业|商务|文化和旅游|文化|旅游|卫生健康|卫生|退役军人事务|应急管理|审计|海洋|体育)厅/gu
const LEVELS: Record<string, NonNullable<OrgMention['level']>> = { 国家: 'national', 省: 'province', 自治区: 'province', 市: 'city', 区: 'district', 县: 'district', 旗: 'district' }
/** A level word where no place name comes before it: at the start, after punctuation, a digit or 的/在/问 */
const LEVEL_BODY = /(^|[^\p{Script=Han}]|[的在问查])(国家|自治区|省|市|区|县|旗)(?=\p{Script=Han})/gu
// (nor a verb before a level word: "…事务占区本级支出", "比县…")
const NOT_STEM_END = /[全辖本该我各城市社地园片学省占比较]$/u
/** "哪个区", "各个区", "这个区": a question or pointing word before 区/县, not a district's name */
const NOT_STEM = /^[哪那这各每几某]|[个些]$/u

const ZONE_AFTER = new RegExp(`^${ZONE_SUFFIX}?${ZONE_BODY}?`, 'u')

/** The compact, abbreviation-expanded form every mention offset refers to. */
export const mentionText = memoByString((s: string) => expandOrgAbbrev(compactText(s)))

/** The city (or league) named right before `s` ("重庆市|渝中区", "乌鲁木齐市|天山区", "原某某市|…"): its name and where it starts. */
function cityBefore(t: string, s: number, held: ReadonlySet<string>): { name: string; start: number } | undefined {
  if (!/(?:[市盟]|自治州)$/u.test(t.slice(Math.max(0, s - 3), s))) return undefined
  const from = placeNameStart(t, s - 1, held)
  if (from === undefined) return undefined
  return { name: t.slice(from, s), start: t[from - 1] === '原' ? from - 1 : from }
}

/** Names of held places without their level word (渝北, 乌鲁木齐): where a place name begins is read by them first. */
const heldSets = new WeakMap<string[], { cities: ReadonlySet<string>; set: ReadonlySet<string> }>()
function heldPlaces(stems: string[], cities: ReadonlySet<string>): ReadonlySet<string> {
  const had = heldSets.get(stems)
  if (had?.cities === cities) return had.set
  const set = new Set([...stems, ...[...cities].map((c) => c.replace(/(?:市|盟|自治州|地区)$/u, ''))].filter((n) => n.length >= 2))
  heldSets.set(stems, { cities, set })
  return set
}

function extend(t: string, start: number, end: number, held: ReadonlySet<string>): Pick<OrgMention, 'start' | 'end' | 'city' | 'type' | 'dept'> & { unit?: string } {
  let s = start
  let e = end
  if (/^(?:区|县|旗|市)/u.test(t.slice(e))) e++
  // a development zone and its administrative committee: "杜集(经济)开发区管委会"
  e += ZONE_AFTER.exec(t.slice(e))![0].length
  const found = unitAt(t.slice(e))
  // "渝北区和南岸区医保局": the unit after 和 belongs to the next district, not to this one
  const unit = found && !/\p{Script=Han}[区县]/u.test(found.name) && (!/[和与及、跟同或]/u.test(found.name) || isJoinedName(found.name)) ? found : null
  const type = unit ? orgType(unit.name) : undefined
  if (unit) e += unit.length
  // the few characters before the name are enough for a pattern anchored at their end (scanning the whole prefix of
  // every mention made a long question quadratic)
  const city = cityBefore(t, s, held)
  if (city) s = city.start
  const dept = unit ? deptOf(unit.name) || undefined : undefined
  return { start: s, end: e, city: city?.name, type, dept, unit: unit?.name }
}

/**
 * A place's unit of another kind than 局/委/中心 (馆, 院, 学校, 大队…) keeps the type 'other', so no other unit of that
 * place answers for it: "某县博物馆" is not "某县图书馆".
 */
const placeUnit = (x: ReturnType<typeof extend>) => ({ ...x, type: x.type ?? (x.unit ? 'other' as const : undefined) })

/**
 * The same organisation named twice counts once: the same words, or two forms that pick the same one held
 * organisation ("县图书馆…（浙岚县图书馆）": the short form and the full name), kept as its fullest form.
 */
export function distinctMentions(ms: OrgMention[]): OrgMention[] {
  const key = (m: OrgMention) => `${m.stem ?? ''}|${m.city ?? ''}|${m.type ?? ''}|${m.dept ?? ''}|${m.known}|${m.orgs?.join('、') ?? ''}`
  const one = (m: OrgMention) => (m.orgs?.length === 1 ? m.orgs[0] : undefined)
  const fuller = (x: OrgMention, m: OrgMention) => x.text.length > m.text.length || (x.text.length === m.text.length && ms.indexOf(x) < ms.indexOf(m))
  const seen = new Set<string>()
  const kept = ms.filter((m) => {
    const k = key(m)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  // of the forms that pick one held organisation, the fullest
  const best = new Map<string, OrgMention>()
  for (const m of kept) {
    const o = one(m)
    const b = o === undefined ? undefined : best.get(o)
    if (o !== undefined && (!b || fuller(m, b))) best.set(o, m)
  }
  return kept.filter((m) => { const o = one(m); return o === undefined || best.get(o) === m })
}

/** What may stand before a held city's name said without 市: a boundary, a word a question puts there, a conjunction. */
const CITY_LEAD = /[^\p{Script=Han}]|[的在问请是对和与及、跟同或年]/u
const CITY_LEVEL = /(?:市|盟|自治州|地区)$/u

/**
 * A held city named without its level word, right before a unit ("岚溪质监局" for 岚溪市…): that city's unit. Only
 * held cities are read so (a few names, looked up by indexOf), so "海南…" or "山东…" never become a city here.
 */
/** After a held city's name said without 市: a year, a figure, a batch (第二批), or words of a question (not a place's or unit's name going on). */
const CITY_ALONE_NEXT = /^(?:$|[\d０-９]|[^\p{Script=Han}]|第[一二三四五六七八九十\d]+(?:批|次|季度)|(?:这|那|今年|去年|明年|上年|本年|各|市级|的|一共|全市|共|有|财政|三公|部门|预算|决算|公开)(?!\p{Script=Han}*(?:局|委|办|中心)))/u

/** A place's or street's name going on after a city's words: 江油县, 江油区, 江油路, 江油镇, 江油大道, 乌鲁木齐天山区. */
// (…or a district or county of the city named right after it, "乌鲁木齐天山区": the city qualifies that place)
const CITY_NAME_GOES_ON = /^(?:[区县旗镇乡村街路巷道湾桥港口站]|大道|大街|新区|新城|\p{Script=Han}{1,4}?(?:区|县|旗|市))/u

/** A bureau said by its field alone after a city ("溱安公安的三公经费"): the field, then a question's words about a unit's own
 *  accounts or its own lines (三公, 的, a year, 特勤业务…), never a subject of spending (公安支出, 教育经费, 财政资金: the
 *  city's own subject) nor one of a list (公安和教育). */
const DEPT_SAID = /^(公安|教育|财政|民政|税务|交通|水利|农业农村|统计|审计|司法|医保|住建|应急|林业|商务|城管|自然资源|市场监管|人社|卫健)(?=\p{Script=Han}|\d|$)(?!支出|收入|经费|费|事业|方面|领域|[类款项和与及等]|[、，,]|系统|工作|行业|部分|总|合计|小计|服务|管理|附加|资金|专项|基金|补助|投入|建设|发展)/u
/** …read as the bureau (卫健 as its 委). */
function deptSaid(rest: string): UnitWords | undefined {
  const m = DEPT_SAID.exec(rest)
  return m ? { name: `${m[1]}${m[1] === '卫健' ? '委' : '局'}`, length: m[1].length } : undefined
}

function heldCityUnits(t: string, cities: ReadonlySet<string>, taken: (i: number, j: number) => boolean): OrgMention[] {
  const out: OrgMention[] = []
  for (const city of cities) {
    const name = city.replace(CITY_LEVEL, '')
    if (name.length < 2 || name === city) continue
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      const end = i + name.length
      if (i > 0 && !CITY_LEAD.test(t[i - 1])) continue
      // (a scope word's body after it, "全市政府", is the city's whole: no unit)
      const unit = /^[全本该各][市县区州盟旗]/u.test(t.slice(end)) ? undefined : unitAt(t.slice(end)) ?? deptSaid(t.slice(end))
      // "济南2014年三公预算", "济南这次…": a held city said without 市, no unit after it, is the city (as "济南市" alone is)
      // (…or opening the question, a subject's words after it: "江油生猪种业园区改造提升…", never a place's or a road's
      // name going on: 江油县, 江油路)
      const opens = i === 0 && !unit && /^\p{Script=Han}/u.test(t.slice(end)) && !CITY_NAME_GOES_ON.test(t.slice(end))
      if (!unit && (CITY_ALONE_NEXT.test(t.slice(end)) || opens) && !taken(i, end)) { out.push({ start: i, end, text: name, city, known: true, cityOnly: true }); continue }
      if (!unit || unit.name.length < 2 || /\p{Script=Han}[区县旗市]/u.test(unit.name) || taken(i, end + unit.length)) continue
      out.push({ start: i, end: end + unit.length, text: t.slice(i, end + unit.length), city, known: true, type: orgType(unit.name) ?? 'other', dept: deptOf(unit.name) || undefined, unit: unit.name })
    }
  }
  return out
}

/** Before a form that names no place: a place or level word there makes it another place's unit ("长宁区商务委", "国家医保局"). */
const PLACE_BEFORE = /(?:国家|[省市区县州旗乡镇])$/u
/** Before a form led by a level word (区府办): only a non-name character, or a function word ("长宁区府办" is not ours). */
const LEVEL_BEFORE_OK = /[^\p{Script=Han}]|[的在问查和与及、跟同或是对么]/u

interface AliasLookup { byForm: Map<string, number>; lengthsByStart: Map<string, number[]>; singles: boolean }
const lookups = new WeakMap<AliasEntry[], AliasLookup>()

function aliasLookup(aliases: AliasEntry[]): AliasLookup {
  let look = lookups.get(aliases)
  if (look) return look
  const byForm = new Map<string, number>()
  const byStart = new Map<string, Set<number>>()
  let singles = false
  aliases.forEach((a, n) => {
    if (!a.form.length) return
    if (!byForm.has(a.form)) byForm.set(a.form, n)
    if (a.form.length === 1) singles = true
    else {
      const set = byStart.get(a.form.slice(0, 2))
      if (set) set.add(a.form.length)
      else byStart.set(a.form.slice(0, 2), new Set([a.form.length]))
    }
  })
  look = { byForm, lengthsByStart: new Map([...byStart].map(([k, set]) => [k, [...set]])), singles }
  lookups.set(aliases, look)
  return look
}

/**
 * Every occurrence of every alias in `t` as [alias position, offset], in the order a scan alias by alias (longest
 * first), offset by offset would find them; found by looking up, at each offset, the substrings of the lengths of
 * the forms that start with the bigram there, so a catalog of thousands of organisations costs what a few do.
 */
function aliasOccurrences(t: string, aliases: AliasEntry[]): [number, number][] {
  const look = aliasLookup(aliases)
  const out: [number, number][] = []
  const at = (i: number, len: number) => {
    const n = look.byForm.get(t.slice(i, i + len))
    if (n !== undefined) out.push([n, i])
  }
  for (let i = 0; i < t.length; i++) {
    for (const len of look.lengthsByStart.get(t.slice(i, i + 2)) ?? []) if (i + len <= t.length) at(i, len)
    if (look.singles) at(i, 1)
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1])
}

const NO_CITIES: ReadonlySet<string> = new Set()

/** Words 政府 opens: after a name ending in 政府 they are the subject asked, not the organisation's name going on. */
const GOV_WORD_NEXT = /^(?:采购|性基金|债务|债券|购买|投资|专项债|信息公开|工作报告)/u

/** An organisation that is a place's own account: the whole place (奉新县) or its 本级 (某市本级). */
const isPlaceAccount = (org: string) => placeOfName(org) !== undefined

const sortedStems = new WeakMap<string[], string[]>()
const longestFirst = (stems: string[]) => {
  let s = sortedStems.get(stems)
  if (!s) sortedStems.set(stems, (s = [...stems].sort((a, b) => b.length - a.length)))
  return s
}

/**
 * Make now the lookups findOrgMentions keeps for these stems, aliases and cities (a city's catalog: thousands of
 * forms), so a first question does not: the alias lookup by form and length, the stems longest first, the places held.
 */
export function prepareOrgMentions(stems: string[], aliases: AliasEntry[], cities: ReadonlySet<string> = NO_CITIES): void {
  aliasLookup(aliases)
  longestFirst(stems)
  heldPlaces(stems, cities)
}

/**
 * Organisations named in `text` (offsets into mentionText(text)), in order. `stems` are the district stems held;
 * `aliases` the forms that name one held organisation, longest first: the most specific name wins its characters.
 */
export function findOrgMentions(text: string, stems: string[], aliases: AliasEntry[] = [], cities: ReadonlySet<string> = NO_CITIES): OrgMention[] {
  const t = mentionText(text)
  const held = heldPlaces(stems, cities)
  const out: OrgMention[] = []
  const taken = (i: number, j: number) => out.some((m) => i < m.end && j > m.start)
  for (const [n, i] of aliasOccurrences(t, aliases)) {
    const a = aliases[n]
    const e = i + a.form.length
    if (taken(i, e)) continue
    if (a.place === 'none' && PLACE_BEFORE.test(t.slice(Math.max(0, i - 4), i))) continue
    if (a.place === 'level' && i > 0 && !LEVEL_BEFORE_OK.test(t[i - 1])) continue
    // "濮阳县" of a held 濮阳市: the place's name going on with another level word is another place (its county)
    if (a.orgs.every(isPlaceAccount) && !/[市区县州盟旗]$/u.test(a.form) && /^(?:县|区|旗|镇|乡)/u.test(t.slice(e))) continue
    // "桦沟镇政府采购支出": 政府 opens the word 政府采购 (政府性基金, 政府债务), not the end of the township's name
    if (/政府$/u.test(a.form) && GOV_WORD_NEXT.test(t.slice(e))) continue
    // rule place-then-unit: a held place's own account (奉新县, 某市本级) named with a unit right after it ("奉新县教育局")
    // names that unit, not the place: the stems below read it as the place's unit, held or not
    if (a.orgs.every(isPlaceAccount) && !/本级$/u.test(a.form) && unitAt(t.slice(e))) continue
    const parts = orgParts(a.orgs[0])
    const named = a.place === 'named'
    out.push({
      start: i, end: e, text: t.slice(i, e), known: true, orgs: a.orgs,
      stem: named ? parts.stem : undefined, city: named && a.form.includes(parts.city ?? '\u0000') ? parts.city : undefined,
      type: orgType(parts.core), dept: deptOf(parts.core) || undefined,
    })
  }
  for (const stem of longestFirst(stems)) {
    for (let i = t.indexOf(stem); i >= 0; i = t.indexOf(stem, i + 1)) {
      if (taken(i, i + stem.length)) continue
      const x = extend(t, i, i + stem.length, held)
      // "肥西农业农村局": the place before a derived form qualifies it, when it is that organisation's own place;
      // another held district's name before it ("渝北商务委") makes it that district's unit instead
      // (right before it too: "桐林|住房和城乡建设局", the organisation's own place said without its 县)
      const named = out.findIndex((m) => m.orgs && m.start <= x.end && m.end > x.start && (m.start < x.end || orgParts(m.orgs[0]).stem === stem))
      if (named >= 0) {
        const m = out[named]
        if (orgParts(m.orgs![0]).stem === stem) {
          Object.assign(m, { start: Math.min(m.start, x.start), stem, text: t.slice(Math.min(m.start, x.start), m.end) })
          continue
        }
        out.splice(named, 1)
      }
      out.push({ ...placeUnit(x), text: t.slice(x.start, x.end), stem, known: true })
    }
  }
  for (const m of t.matchAll(UNKNOWN_REGION)) {
    const level = m.index!
    const from = placeNameStart(t, level, held)
    if (from === undefined) continue
    // a word before the name the reading kept ("在渝中区"): dropped
    let stem = t.slice(from, level)
    let at = from
    while (stem.length > 2 && LEAD_NOT_NAME.test(stem)) (stem = stem.slice(1)), at++
    if (NOT_STEM_END.test(stem) || NOT_STEM.test(stem) || taken(at, at + stem.length + 1)) continue
    const x = extend(t, at, at + stem.length, held)
    out.push({ ...placeUnit(x), text: t.slice(x.start, x.end), stem, known: false })
  }
  // "东岭镇人民政府", "青山乡2023年…", "白沙街道的…", "某某州本级", "某某合作区": a township-level place, a prefecture or a zone not held
  // (held ones are claimed above by their aliases), named by its own shape: a unit word, a year, 的 or the end of a clause after it; never answered by
  // another organisation
  for (const m of [...t.matchAll(TOWN), ...t.matchAll(PREFECTURE), ...t.matchAll(ZONE)]) {
    let stem = m[1]
    let at = m.index!
    while (stem.length > 2 && LEAD_NOT_NAME.test(stem)) (stem = stem.slice(1)), at++
    // a prefecture held (its 本级 account): read below as a city is
    if (m[2] === '州' && cities.has(stem + m[2])) continue
    const end = at + stem.length + m[2].length
    if (NOT_STEM_END.test(stem) || NOT_STEM.test(stem) || /城$/u.test(stem) || taken(at, end)) continue
    // "凉山州州本级和湛江市质监局": words naming another place (or the 本级) are no unit of this one, however 和 joins them
    const found = unitAt(t.slice(end))
    const unit = found && !OTHER_PLACE_IN_UNIT.test(found.name) ? found : undefined
    const e = end + (unit?.length ?? 0)
    out.push({ start: at, end: e, text: t.slice(at, e), stem: stem + m[2], known: false })
  }
  // "白音旗文化和旅游局": a place not held, named by the shape of a unit after it whatever its department words
  for (const m of t.matchAll(PLACE_THEN_UNIT)) {
    const level = m.index!
    const from = placeNameStart(t, level, held)
    if (from === undefined) continue
    let stem = t.slice(from, level)
    let at = from
    while (stem.length > 2 && LEAD_NOT_NAME.test(stem)) (stem = stem.slice(1)), at++
    const end = at + stem.length + 1
    const unit = unitAt(t.slice(end))
    // any unit word closes the name (局, 中心, but also 馆, 院, 学校, 站…): "某区图书馆" is a unit of a place not held
    if (!unit || NOT_STEM_END.test(stem) || NOT_STEM.test(stem) || taken(at, end + unit.length)) continue
    const x = extend(t, at, at + stem.length, held)
    out.push({ ...placeUnit(x), text: t.slice(x.start, x.end), stem, known: false })
  }
  for (const m of t.matchAll(CITY_NAME)) {
    const from = placeNameStart(t, m.index!, held)
    if (from === undefined) continue
    const i = from
    const name = t.slice(from, m.index!)
    const city = name + m[0]
    // (a scope word's 全市/本市 after a place's bare name is no part of it: "包头全市政府…" is 包头's whole city)
    if (/[全本该各]$/u.test(name)) continue
    // 州 names a city only after 自治 or as a prefecture held (杭州, 苏州 are cities' names, not a level)
    if (m[0] === '州' && !/自治$/u.test(name) && !cities.has(city)) continue
    const after = m.index! + 1
    if (taken(i, after)) continue
    // a city-level body by the shape of its name ("杭州市园林文物局", "燕平市体育运动学校"), or a known department word
    const known = ORG_NEXT_RE.test(t.slice(after))
    const unit = known ? undefined : unitAt(t.slice(after))
    // "某某市去年…", "某某市和某县…": the city alone is the organisation (a city-wide disclosure is the city's)
    const alone = !known && !unit && !NOT_CITY.test(name) && namesCityAlone(t.slice(after), cities.has(city))
    if (alone && !out.some((o) => o.start === after)) {
      out.push({ start: i, end: after, text: t.slice(i, after), city: city, known: true, cityOnly: true })
      continue
    }
    if (!known && (!unit || NOT_CITY.test(name) || /\p{Script=Han}[区县]/u.test(unit.name))) continue
    if (unit && !orgType(unit.name)) {
      // a unit of another kind than 局/委/中心 (学校, 医院, 馆, 队…): its own type, so no bureau of that city answers for it
      out.push({ start: i, end: after + unit.length, text: t.slice(i, after + unit.length), city: city, known: true, type: 'other', dept: deptOf(unit.name) || undefined, unit: unit.name })
      continue
    }
    const x = extend(t, after, after, held)
    const start = i
    // "燕平市第十届运动会": an event of the city, not a unit ("…筹办" is no 办)
    const event = /^第[一二三四五六七八九十百\d]+(?:届|次|期|批|轮)/u.test(t.slice(after))
    if (!x.type) {
      // a bare city: the question is scoped to that city's documents (none held → a plain not-found)
      if ((x.end === after || event) && !out.some((o) => o.start === after)) out.push({ start, end: after, text: t.slice(start, after), city: city, known: true, cityOnly: true })
      // "重庆市第一中学": a unit of another kind, never the city's bureaus
      else if (x.end > after) out.push({ start, end: x.end, text: t.slice(start, x.end), city: city, known: true, type: 'other', dept: x.dept })
      continue
    }
    out.push({ start, end: x.end, text: t.slice(start, x.end), city: city, known: true, type: x.type, dept: x.dept, unit: x.unit })
  }
  out.push(...heldCityUnits(t, cities, taken))
  for (const m of t.matchAll(LEVEL_BODY)) {
    // "国家医保局", "省医保局", "市财政局", "区司法局": a level and a unit, no place name before it
    const i = m.index!
    const at = i + m[0].length
    const unit = unitAt(t.slice(at))
    if (!unit || taken(i, at + unit.length) || !orgType(unit.name) && !/政府|街道|办事处/.test(unit.name)) continue
    const level = LEVELS[m[2]]
    out.push({ start: i + m[1].length, end: at + unit.length, text: t.slice(i + m[1].length, at + unit.length), known: level === 'district', type: orgType(unit.name), dept: deptOf(unit.name) || undefined, level })
  }
  // "教育厅的三公经费", "为啥交通厅…": a 厅 of a department's field is a province's department, named without its
  // province (held ones are claimed above by their aliases): never another level's 局 of the same field
  for (const m of t.matchAll(PROVINCE_HALL)) {
    const i = m.index!
    if (taken(i, i + m[0].length)) continue
    out.push({ start: i, end: i + m[0].length, text: m[0], known: true, type: 'bureau', dept: m[1], level: 'province' })
  }
  for (const m of t.matchAll(TYPE_ONLY)) {
    const i = m.index!
    if (taken(i, i + m[0].length)) continue
    out.push({ start: i, end: i + m[0].length, text: m[0], known: true, type: orgType(m[0]), dept: deptOf(m[0]) || undefined })
  }
  if (!out.length) {
    const bare = bareUnitAtHead(t)
    if (bare) out.push(bare)
  }
  out.push(...restatedLevels(t, out))
  out.sort((a, b) => a.start - b.start)
  // "渝北区和南岸区医保局": one unit named after two districts applies to both
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]]
    if (!a.type && b.type && a.stem && /^[和与及、跟同或]$/.test(t.slice(a.end, b.start))) Object.assign(a, { type: b.type, dept: b.dept })
  }
  return out
}
