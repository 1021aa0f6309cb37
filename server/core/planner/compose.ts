import type { Citation } from '../schema.js'
import type { Figure } from '../tools/lib/figure.js'
import { isMoneyUnit, stageOf } from '../schema.js'
import { moneyText, readingWanText } from '../tools/lib/money.js'
import type { Target } from './resolve-scope.js'
import { THIS_YEAR_TOTAL } from './rules/this-year-total.js'
import { SIDE_TOTAL } from './rules/alias-row.js'
import { linesText } from '../tools/lib/verbatim.js'
import { rowYear } from '../parse/row-year.js'
import { LIST_NUMBER } from '../tools/lib/list-number.js'

/** Short Chinese prose pieces the answers are built from. */
export const orgName = (org: string) => org
export const orgYear = (t: Target) => `${t.doc.org}${t.year}年${t.kind ? `${t.kind}中` : ''}`

/** An amount as the document prints it, its unit after it ("755.62万元"): the operands of a computation said in an answer. */
export const printedAmount = (a: { text: string; unit: string }) => `${a.text}${a.unit}`

/**
 * The figure for reading: money in 万元 to two decimals, as printed when the document prints 万元; a 元 figure is
 * rounded for reading and the printed figure follows in brackets ("1.00万元（10,000.00元）"), one under 1万元 is read as
 * printed. Counts as printed.
 */
export function figureText(f: Figure): string {
  if (f.fen === undefined && /^(?:[名人个辆项台家批]|批次|人次)$/.test(f.amount.unit)) return `${/^[\d,]+$/.test(f.amount.text) ? f.amount.text : f.amount.value}${f.amount.unit}`
  // 亿元 (a place's report) is read as printed: 63.27亿元, not 632,700.00万元
  if (f.fen === undefined || f.amount.unit === '万元' || f.amount.unit === '亿元' || !isMoneyUnit(f.amount.unit)) return f.text
  // under 1万元 (a fee per visit, 225.41元) 万元 would read 0.02万元: the printed figure alone
  if (Math.abs(f.fen) < 1_000_000) return f.text
  return `${readingWanText(f.fen)}（${f.text}）`
}

const leaf = (label?: string) => label?.split(' › ').pop()

/**
 * 预算 or 决算, said once after the subject unless its name already says it ("支出预算"); a figure read from a
 * year's 完成数 / 执行数 column (an 执行情况表 in a budget) is that, not the budget (`column`: the cited column's label).
 */
/** The funds' names, which hold 预算 without saying a stage */
const FUND_NAME = /(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算/gu

export function stageWord(t: Target, label: string, column?: string): string {
  const executed = /^(?:预计)?(?:完成|执行)数$/.exec(leaf(column)?.trim().replace(/^\d{4}年度?/u, '') ?? '')?.[0]
  if (executed && !label.includes(executed)) return executed
  if (/预算|决算/.test(label.replace(FUND_NAME, ''))) return ''
  // (a fund's name says 预算, no stage: 政府性基金预算城乡社区支出 of a 决算 is still said as 决算)
  const stage = stageOf(t.doc.scope)
  return stage === '预算' && label.replace(FUND_NAME, '') !== label ? '' : stage
}

/** A money figure in another unit, exact, the printed form beside it: 6512.00万元 → 65,120,000.00元（即6512.00万元）; 元 and 万元 never meet in one sum. */
export function figureIn(f: Figure, unit: string, withPrinted = true): string {
  if (f.fen === undefined || f.amount.unit === unit || !isMoneyUnit(unit)) return figureText(f)
  // into 万元: two decimals for reading, the exact printed figure beside it, never six decimals
  if (unit === '万元' && withPrinted) return `${readingWanText(f.fen)}（${f.text}）`
  const t = moneyText(f.fen, unit)
  return withPrinted ? `${t}（即${f.text}）` : t
}


/**
 * Where a figure comes from is the citation's business (table, row, column, lines), not the sentence's: a plain
 * answer carries no table names, codes or 行/栏 wording. Kept as a function so call sites stay one shape.
 */
export function sourceText(_c: Citation): string {
  return ''
}

export { LIST_NUMBER }

/**
 * A 决算's prose states its 收入/支出 as the year's accounts, and so does a 决算 table's column that is no budget
 * column: the total's 预算 (the concept's name) is said as 决算 there ("收入预算" → "收入决算").
 */
export function accountsLabel(label: string, f: Figure, scope: string): string {
  const accounts = f.citation.kind === 'paragraph' || !/预算/.test(f.citation.column ?? '')
  return accounts && /决算/.test(scope) ? label.replace(/^(收入|支出|政府采购)预算(?:合计)?$/, '$1决算') : label
}

/** A fund's side closed by 合计: 一般公共预算收入合计, 政府性基金预算支出合计. */
const FUND_SIDE_TOTAL = /^(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)(?:收入|支出)合计$/u

/** A row name as the answer names it: the printed row name, or the concept for totals and prose figures. */
export function labelOf(f: Figure, asked: string): string {
  const label = columnAccount(f, printedLabel(f, asked))
  // rule one-fund-named: one fund's part of a subject other funds also print is said with its fund
  const fund = f.fund?.replace(/预算$/, '')
  return fund && !label.includes(fund) && !asked.includes(fund) ? `${f.fund}${label}` : label
}

/** A place's account a table's column group names ("市本级 › 执行数", rule account-columns): said before the label. */
const GROUP_ACCOUNT = /^(?:全[省市区县州旗盟镇乡]|[省市区县州旗盟镇乡]本级)$/u
function columnAccount(f: Figure, label: string): string {
  const path = f.citation.kind === 'row' ? f.citation.column?.split(' › ') : undefined
  const head = path && path.length > 1 ? path[0].trim() : undefined
  return head && GROUP_ACCOUNT.test(head) && !label.includes(head) ? `${head}${label}` : label
}

function printedLabel(f: Figure, asked: string): string {
  // a place's report: the account the prose states it for is said with it ("区本级一般公共预算支出")
  // (read for an account, 县本级, the label says it, printed or asked)
  const said = f.asPrinted ? f.label : asked
  if (f.citation.kind !== 'row') return f.account && !said.includes(f.account) ? `${f.account}${said}` : said
  const row = f.label
  // 本年收入合计 names what it adds (this year's flows, not 总计 with the carry-overs): said as printed
  if (THIS_YEAR_TOTAL.test(row)) return row
  // "一、支出合计" of a 平衡表 (above 转移性支出 and its 总计): a side's own line, named as printed, never "支出预算" of a 决算
  const side = row.replace(LIST_NUMBER, '')
  if (SIDE_TOTAL.test(side)) return side
  // "一般公共预算收入合计" of a place's 收支预算表: the fund's side, named so
  if (FUND_SIDE_TOTAL.test(side)) return side.replace(/合计$/u, '')
  // a total row, or a row that only names its year ("2024年预算数"): the column says what the figure is
  if (/^(?:合计|总计|小计|.*合计|.*总计)$/.test(row) || rowYear({ name: row }) !== undefined) {
    // "其中：基本支出" → 基本支出; "2025年预算数" names no subject
    // ("本年预算数" beside 上年预算数 names none either; 本年支出 of a carry-over table does, below)
    const col = leaf(f.column)?.replace(/^其中[:：]\s*/, '').replace(/^\d{4}年度?/, '').replace(/^本年度?(?=预算数?$|决算数?$)/, '')
    // a flow of a carry-over table (本年支出 beside 年初结转和结余) says which flow of the subject asked
    if (col && /^本年(?:收入|支出)$/.test(col)) return /(?:收入|支出)$/.test(asked) ? asked : asked + col
    // (a stage's column, 年初预算数 or 调整预算数 of a 决算 table, names no subject either)
    return col && !/^(?:合计|总计|小计|(?:年初|调整后?|全年)?预算数?|决算数?|执行数|金额)$/.test(col) ? col : asked
  }
  // the code goes into the citation, not the sentence
  return row.replace(LIST_NUMBER, '')
}

export function joinSentences(parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    // (a quote ending in its own ；or ; closes with 。 in its place, never both)
    .map((p) => (/[。！？\n]$/.test(p) ? p : p.replace(/[；;，,、]$/u, '') + '。'))
    .join('')
}

/** A sentence of the document quoted as printed, cuts marked ……, with the lines it comes from. */
export function quoteOf(e: { sentence: string; quote?: string; reasonQuote?: string; lines?: number[] }): string {
  const q = e.quote ?? e.sentence
  return `${q}${e.reasonQuote ? `${/[。；;]$/.test(q) ? '' : '。'}${e.reasonQuote}` : ''}${e.lines?.length ? linesText(e.lines) : ''}`
}
