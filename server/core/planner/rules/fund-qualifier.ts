import { STAGE_ASKED } from '../../lexicon/stage-words.js'
import type { TableKind } from '../../schema.js'
import type { ConceptHit } from '../question-frame.js'

/** A subject that is nothing but a fund's name: 一般公共预算, 一般公共预算拨款, 政府性基金预算支出… */
const FUND_ONLY: [RegExp, TableKind][] = [
  [/^一般公共预算(?:财政)?(?:拨款)?(?:收入|支出|资金)?$/, 'general-spending'],
  [/^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出|资金)?$/, 'gov-fund'],
  [/^国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出|资金)?$/, 'state-capital'],
]
export const fundOf = (s: ConceptHit) => FUND_ONLY.find(([re]) => re.test(s.surface) || re.test(s.name))?.[1]
/** the rest of a fund's name the hit left out ("一般公共" + 预算财政拨款 before 基本支出) is still the fund's */
const fundRest = (between: string) => between.replace(/^(?:预算)?(?:财政)?(?:拨款)?/u, '')

/** "一般公共预算拨款里，农林水支出…": the fund, then the row inside it */
const FUND_THEN_ROW = /^(?:表)?(?:的)?(?:里|中|当中|里面|之中|内|安排|拨款安排)?(?:的)?[，,、\s“”"‘’「」]*$/u
/**
 * "事业运行用的一般公共预算财政拨款", "2070104图书馆科目2025年一般公共预算安排多少": the row, then the fund it is
 * paid from (the year between is masked)
 */
// ("妇幼保健机构这一项，一般公共预算财政拨款支出": the row pointed at, then its fund)
const ROW_THEN_FUND = /^(?:(?:用|使用|花|安排|花费)?的|科目\u0000*的?|\u0000+的?|(?:这一?|那一?)(?:项|个科目|科目)(?:里|中)?(?:的)?[，,、\s]*)$/u
/** "城乡社区环境卫生（一般公共预算）": the fund in brackets right after the row, a gloss on which table */
const glossed = (between: string, after: string) => /^[(（]$/u.test(between) && /^(?:支出|资金|财政拨款)?[)）]/u.test(after)
/** 财政拨款 (支出) said of a row: every fund's money, not one fund's table */
const FISCAL_WORD = /^财政拨款(?:支出|资金)?$/u
/** "…支出中财政拨款支出", "…的财政拨款" */
const ROW_THEN_FISCAL = /^(?:中|里|其中|中的|里的|(?:用|使用|花|安排)?的)$/u
/** "2130205科目一般公共预算财政拨款支出": a code, then the fund its figure is asked from */
// (a year said as a word between: "2140106今年一般公共预算安排了多少")
const CODE_THEN_FUND = /^(?:科目|项|款|类)?(?:今年|本年|当年|明年|去年|上年)?(?:的|中的|里的)?$/u

/** A stage's words alone (年初预算数, 调整预算, 决算数): a column asked, read by rule stage-columns. */
const STAGE_WORD = new RegExp(`^(?:${STAGE_ASKED.map((w) => w.re.source).join('|')})$`, 'u')

/**
 * Rule `fund-qualifier`: a fund named next to a row subject says which table the row is read from (the
 * 一般公共预算支出表, not the all-funds 支出总表); it is not a subject of its own. Returns the subjects left, the
 * qualified rows carrying `tableKind`.
 */
export function fundQualifiers(subjects: ConceptHit[], text: string): ConceptHit[] {
  const money = subjects.filter((c) => c.kind !== 'column' && c.kind !== 'count')
  const drop = new Set<ConceptHit>()
  money.forEach((a, i) => {
    const b = money[i + 1]
    if (!b || drop.has(a)) return
    // "2070104图书馆科目": a code's own name printed after it belongs to the code (masked or not)
    const between = text.slice(a.end, b.start).replace(a.code ? /^[\p{Script=Han}\u0000]{1,16}?(?=科目)/u : /^$/u, '')
    const fa = fundOf(a)
    const fb = fundOf(b)
    if (fa && !fb && b.kind === 'row' && FUND_THEN_ROW.test(fundRest(between))) { b.tableKind = fa; drop.add(a) }
    // "政府性基金财政拨款支出": the fund's own 财政拨款 is the fund's spending, never the 财政拨款 of all funds
    else if (fa && !fb && b.kind === 'lexicon' && FISCAL_WORD.test(b.surface) && /^(?:预算)?$/u.test(between)) drop.add(b)
    // "一般公共预算“三公”经费": a fund before a subject of the lexicon (三公, 机关运行经费) qualifies it; the subject's own table is read
    // (never a stage's words the lexicon also reads as the whole budget: "…财政拨款收入年初预算数和决算数", its columns)
    else if (fa && !fb && b.kind === 'lexicon' && !STAGE_WORD.test(b.surface) && FUND_THEN_ROW.test(fundRest(between))) drop.add(a)
    else if (fb && !fa && a.kind === 'row' && i + 2 === money.length && (ROW_THEN_FUND.test(between) || (!!a.code && CODE_THEN_FUND.test(between)) || glossed(between, text.slice(b.end)))) { a.tableKind = fb; drop.add(b) }
    // rule fiscal-part: "X中财政拨款支出" is X's 财政拨款 figure, never the document's 财政拨款 total beside X
    else if (a.kind === 'row' && !fa && b.kind === 'lexicon' && FISCAL_WORD.test(b.surface) && i + 2 === money.length && (ROW_THEN_FISCAL.test(between) || (!!a.code && CODE_THEN_FUND.test(between)))) { a.fiscalPart = true; drop.add(b) }
  })
  // (…and 财政拨款 said right after the row where no term reads it: "综合医院（2100201）财政拨款决算数")
  const rows = money.filter((c) => !drop.has(c))
  const last = rows[rows.length - 1]
  if (rows.length === 1 && last.kind === 'row' && !last.tableKind && !fundOf(last) && (FISCAL_AFTER_ROW.test(text.slice(last.end)) || FISCAL_BEFORE_ROW.test(text.slice(0, last.start)))) last.fiscalPart = true
  fundOfBudgetColumn(subjects, text, drop)
  return subjects.filter((c) => !drop.has(c))
}

/** 财政拨款 written right after a row, read by no term: the row's 财政拨款 figure asked ("…综合医院财政拨款决算数"). */
// (never a fund said as the container of columns asked after it: "林业和草原财政拨款里基本支出和项目支出")
const FISCAL_AFTER_ROW = /^(?:的|中的?|里的?)?财政拨款(?!收入|收支|总)(?:支出)?(?:决算|预算|安排)?(?![里中内])/u
/** …or right before it: "财政拨款安排的教育支出", "财政拨款中教育支出" (never a fund's own 财政拨款: 一般公共预算财政拨款) */
const FISCAL_BEFORE_ROW = /(?<!预算|基金|经营)财政拨款(?:资金)?(?:安排|拨付|支出)?(?:的|中的?|里的?|用于)$/u

/**
 * "一般公共预算安排的基本支出": a fund, then 基本支出 or 项目支出 of the budget as a whole (no row named) is that column
 * of the fund's own table (the 一般公共预算支出表's 合计), not of the all-funds 支出总表 (which holds 事业收入 too).
 */
function fundOfBudgetColumn(subjects: ConceptHit[], text: string, drop: Set<ConceptHit>): void {
  const named = subjects.filter((c) => !drop.has(c) && c.kind !== 'count')
  if (named.some((c) => c.kind === 'row' && !fundOf(c))) return
  named.forEach((a, i) => {
    const b = named[i + 1]
    const fa = fundOf(a)
    if (!fa || !b || b.kind !== 'column' || (b.role !== 'basic' && b.role !== 'project')) return
    if (named.some((c) => c !== a && c !== b && c.kind !== 'column')) return
    if (FUND_THEN_ROW.test(fundRest(text.slice(a.end, b.start)))) { b.tableKind = fa; drop.add(a) }
  })
}

const WHOLE_TOO = /总共|一共|合计|总计|总额|全部/u
/** A fund's name nothing claimed: "…2140106今年一般公共预算安排了多少". */
const FUND_UNCLAIMED: [RegExp, TableKind][] = [
  [/一般公共预算(?!收入|支出|资金)/u, 'general-spending'],
  [/政府性基金(?!收入|支出|资金)/u, 'gov-fund'],
  [/国有资本经营(?!收入|支出|资金)/u, 'state-capital'],
]

/**
 * Rule `fund-qualifier`, its fund no term claimed: one row or code asked, and a fund's name written in the question
 * that no concept read ("2140106今年一般公共预算安排了多少"), or the table's own name ("收支总表里…"), says which
 * table the row is read from.
 */
export function unclaimedFundOfRow(subjects: ConceptHit[], masked: string): void {
  const money = subjects.filter((c) => c.kind !== 'column' && c.kind !== 'count')
  // (…"一般公共预算拨款安排了多少？总共多少？" asks the whole as well: every table's reading stays)
  if (money.length !== 1 || money[0].kind !== 'row' || money[0].tableKind || WHOLE_TOO.test(masked)) return
  // outside the row's own words (一般公共预算拨款收入 names its fund itself)
  const rest = masked.slice(0, money[0].start) + '，' + masked.slice(money[0].end)
  const found = FUND_UNCLAIMED.filter(([re]) => re.test(rest))
  // (or the table itself named: "收支总表里社会保障和就业支出", never another table's reading beside it)
  const table = TABLE_NAMED.find(([re]) => re.test(rest))
  if (found.length === 1) money[0].tableKind = found[0][1]
  else if (!found.length && table) money[0].tableKind = table[1]
}
/** A table named by its title's words, most specific first. */
const TABLE_NAMED: [RegExp, TableKind][] = [
  [/财政拨款收支(?:预算|决算)?总表/u, 'fiscal-summary'],
  [/收支(?:预算|决算)?总表/u, 'summary'],
  [/收入(?:预算|决算)?总?表/u, 'income'],
  [/(?<!一般公共预算|基本)支出(?:预算|决算)?总?表/u, 'spending'],
]
