import { orgLike, placeOf } from './meta-rules.js'

/**
 * A province-level place printed before a lower place's unit: its full name (黑龙江省, 新疆维吾尔自治区) or the customary
 * short name of an autonomous region (新疆, 内蒙古, 广西, 西藏, 宁夏), which titles use without 自治区. The five short
 * names are the national list of autonomous regions, not names of documents.
 */
export const PROVINCE = /^(?:\p{Script=Han}{2,3}?省|\p{Script=Han}{2,5}?自治区|新疆|内蒙古|广西|西藏|宁夏)/u

export interface QualifiedOrg {
  /** the organisation's own name: from its city or county on (疆岚县水利局) */
  org: string
  /** the province that qualifies it, as printed (新疆), when the name carried one */
  province?: string
}

/**
 * "新疆疆岚县水利局" is 疆岚县水利局 of Xinjiang: a province before a city, county or district is the region's qualifier,
 * not part of the organisation's name (its own page title and its citizens name it without). A province's own
 * department ("海南省散装水泥办公室") keeps its province: no lower place follows it.
 */
export function splitProvince(org: string): QualifiedOrg {
  const m = PROVINCE.exec(org.replace(/^原/, ''))
  if (!m) return { org }
  const lead = org.startsWith('原') ? '原' : ''
  const rest = org.slice(lead.length + m[0].length)
  const place = placeOf(rest)
  // the rest must begin with its own place (a city, or a county-level one named by two characters or more: 社区, 园区
  // are words, not counties) and still be an organisation's name
  const county = place.region && place.region.replace(/(?:自治县|自治旗|区|县|旗)$/u, '').length >= 2 ? place.region : undefined
  const startsWithPlace = !!(place.city && rest.startsWith(place.city)) || !!(county && rest.startsWith(county))
  if (!startsWithPlace || !orgLike(rest)) return { org }
  return { org: lead + rest, province: m[0] }
}
