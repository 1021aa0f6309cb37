import type { BudgetDocument, Column, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear, stageWord } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

const leafOf = (label: string) => compactText(label.split(' › ').pop() ?? label)
/** the subject a column label names: its leaf, or its group for the group's 小计 (公务用车购置及运行费 › 小计) */
const subjectOf = (label: string) => {
  const path = label.split(' › ')
  return compactText(path.length > 1 && /^(?:小计|合计)$/.test(path[path.length - 1]) ? path[path.length - 2] : path[path.length - 1])
}

export interface UnsureColumns {
  table: Table
  name: string
  /** the unlabelled columns the subject may be in */
  columns: Column[]
}

/**
 * Rule `unsure-columns`: a subject asked that only an unlabelled column of a table may hold — a header copied
 * without its merged cells whose figures could not tell the layouts apart (parse rule lost-header-spans) — and no
 * labelled column or row of the document names. That table is never read for it: the answer says its columns
 * cannot be told apart, and takes the figure from the prose only.
 */
export function unsureColumnsAsked(doc: BudgetDocument, names: string[]): UnsureColumns | undefined {
  for (const name of names.map(compactText).filter(Boolean)) {
    const labelled = doc.tables.some((t) => t.columns.some((c) => !c.candidates && leafOf(c.label) === name) || t.rows.some((r) => compactText(r.name) === name))
    if (labelled) continue
    for (const table of doc.tables) {
      const columns = table.columns.filter((c) => c.candidates?.some((l) => subjectOf(l) === name))
      if (columns.length) return { table, name, columns }
    }
  }
  return undefined
}

/** "第3、4、5列": where the subject may be. */
export const unsureColumnsText = (u: UnsureColumns) =>
  `《${u.table.title}》的表头在这份副本中丢失了合并单元格，表中数字无法确定各对应哪一栏（“${u.name}”可能在第${u.columns.map((c) => c.index + 1).join('、')}列），因此不从该表读取“${u.name}”`

/** The answer for a subject only unlabelled columns may hold: the prose's figure if it states one, and why not the table. */
export function answerUnsureColumns(run: ToolRunner, t: Target, u: UnsureColumns): HandlerOutput {
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: u.name, kind: 'money' })
  const f = r.ok ? r.figures[0] : undefined
  if (!f) return { answer: joinSentences([`没有找到${orgYear(t)}“${u.name}”的金额`, unsureColumnsText(u)]), notFound: true }
  run.cite(f.citation)
  return { answer: joinSentences([`${orgYear(t)}${u.name}${stageWord(t, u.name)}为${figureText(f)}（据文字说明）`, unsureColumnsText(u)]) }
}
