import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { operandOf } from '../operands.js'

/** "支出为什么比收入多", "差额从哪来", "收支为什么不平衡", "收不抵支": the gap between a year's two totals asked. */
const GAP_ASKED = /支出.{0,8}(?:比|大于|多于|高于|超过|超出).{0,8}收入|收入.{0,8}(?:比|小于|少于|低于|不够|不足).{0,8}支出|收支.{0,4}(?:不平衡|不相等|不一致|差额|缺口)|差额.{0,4}(?:从哪|哪里|哪儿|怎么|如何|由什么|靠什么)|收不抵支|入不敷出/

const INCOME_TOTAL = /^(?:本年)?收入合计$/
const SPENDING_TOTAL = /^(?:本年)?支出合计$/
const GRAND = /总\s*计$/

/**
 * Rule `carried-gap`: a 收支总表 balances by its lines below the year's totals. 收入总计 = 本年收入合计 + what comes in
 * from before (上年结转结余, 年初结转和结余, 用事业基金弥补收支差额); 支出总计 = 本年支出合计 + 年终结转结余. So "why is
 * this year's spending more than its income, where does the gap come from" is answered by the table itself: the
 * two totals, their difference (computed) and the carry lines of the short side that cover it (上年结转结余 when
 * spending is the larger, 年终结转结余 when income is), all cited. When those lines do not add up to the gap, the
 * answer says so instead of naming a cause.
 */
export function answerCarriedGap(inp: HandlerInput, text: string): HandlerOutput | undefined {
  const { run, scope } = inp
  // (the line that covers a gap asked by its own name, 用事业基金弥补收支差额, is a row to read, not the gap)
  if (!GAP_ASKED.test(text) || NAMED_COVER.test(text) || scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  if (t.year !== t.doc.year) return undefined
  const head = run.run('find-rows', { docId: t.doc.id, name: '本年收入合计', limit: 5 })
  // (the 收支总表 of all funds first: a 财政拨款收支总表 balances only its own funds)
  const totals = head.ok ? head.rows.filter((r) => INCOME_TOTAL.test(r.name.replace(/\s+/g, ''))) : []
  const kindOf = (tableId: string) => t.doc.tables.find((x) => x.id === tableId)?.kind
  const table = (totals.find((r) => kindOf(r.tableId) === 'summary') ?? totals[0])?.tableId
  if (!table) return undefined
  const all = run.run('find-rows', { docId: t.doc.id, tableId: table, limit: 100 })
  if (!all.ok) return undefined
  const rows = all.rows
  const clean = (n: string) => n.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]+、/, '')
  const incomeAt = rows.findIndex((r) => INCOME_TOTAL.test(clean(r.name)))
  const spendingAt = rows.findIndex((r) => SPENDING_TOTAL.test(clean(r.name)))
  if (incomeAt < 0 || spendingAt < 0) return undefined
  const figure = (rowId: string): Figure | undefined => {
    const r = run.run('get-figure', { rowId })
    return r.ok ? r.figures[0] : undefined
  }
  const income = figure(rows[incomeAt].rowId)
  const spending = figure(rows[spendingAt].rowId)
  if (income?.fen === undefined || spending?.fen === undefined || income.fen === spending.fen) return undefined
  const more = spending.fen > income.fen
  // the carry lines of the side that is short (上年结转结余 on the income side, 年终结转结余 on the spending side)
  const carry = more ? CARRY_IN : CARRY_OUT
  const covers = rows.filter((r) => carry.test(clean(r.name)) && !GRAND.test(clean(r.name))).map((r) => figure(r.rowId)).filter((f): f is Figure => f?.fen !== undefined && f.fen !== 0)
  const [big, small] = more ? [spending, income] : [income, spending]
  const diff = run.run('compute', { op: 'difference', operands: [operandOf(big), operandOf(small)] })
  if (!diff.ok) return undefined
  run.cite(big.citation, small.citation)
  const lead = `${orgYear(t)}${big.label}${figureText(big)}，比${small.label}${figureText(small)}多${diff.result.text}`
  // (the other side's carry lines count against them: 支出 more than 收入 by 年初结转 − 年末结转)
  const against = rows.filter((r) => (more ? CARRY_OUT : CARRY_IN).test(clean(r.name)) && !GRAND.test(clean(r.name))).map((r) => figure(r.rowId)).filter((f): f is Figure => f?.fen !== undefined && f.fen !== 0)
  const covered = covers.reduce((s, f) => s + f.fen!, 0) - against.reduce((s, f) => s + f.fen!, 0)
  if (!covers.length) return { answer: joinSentences([lead, `表中${small.label}之后没有列出弥补差额的项目`]) }
  run.cite(...covers.map((f) => f.citation), ...against.map((f) => f.citation))
  const list = covers.map((f) => `${f.label}${figureText(f)}`).join('、')
  const less = against.map((f) => `${f.label}${figureText(f)}`).join('、')
  if (covered !== diff.result.fen) return { answer: joinSentences([lead, `表中${small.label}之后列有${list}${less ? `，${big.label}之后列有${less}` : ''}，两者相抵与差额不相等（表中数字本身对不上）`]) }
  const how = more ? `差额由${list}安排${less ? `（其中${less}留待以后年度）` : ''}` : `多出的部分列为${list}${less ? `（另有${less}）` : ''}`
  return { answer: joinSentences([lead, how]) }
}

/** The cover line asked by its own name: 用事业基金弥补收支差额, 弥补收支差额. */
const NAMED_COVER = /用\p{Script=Han}{0,8}弥补(?:收支)?差额|弥补收支差额/u

/** what comes in from before the year: 上年结转结余, 年初结转和结余, 用事业基金弥补收支差额 */
const CARRY_IN = /^(?!.*(?:年终|年末|下年))(?:.*(?:上年|年初).{0,4}结[转余]|.*弥补.{0,4}(?:收支)?差额|结转(?:和|及)?结余$)/
/** what is left for later: 年终结转结余, 年末结转和结余, 结余分配 */
const CARRY_OUT = /(?:年终|年末).{0,4}结[转余]|结余分配|结转下年/
