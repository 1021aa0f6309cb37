import type { BudgetDocument, Column, Table } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import { moneyColumns } from '../../tools/lib/member-units.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences } from '../compose.js'
import { operandOf } from '../operands.js'
import { textWithoutOrgs, type QuestionFrame } from '../question-frame.js'
import type { ToolRunner } from '../tool-runner.js'
import { unitSuffix } from './member-unit-asked.js'

/**
 * Rule `recipient-rows`: a table of projects whose 单位名称 column says which unit each is for (a 财政厅's notice
 * allocating money, a 项目支出表 listing its units' projects): a unit named in the question — by its name, or by its
 * own words after the place its document shares ("省公安厅" of 海南省公安厅) — is asked of its rows. One row answers
 * with its project; two or more with their sum, computed and cited; a share is that sum of the table's 合计.
 */
interface Recipient { doc: BudgetDocument; table: Table; unit: string; rows: Table['rows']; money: Column }

const UNIT_HEADER = /单位(?:名称)?$/u
/** Words asking what a unit was allocated (分到, 拿到, 下达, 项目…), never a unit's own budget (预算是多少, 收入) */
const ALLOCATION_ASKED = /分到|分得|拿到|得到|获得|下达|分配|拨付|安排|项目|加起来|一共|总共|合计|占|几成/u
const OWN_BUDGET_ASKED = /收入|支出|决算|预算(?:数|总额)?(?:是|为|有)?多少/u

export type Listed = Recipient & { forms: string[] }

/** Each unit a document's project tables name in a 单位名称 column, with the forms it may be asked by (read once). */
const listedCache = new WeakMap<BudgetDocument, Listed[]>()
export function recipientsOf(doc: BudgetDocument): Listed[] {
  let v = listedCache.get(doc)
  if (v) return v
  v = []
  for (const table of doc.tables) {
    const unitCol = table.columns.find((c) => c.role === 'text' && UNIT_HEADER.test(compactText(c.label)))
    const money = moneyColumns(table)[0]
    if (!unitCol || !money || !table.columns.some((c) => c.role === 'name')) continue
    const cellOf = (r: Table['rows'][number]) => compactText(r.cells.find((c) => c.column === unitCol.index)?.text ?? '')
    const units = [...new Set(table.rows.filter((r) => !r.isTotal).map(cellOf).filter((u) => u.length >= 3))]
    for (const unit of units) {
      const own = unitSuffix(unit, compactText(doc.org))
      // (its whole name; its own words after the place its document shares; those with the place's level word, 省公安厅)
      const forms = [unit, own, own.length < unit.length ? unit.slice(unit.length - own.length - 1) : ''].filter((f) => f.length >= 3)
      v.push({ doc, table, unit, rows: table.rows.filter((r) => !r.isTotal && cellOf(r) === unit), money, forms })
    }
  }
  listedCache.set(doc, v)
  return v
}

export function recipientAsked(docs: BudgetDocument[], frame: QuestionFrame): Recipient | undefined {
  if (!ALLOCATION_ASKED.test(frame.text) || OWN_BUDGET_ASKED.test(frame.text) || frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) return undefined
  // (the organisations the question names are not units of a table: 某县人民医院 inside 某县人民医院医共体 is no recipient)
  const text = textWithoutOrgs(frame, '\u3000')
  // (a year asked is the document's, never another's)
  const year = frame.years[0]
  const hits = docs.filter((d) => year === undefined || d.year === year).flatMap((d) => recipientsOf(d).filter((u) => u.forms.some((f) => text.includes(f))))
  // the longest name said, one unit only
  const best = hits.filter((h) => h.unit.length === Math.max(...hits.map((x) => x.unit.length)))
  return best.length === 1 && best[0].rows.length ? best[0] : undefined
}

export function answerRecipient(run: ToolRunner, frame: QuestionFrame, hit: Recipient): HandlerOutput | undefined {
  const figures: Figure[] = []
  for (const r of hit.rows) {
    const f = run.run('get-figure', { rowId: r.id, columnLabel: hit.money.label })
    if (f.ok && f.figures[0].fen !== undefined) figures.push(f.figures[0])
  }
  if (!figures.length) return undefined
  const where = `${hit.doc.org}${hit.doc.year}年《${hit.table.title}》中，${hit.unit}`
  const named = figures.map((f) => `“${f.label}”${figureText(f)}`).join('，')
  let sumText = figureText(figures[0])
  if (figures.length >= 2) {
    const s = run.run('compute', { op: 'sum', operands: figures.map(operandOf) })
    if (!s.ok) return undefined
    run.cite(...s.citations)
    sumText = s.result.text
  } else run.cite(figures[0].citation)
  const head = figures.length >= 2 ? `${where}共${figures.length}个项目：${named}，合计${sumText}` : `${where}的项目为${named}`
  if (frame.op !== 'share') return { answer: joinSentences([head]) }
  const total = hit.table.rows.find((r) => r.isTotal)
  const t = total ? run.run('get-figure', { rowId: total.id, columnLabel: hit.money.label }) : undefined
  if (!t?.ok) return { answer: joinSentences([head, `表中没有合计数，无法计算占比`]) }
  const share = run.run('compute', { op: 'share', operands: [...figures.map(operandOf), operandOf(t.figures[0])] })
  if (!share.ok) return { answer: joinSentences([head]) }
  run.cite(...share.citations)
  return { answer: joinSentences([head, `占合计${figureText(t.figures[0])}的${share.result.text}（${sumText} ÷ ${figureText(t.figures[0])}）`]) }
}
