import { builtFingerprint } from '../../built-fingerprints.js'
import { ZONE_BODY, ZONE_SUFFIX, zoneShort } from '../../parse/zone-names.js'
import { memoByString } from '../../search/string-memo.js'
import { fnv1a } from '../../search/string-hash.js'
import { compactText } from '../../search/normalize-text.js'
import { expandOrgAbbrev, ORG_PROBES, orgParts, orgPartsFingerprint, probeRegion } from './org-match.js'

/**
 * The forms people use for a held organisation, derived from the STRUCTURE of its name (never from a list of names):
 * the place prefix dropped (the district kept as an optional qualifier, or replaced by its level word 区/县), the
 * 人民政府 infix of a sub-unit dropped (…区人民政府万里街道办事处 → 万里街道办事处), and common abbreviations by rule
 * (人民政府办公室 → 政府办公室/政府办/府办, 委员会 → 委, 中共某市委员会某委员会 → 某委/市委某委, 管理委员会 → 管委会, A和B → AB's short forms, 街道办事处 → 街道).
 */
export interface OrgAlias {
  /** the compact, abbreviation-expanded form (as mentionText would write it) */
  form: string
  /** how the form names the place: the district/zone itself, only its level word (区/县/市), or not at all */
  place: 'named' | 'level' | 'none'
}

/** Unit words only: a form made of nothing else names a kind of unit, not one organisation. */
const BARE = /^(?:人民政府|政府|办公室|办公|委员会|委|局|中心|管委会|管委|办|办事处|街道|街道办|院|所|站|厅)$/u
/** "A和B" inside a unit name: two fields joined (规划和自然资源, 发展和改革, 人力资源和社会保障). */
const JOINED = /(\p{Script=Han}{2,})和(\p{Script=Han}{2,}?)(?=局|委员会|委|厅|中心|办公室|$)/u

/** Short forms of the unit's own name (after its place), the name itself first. */
export function coreForms(core: string): string[] {
  const out = new Set<string>([core])
  // a sub-unit of a government: 人民政府万里街道办事处 → 万里街道办事处 (the government is the parent, not the unit)
  const sub = /^(?:人民政府|政府)(\p{Script=Han}{2,}(?:街道办事处|办事处|街道|镇|乡|管理委员会|管委会))$/u.exec(core)
  if (sub) out.add(sub[1])
  const rules: [RegExp, string][] = [
    // a unit's own account named so ("某某镇人民政府(本级)"): the unit is spoken of without it
    [/[（(]本级[）)]$/u, ''],
    [/街道办事处$/u, '街道办'], [/街道办事处$/u, '街道'], [/街道办$/u, '街道'],
    [/^人民政府办公室$/u, '政府办公室'], [/^政府办公室$/u, '政府办'], [/^政府办公室$/u, '府办'],
    [/管理委员会$/u, '管委会'], [/^政协委员会$/u, '政协'], [/(?<!政协)委员会$/u, '委'],
    // a body of the place's party committee (中共某某市委员会政法委员会 → 政法委员会, 市委政法委): the body itself, and
    // the committee as 委 before it
    [/^委员会(\p{Script=Han}{2,})$/u, '$1'], [/^委员会(\p{Script=Han}{2,})$/u, '委$1'],
    // an ethnic township is spoken of without its people's name: 和平彝族乡人民政府 → 和平乡人民政府 (→ 和平乡)
    [/^(\p{Script=Han}{2,}?)\p{Script=Han}{1,4}族(乡|镇)(人民政府|政府)?$/u, '$1$2$3'],
    // a township's government is spoken of by the township's name: 某某镇人民政府 → 某某镇, 某某镇政府
    [/^(\p{Script=Han}{2,}?(?:镇|乡|苏木))人民政府$/u, '$1'], [/^(\p{Script=Han}{2,}?(?:镇|乡|苏木))人民政府$/u, '$1政府'],
    // a township whose own name ends in its level word (章镇 → 章镇镇) is spoken of by its name: 某镇镇 → 某镇
    [/^(\p{Script=Han}+?(镇|乡))\2$/u, '$1'],
    // a town made a subdistrict keeps its name (镇改街道): 腾越镇 is asked as 腾越街道, 腾越街道办, 腾越街道办事处
    [/^(\p{Script=Han}{2,}?)镇$/u, '$1街道办事处'],
    // (named 某某乡政府 by its own page: the township's name too)
    [/^(\p{Script=Han}{2,}?(?:镇|乡|苏木))政府$/u, '$1'],
    // …and its government by the name alone, the level word left out: 花溪镇政府 → 花溪政府
    [/^(\p{Script=Han}{2,}?)(?:镇|乡)(?:人民)?政府$/u, '$1政府'],
    // a province's office in another city and its units (人民政府驻格尔木办事处中学): spoken of without the government,
    // with or without 驻 (驻格尔木办事处中学, 格尔木办事处中学)
    [/^(?:人民政府|政府)(驻\p{Script=Han}{2,}办事处\p{Script=Han}*)$/u, '$1'], [/^(?:人民政府|政府)?驻(\p{Script=Han}{2,}办事处\p{Script=Han}*)$/u, '$1'],
    // a township's central school or clinic is spoken of by the township's name: 科才镇中心小学 → 科才小学, 科才镇小学
    [/^(\p{Script=Han}{2,}?)(镇|乡|街道)中心(小学|中学|学校|幼儿园|卫生院)$/u, '$1$3'], [/^(\p{Script=Han}{2,}?)(镇|乡|街道)中心(小学|中学|学校|幼儿园|卫生院)$/u, '$1$2$3'],
    // …and by the township's name before 中心: 南丰镇中心幼儿园 → 南丰中心幼儿园
    [/^(\p{Script=Han}{2,}?)(镇|乡|街道)中心(小学|中学|学校|幼儿园|卫生院)$/u, '$1中心$3'],
    // a numbered school, kindergarten or hospital under a qualifier is spoken of by its number and kind:
    // 直属机关第三幼儿园 → 第三幼儿园 (→ 三幼), 某某区第二人民医院 → 第二人民医院
    [/^\p{Script=Han}{2,}?(第[一二三四五六七八九十]{1,3}(?:幼儿园|小学|中学|高级中学|人民医院|医院))$/u, '$1'],
    // …and a numbered hospital by its number alone: 第二人民医院 → 二院 (济宁二院), after its place's name too
    // (金坛第一人民医院 → 金坛一院, 某某第三幼儿园 → 某某三幼)
    [/^第([一二三四五六七八九十]{1,3})(?:人民)?医院$/u, '$1院'],
    [/^(\p{Script=Han}{2,3}?)第([一二三四五六七八九十]{1,3})(?:人民)?医院$/u, '$1$2院'], [/^(\p{Script=Han}{2,3}?)第([一二三四五六七八九十]{1,3})幼儿园$/u, '$1$2幼'],
    // schools by the short names everyone uses: 职业高级中学 → 职高, 职业中学 → 职中, 高级中学 → 高中
    [/职业高级中学$/u, '职高'], [/职业中学$/u, '职中'], [/(?<!职业)高级中学$/u, '高中'], [/初级中学$/u, '初中'],
    // a maternal and child health hospital (or centre) is said 妇幼: 株洲市妇幼保健院 → 株洲妇幼, 某县妇幼保健计划生育服务中心
    [/妇幼保健(?:院|站|所|计划生育服务中心|服务中心|中心)$/u, '妇幼'],
    // a hospital of Chinese medicine is said 中医院: 某州中医医院 → 某州中医院
    [/中医医院$/u, '中医院'],
    // the people's court, procuratorate and hospital are said without 人民: 巢湖市人民法院 → 巢湖法院, 某县医院
    [/^人民(法院|检察院|医院)$/u, '$1'],
    // an autonomous prefecture's own unit is said without 州: 黔南州中医医院 → 黔南中医医院 (never a one-character place)
    [/^(\p{Script=Han}{2,3}?)州(?![市区县州])(\p{Script=Han}{2,})$/u, '$1$2'],
    // 散装水泥办公室 → 散装水泥办, 信访办公室 → 信访办: an office is spoken of as 办
    [/(\p{Script=Han}{2,})办公室$/u, '$1办'],
    // bodies named together (各民主党派, 各人民团体) are spoken of without 各: 某市民主党派
    [/^各(\p{Script=Han}{3,})$/u, '$1'],
  ]
  for (let grew = true; grew; ) {
    grew = false
    for (const f of [...out]) {
      const next: string[] = rules.filter(([re]) => re.test(f)).map(([re, to]) => f.replace(re, to))
      const j = JOINED.exec(f)
      if (j) {
        const [all, a, b] = j
        next.push(f.replace(all, a + b), f.replace(all, a[0] + b[0]))
        // 规划和自然资源 → 规划资源: the first field and the second's head word
        if (b.length >= 4) next.push(f.replace(all, a + b.slice(-2)))
      }
      for (const n of next) if (n && !out.has(n)) (out.add(n), (grew = true))
    }
  }
  return [...out]
}

const key = (s: string) => expandOrgAbbrev(compactText(s))

/** Every form of one organisation name (`region` as the document records it, when it does). */
export function orgAliases(org: string, region?: string): OrgAlias[] {
  // a catalog of thousands of documents holds each organisation for several years and kinds: its forms are derived once
  return aliasesIn(aliasKey(org, region))
}

const aliasKey = (org: string, region?: string) => `${region ?? ''}\u0000${region === undefined ? 0 : 1}\u0000${org}`

/**
 * What the alias rules of this build make of the probe names (org-match.ts ORG_PROBES, names of every rule's shape):
 * forms derived at ingest by another build of this code are used only while the fingerprints agree.
 */
export function aliasFingerprint(): string {
  formsFingerprint ??= builtFingerprint('alias')
  if (formsFingerprint === undefined) {
    const text = JSON.stringify(ORG_PROBES.map((p) => deriveAliases(p, probeRegion(p))))
    formsFingerprint = `${fnv1a(text).toString(36)}.${text.length}`
  }
  return formsFingerprint
}
/** the rules are this build's code: their fingerprint is computed once per process */
let formsFingerprint: string | undefined

export interface AliasForms { fingerprint: string; forms: [org: string, region: string | null, forms: OrgAlias[]][] }

/** The forms of these organisations, derived now (at ingest), with this build's fingerprint. */
export function aliasFormsOf(docs: { org: string; region?: string }[]): AliasForms {
  const seen = new Map<string, [string, string | null, OrgAlias[]]>()
  for (const d of docs) {
    const k = aliasKey(d.org, d.region)
    if (!seen.has(k)) seen.set(k, [d.org, d.region ?? null, orgAliases(d.org, d.region)])
  }
  return { fingerprint: aliasFingerprint(), forms: [...seen.values()] }
}

/** Take forms derived at ingest instead of deriving them again, when the rules that made them are this build's. */
export function primeAliasForms(stored: AliasForms): boolean {
  if (stored.fingerprint !== aliasFingerprint()) return false
  for (const [org, region, forms] of stored.forms) aliasesIn.prime(aliasKey(org, region ?? undefined), Object.freeze(forms) as OrgAlias[])
  return true
}

const aliasesIn = memoByString((key: string) => {
  const [region, hasRegion, org] = key.split('\u0000')
  return Object.freeze(deriveAliases(org, hasRegion === '1' ? region : undefined)) as OrgAlias[]
})

const ZONE_ORG = new RegExp(`^(\\p{Script=Han}{2,}?(${ZONE_SUFFIX}))(?:[（(]?${ZONE_BODY}[）)]?)?$`, 'u')

/** A province-level place before a unit's own name: 海南省, 广西壮族自治区 (the name without its level word is 海南, 广西). */
/** A province-level region's name said without its level word, before a unit's name of four or more characters. */
const BARE_PROVINCE = /^(?:广西|内蒙古|新疆|西藏|宁夏|黑龙江|河北|山西|辽宁|吉林|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)(?=\p{Script=Han}{4,})/u
const PROVINCE = /^(\p{Script=Han}{2,3}?)(?:省|\p{Script=Han}{0,4}?自治区)(?=\p{Script=Han}{3,})/u

/** a two-character prefecture name, then a district or county of 2–4 characters and its level word (泉州|台商区) */
const CITY_WITHOUT_LEVEL = /^\p{Script=Han}{2}(\p{Script=Han}{2,4}(?:区|县))$/u

const ZONE_KINDS = ZONE_SUFFIX.slice(3, -1).split('|')
/** What a zone's name says of its trade or standing before its kind (某某新兴产业集中区, 某某经济技术开发区, 某某特别合作区): left out when it is spoken of. */
const ZONE_TRADE = /(?:经济技术|高新技术产业|高新技术|新兴产业|经济|产业|特别)(?=(?:开发区|集中区|园区|示范区|合作区)$)/u

/** A zone's standing before its kind: 国家级经济技术开发区, 国家高新区, 省级高新区. */
const STANDING = /(?:国家级?|省级)(?=\p{Script=Han}{0,6}(?:开发区|高新区|集中区|园区|示范区|合作区|新区)$)/u

/**
 * The names a zone goes by: its own; without its trade words (某某集中区); its usual short kind (某某高新区); without its
 * standing (贵阳国家高新区 → 贵阳高新区); and, when
 * its name is a wider area's two characters before its own two or more (皖江江南新兴产业集中区: 皖江 the belt, 江南
 * the zone), its own name without the area's (江南集中区).
 */
function zoneNames(zone: string): string[] {
  // its standing (国家级, 国家, 省级) is left out when it is spoken of: 贵阳国家高新区 → 贵阳高新区
  const plain = zone.replace(STANDING, '')
  if (plain !== zone && plain.length >= 4) return [...new Set([...ownZoneNames(zone), ...ownZoneNames(plain)])]
  return ownZoneNames(zone)
}

function ownZoneNames(zone: string): string[] {
  const out = new Set([zone])
  const bare = zone.replace(ZONE_TRADE, '')
  out.add(bare)
  out.add(zoneShort(zone))
  if (bare !== zone) {
    const kind = ZONE_KINDS.find((k) => bare.endsWith(k))
    const own = kind ? bare.slice(0, -kind.length) : ''
    if (own.length >= 4) out.add(own.slice(2) + kind)
  }
  return [...out]
}

/** 共青团宣城市委, 共青团某县委员会: the place's stem and its level word */
const YOUTH_LEAGUE = /^共青团(\p{Script=Han}{2,8}?)([省市县区旗])(?:委员会|委)$/u

function deriveAliases(org: string, region?: string): OrgAlias[] {
  const name = compactText(org).replace(/^原/, '')
  const parts = orgParts(name, region)
  const cores = coreForms(compactText(parts.core))
  const out = new Map<string, OrgAlias['place']>()
  const add = (form: string, place: OrgAlias['place']) => {
    const k = key(form)
    if (k.length < 2 || out.has(k)) return
    out.set(k, place)
  }
  add(name, 'named')
  // the Youth League's committee of a place (共青团宣城市委) as it is spoken of: 宣城团市委, 团宣城市委, 宣城市团委, and 团市委
  // by its level word alone
  const youth = YOUTH_LEAGUE.exec(name)
  if (youth) {
    const [, stem, level] = youth
    for (const f of [`团${stem}${level}委`, `${stem}团${level}委`, `${stem}${level}团委`, `共青团${stem}${level}委员会`]) add(f, 'named')
    add(`团${level}委`, 'level')
  }
  // a zone and its 管委会 ("某某产业集中区(管委会)"): the zone's name with or without its body, and the kind of zone with
  // its body ("集中区管委会", "开发区管委会"), which names it when it is the only such zone held
  const zone = ZONE_ORG.exec(name)
  if (zone) {
    // (a zone named after its province, 云南寻甸产业园区, is spoken of without it too: 寻甸产业园区)
    const local = zone[1].replace(PROVINCE, '').replace(BARE_PROVINCE, '')
    const names = [...new Set([...zoneNames(zone[1]), ...(local !== zone[1] && local.length >= 4 ? zoneNames(local) : [])])]
    for (const n of names) for (const body of ['', '管委会', '管理委员会']) add(n + body, 'named')
    const kinds = ZONE_KINDS.filter((k) => zone[1].endsWith(k) && zone[1].length > k.length)
    for (const k of kinds) for (const body of ['管委会', '管理委员会']) add(k + body, 'none')
    return [...out].map(([form, place]) => ({ form, place }))
  }
  // a province's own unit (海南省散装水泥办公室): the province is named without its level word too (海南散装水泥办)
  const province = !parts.city && !parts.region ? PROVINCE.exec(name) : null
  if (province) {
    for (const c of coreForms(name.slice(province[0].length))) {
      add(province[0] + c, 'named')
      add(province[1] + c, 'named')
      // …and by its level word alone, as its own pages say it (省妇联 of 甘肃省妇女联合会)
      if (province[0].endsWith('省')) add(`省${c}`, 'level')
      if (!BARE.test(c) && c.length >= 3) add(c, 'none')
    }
  }
  // a province-level unit named with its region's name alone (广西文化和旅游厅医务所, 内蒙古自治区 said 内蒙古): the
  // unit's own forms with and without that name
  const bare = !province && !parts.city && !parts.region ? BARE_PROVINCE.exec(name) : null
  if (bare) {
    for (const c of coreForms(name.slice(bare[0].length))) {
      add(bare[0] + c, 'named')
      if (!BARE.test(c) && c.length >= 4) add(c, 'none')
    }
  }
  // a district written after its prefecture's name without 市 (泉州台商区, 广州天河区): the district by itself too
  const unprefixed = !parts.city && parts.region ? CITY_WITHOUT_LEVEL.exec(parts.region)?.[1] : undefined
  const regions = parts.region ? [...new Set([parts.region, parts.region.replace(/经济技术|高新技术产业|经济/u, ''), ...(unprefixed ? [unprefixed] : [])])] : []
  for (const c of cores) {
    for (const r of regions) {
      if (parts.city) add(parts.city + r + c, 'named')
      add(r + c, 'named')
    }
    // a level word standing in for the place: 区商务委, 区府办 (a city-level unit: 市…)
    const level = parts.region ? /(区|县|旗)$/u.exec(parts.region)?.[1] : parts.city ? '市' : undefined
    if (level && !/开发区|高新区|园区$/u.test(parts.region ?? '')) add(level + c, 'level')
    // a two-character short form is said after the place's name (柳岸三院 of 柳岸县第三人民医院): too short alone
    if (parts.stem && c.length === 2 && !BARE.test(c)) add(parts.stem + c, 'named')
    // (a township named 某镇镇 is said by its two characters, 章镇: the one two-character form kept)
    if (!BARE.test(c) && (c.length >= 3 || cores[0] === `${c}${c.slice(-1)}`)) add(c, 'none')
    // a unit under a township named by its own words alone (社庄完全小学 of 某镇社庄完全小学, 某村卫生室 of 某乡某村卫生室)
    const townUnit = TOWN_UNIT.exec(c)
    if (townUnit && !BARE.test(townUnit[1])) add(townUnit[1], 'none')
    // an ethnic township said without its peoples (同乐苗族乡卫生院 → 同乐乡卫生院, 同乐卫生院)
    const ethnic = ETHNIC_TOWN.exec(c)
    if (ethnic && !BARE.test(ethnic[3])) { add(`${ethnic[1]}${ethnic[2]}${ethnic[3]}`, 'none'); if (/(?:院|校|学|园|中心|站|所)$/u.test(ethnic[3])) add(`${ethnic[1]}${ethnic[3]}`, 'none') }
    // a city's own unit named with the city's name but not its level word (定州第四中学, 定州四中)
    const city = !parts.region && parts.city?.endsWith('市') ? parts.city.slice(0, -1) : undefined
    if (city && city.length >= 2) add(city + c, 'named')
    // …and with it (巢湖市人民法院 → 巢湖市法院)
    if (!parts.region && parts.city) add(parts.city + c, 'named')
  }
  // a place's own account: its level word said again before 本级 (凉山州本级 → 凉山州州本级, 某某区本级 → 某某区区本级)
  for (const [form, place] of [...out]) {
    const own = /(\p{Script=Han}*?\p{Script=Han}([州市区县盟旗]))本级$/u.exec(form)
    if (own && place !== 'level') add(`${own[1]}${own[2]}本级`, place)
    // …or its level word with 级 for 本级, after the place (北京市本级 → 北京市市级, 北京市级)
    if (own && place !== 'level' && own[1].length >= 3) { add(`${own[1]}${own[2]}级`, place); add(`${own[1]}级`, place) }
  }
  return [...out].map(([form, place]) => ({ form, place }))
}

/** An ethnic township's name (同乐苗族乡, 某某彝族乡), then what follows it: its name without the peoples. */
const ETHNIC_TOWN = /^(\p{Script=Han}{2,4}?)(?:\p{Script=Han}{1,4}?族)+(乡|镇)(\p{Script=Han}{2,})$/u
/** A township's name, then a unit of its own with a unit's word at its end: the unit's own words. */
const TOWN_UNIT = /^\p{Script=Han}{2,6}?(?:镇|乡|街道)(\p{Script=Han}{2,}(?:小学|中学|学校|幼儿园|卫生院|卫生室|中心|站|所|馆|队))$/u

export interface AliasEntry { form: string; place: OrgAlias['place']; orgs: string[] }

/**
 * Forms that name exactly one held organisation (however many years it is held for), longest first. A form shared
 * by several organisations is left out: the place and unit-type rules already ask which one is meant.
 */
export function aliasTable(docs: { org: string; region?: string; alsoNamed?: string[] }[]): AliasEntry[] {
  const by = new Map<string, { place: OrgAlias['place']; orgs: Set<string> }>()
  for (const d of docs) {
    const org = d.org.replace(/^原/, '')
    // (the name the document's own sentences give it, rule body-also-named: a form that names the place)
    const also = (d.alsoNamed ?? []).map((n) => ({ form: key(n.replace(/^原/u, '')), place: 'named' as const }))
    for (const a of [...orgAliases(d.org, d.region), ...also]) {
      const e = by.get(a.form) ?? { place: a.place, orgs: new Set<string>() }
      e.orgs.add(org)
      by.set(a.form, e)
    }
  }
  return [...by]
    .filter(([, e]) => e.orgs.size === 1)
    .map(([form, e]) => ({ form, place: e.place, orgs: [...e.orgs] }))
    .sort((a, b) => b.form.length - a.form.length)
}

let tableFingerprint: string | undefined
/**
 * What this build's rules make of the probe names as an alias table (their forms, their parts and the table's own
 * rules): a table stored at ingest by another build is used only while these agree. Computed once per process.
 */
export function aliasTableFingerprint(): string {
  tableFingerprint ??= builtFingerprint('aliasTable')
  if (tableFingerprint === undefined) {
    const table = aliasTable(ORG_PROBES.map((p) => ({ org: p, region: probeRegion(p) })))
    const text = JSON.stringify([aliasFingerprint(), orgPartsFingerprint(), table])
    tableFingerprint = `${fnv1a(text).toString(36)}.${text.length}`
  }
  return tableFingerprint
}

/**
 * A text with an organisation's own names cut out, each left as `cut`: its name and every alias (longest first, two
 * characters at least), so words of the name (住房 of 住房和城乡建设局) are never read as words of what is asked.
 */
export function withoutOrgNames(text: string, doc: { org: string; region?: string }, cut = '，'): string {
  const forms = [doc.org, ...orgAliases(doc.org, doc.region).map((a) => a.form)].map(compactText).sort((a, b) => b.length - a.length)
  let q = text
  for (const f of forms) if (f.length >= 2) q = q.split(f).join(cut)
  return q
}
