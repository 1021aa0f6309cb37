import type { BudgetDocument } from '../../schema.js'
import { findRowsIn } from '../../tools/lib/row-search.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'

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
