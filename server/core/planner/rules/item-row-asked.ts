import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { joinSentences, orgYear } from '../compose.js'

/** A column's unit in its label: 编制数（人）, 预算金额(万元) */
const UNIT_IN_LABEL = /[（(]([^）)]{1,4})[）)]/u
/** A cell's unit: the one its column's label names, else the table's. */
const unitOf = (c: { column: string; unit?: string }) => UNIT_IN_LABEL.exec(c.column)?.[1] ?? c.unit
/** A cell holding a figure, never a numbering column's number (序号). */
const isFigure = (c: { column: string; text: string }) => /^-?[\d,]+(?:\.\d+)?$/u.test(c.text.trim()) && !/序号|编号|行次/u.test(c.column)

/** Money asked: 收入, 支出, 预算, 金额, 多少钱 */
const MONEY_ASKED = /收入|支出|预算|金额|多少钱|资金|经费/u

/** What happened to an item after it was planned: its award, its supplier, its contract price */
const OUTCOME_ASKED = /中标|成交|供应商|签约|验收|付款/u

/** Words of an ask, no part of an item's name: its money, its kind, the question's own words. */
const ASK_WORDS = /项目|预算|金额|资金|经费|采购|支出|收入|是多少|多少钱?|是什么|什么|哪些|哪个|几月份?|几个|是不是|有没有|分别|各是|预计|大概|一共|这个|那个|的/gu

/**
 * Rule `item-row-asked`: an item of a table of items (a 采购意向's 采购项目, a project list) asked by part of its name
 * ("被服洗涤项目预计几月份采购" of "含山县中医医院全院被服洗涤2025至2028年对外托管经营项目"), no budget term read in the
 * question: the one row whose name shares the longest run of the question's own words (four characters at least), read
 * out cell by cell as printed and cited. Only a row that describes its item in words (a text column beside its money):
 * a row of figures only is a budget subject's, read by its terms. Undefined when no row, or more than one, shares that run.
 */
export function answerItemRow(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope, run } = inp
  if (scope.targets.length !== 1 || frame.concepts.some((c) => c.kind !== 'weak')) return undefined
  const t = scope.targets[0]
  // the question without the organisation named, its years and the ask's own words
  let words = frame.text
  for (const o of [...frame.orgs].sort((a, b) => b.start - a.start)) words = words.slice(0, o.start) + '，' + words.slice(o.end)
  words = words.replace(/(?:19|20)?\d{2}年度?/gu, '，').replace(ASK_WORDS, '，').replace(/[^\p{Script=Han}\d]+/gu, '，')
  const longest = words.split('，').reduce((a, b) => (b.length > a.length ? b : a), '')
  if (longest.length < 4) return undefined
  const r = run.run('find-rows', { docId: t.doc.id, nameShares: words.slice(0, 80), limit: 2 })
  if (!r.ok || r.rows.length !== 1) return undefined
  const row = r.rows[0]
  // (a table of items describes them in words beside their money: a row of figures only is a subject's, read by its terms)
  if (!row.cells.some((c) => c.role === 'text' && !/^[-\d,.%％\s]*$/u.test(c.text))) return undefined
  // (money asked of a row that prints none, a unit's counts in a table of units: not this row)
  if (MONEY_ASKED.test(frame.text) && !row.cells.some((c) => isFigure(c) && /元$/u.test(unitOf(c) ?? ''))) return undefined
  run.cite(r.citations[0])
  const cells = row.cells.map((c) => {
    const unit = unitOf(c)
    return `${c.column.replace(UNIT_IN_LABEL, '')}为${c.text.trim().replace(/[。；;]$/u, '')}${isFigure(c) && unit ? unit : ''}`
  })
  if (!cells.length) return undefined
  // (an outcome no column prints, "谁中标了，中标价多少" of an intention to buy, is not in the row: not found, never the row)
  const outcome = OUTCOME_ASKED.exec(frame.text)?.[0]
  if (outcome && !row.cells.some((c) => c.column.includes(outcome) || c.text.includes(outcome))) return undefined
  const where = row.tableNumber ?? (row.tableTitle && row.tableTitle.length <= 40 ? `《${row.tableTitle}》` : '表中')
  return { answer: joinSentences([`${orgYear(t)}${where}的“${row.name}”一行：${cells.join('；')}`]) }
}
