import { builtFingerprint } from '../../built-fingerprints.js'
import { ZONE_SUFFIX } from '../../parse/zone-names.js'
import type { BudgetDocument } from '../../schema.js'
import { fnv1a } from '../../search/string-hash.js'
import { memoByString } from '../../search/string-memo.js'
import { compactText } from '../../search/normalize-text.js'
import { autonomousStem, placeNameStart } from './place-name.js'

/**
 * Organisation matching by rule, not by list: a district is "<name>区/县", a city "<name>市"; the unit type is
 * 局 (bureau) or 中心 (centre); 医保 abbreviates 医疗保障. Region stems come from the corpus itself.
 */
export type OrgType = 'bureau' | 'center' | 'other'

export interface OrgParts { city?: string; region?: string; stem?: string; type?: OrgType; core: string }

const REGION = /(\p{Script=Han}{2,6}?(?:区|县|旗)|\p{Script=Han}{2,14}?自治[县旗])/u
/**
 * A prefecture-level 盟 / 自治州 / 地区 before a county-level place (兴安盟科尔沁右翼前旗), or an autonomous prefecture
 * said short, by its name and 州 alone, before a county (黔东南州黄平县, 黔南州长顺县).
 */
const CITY_NOT_SHI = /\p{Script=Han}{2,9}?(?:盟|自治州|地区)(?=\p{Script=Han}{2,6}?(?:自治县|自治旗|区|县|旗|市))|\p{Script=Han}{2,3}?州(?![市县区州])(?=\p{Script=Han}{1,5}?(?:自治县|县))/u

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

/**
 * A county whose name is one character before 县 (宁县, 赵县, 叶县, 歙县), at the start of a unit's name with the unit
 * after it (宁县人民政府, 宁县米桥镇人民政府); never a scope word (全县, 本县, 各县) or another level's (市县, 省县).
 */
const ONE_CHAR_COUNTY = /^((?![全本该我各每两市省州外邻郊区乡镇村])\p{Script=Han}县)(?=\p{Script=Han}{2,})/u

/** Words before 区/县 that are not district names (全区, 辖区…). */
const NOT_REGION = /^(?:全|辖|本|该|我|各|城|市|社|地|园|片|学)区$/u

/** Common short names of departments, longest first: 卫健委 → 卫生健康委员会, 医保 → 医疗保障. */
const CITY_SHORT: Record<string, string> = {
  京: '北京', 沪: '上海', 津: '天津', 渝: '重庆', 穗: '广州', 深: '深圳', 蓉: '成都', 汉: '武汉', 杭: '杭州', 宁: '南京', 厦: '厦门', 昆: '昆明',
  筑: '贵阳', 邕: '南宁', 榕: '福州', 哈: '哈尔滨', 沈: '沈阳', 连: '大连', 青: '青岛', 济: '济南', 郑: '郑州', 并: '太原', 石: '石家庄',
  兰: '兰州', 乌: '乌鲁木齐', 拉: '拉萨', 银: '银川',
}
const ABBREV: [RegExp, string | ((m: string, ...groups: string[]) => string)][] = [
  // (卫建委, the homophone people type for 卫健委)
  [/卫[健建]委/g, '卫生健康委员会'], [/卫健/g, '卫生健康'], [/医保/g, '医疗保障'], [/人社/g, '人力资源和社会保障'],
  [/发改委/g, '发展和改革委员会'], [/住建/g, '住房和城乡建设'], [/市监局/g, '市场监督管理局'], [/市场监管(?!理)/g, '市场监督管理'], [/教委/g, '教育委员会'],
  [/规自/g, '规划和自然资源'], [/疾控中心/g, '疾病预防控制中心'],
  // a secondary vocational school: 某某工业中专 is 某某工业中等专业学校
  [/中专(?!业)/g, '中等专业学校'],
  // the people's organisations every place has, by the names everyone uses: 妇联, 残联, 工商联, 科协, 文联, 侨联
  [/妇联/g, '妇女联合会'], [/残联/g, '残疾人联合会'], [/工商联/g, '工商业联合会'], [/科协/g, '科学技术协会'], [/文联/g, '文学艺术界联合会'], [/侨联/g, '归国华侨联合会'],
  // short names every province uses for these bureaus: 民宗局 (民族宗教事务局), 文旅局, 应急局, 林草局
  [/民宗局/g, '民族宗教事务局'], [/民宗委/g, '民族宗教事务委员会'], [/文旅(?=局|厅|委)/g, '文化和旅游'], [/文旅体育?(?=局)/g, '文化旅游体育'], [/文广旅体育?(?=局)/g, '文化广电旅游体育'], [/文广旅(?=局)/g, '文化广电旅游'],
  // one bureau, named by each place as its merger went (文化和旅游局, 文化旅游局, 文化广电旅游局, 文化广电和旅游局,
  // 文化广播电视和旅游局, 文化体育和旅游局, 文化旅游体育局): everyone calls it 文旅局, so every form reads as one
  [/文化(?:和|与)?(?:广播电视|广电|体育|广电体育|广电新闻出版|新闻出版广电)?(?:和|与)?旅游(?:体育)?(?=局|厅|委)/gu, '文化和旅游'],
  // (卫计局, 卫计委: the 卫生和计划生育 bodies before 2018; 教体局: 教育和体育局)
  // (中院 is the 中级人民法院, 检察院 kept: 某市中院)
  [/中院/g, '中级人民法院'],
  // (退役军人局, 退役军人厅: the 退役军人事务 bodies as everyone says them; 机关事务局: the 机关事务管理局)
  [/退役军人(?=局|厅)/g, '退役军人事务'], [/机关事务局/g, '机关事务管理局'],
  // a place's committee of the people's political consultative conference, however written (中国人民政治协商会议某省某县委员会,
  // 政协某县委员会): 某县政协委员会, its province (a qualifier before a lower place) dropped; a province's own is kept
  [/(?:中国人民政治协商会议|政协)(?:\p{Script=Han}{2,3}?省|\p{Script=Han}{2,7}?自治区)?(\p{Script=Han}{2,14}?(?:自治县|自治州|自治旗|县|区|市|州|旗))委员会/gu, '$1政协委员会'],
  // (交通局, 交通厅, 交通委: the 交通运输 bodies as everyone says them)
  [/交通(?=局|厅|委)/g, '交通运输'],
  [/卫计(?=局|委)/g, '卫生和计划生育'], [/教体局/g, '教育和体育局'], [/应急局/g, '应急管理局'], [/林草局/g, '林业和草原局'],
  // 疾控 said alone ("昌都疾控在职多少人") is the 疾控中心; before another noun (疾控体系) it is the field
  [/疾控(?=[在有的是共几多人今去明年和与及、]|\d|[^\p{Script=Han}]|$)/gu, '疾病预防控制中心'], [/疾控/g, '疾病预防控制'], [/机管局/g, '机关事务管理局'], [/国资委/g, '国有资产监督管理委员会'],
  // an office in another city by that city's one-character name: 驻沪办 is 驻上海办事处, 驻京办 驻北京办事处
  [/驻(京|沪|津|渝|穗|深|蓉|汉|杭|宁|厦|昆|筑|邕|榕|哈|沈|连|青|济|郑|并|石|兰|乌|拉|银)办(?:事处)?/g, (_: string, c: string) => `驻${CITY_SHORT[c]}办事处`],
  // schools by their number: 四中 is 第四中学, 二小 第二小学, 实小 实验小学 (第四中学 itself, 一中心 are not; 一中学生 is
  // 一中's 学生)
  [/(?<!第)([一二三四五六七八九十]{1,3})中(?![心央共国]|学(?!生))/g, '第$1中学'], [/(?<!第)([一二三四五六七八九十]{1,3})小(?![学组时数部额])/g, '第$1小学'], [/实小(?!学)/g, '实验小学'],
  // 完小 is a 完全小学 (a village's full primary school: 某庄完小), 中心校 a 中心学校
  [/完小(?!学)/g, '完全小学'], [/中心校(?![区长园])/g, '中心学校'],
  // 四高 is 第四高级中学 (高中 itself, 高速, 高新 are not)
  [/(?<!第)([一二三四五六七八九十]{1,3})高(?![级中速新温原峰效度端层考校职])/g, '第$1高级中学'],
  // 三幼 is 第三幼儿园 (幼儿 itself, 幼教 are not)
  [/(?<!第)([一二三四五六七八九十]{1,3})幼(?![儿稚教师])/g, '第$1幼儿园'],
]
export const expandOrgAbbrev = (s: string) => ABBREV.reduce((t, [re, full]) => t.replace(re, full as string), s)

export function orgType(s: string): OrgType | undefined {
  if (/中心/.test(s)) return 'center'
  if (/局|委员会|厅|办公室$|委$/.test(s)) return 'bureau'
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

/**
 * Names the organisation rules are fingerprinted on: what a store keeps of this build's readings of its organisations
 * (their parts here, their alias forms in org-alias.ts) is used by another build only while these read the same.
 */
export const ORG_PROBES = [
  '重庆市渝北区人民政府办公室', '某某市发展和改革委员会', '某某区人民政府万里街道办事处', '某某经济技术开发区管理委员会',
  '某某产业集中区(管委会)', '海南省散装水泥办公室', '广西壮族自治区某某厅', '某某县规划和自然资源局', '原某某市某某区医疗保障局',
  '某某旗林业和草原局', '某某市某某区人力资源和社会保障局', '某某区信访办公室', '某某县某某镇人民政府',
  '乌鲁木齐市天山区某某局', '某某盟某某旗教育局', '某某自治州某某县卫健委', '某某州本级', '中共某某市委员会政法委员会', '某某县某某彝族乡人民政府', '榕州台江区', '某某自治区人民政府驻某某办事处中学', '某某市文化广电旅游局',
]
/** The region a probe is read with (its district, where it names one). */
export const probeRegion = (p: string) => /某某区|渝北区/u.exec(p)?.[0]

export interface StoredOrgParts { fingerprint: string; parts: [org: string, region: string | null, parts: OrgParts][] }

/** What this build's rules make of the probe names (compare with the fingerprint stored beside the parts). */
export function orgPartsFingerprint(): string {
  partsFingerprint ??= builtFingerprint('orgParts')
  if (partsFingerprint === undefined) {
    const text = JSON.stringify(ORG_PROBES.map((p) => [readParts(p), readParts(p, probeRegion(p))]))
    partsFingerprint = `${fnv1a(text).toString(36)}.${text.length}`
  }
  return partsFingerprint
}
/** the rules are this build's code: their fingerprint is computed once per process */
let partsFingerprint: string | undefined

/** The parts of these organisations' names, read now (at ingest), with this build's fingerprint. */
export function orgPartsOf(docs: { org: string; region?: string }[]): StoredOrgParts {
  const seen = new Map<string, [string, string | null, OrgParts]>()
  for (const d of docs) {
    const k = `${d.region ?? ''}\u0001${d.org}`
    if (!seen.has(k)) seen.set(k, [d.org, d.region ?? null, orgParts(d.org, d.region)])
  }
  return { fingerprint: orgPartsFingerprint(), parts: [...seen.values()] }
}

/**
 * Take parts read at ingest instead of reading every organisation's name again on a process's or an isolate's first
 * question (issue 13: 10,000 names read cost ~200 ms of it), when the rules that read them are this build's.
 */
export function primeOrgParts(stored: StoredOrgParts): boolean {
  if (stored.fingerprint !== orgPartsFingerprint()) return false
  for (const [org, region, parts] of stored.parts) {
    if (region === null) partsOf.prime(org, Object.freeze(parts))
    else partsIn.prime(`${region}\u0000${org}`, Object.freeze(parts))
  }
  return true
}

function readParts(org: string, region?: string): OrgParts {
  // a party body's place follows 中共 (中共某某市委员会…): the place is read after it
  const s = expandOrgAbbrev(compactText(org)).replace(/^原/, '').replace(/^(?:中共|中国共产党)/u, '')
  const city = cityOf(s)
  const rest = city ? s.slice(s.indexOf(city) + city.length) : s
  // a recorded region may still carry its prefecture ("某某盟某某旗"): the county-level part is the region
  const reg = (region && city && region.startsWith(city) && region.length > city.length ? region.slice(city.length) : region) ?? REGION.exec(rest)?.[1] ?? ONE_CHAR_COUNTY.exec(rest)?.[1]
  const stem = reg ? regionStem(reg) : undefined
  const core = reg ? rest.slice(rest.indexOf(reg) + reg.length) : rest
  return { city, region: reg, stem, type: orgType(core) ?? 'other', core }
}

/** A development zone named like a district ("杜集经济开发区"): its place name is the stem people use ("杜集开发区"). */
const ZONE = new RegExp(`${ZONE_SUFFIX}$`)

export function regionStem(region: string): string {
  const zone = region.replace(ZONE, '')
  if (zone !== region && zone.length >= 2) return zone
  // an autonomous county is said by its place name, its peoples left out (彭水 of 彭水苗族土家族自治县)
  const autonomous = autonomousStem(region)
  if (autonomous) return autonomous
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
