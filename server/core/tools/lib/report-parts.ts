import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { zoneShort } from '../../parse/zone-names.js'
import { isFiscalScope } from './fiscal-own-line.js'

/**
 * A place's 财政决算/财政预算 report that goes through its parts one clause each ("2024年某市本级一般公共预算收入25.9亿元,
 * 完成…;某县一般公共预算收入13.2亿元,…;某开发区一般公共预算收入…"): the parts it names, and the clause of each. A part
 * asked (某县, 某开发区) is read from its own clause only, never from the whole place's or another part's figures.
 */
export const isPlaceReport = (doc: BudgetDocument) => isFiscalScope(doc.scope)

/** Where a clause's subject ends: the first budget word after it. */
const FIGURE_WORDS = '一般公共预算|政府性基金|国有资本经营|财政总收入|财政收入|税收收入|全口径'
/** What may stand before a clause's subject: 其中:, a 【heading】, its year. */
const CLAUSE_LEAD = '(?:其中[:：]?)?(?:【[^】]*】)?(?:(?:19|20)\\d{2}年度?[,，]?)?'
/** "【…】2024年某县一般公共预算收入…", "其中:某区本级一般公共预算收入…": the part's name before the budget words. */
const CLAUSE_HEAD = new RegExp(`^${CLAUSE_LEAD}(?<head>[\\p{Script=Han}（）()]{2,16}?)(?=${FIGURE_WORDS})`, 'u')
const LEAD = new RegExp(`^${CLAUSE_LEAD}`, 'u')
/** A part of a place: a county-level place, a zone, a base, or a place's 本级. */
const PART_END = /(?:市|县|区|旗|镇|乡|街道|基地|园区|新区|开发区|自贸区|本级)(?:[（(][\p{Script=Han}]{2,8}[)）])?$/u
/** The whole place is no part of itself. */
const WHOLE = /^全[省市区县州旗盟]$/u

const clauseSplit = /[；;。]/u
/** Fewest parts a report names for its clauses to be read as its parts'. */
const MIN_PARTS = 3

const partsCache = new WeakMap<BudgetDocument, string[]>()

/** The parts a place's report gives figures for, each once, in order. */
export function reportParts(doc: BudgetDocument): string[] {
  if (!isPlaceReport(doc)) return []
  let parts = partsCache.get(doc)
  if (parts) return parts
  const seen = new Set<string>()
  const own = compactText(doc.org)
  for (const p of doc.paragraphs) {
    for (const clause of compactText(p.text).split(clauseSplit)) {
      const head = CLAUSE_HEAD.exec(clause)?.groups?.head
      // the place itself and its own 本级 are its accounts (rule place-account), not parts
      if (head && PART_END.test(head) && !WHOLE.test(head) && head !== own && !(head.endsWith('本级') && own.startsWith(head.slice(0, -2)))) seen.add(head)
    }
  }
  // a report that goes through its parts names several; one or two clause heads are the place's own wording
  parts = seen.size >= MIN_PARTS ? [...seen] : []
  partsCache.set(doc, parts)
  return parts
}

/** A part's names: as printed, without its bracket, a zone by its short kind (经开区, 高新区), a county without 市/县. */
function forms(part: string): string[] {
  const bare = part.replace(/[（(][^）)]*[)）]$/u, '')
  // a county-level place said without its level word when three characters remain (大石桥 of 大石桥市; not 盖州 of 盖州市)
  const level = /^(\p{Script=Han}{2,})[市县旗]$/u.exec(bare)?.[1]
  const out = new Set([part, bare, zoneShort(bare), ...(level && level.length >= 3 ? [level] : [])])
  for (const m of part.matchAll(/[（(]([^）)]{2,8})[)）]/gu)) out.add(m[1])
  return [...out].filter((f) => f.length >= 2)
}

/** The part of the report the question names (its longest form found in the question), if any. */
export function partAsked(doc: BudgetDocument, question: string): string | undefined {
  const q = compactText(question)
  let best: { part: string; len: number } | undefined
  for (const part of reportParts(doc)) {
    for (const f of forms(part)) if (q.includes(f) && (!best || f.length > best.len)) best = { part, len: f.length }
  }
  return best?.part
}

/** One part's clause, as printed in its paragraph. */
export interface PartClause { paragraph: Paragraph; text: string }

/** The clauses a report gives a part ("盖州市一般公共预算收入13.2亿元,完成年度预算的112.8%,…"), in order. */
export function partClauses(doc: BudgetDocument, part: string): PartClause[] {
  const names = forms(part)
  const out: PartClause[] = []
  for (const p of doc.paragraphs) {
    for (const raw of p.text.split(clauseSplit)) {
      const head = compactText(raw).replace(LEAD, '')
      if (names.some((n) => head.startsWith(n)) && /\d/.test(raw)) out.push({ paragraph: p, text: raw.trim() })
    }
  }
  return out
}
