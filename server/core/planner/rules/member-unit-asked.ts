import type { BudgetDocument, Corpus } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { unitNameForms } from '../../tools/lib/composition.js'
import { memberUnits, OWN_OFFICE, unitTables } from '../../tools/lib/member-units.js'
import { expandOrgAbbrev, orgParts } from '../../tools/lib/org-match.js'
import { unitAt } from '../../tools/lib/org-shape.js'
import { abbreviatesUnit, inOrder } from '../../tools/lib/unit-abbrev.js'

/** A member unit of a department's disclosure named in a question, and the document to read it from. */
export interface MemberUnitHit { doc: BudgetDocument; unit: string; form: string }

/** Where a place's name ends: the part of a unit's name its department shares is cut here. */
// (城市, 城区, 社区, 园区, 城乡: words of a name, not a place's level: 沅汀县|城市管理综合执法大队)
const PLACE_END = /(?:省|自治区|(?<!城)市|自治州|州|盟|地区|(?<![城社园景校])区|县|旗|街道|镇|(?<!城)乡)$/u

/**
 * The names a department's prose writes one of its units by, compacted: whole ("某县第一中学"), as asked ("某县一中" read
 * as 第一中学), and its own words after the place it shares with the department ("第一中学"); three characters at least.
 */
export function unitForms(hit: MemberUnitHit): string[] {
  return [...new Set([hit.unit, hit.form, unitSuffix(hit.unit, hit.doc.org)].map(compactText).filter((f) => f.length >= 3))]
}

/** The unit's own words after the place its department shares ("某市水文站" of "某市水利局" → 水文站). */
export function unitSuffix(unit: string, org: string): string {
  // a unit named as its department's branch, the department's whole name first ("溱安市公安局泓川分局"): its own words
  // after that name
  if (unit.startsWith(org) && unit.length - org.length >= 3) return unit.slice(org.length)
  let i = 0
  while (i < unit.length && i < org.length && unit[i] === org[i]) i++
  let prefix = unit.slice(0, i)
  while (prefix && !PLACE_END.test(prefix)) prefix = prefix.slice(0, -1)
  // the unit names the department's own place without the county above it ("红柳滩街道退役军人服务站" of
  // "碛原县红柳滩街道办事处"): that place is cut too
  if (!prefix) prefix = sharedPlace(unit, org) ?? ''
  return unit.slice(prefix.length)
}

/** The place a unit's name opens with (a 街道, 镇, 乡, 县 … of three characters or more) when its department's name holds it. */
function sharedPlace(unit: string, org: string): string | undefined {
  for (let k = Math.min(unit.length - 2, 12); k >= 3; k--) {
    const head = unit.slice(0, k)
    if (PLACE_END.test(head) && org.includes(head)) return head
  }
  return undefined
}

/** "红柳滩退役军人服务站": the unit's own words after its place's name said without 街道/镇/乡/县 (two characters or more). */
function shortPlaceForm(unit: string, bare: string): string | undefined {
  const place = unit.slice(0, unit.length - bare.length)
  const short = place.replace(/.*?(?:省|自治区|市|自治州|盟|地区)(?=.{3,})/, '').replace(PLACE_END, '')
  return bare.length >= 4 && short.length >= 2 && short !== place ? short + bare : undefined
}

/**
 * Rule `placed-member`: the department's place before the unit's own words, or a short form of them (rule
 * unit-abbrev): "栖凫县农村经营管理站", "栖凫农技推广中心" of 栖凫县农业农村局's 农业技术推广中心. The place is the
 * department's own (its county, or its city for a city's department), with or without its level word.
 */
function placedForm(text: string, org: string, bare: string): string | undefined {
  // the place as orgParts reads it: the county and its stem (栖凫县, 栖凫), else the city with and without 市
  const { city, region, stem } = orgParts(org)
  const place = region ?? city
  if (!place || bare.length < 3) return undefined
  // (the department's own words after its place, "溱安公安局" of 溱安市公安局, name the department, never a unit
  // whose name holds them: 溱安市公安局泓川分局)
  const core = orgCore(org)
  for (const p of new Set([place, region ? stem ?? place : place.replace(/市$/u, '')])) {
    if (p.length < 2) continue
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
      const u = unitAt(text.slice(i + p.length))
      if (u && (u.name === core || abbreviatesUnit(u.name, core))) continue
      if (u && (u.name === bare || abbreviatesUnit(u.name, bare))) return text.slice(i, i + p.length + u.length)
    }
  }
  return undefined
}

/** Unit words a short form keeps at its end (中心 of 指挥中心, 站 of 推广站). */
// (a 学校 is said by its 校: 体校 of 业余体育学校, 技校 of 技工学校)
const SHORT_END = ['中心', '站', '场', '所', '队', '院', '馆', '局', '办', '委', '处', '校']

/**
 * Rule `named-member-short`: beside its department's name ("某县林业局防火中心", "林业局的林技站"), a member unit is said
 * by a short form of its own words: the unit word it ends with, and two or more of its words before it in order
 * ("防火中心" of 森林防火指挥中心, a leading modifier dropped; "林技站" of 林业技术推广站). The department's own name is no such form.
 */
function shortFormIn(text: string, bare: string, org: string): string | undefined {
  const word = SHORT_END.find((w) => bare.endsWith(w))
  if (!word || bare.length < 4) return undefined
  const body = bare.slice(0, -word.length)
  let best: string | undefined
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    for (let n = Math.min(6, at); n >= 2; n--) {
      const head = text.slice(at - n, at)
      if (!/^\p{Script=Han}+$/u.test(head) || org.endsWith(head + word)) continue
      // the whole name as written after the department (its unit word or 的 before it): "红柳滩街道社区卫生服务中心"
      // is 社区卫生服务中心, never a 服务中心 of the words' tail
      if (!DEPT_END.test(text.slice(0, at - n))) continue
      // the longest run before the unit word whose words the unit's own hold in order
      if (!inOrder(head, body)) continue
      if (!best || head.length + word.length > best.length) best = head + word
      break
    }
  }
  return best
}
/** The department named by its place and its own words or their short form ("橙溪县城管局" of 橙溪县城市管理局), whatever follows. */
function deptSaid(text: string, org: string): boolean {
  const { city, region, stem } = orgParts(org)
  const place = region ?? city
  const core = orgCore(org)
  if (!place || core === org || core.length < 2) return false
  for (const p of new Set([place, stem ?? place])) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
      if (deptShortAt(text.slice(i + p.length).replace(/^[县区市旗]/u, ''), core) !== undefined) return true
    }
  }
  return false
}

/** A department's own words after its place: 城市管理局 of 某县城市管理局 (the whole name when no place leads it). */
export function orgCore(org: string): string {
  const { city, region } = orgParts(org)
  const place = region ?? city ?? ''
  return place && org.includes(place) ? org.slice(org.indexOf(place) + place.length) : org
}

/** How many characters at the start of `words` name the department's own words, or their short form (城管局); undefined if none. */
export function deptShortAt(words: string, core: string): number | undefined {
  for (let j = 2; j <= Math.min(core.length, words.length); j++) if (words.slice(0, j) === core || abbreviatesUnit(words.slice(0, j), core)) return j
  return undefined
}

/** Where a department's name (or 的 after it) ends, right before a member's short form; or the question's or a clause's start. */
const DEPT_END = /(?:局|委|办|中心|街道|办事处|镇|乡|院|站|所|会|厅|队|的|下属|所属|[那这该]个?|[和与及跟]|[，,、；;：:\u3000])$|^$/u

/** What an office's own row answers: its money by column (基本支出, 项目支出, 收入, 支出合计) */
const OFFICE_MONEY = /基本支出|项目支出|人员经费|公用经费|支出|收入|预算|决算|花了|多少钱/u
const OFFICE_OTHER = /编制|人数|多少人|几个人|股室|科室|处室|内设|职责|职能|机关运行|三公|公务/u

/** "某县自然资源局机关" of 某县自然资源局: 局机关, 局本级, 机关本级 (never 本级 or 机关 alone). */
function ownOfficeForms(unit: string, org: string): string[] {
  const u = compactText(unit)
  // (a table printing the office by its short name, "委机关", "局本级", names it as the question does)
  const printedShort = /^[\p{Script=Han}]?(?:机关|本级|机关本级)$/u.test(u) && u.length >= 3
  const rest = u.startsWith(org) ? u.slice(org.length).replace(/^[（(](.*)[)）]$/u, '$1') : printedShort ? u.replace(/^[^机本]/u, '') : undefined
  // (a 委员会's word is 委: 委机关)
  const word = /委员会$/u.test(org) ? '委' : org.slice(-1)
  // (the office in brackets after the department's name may say its word again: 某局（局机关）)
  if (!rest || !/^(?:机关|本级|机关本级)$/u.test(rest.startsWith(word) ? rest.slice(word.length) : rest)) return []
  return [...new Set([...(printedShort ? [u] : []), `${word}机关`, `${word}本级`, '机关本级', `${word}机关本级`])]
}

/** The unit's own words in the question with no place's name right before them (长阳县城关幼儿园 is another county's). */
function bareAlone(text: string, bare: string): boolean {
  const at = text.indexOf(bare)
  return at >= 0 && !PLACE_END.test(text.slice(Math.max(0, at - 6), at)) && !/[\p{Script=Han}]{2}(?:县|区|市|镇|乡|旗)$/u.test(text.slice(0, at))
}

const memberDocs = new WeakMap<Corpus, BudgetDocument[]>()
/** The documents that list member units, read once per corpus. */
export const docsWithMembers = (corpus: Corpus) => {
  let v = memberDocs.get(corpus)
  if (!v) memberDocs.set(corpus, (v = corpus.documents.filter((d) => memberUnits(d).length)))
  return v
}

/**
 * Rule `member-unit-asked`: the question names a unit a held department's budget covers (a per-unit row of its
 * tables or a numbered unit of its 机构设置) and no document of the unit's own is held: that department's document
 * answers, reading the unit's row. The unit's bare words ("水文站") count only when its department is named too
 * (`namedOrgs`); a unit several departments list, or one with its own document, is no hit.
 */
export function memberUnitAsked(corpus: Corpus, question: string, namedOrgs: Set<string>, year?: number): MemberUnitHit | undefined {
  // a unit's common short form ("县疾控中心") read as its full words
  const text = expandOrgAbbrev(compactText(question))
  const hits: MemberUnitHit[] = []
  for (const doc of docsWithMembers(corpus)) {
    // the department's own office row ("某局机关") is asked only beside the department's name
    const offices = namedOrgs.has(doc.org) ? [...new Set(unitTables(doc).flatMap((u) => u.rows.map((r) => r.name)).filter((n) => OWN_OFFICE.test(compactText(n))))] : []
    // (only its money asked: the office's 股室, 编制 and 机关运行经费 are the department's prose, and "局机关运行经费"
    // holds no 局机关: OFFICE_OTHER)
    for (const unit of offices) {
      const form = ownOfficeForms(unit, compactText(doc.org)).filter((f) => text.includes(f)).sort((a, b) => b.length - a.length)[0]
      // (its 三公 are its own where a 三公 table prints one row per unit, the office's among them, or a table of the units
      // prints a 三公 column)
      const ownThreePublic = /三公|公务/u.test(text) && !/机关运行/u.test(text) && unitTables(doc).some((u) => (u.table.kind === 'three-public' || u.table.columns.some((c) => /三公/u.test(c.label))) && u.rows.some((r) => r.name === unit))
      // (its 三公 asked is its money, "局机关三公经费多少", whatever other money word the question says)
      if (form && (OFFICE_MONEY.test(text) || ownThreePublic) && (!OFFICE_OTHER.test(text) || ownThreePublic)) hits.push({ doc, unit, form })
    }
    // the department's own name as written is no mention of a unit it contains ("澄岙县人民医院医共体" holds
    // 澄岙县人民医院, its lead member): units are looked for in the rest of the question
    const rest = text.split(compactText(doc.org)).join('\u3000')
    for (const unit of memberUnits(doc)) {
      const bare = unitSuffix(unit, compactText(doc.org))
      // rule `bare-member`: with no organisation named, a unit's own words alone ("光荣院", "城关幼儿园") name it when
      // no place is said before them and one department alone lists such a unit (see below)
      const alone = !namedOrgs.size && bare.length >= 3 && bareAlone(text, bare)
      // (its forms read as the question is read, a common short form as its full words: "某市市场监管信息中心" asked as
      // 某市场监督管理信息中心)
      const forms = [...new Set(unitNameForms(unit).flatMap((f) => [f, expandOrgAbbrev(f)]))].filter((f) => f !== bare || namedOrgs.has(doc.org) || alone)
      if (bare.length >= 4 && namedOrgs.has(doc.org) && !forms.includes(bare)) forms.push(bare)
      if (alone && !forms.includes(bare)) forms.push(bare)
      const short = shortPlaceForm(unit, bare)
      if (short && !forms.includes(short)) forms.push(short)
      // (a form inside the department's own name counts only where the question writes it outside that name)
      const said = (f: string | undefined) => (f && (!compactText(doc.org).includes(f) || rest.includes(f)) ? f : undefined)
      const form = said(forms.filter((f) => text.includes(f)).sort((a, b) => b.length - a.length)[0]) ?? said(placedForm(text, doc.org, bare)) ?? said(placedForm(text, doc.org, expandOrgAbbrev(bare))) ?? (namedOrgs.has(doc.org) || deptSaid(text, compactText(doc.org)) ? said(shortFormIn(text, bare, compactText(doc.org))) : undefined)
      if (form) hits.push({ doc, unit, form })
    }
  }
  if (!hits.length) return undefined
  const longest = Math.max(...hits.map((h) => h.form.length))
  const best = hits.filter((h) => h.form.length === longest)
  if (new Set(best.map((h) => h.doc.org.replace(/^原/, ''))).size !== 1) return undefined
  // the unit's own disclosure is held: that document answers, not its department's
  if (corpus.documents.some((d) => compactText(d.org).includes(best[0].form) && !best.some((h) => h.doc === d))) return undefined
  const inYear = year === undefined ? best : best.filter((h) => h.doc.year === year)
  if (!inYear.length) return undefined
  return inYear.reduce((a, b) => (b.doc.year > a.doc.year ? b : a))
}
