import type { Citation, ColumnRole } from '../schema.js'
import type { GetFigureOutput } from '../tools/get-figure.js'
import type { Figure } from '../tools/lib/figure.js'
import { figureText, joinSentences, labelOf, orgYear, stageWord } from './compose.js'
import { figureFor } from './figure-for.js'
import { notFoundInDoc } from './not-found.js'
import type { ConceptHit } from './question-frame.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'

/** How the answer names each column role. */
export const COLUMN_WORD: Partial<Record<ColumnRole, string>> = {
  total: '合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费',
  initial: '年初预算', adjusted: '调整预算', final: '决算数', completion: '完成预算', change: '增减额', prior: '上年数',
}

/** One asked column of the row: its figure, or why there is none. */
type Cell = { role: ColumnRole; figure?: Figure; empty?: Citation }

const leafOf = (label?: string) => label?.split(' › ').pop() ?? ''

/** The cell of the same row (by rowId) in another column; a column that row's table lacks is looked for elsewhere. */
function cellOfRow(run: ToolRunner, t: Target, subject: ConceptHit, rowId: string, role: ColumnRole): Cell {
  const same = run.run<GetFigureOutput>('get-figure', { rowId, column: role })
  if (same.ok) return { role, figure: same.figures[0] }
  if (same.citations[0]?.column) return { role, empty: same.citations[0] }
  // the row's table has no such column: the same subject in a table that has it (人员经费 in the 收支总表)
  const other = figureFor(run, t, subject, role)
  return { role, figure: other.figure, empty: other.empty }
}

/** The words for one cell: "项目支出为25.00万元", "基本支出栏为空", "表中没有人员经费一栏". */
function cellText(c: Cell, stage = ''): string {
  const word = COLUMN_WORD[c.role] ?? c.role
  if (c.figure) {
    // the column as printed, when it is not the word asked ("年初预算" read from a 决算 table's "预算数")
    const leaf = leafOf(c.figure.column).replace(/\s+/g, '')
    const printed = leaf && c.role !== 'total' && !leaf.includes(word) ? `（表中“${leaf}”栏）` : ''
    return `${word}${printed}${stage}为${figureText(c.figure)}`
  }
  if (c.empty) return `${word}栏为空（未列金额）`
  return `表中没有“${word}”一栏`
}

/**
 * Several columns of one row ("行政运行（2120101）的基本支出和项目支出", "事业运行…其中项目支出"): every cell is read
 * from one row, found by the first column asked that a table holding the subject has; a column that no table
 * holding the row has is said to be missing, never replaced by another column or a document total.
 */
export function rowColumnsAnswer(run: ToolRunner, t: Target, subject: ConceptHit, columns: ColumnRole[]): { text: string; found: boolean } {
  const parts = columns.filter((c) => c !== 'total')
  let anchor: Cell | undefined
  const misses: Cell[] = []
  for (const role of parts) {
    const r = figureFor(run, t, subject, role)
    if (r.figure) { anchor = { role, figure: r.figure }; break }
    misses.push({ role, empty: r.empty })
  }
  const whole = anchor ? undefined : figureFor(run, t, subject)
  const row = anchor?.figure ?? whole?.figure
  if (!row) {
    const asked = subject.code ?? subject.name
    return { text: notFoundInDoc(run, t, asked, misses.find((m) => m.empty)?.empty, false), found: false }
  }
  const cells = columns.map((role): Cell => {
    if (role === anchor?.role) return anchor
    if (role === 'total') return whole?.figure ? { role, figure: whole.figure } : cellOfRow(run, t, subject, row.rowId!, role)
    return misses.find((m) => m.role === role) ?? cellOfRow(run, t, subject, row.rowId!, role)
  })
  run.cite(...cells.map((c) => c.figure?.citation ?? c.empty), ...(cells.some((c) => c.figure) ? [] : [row.citation]))
  const label = labelOf(row, subject.name) + (subject.code && row.code === subject.code ? `（${subject.code}）` : '')
  const total = cells.find((c) => c.role === 'total')
  const stage = stageWord(t, label + columns.map((c) => COLUMN_WORD[c] ?? '').join(''))
  const rest = cells.filter((c) => c !== total).map((c, i) => cellText(c, !total?.figure && i === 0 ? stage : ''))
  const text = total?.figure
    ? `${orgYear(t)}${label}${stage}为${figureText(total.figure)}${rest.length ? `，其中${rest.join('，')}` : ''}`
    : `${orgYear(t)}${label}${total ? `：${cellText(total)}，` : '的'}${rest.join('，')}`
  return { text: joinSentences([text]), found: cells.some((c) => c.figure) }
}
