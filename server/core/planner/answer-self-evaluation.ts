import { formatFen } from '../parse/amount.js'
import { isMoneyUnit, type ColumnRole } from '../schema.js'
import { executionCitation, type ExecutionCell, type ProjectBudget, type TargetRow } from '../tools/performance-targets.js'
import { printedDecimals } from '../tools/lib/printed-precision.js'
import type { ToolRunner } from './tool-runner.js'

/**
 * What a question asks of a 绩效自评表 (or a 绩效目标表's money): a column of its money block (年初预算, 调整后,
 * 执行数, 执行率), a 资金来源 row, the adjustment (调整后 − 年初), the total score, the goal or what was achieved.
 */
export interface SelfEvalAsk {
  roles: ColumnRole[]
  source?: RegExp
  sourceWord?: string
  difference: boolean
  /** "预算和实际执行差了多少", "没花完多少": the budget less what was spent */
  unspent: boolean
  score: boolean
  goal: boolean
  achieved: boolean
  reason: boolean
  /** "安排多少钱": the project's money, no column named */
  money: boolean
  /** "实施单位是谁", "主管部门是哪个": the form's organisation fields asked (实施单位 when only "谁实施" is) */
  units: string[]
  /** "资金执行这项得了几分": the points of the money block (its 得分 column), not the form's total */
  moneyScore: boolean
  /** "自评等级是什么": the grade the form prints */
  grade: boolean
  /** "哪些指标没完成": the indicators short of their target (or, where no number compares, scored below their weight) */
  unmet: boolean
}

const ROLE_WORDS: [RegExp, ColumnRole][] = [
  [/年初预算|年初安排|年初/, 'initial'],
  [/调整后|调整预算|全年预算|调整为/, 'adjusted'],
  [/执行率|完成率/, 'completion'],
  [/执行数|执行了|执行多少|执行情况|实际支出|支出了|花了|用了|使用了|实际执行|执行金额/, 'final'],
]
/** A 资金来源 asked by name, and the row that holds it. */
const SOURCES: [RegExp, RegExp, string][] = [
  [/财政专户/, /财政专户/, '财政专户管理资金'],
  [/财政资金|财政拨款|财政性资金/, /^(?:其中[:：]?)?(?:财政资金|财政拨款|财政拨款资金|本级财政资金|当年财政拨款)/, '财政资金'],
  [/单位资金|自有资金|单位自筹|自筹资金/, /单位资金|自有资金|自筹/, '单位资金'],
  [/上年结转|结转资金/, /结转/, '上年结转资金'],
  [/其他资金/, /其他资金/, '其他资金'],
  // transfers from above, which a form lists as rows of their own when it has them
  [/中央(?:财政)?(?:补助|转移支付|资金|专项)/, /中央/, '中央补助资金'],
  [/省级?(?:财政)?(?:补助|转移支付|资金|专项)/, /省/, '省级补助资金'],
  [/上级(?:财政)?(?:补助|转移支付|资金)/, /上级/, '上级补助资金'],
]
/** "上年结转资金以外的…", "除财政拨款之外": a source set aside, not the one asked */
const setAside = (text: string) =>
  SOURCES.reduce((t, [re]) => t.replace(new RegExp(`(?:除了?)?(?:${re.source})(?:资金)?(?:以外|之外)的?`, 'g'), ''), text)
const MONEY_SCORE = /(?:资金|预算)(?:执行)?(?:率|情况)?(?:这一?项|一项|部分|指标)?(?:的)?(?:得了?|得分|自评分|评分|打了?|几分|多少分)|执行率(?:这一?项)?(?:的)?(?:得了?|得分|几分|多少分)/
const DIFFERENCE = /(?:比|较)年初(?:预算)?[^，。？?]*(?:多|少|增加|减少|调增|调减|追加)|调增了?多少|调减了?多少|追加了?多少|调整了多少|差额/
const MONEY = /多少钱|安排了?多少|预算(?:是|为)?多少|资金(?:是|为)?多少/
const SCORE = /得了?多少分|得分|自评分|评分|打了?多少分|总分|几分/
const GOAL = /年度目标|总体目标|绩效目标是|目标是什么|预期目标|目标内容/
const ACHIEVED = /完成情况|实际完成|完成得|完成了什么/
const REASON = /偏差原因|偏差的原因|没有完成的原因|未完成的原因|(?:为什么|为何|为啥|怎么)[^，。？?]{0,4}?(?:没有?|未)(?:完成|达到|达标|花完|用完|执行完)|改进措施|整改措施|(?:存在|发现)(?:了)?(?:什么|哪些)?问题/
const UNMET = /(?:哪些|哪个|哪几个|哪几项|哪项|什么)指标[^，。？?]{0,6}?(?:没有?|未)(?:完成|达到|达标|满分)|(?:没有?|未)(?:完成|达到|达标)的(?:是)?(?:哪些|哪个|什么)?指标|扣分(?:的)?(?:是)?(?:哪些|哪个|什么)?指标|(?:哪些|哪个|什么)指标[^，。？?]{0,4}?扣(?:了)?分/
const UNSPENT = /(?:预算|年初)[^，。？?]{0,10}(?:执行|实际|花)[^，。？?]{0,6}(?:差|相差)|(?:没|未)(?:花完|用完)(?:了)?多少|结余(?:了)?多少|剩(?:下|余)?(?:了)?多少/
const UNIT_KEYS = /实施单位|主管部门|项目单位/g
const WHO_CARRIES_OUT = /(?:哪个|哪一?家|什么)单位(?:来)?(?:实施|负责|承担|执行)|由谁(?:来)?(?:实施|负责|承担)|谁(?:来)?(?:实施|负责)/
const unitsAsked = (text: string): string[] => {
  const named = [...new Set(text.match(UNIT_KEYS) ?? [])]
  return named.length ? named : WHO_CARRIES_OUT.test(text) ? ['实施单位'] : []
}

/** The self-evaluation items a question asks, or undefined when it asks none of them. */
export function selfEvalAsk(text: string): SelfEvalAsk | undefined {
  const roles = ROLE_WORDS.filter(([re]) => re.test(text)).map(([, r]) => r)
  const src = SOURCES.find(([re]) => re.test(setAside(text)))
  const ask: SelfEvalAsk = {
    roles, ...(src ? { source: src[1], sourceWord: src[2] } : {}),
    difference: DIFFERENCE.test(text), unspent: UNSPENT.test(text), money: MONEY.test(text), score: SCORE.test(text), goal: GOAL.test(text), achieved: ACHIEVED.test(text), reason: REASON.test(text),
    units: unitsAsked(text), moneyScore: MONEY_SCORE.test(text), grade: /等级|评级|评价结果/.test(text), unmet: UNMET.test(text),
  }
  return roles.length || src || ask.difference || ask.unspent || ask.score || ask.goal || ask.achieved || ask.reason || ask.units.length || ask.grade || ask.unmet ? ask : undefined
}

/** A target's comparison and number ("≥18公里", "≤90元/亩", "100%", "=5个"), the achieved value's number. */
const TARGET_NUMBER = /^\s*(≥|>=|＞=|不低于|不少于|≤|<=|不高于|不超过|>|＞|<|＜|=)?\s*(\d+(?:\.\d+)?)/u
const ACHIEVED_NUMBER = /^\s*(\d+(?:\.\d+)?)/u

/** Whether an achieved value reaches its target; undefined when either is no number (a date, 已建立, 好). */
export function targetReached(target: string, actual: string | undefined): boolean | undefined {
  // (a date or a time limit, 2024年11月底前, is no number to compare)
  if (/[年月日]/u.test(target) || /[年月日]/u.test(actual ?? '')) return undefined
  const t = TARGET_NUMBER.exec(target.replace(/^=/, '')), a = actual ? ACHIEVED_NUMBER.exec(actual) : null
  if (!t || !a) return undefined
  const [want, got] = [Number(t[2]), Number(a[1])]
  const op = t[1] ?? '≥'
  if (/^(?:≤|<=|不高于|不超过)$/u.test(op)) return got <= want
  if (/^(?:<|＜)$/u.test(op)) return got < want
  if (/^(?:>|＞)$/u.test(op)) return got > want
  if (op === '=') return got === want
  return got >= want
}

/** A weight or score as a number of points ("10", "9.5分"), or undefined. */
const points = (v: string | undefined) => (v && /^\d+(?:\.\d+)?分?$/u.test(v.trim()) ? Number.parseFloat(v) : undefined)

const unitOf = (e: ExecutionCell, unit?: string) => (e.amount?.unit === '%' ? '' : e.amount?.unit ?? (e.role === 'weight' || e.role === 'score' ? '分' : unit ?? ''))
/** A cell as said: its figure with its unit, or that it was left blank or marked not applicable. */
export function cellText(e: ExecutionCell): string {
  const v = e.value.trim()
  if (!v) return '未填写'
  if (/^[/／]$/.test(v)) return '不适用（表中为“/”）'
  if (e.amount) return `${e.amount.text}${unitOf(e)}`
  return v.endsWith('分') || e.role !== 'score' ? v : `${v}分`
}

/** A self-evaluation form: a money block by column, a place for a score, or what was achieved. */
export const isSelfEvaluation = (p: ProjectBudget) => !!(p.execution?.some((e) => e.rowId || e.role !== 'amount') || p.scoreSlot || p.achieved)

/** The project's money in one line: the total row's 年初预算, 调整后, 执行数 and 执行率 as printed. */
export function executionSummary(p: ProjectBudget): { text: string; cells: ExecutionCell[] } | undefined {
  const cells = MONEY_ORDER.map((r) => rowCells(p).find((e) => e.role === r)).filter((e): e is ExecutionCell => !!e && !!e.value.trim())
  return cells.length ? { text: cells.map((e) => `${e.column}${cellText(e)}`).join('，') + unfilledNote(p), cells } : undefined
}

const MONEY_ORDER: ColumnRole[] = ['initial', 'adjusted', 'final', 'completion']

/** "，表中列出的资金来源为：年度资金总额、其中：当年财政拨款": the rows of the money block, by name only. */
function listedSources(p: ProjectBudget): string {
  const names = [...new Set((p.execution ?? []).filter((e) => e.rowId && e.source).map((e) => e.source!))]
  return names.length ? `，表中列出的资金来源为：${names.join('、')}` : ''
}

const MONEY_ROLES = new Set<ColumnRole>(['initial', 'adjusted', 'final'])
/** No money in a row: every 年初预算/全年预算/执行数 cell blank or 0. */
const noMoney = (cells: ExecutionCell[]) => cells.every((e) => !MONEY_ROLES.has(e.role) || !e.amount || e.amount.fen === 0)

/**
 * Rule `unfilled-total`: a form whose total row (年度资金总额) was left at 0 while a 资金来源 under it (其中:本年财政拨款)
 * holds the money. Returns the total row's name and the row that holds the money, or undefined when the total has money
 * or no row under it does.
 */
export function unfilledTotal(p: ProjectBudget): { total: string; funded: string } | undefined {
  const cells = p.execution ?? []
  const rows = [...new Set(cells.filter((e) => e.rowId).map((e) => e.rowId))]
  const of = (id: string | undefined) => cells.filter((e) => e.rowId === id)
  if (rows.length < 2 || !noMoney(of(rows[0]))) return undefined
  const funded = rows.slice(1).find((id) => !noMoney(of(id)))
  return funded ? { total: of(rows[0])[0]?.source ?? '', funded: of(funded)[0]?.source ?? '' } : undefined
}

/**
 * The cells of one 资金来源 row: the one asked, else the total (or, under rule `unfilled-total`, the row that holds the
 * money when the total was left at 0); a form that prints one set of figures has no rows.
 */
export function rowCells(p: ProjectBudget, source?: RegExp): ExecutionCell[] {
  const cells = p.execution ?? []
  if (source) return cells.filter((e) => e.source && source.test(e.source))
  const rows = [...new Set(cells.filter((e) => e.rowId).map((e) => e.rowId))]
  const unfilled = unfilledTotal(p)
  const row = unfilled ? cells.find((e) => e.rowId && e.source === unfilled.funded)?.rowId : rows[0]
  return cells.filter((e) => (rows.length ? e.rowId === row : !e.source))
}

/** "（表中“年度资金总额”一行填为0，以上为其下“其中:本年财政拨款”一行）": said whenever a figure comes from that row. */
const unfilledNote = (p: ProjectBudget) => {
  const u = unfilledTotal(p)
  return u ? `（表中“${u.total.replace(/[:：]$/, '')}”一行各栏填为0，与其下分项不一致；以上为“${u.funded}”一行）` : ''
}

/**
 * The answer to what a question asks of one project's self-evaluation form, every figure cited; a blank cell is said
 * to be blank and a score the form does not print is not found, never summed or guessed. Undefined when the form
 * has nothing of what is asked (the caller answers as for a target table).
 */
export function selfEvalText(run: ToolRunner, cites: Parameters<typeof executionCitation>[0], p: ProjectBudget, ask: SelfEvalAsk, head: string, indicatorReasons: TargetRow[] = []): { text: string; found: boolean } | undefined {
  // a target form asked its goal (and its money) is answered as a target form: budget, goal and indicators together
  if (!isSelfEvaluation(p) && !ask.score && !ask.grade && !ask.source && !ask.roles.length && !ask.difference && !ask.unspent && !ask.units.length) return undefined
  const cite = (e: ExecutionCell | undefined) => { if (e) run.cite(executionCitation(cites, e)) }
  const parts: string[] = []
  let found = false
  if (ask.units.length) {
    // the field asked, as printed (实施单位 asked: the 主管部门 is not said, and the reverse)
    const shown = (p.units ?? []).filter((u) => ask.units.some((k) => u.key.includes(k)))
    for (const u of shown) { run.cite(cites.find((c) => c.kind === 'field' && c.tableId === u.tableId && c.column === u.key && c.value === u.value)); parts.push(`${u.key}为${u.value}`) }
    if (shown.length) found = true
    else parts.push(`表中没有填写${ask.units.join('、')}`)
  }
  const block = ask.score && ask.moneyScore ? rowCells(p).filter((e) => e.role === 'score' || e.role === 'weight') : []
  if (block.some((e) => e.role === 'score')) {
    // the money block's own points: its 分值 and 得分 as printed, on the total row
    block.forEach(cite)
    const source = block[0].source ? `（${block[0].source}）` : ''
    parts.push(`预算执行${source}${block.map((e) => `${e.column}${cellText(e)}`).join('，')}`)
    found = true
  } else if (ask.score) {
    if (p.score) { cite(p.score); parts.push(`自评得分为${cellText(p.score)}（“${p.score.column}”栏）`); found = true }
    else if (p.scoreSlot) parts.push('表中“得分”栏未填写，文件没有给出自评得分')
    else parts.push('文件没有给出自评得分')
  }
  if (ask.grade) {
    if (p.grade) { cite(p.grade); parts.push(`自评等级为“${p.grade.value}”`); found = true }
    else parts.push('表中没有给出自评等级')
  }
  if (ask.goal) {
    if (p.goal) { run.cite(cites.find((c) => c.kind === 'field' && c.tableId === p.tableId && c.value === p.goal)); parts.push(`年度目标：“${p.goal}”`); found = true }
    else parts.push('表中没有填写年度目标')
  }
  if (ask.achieved) {
    if (p.achieved) { run.cite(cites.find((c) => c.kind === 'field' && c.value === p.achieved)); parts.push(`实际完成情况：“${p.achieved}”`); found = true }
    else parts.push('表中“完成情况”一栏未填写实际内容（只印有填报说明），文件没有给出实际完成情况')
  }
  if (ask.unmet) {
    // rule unmet-indicators: an indicator whose achieved value falls short of its target (both numbers, the target's
    // ≥/≤ read), else one scored below its weight, is one the form says was not met; one that reached its target yet
    // lost points is said apart; every indicator scored in full says all were met
    const rows = indicatorReasons.filter((x) => x.project === p.project)
    const scored = rows.filter((x) => points(x.weight) !== undefined && points(x.score) !== undefined)
    const reached = (x: TargetRow) => targetReached(x.text, x.actual)
    const short = rows.filter((x) => reached(x) === false || (reached(x) === undefined && scored.includes(x) && points(x.score)! < points(x.weight)!))
    const docked = scored.filter((x) => reached(x) === true && points(x.score)! < points(x.weight)!)
    const said = (x: TargetRow) => `“${x.indicator}”（目标值${x.text.replace(/^=/, '')}${x.actual ? `，实际完成值${x.actual}` : ''}${scored.includes(x) ? `，${x.weightLabel ?? '分值'}${x.weight}，得分${x.score}` : ''}${x.reason && !/^(?:0|无|—|-|\/)$/u.test(x.reason.trim()) ? `；偏差原因：${x.reason.trim()}` : ''}）`
    if (short.length || docked.length) {
      for (const x of [...short, ...docked]) run.cite(cites.find((c) => c.rowId === x.rowId))
      if (short.length) parts.push(`没有达到目标值的指标有${short.length}项：${short.map(said).join('；')}`)
      if (docked.length) parts.push(`${short.length ? '另有' : '各项指标均达到目标值；'}${docked.map(said).join('；')}达到目标值但被扣分`)
      found = true
    } else if (scored.length && scored.length === rows.length) {
      for (const x of scored) run.cite(cites.find((c) => c.rowId === x.rowId))
      parts.push(`${scored.length}项绩效指标均得满分，表中没有未完成的指标`)
      found = true
    } else parts.push('表中没有逐项给出指标得分，无法判断哪些指标没有完成')
  }
  if (ask.reason) {
    const r = (p.execution ?? []).find((e) => e.role === 'reason' && !e.rowId && e.value.trim())
    // else the 偏差原因 the form prints on its indicators' rows (a blank, 0 or 无 says nothing)
    const rows = r ? [] : indicatorReasons.filter((x) => x.project === p.project && x.reason && !/^(?:0|无|—|-|\/)$/u.test(x.reason.trim()))
    if (r) { cite(r); parts.push(`${r.column}：“${r.value}”`); found = true }
    else if (rows.length) {
      for (const x of rows) run.cite(cites.find((c) => c.rowId === x.rowId))
      parts.push(rows.map((x) => `指标“${x.indicator}”的偏差原因分析及改进措施：“${x.reason!.trim()}”`).join('；'))
      found = true
    } else if (!ask.score && !ask.goal) return undefined
  }
  if (ask.unspent) {
    const cells = rowCells(p)
    const plan = cells.find((e) => e.role === 'adjusted') ?? cells.find((e) => e.role === 'initial')
    const spent = cells.find((e) => e.role === 'final')
    if (plan?.amount?.fen !== undefined && spent?.amount?.fen !== undefined && plan.amount.unit === spent.amount.unit && isMoneyUnit(plan.amount.unit)) {
      const d = plan.amount.fen - spent.amount.fen
      cite(plan); cite(spent)
      const places = Math.max(2, printedDecimals(plan.amount), printedDecimals(spent.amount))
      parts.push(`${plan.column}${cellText(plan)}，${spent.column}${cellText(spent)}，${d >= 0 ? '执行数比预算少' : '执行数比预算多'}${formatFen(Math.abs(d), plan.amount.unit, places)}${plan.amount.unit}（${cellText(plan)} − ${cellText(spent)}）`)
      found = true
    } else parts.push('表中没有同时列出预算数和执行数，无法计算差额')
  }
  // "目标是什么？安排多少钱？": the goal with the money block's total row
  const summary = ask.money && !ask.source && !ask.roles.length && !ask.difference && !ask.unspent ? executionSummary(p) : undefined
  if (summary) { summary.cells.forEach(cite); parts.push(summary.text); found = true }
  // the columns named in a gap asked ("预算和实际执行差了多少") are its operands, said with it
  const money = ask.difference || ask.source || (ask.roles.length > 0 && !ask.unspent)
  if (money) {
    const cells = rowCells(p, ask.source)
    const where = ask.source ? (cells[0]?.source ?? ask.sourceWord ?? '') : ''
    // a source the form does not list: said, with the sources it does list, and no amount
    if (ask.source && !cells.length) parts.push(`表中没有列出“${ask.sourceWord}”${listedSources(p)}`)
    else if (ask.difference) {
      const a = cells.find((e) => e.role === 'adjusted')
      const b = cells.find((e) => e.role === 'initial')
      if (a?.amount?.fen !== undefined && b?.amount?.fen !== undefined && a.amount.unit === b.amount.unit && isMoneyUnit(a.amount.unit)) {
        const d = a.amount.fen - b.amount.fen
        cite(a); cite(b)
        const word = d >= 0 ? '多' : '少'
        // the difference to the precision the form prints (89.974 − 90 is 0.026, not 0.03)
        const places = Math.max(2, printedDecimals(a.amount), printedDecimals(b.amount))
        parts.push(`${where}${a.column}${cellText(a)}，${b.column}${cellText(b)}，调整后比年初${word}${formatFen(Math.abs(d), a.amount.unit, places)}${a.amount.unit}（${cellText(a)} − ${cellText(b)}）${ask.source ? '' : unfilledNote(p)}`)
        found = true
      } else parts.push('表中没有同时列出年初预算和调整后预算，无法计算调整额')
    } else {
      // a 资金来源 asked with no column: every money column of its row (a target form's one amount included)
      const roles: ColumnRole[] = ask.roles.length ? MONEY_ORDER.filter((r) => ask.roles.includes(r)) : [...MONEY_ORDER, 'amount']
      const shown = roles.map((r) => cells.find((e) => e.role === r)).filter((e): e is ExecutionCell => !!e)
      if (!shown.length) parts.push(`表中没有列出${ask.roles.length ? '所问的栏目' : '预算执行情况'}`)
      else {
        shown.forEach(cite)
        // a target form's one amount is labelled by its 资金来源 itself: said once
        // (every cell asked left blank: the form gives no such figure, said so; nothing is found)
        const blank = shown.every((e) => !e.value.trim())
        parts.push(`${shown.every((e) => e.column === where) ? '' : where}${shown.map((e) => `${e.column}${cellText(e)}`).join('，')}${blank ? '，没有找到这个数字：文件没有给出' : ''}${ask.source ? '' : unfilledNote(p)}`)
        found = !blank
        // every figure printed as 0.00: the project used none of it (a blank cell says nothing)
        if (ask.source && shown.every((e) => e.amount?.fen === 0)) parts.push(`即该项目没有使用${ask.sourceWord ?? where}`)
      }
    }
  }
  // a target form (no money block, no score) that has nothing of what is asked: answered as a target form
  if (!parts.length || (!found && !ask.score && !isSelfEvaluation(p))) return undefined
  return { text: `${head}：${parts.join('；')}。`, found }
}
