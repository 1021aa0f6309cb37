import type { BudgetDocument } from '../../schema.js'
import { findRowsIn } from '../../tools/lib/row-search.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { compactText } from '../../search/normalize-text.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { namedMeaning } from '../../tools/lib/named-text.js'

/** Operations that look across organisations on purpose. */
const ACROSS = new Set(['rank', 'compare', 'list', 'define'])
const SAME_NAME = 0.95

const holds = (v: Vocabulary, doc: BudgetDocument, c: QuestionFrame['concepts'][number]) =>
  findRowsIn(v, [doc], c.code ? { code: c.code } : { name: c.name, minFit: SAME_NAME }).some((m) => m.table.kind !== 'catalog')

/**
 * Rule `unique-holder`: no organisation named, and the row asked ("2080801死亡抚恤", "食品安全监管") is printed by
 * one organisation's document only: that document is the one asked about (said in a note), not every one held.
 * Only for subjects that are rows (a code or a row's name), never for totals every document has.
 */
export function uniqueHolder<T extends { doc: BudgetDocument }>(v: Vocabulary, frame: QuestionFrame, targets: T[]): { targets: T[]; note?: string } {
  // a project that is also a row of the tables (项目支出表 and 绩效目标表 alike) is held the same way
  const rows = frame.concepts.filter((c) => c.kind === 'row' || (c.kind === 'project' && c.alsoRow))
  if (targets.length < 2 || ACROSS.has(frame.op) || !rows.length || rows.length !== frame.concepts.length) return { targets }
  const holding = targets.filter((t) => rows.every((c) => holds(v, t.doc, c)))
  if (holding.length !== 1 || new Set(targets.map((t) => t.doc.org)).size < 2) return { targets }
  const [only] = holding
  return { targets: holding, note: `未指定单位，所收录文件中只有${only.doc.org}列有“${rows.map((c) => c.code ?? c.name).join('、')}”，按其回答` }
}

/** Every unit asked: 各单位, 各个部门, 每个单位, 所有单位, 全部单位 */
const EVERY_UNIT = /(?:各个?|每个?|所有|全部)(?:单位|部门|机构|区|县|镇|乡)/u
/** Fewest documents the whole-text test reads (a city's corpus asked with no organisation goes by its indexes instead). */
const MENTION_SCAN_MAX = 8

/**
 * Rule `unique-mention`: no organisation named, and the subjects asked (三公经费, 项目支出: words every full disclosure
 * prints) appear in one held document only: no table of their kind, no row and no word of them in any other (a
 * hospital's 财务信息 page, a township's transfer report). That document is the one asked about, said in a note; a
 * subject another document mentions at all leaves every document asked.
 */
export function uniqueMention<T extends { doc: BudgetDocument }>(v: Vocabulary, frame: QuestionFrame, targets: T[]): { targets: T[]; note?: string } {
  const subjects = frame.concepts.filter((c) => c.kind === 'lexicon' || c.kind === 'row' || c.kind === 'column')
  const docs = new Set(targets.map((t) => t.doc))
  // (every unit asked, 各单位 / 所有单位, is every unit's answer)
  if (docs.size < 2 || docs.size > MENTION_SCAN_MAX || ACROSS.has(frame.op) || EVERY_UNIT.test(frame.text) || !subjects.length || subjects.length !== frame.concepts.length) return { targets }
  const words = (c: QuestionFrame['concepts'][number]) => {
    const lc = v.conceptOf(c.name)
    return [c.surface, c.name, ...(lc?.aliases ?? []), ...(lc?.prose ?? [])].map((w) => compactText(foldMeaning(w))).filter((w) => w.length >= 2)
  }
  const mentions = (doc: BudgetDocument, c: QuestionFrame['concepts'][number]) => {
    const lc = v.conceptOf(c.name)
    if (lc && doc.tables.some((t) => lc.tableKinds.includes(t.kind) && t.rows.length)) return true
    return words(c).some((w) => namedMeaning(doc).includes(w))
  }
  const holding = [...docs].filter((d) => subjects.every((c) => mentions(d, c)))
  if (holding.length !== 1 || new Set([...docs].map((d) => d.org)).size < 2) return { targets }
  const [only] = holding
  return { targets: targets.filter((t) => t.doc === only), note: `未指定单位，所收录文件中只有${only.org}提到“${subjects.map((c) => c.surface || c.name).join('、')}”，按其回答` }
}
