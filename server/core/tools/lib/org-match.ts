import { ZONE_SUFFIX } from '../../parse/zone-names.js'
import type { BudgetDocument } from '../../schema.js'
import { memoByString } from '../../search/string-memo.js'
import { compactText } from '../../search/normalize-text.js'
import { placeNameStart } from './place-name.js'

/**
 * Organisation matching by rule, not by list: a district is "<name>区/县", a city "<name>市"; the unit type is
 * 局 (bureau) or 中心 (centre); 医保 abbreviates 医疗保障. Region stems come from the corpus itself.
 */
export type OrgType = 'bureau' | 'center' | 'other'

export interface OrgParts { city?: string; region?: string; stem?: string; type?: OrgType; core: string }

const REGION = /(\p{Script=Han}{2,6}?(?:自治县|自治旗|区|县|旗))/u
/** A prefecture-level 盟 / 自治州 / 地区 before a county-level place (兴安盟科尔沁右翼前旗). */
const CITY_NOT_SHI = /\p{Script=Han}{2,9}?(?:盟|自治州|地区)(?=\p{Script=Han}{2,6}?(?:自治县|自治旗|区|县|旗|市))/u

/** The city of a full name: the first 市 with a place name before it (乌鲁木齐市, 重庆市), or a 盟/自治州/地区 before it. */
function cityOf(s: string): string | undefined {
  const other = CITY_NOT_SHI.exec(s)
  for (const m of s.matchAll(/(?<=\p{Script=Han}{2})市/gu)) {
    if (other && other.index < m.index!) break
    const from = placeNameStart(s, m.index!)
    if (from !== undefined) return s.slice(from, m.index! + 1)
  }
  return other?.[0]
}

/** Words before 区/县 that are not district names (全区, 辖区…). */
const NOT_REGION = /^(?:全|辖|本|该|我|各|城|市|社|地|园|片|学)区$/u

/** Common short names of departments, longest first: 卫健委 → 卫生健康委员会, 医保 → 医疗保障. */
const ABBREV: [RegExp, string][] = [
  [/卫健委/g, '卫生健康委员会'], [/卫健/g, '卫生健康'], [/医保/g, '医疗保障'], [/人社/g, '人力资源和社会保障'],
  [/发改委/g, '发展和改革委员会'], [/住建/g, '住房和城乡建设'], [/市监局/g, '市场监督管理局'], [/市场监管(?!理)/g, '市场监督管理'], [/教委/g, '教育委员会'],
  [/规自/g, '规划和自然资源'], [/疾控/g, '疾病预防控制'],
]
export const expandOrgAbbrev = (s: string) => ABBREV.reduce((t, [re, full]) => t.replace(re, full), s)

export function orgType(s: string): OrgType | undefined {
  if (/中心/.test(s)) return 'center'
  if (/局|委员会|厅|办公室$/.test(s)) return 'bureau'
  return undefined
}

/** City, district and type of a full organisation name: 原重庆市江北区医疗保障事务中心 → 重庆市, 江北区, centre. */
export function orgParts(org: string, region?: string): OrgParts {
  // read for every held document whenever a catalog is indexed, and for every organisation a question names: once each
  return region === undefined ? partsOf(org) : partsIn(`${region}\u0000${org}`)
}

const partsOf = memoByString((org: string) => Object.freeze(readParts(org)))
const partsIn = memoByString((key: string) => {
  const cut = key.indexOf('\u0000')
  return Object.freeze(readParts(key.slice(cut + 1), key.slice(0, cut)))
})

function readParts(org: string, region?: string): OrgParts {
  const s = expandOrgAbbrev(compactText(org)).replace(/^原/, '')
  const city = cityOf(s)
  const rest = city ? s.slice(s.indexOf(city) + city.length) : s
  // a recorded region may still carry its prefecture ("某某盟某某旗"): the county-level part is the region
  const reg = (region && city && region.startsWith(city) && region.length > city.length ? region.slice(city.length) : region) ?? REGION.exec(rest)?.[1]
  const stem = reg ? regionStem(reg) : undefined
  const core = reg ? rest.slice(rest.indexOf(reg) + reg.length) : rest
  return { city, region: reg, stem, type: orgType(core) ?? 'other', core }
}

/** A development zone named like a district ("杜集经济开发区"): its place name is the stem people use ("杜集开发区"). */
const ZONE = new RegExp(`${ZONE_SUFFIX}$`)

export function regionStem(region: string): string {
  const zone = region.replace(ZONE, '')
  if (zone !== region && zone.length >= 2) return zone
  const s = region.replace(/(?:自治县|自治旗|区|县|旗|市)$/, '')
  return s.length >= 2 ? s : region
}

/** A compact key for the organisation's own name after its district: 医疗保障事务中心. */
export const orgCore = (org: string) => orgParts(org).core

export interface DocOrgInfo { doc: BudgetDocument; parts: OrgParts }

export function docOrgInfo(doc: BudgetDocument): DocOrgInfo {
  return { doc, parts: orgParts(doc.org, doc.region) }
}

export { NOT_REGION, REGION }
