import type { Scope } from '../schema.js'
import type { SourceLine } from './source-lines.js'

export interface DocMeta {
  org: string
  region?: string
  city?: string
  year: number
  scope: Scope
  title: string
  titleLine: number
}

/** "<organisation> 2025 年部门预算…": the organisation is the Han run just before the year. */
const TITLE = /([\p{Script=Han}（）()]{4,60}?)\s*(\d{4})\s*年(?:度)?\s*(部门|单位)(?:预算|预算情况)/u
/** "2025年<organisation>部门预算…": the year first. */
const TITLE_YEAR_FIRST = /(\d{4})\s*年(?:度)?\s*([\p{Script=Han}（）()]{4,60}?)\s*(部门|单位)(?:预算|预算情况)/u
const ORG_SUFFIX = /(?:局|中心|委员会|委|办公室|办|厅|院|站|所|馆|队|社|会|部|处|署|园|台|校|学|府|宫|场)$/

/** Organisation, region, year and scope from the document's title region (its first lines, joined). */
export function readMeta(lines: SourceLine[]): DocMeta | undefined {
  const head = lines.filter((l) => l.text.trim()).slice(0, 25)
  for (let i = 0; i < head.length; i++) {
    // the organisation may sit on the line above the year ("…事务中心" / "2026 年单位预算情况说明")
    const joined = (i > 0 && /^\s*\d{4}\s*年/.test(head[i].text) ? head[i - 1].text.trim() : '') + head[i].text.trim()
    const flat = joined.replace(/\t/g, '')
    const a = TITLE.exec(flat)
    const b = TITLE_YEAR_FIRST.exec(flat)
    const clean = (s: string) => s.replace(/关于$/, '').replace(/^.*?关于/, '').replace(/^(?:附件|附表)/, '').replace(/^\d{4}年(?:度)?/, '')
    const candidates = [a && { org: clean(a[1]), year: a[2], scope: a[3] }, b && { org: clean(b[2]), year: b[1], scope: b[3] }]
    const hit = candidates.find((c) => c && ORG_SUFFIX.test(c.org) && c.org.length >= 4)
    if (!hit) continue
    const org = hit.org
    const m = [flat, org, hit.year, hit.scope]
    const place = /^(?:原)?(?:(\p{Script=Han}{2,7}?省|\p{Script=Han}{2,7}?自治区))?(\p{Script=Han}{2,5}?市)?(\p{Script=Han}{1,6}?(?:自治县|区|县|旗))?/u.exec(org)
    return {
      org,
      city: place?.[2],
      region: place?.[3],
      year: Number(m[2]),
      scope: m[3] === '单位' ? '单位预算' : '部门预算',
      title: joined.replace(/\t/g, ' ').trim(),
      titleLine: head[i].no,
    }
  }
  return unitBelowTitle(head)
}

/**
 * Stand-in until the metadata work (branch formats) lands: "上海市普陀区2025年区级部门预算" with
 * "预算主管部门：上海市普陀区人民政府办公室" (编制部门/单位名称/部门名称) below names the organisation.
 */
function unitBelowTitle(head: SourceLine[]): DocMeta | undefined {
  const t = head.findIndex((l) => /\d{4}年.{0,6}?(?:部门|单位)预算/.test(l.text.replace(/\s+/g, '')))
  const m = t < 0 ? undefined : /(\d{4})年.{0,6}?(部门|单位)预算/.exec(head[t].text.replace(/\s+/g, ''))
  const org = head.slice(t + 1, t + 6).map((l) => /^(?:预算主管部门|预算单位|编制部门|编制单位|单位名称|部门名称)[:：](\S+)/.exec(l.text.replace(/\s+/g, ''))?.[1]).find(Boolean)
  if (!m || !org || !ORG_SUFFIX.test(org)) return undefined
  const place = /^(\p{Script=Han}{2,5}?市)?(\p{Script=Han}{1,6}?(?:自治县|区|县|旗))?/u.exec(org)
  return { org, city: place?.[1], region: place?.[2], year: Number(m[1]), scope: m[2] === '单位' ? '单位预算' : '部门预算', title: head[t].text.trim(), titleLine: head[t].no }
}
