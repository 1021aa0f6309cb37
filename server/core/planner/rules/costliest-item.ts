import { figureOfCell, type Figure } from '../../tools/lib/figure.js'
import { rowCitation } from '../../tools/lib/citation.js'
import { figureText, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "买什么设备最贵", "哪个采购项目金额最大", "最便宜的是什么": the items of one detail table ranked by amount. */
const MOST = /最贵|最高|最大|最多|最值钱/
const LEAST = /最便宜|最低|最小|最少/
/** goods asked (设备, 货物): the rows whose 采购类别 is 货物, when the table prints one */
const GOODS = /设备|货物|仪器|器材/

export const itemRankAsked = (text: string): 'desc' | 'asc' | undefined => (MOST.test(text) ? 'desc' : LEAST.test(text) ? 'asc' : undefined)

/**
 * Rule `costliest-item`: a superlative asked of what a total buys or funds (政府采购预算表, 项目支出表): the row of the
 * largest (or smallest) amount among the total's own rows, named by its words (采购项目, 项目名称) beside the unit
 * that buys it, its amount and the item's cell cited. Rows of equal amount are all named. Nothing when the total is
 * not a 合计 row of a table whose rows carry words.
 */
export function costliestItem(run: ToolRunner, t: Target, total: Figure, order: 'desc' | 'asc', text: string): string | undefined {
  const table = t.doc.tables.find((x) => x.id === total.citation.tableId)
  const row = table?.rows.find((r) => r.id === total.citation.rowId)
  const column = table?.columns.find((c) => c.label === total.citation.column)
  const words = table?.columns.filter((c) => c.role === 'text') ?? []
  if (!table || !row?.isTotal || !column || !words.length) return undefined
  const wordsOf = (r: (typeof table.rows)[number]) => words.map((w) => ({ w, text: r.cells.find((c) => c.column === w.index)?.text.trim() ?? '' })).filter((x) => x.text)
  let items = table.rows
    .filter((r) => !r.isTotal && wordsOf(r).length)
    .map((r) => ({ r, f: figureOfCell(t.doc, table, r, column) }))
    .filter((x): x is { r: typeof x.r; f: Figure } => x.f?.fen !== undefined)
  const goods = GOODS.test(text) && items.some((x) => wordsOf(x.r).some((w) => w.text === '货物'))
  if (goods) items = items.filter((x) => wordsOf(x.r).some((w) => w.text === '货物'))
  if (items.length < 2) return undefined
  const best = order === 'desc' ? Math.max(...items.map((x) => x.f.fen!)) : Math.min(...items.map((x) => x.f.fen!))
  const top = items.filter((x) => x.f.fen === best)
  const named = top.map(({ r, f }) => {
    const [item, ...rest] = wordsOf(r)
    run.cite(f.citation, rowCitation(t.doc, table, r, item.w))
    // the unit buying it and its category; a one-character 计量单位 (台, 批) says nothing
    const who = [r.name, ...rest.map((x) => x.text).filter((x) => x.length >= 2)].filter(Boolean).join('，')
    return `“${item.text}”（${who}）${figureText(f)}`
  })
  const word = order === 'desc' ? '金额最大' : '金额最小'
  return `${orgYear(t)}《${table.title}》合计${figureText(total)}，所列${goods ? '货物' : ''}${items.length}项中${word}的是${named.join('、')}`
}
