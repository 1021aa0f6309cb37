import type { Row } from '../schema.js'
import { wholeOf } from './part-rows.js'
import { groupTotals } from './group-totals.js'

const NUMBERED = /^[一二三四五六七八九十]+[、.．]/
/** The numbering kinds an outline nests: 一、 › (一) › 1、 › (1) or 1) › —— (the order a table first uses them is their depth). */
// ((一) and the dash of an item under its head, "——门诊收入", are kinds of their own)
const MARKERS: [string, RegExp][] = [
  ['han', NUMBERED], ['han-paren', /^[(（][一二三四五六七八九十]+[)）]/], ['arabic', /^\d{1,2}[、.．](?!\d)/],
  ['paren', /^(?:[(（]\d{1,2}[)）]|\d{1,2}[)）])/], ['dash', /^[—－]{1,2}(?=\p{Script=Han})/u],
]
const markerOf = (name: string) => MARKERS.find(([, re]) => re.test(name.trim()))?.[0]

/**
 * Rule numbered-total: "一、“三公”经费合计" over "(一)因公出国(境)费…(三)公务用车费", then "二、会议费", "三、培训费": a total
 * numbered as the first of the table's 一、二、 list heads its own section (the rows under it up to 二、), not the whole
 * table. It is read as that list's first item, so the rows after 二、 are not counted as its parts.
 */
function headedTotals(group: Row[]): void {
  for (const [k, r] of group.entries()) {
    if (!r.isTotal || r.code || !/^一[、.．]/.test(r.name.trim())) continue
    const next = group[k + 1]
    const sibling = group.slice(k + 1).find((s) => /^二[、.．]/.test(s.name.trim()))
    if (next && !NUMBERED.test(next.name.trim()) && !next.isTotal && sibling && !sibling.isTotal) r.isTotal = false
  }
}

/** A subject code's level: 3 digits 类 (1), 5 款 (2), 7 项 (3). */
export const codeLevel = (code: string) => Math.max(1, Math.ceil((code.length - 1) / 2))

/** The nearest of the rows before a coded row whose code its own extends (208 of 20805), if one. */
export const parentByCode = (before: Row[], code: string) => [...before].reverse().find((p) => p.code && p.code !== code && code.startsWith(p.code))

/**
 * Level and parent of each row: from the subject code where there is one (类 3 digits → 1, 款 5 → 2, 项 7 → 3;
 * parent = nearest earlier row whose code is a prefix), otherwise from 一、 numbering and indentation.
 */
export function assignHierarchy(rows: Row[], indents: Map<number, number>): void {
  const bySide = new Map<string, Row[]>()
  for (const r of rows) bySide.set(r.side ?? '', [...(bySide.get(r.side ?? '') ?? []), r])
  for (const group of bySide.values()) {
    const stack: Row[] = []
    const parts = new Set<Row>()
    // rule outline-depth: rows numbered in two or more kinds ("2、公务接待费" over "1)国内接待费") nest by kind, in the
    // order the table first uses them; rows of one kind keep the reading below
    headedTotals(group)
    // rule group-totals: 人员经费合计 over its 301 rows is their group, not the table's total
    const grouped = groupTotals(group)
    const kinds = [...new Set(group.filter((r) => !r.code).map((r) => markerOf(r.name)).filter((m): m is string => !!m))]
    for (const [k, r] of group.entries()) {
      // a total closes the numbered list above it: 上年结转 after 本年收入合计 is not part of 九、其他收入
      if (r.isTotal) { r.level = 0; stack.length = 0; continue }
      if (r.code) {
        r.level = codeLevel(r.code)
        const parent = parentByCode(group.slice(0, group.indexOf(r)), r.code)
        if (parent) r.parent = parent.index
        continue
      }
      // 其中 rows and the parts a compound name lists sit under their whole, outside the numbered stack
      const whole = wholeOf(group, k, parts)
      if (whole) { r.level = whole.level + 1; r.parent = whole.index; parts.add(r); continue }
      const indent = indents.get(r.index) ?? 0
      const kind = kinds.length >= 2 ? markerOf(r.name) : undefined
      r.level = kind ? kinds.indexOf(kind) + 1 : NUMBERED.test(r.name) ? 1 : indent > 0 || stack.some((s) => NUMBERED.test(s.name)) ? 2 : 1
      while (stack.length && stack[stack.length - 1].level >= r.level) stack.pop()
      if (stack.length) r.parent = stack[stack.length - 1].index
      stack.push(r)
    }
    for (const [member, head] of grouped) {
      const r = group.find((x) => x.index === member)
      if (r && r.parent === undefined) r.parent = head
    }
  }
}
