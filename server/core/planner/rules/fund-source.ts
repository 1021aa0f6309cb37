import type { TableKind } from '../../schema.js'
import type { Figure } from '../../tools/lib/figure.js'
import { figureText } from '../compose.js'
import { FUND_TABLES } from './fiscal-part.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "钱从哪来", "资金来源是什么", "用的什么钱", "哪类资金安排的". */
const SOURCE_ASK = /(?:钱|资金|经费)(?:是|都)?从哪(?:里|儿)?来|(?:钱|资金|经费)的?来源|来源(?:是|于)?(?:什么|哪)|(?:用|花)的(?:是)?(?:什么|哪(?:类|种|项|块))(?:钱|资金)|(?:什么|哪(?:类|种|项|块))(?:钱|资金|预算)(?:安排|列支|支出)/u

export const fundSourceAsked = (question: string) => SOURCE_ASK.test(question)

/** The fund each fund table (rule fiscal-part's FUND_TABLES) spends. */
const FUND_OF: Partial<Record<TableKind, string>> = {
  'general-spending': '一般公共预算财政拨款',
  'gov-fund': '政府性基金预算财政拨款',
  'state-capital': '国有资本经营预算财政拨款',
}

/**
 * Rule `fund-source`: "这笔支出钱从哪来" of a subject row is told by the fund tables that list the same row (by code,
 * else by its printed name) with an amount: a subject in the 政府性基金 table is paid from that fund. A fund table
 * listing it at 0 or not at all says nothing; none listing it leaves the question to the figure alone.
 */
export function fundSourceText(run: ToolRunner, t: Target, f: Figure): string | undefined {
  if (t.year !== t.doc.year || (!f.code && !f.label)) return undefined
  const found: { fund: string; g: Figure }[] = []
  for (const tableKind of FUND_TABLES) {
    const fund = FUND_OF[tableKind] ?? tableKind
    const r = run.run('get-figure', f.code ? { docId: t.doc.id, code: f.code, tableKind } : { docId: t.doc.id, name: f.label, asPrinted: true, tableKind })
    const g = r.ok ? r.figures[0] : undefined
    if (g?.fen) found.push({ fund, g })
  }
  if (!found.length) return undefined
  run.cite(...found.map(({ g }) => g.citation))
  const all = found.length === 1 && found[0].g.fen === f.fen ? '全部' : ''
  const each = found.map(({ fund, g }) => `${fund}安排${figureText(g)}（《${g.citation.tableTitle ?? fund}》${g.column ? `“${g.column}”栏` : ''}）`)
  return `资金来源：${all ? `${all}由` : '其中'}${each.join('，')}`
}
