import type { Column } from '../schema.js'
import type { Edge } from './layout-columns.js'
import type { Placed } from './header-spans.js'
import { CODE, isValueToken } from './tokens.js'

const STANDARD = /^(?:科目编码|科目名称|项目|科目)$/

/**
 * The text columns before the figures, when the header names others than the usual 科目编码/科目名称
 * (单位编码 单位名称, 项目名称 功能科目, 序号 采购项目 采购品目). Undefined for the usual pair.
 */
export function leadColumnsOf(terms: string[]): string[] | undefined {
  return terms.length && terms.some((t) => !STANDARD.test(t)) ? terms : undefined
}

/** Role of a lead column by its label: subject codes (功能科目, 科目编码), the first name-like label, else text. */
export function leadRoles(columns: Column[]): void {
  // (a project's or subject's name is the row's name beside a unit's: 单位名称 项目名称 → the project)
  const own = columns.find((c) => /(?:项目|科目)名称$/.test(c.label))
  let named = false
  for (const c of columns) {
    const label = c.label
    if (/科目(?:编码)?$/.test(label) && !/名称/.test(label)) c.role = 'code'
    else if (!named && (own ? c === own : /名称$|项目$/.test(label))) { c.role = 'name'; named = true }
    else c.role = 'text'
  }
  if (!named) {
    const c = columns.find((x) => x.role === 'text' && !/序号|编码|代码|编号/.test(x.label))
    if (c) c.role = 'name'
  }
}

export interface LeadSplit {
  /** words per lead column index */
  lead: Map<number, string[]>
  figures: { text: string; edge: Edge }[]
}

const distStart = (w: Placed, s: Placed, key: keyof Edge) => Math.abs(w.start[key] - s.start[key])
const distEnd = (w: Placed, s: Placed, key: keyof Edge) => (w.end[key] < s.start[key] ? s.start[key] - w.end[key] : w.end[key] > s.end[key] ? w.end[key] - s.end[key] : 0)

/**
 * Split a row's words between the lead columns and the figures. With header positions (aligned layouts), a
 * word goes where it lines up: a text column by its left edge, a figure column by its right edge, so a code
 * or a 序号 under a text column is not a figure. Without positions, by shape: a code or a small 序号 before
 * the name, a code right after it, text after the name to the next text column.
 */
export function splitLeadWords(words: Placed[], leadCols: Column[], spans: Map<number, Placed> | undefined, valueSpans: Placed[] | undefined, key: keyof Edge): LeadSplit {
  const lead = new Map<number, string[]>(leadCols.map((c) => [c.index, []]))
  const figures: LeadSplit['figures'] = []
  const leadSpans = spans ? leadCols.map((c) => spans.get(c.index)) : []
  if (spans && valueSpans && leadSpans.every(Boolean)) {
    for (const w of words) {
      const dl = leadSpans.map((s) => distStart(w, s!, key))
      const k = dl.indexOf(Math.min(...dl))
      const dv = Math.min(...valueSpans.map((s) => distEnd(w, s, key)))
      if (isValueToken(w.text) && dv <= dl[k]) figures.push({ text: w.text, edge: w.end })
      else lead.get(leadCols[k].index)!.push(w.text)
    }
    return { lead, figures }
  }
  // rule `word-per-column`: as many words before the first number as there are text columns before the code
  // ("某局（本级） 残疾军人抚恤金 2080802 186.40 …" under 单位名称 项目名称 科目编码): one word each, in order
  const wordCols = leadCols.filter((c) => c.role !== 'code' && !/序号|编号/.test(c.label))
  const firstNumber = words.findIndex((w) => isValueToken(w.text))
  const leading = firstNumber < 0 ? words : words.slice(0, firstNumber)
  if (wordCols.length >= 2 && leading.length === wordCols.length && wordCols.every((c) => c.index < (leadCols.find((x) => x.role === 'code')?.index ?? Infinity))) {
    leading.forEach((w, i) => lead.get(wordCols[i].index)!.push(w.text))
    words = words.slice(leading.length)
  }
  const nameCol = leadCols.find((c) => c.role === 'name')
  const afterName = nameCol ? leadCols.filter((c) => c.index > nameCol.index && c.role === 'text') : []
  const filled = (c: Column) => lead.get(c.index)!.length > 0
  let nameClosed = false
  words.forEach((w, i) => {
    if (isValueToken(w.text)) {
      const code = leadCols.find((c) => c.role === 'code' && !filled(c))
      const serial = leadCols.find((c) => /序号|编号/.test(c.label) && !filled(c))
      if (code && CODE.test(w.text) && !figures.length) { lead.get(code.index)!.push(w.text); if (nameCol && code.index > nameCol.index) nameClosed = true }
      else if (serial && i === 0 && /^\d{1,3}$/.test(w.text)) lead.get(serial.index)!.push(w.text)
      else figures.push({ text: w.text, edge: w.end })
      return
    }
    const target = !nameClosed ? nameCol : afterName.find((c) => !filled(c)) ?? afterName[afterName.length - 1] ?? nameCol
    if (target) lead.get(target.index)!.push(w.text)
  })
  return { lead, figures }
}
