import type { Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { LIST_NUMBER } from '../../tools/lib/list-number.js'
import { quotedSentence } from '../../tools/lib/citation.js'
import { proseSentences, type ProseSentence } from '../../tools/lib/prose.js'
import { foldMeaning } from '../../read/meaning-view.js'
import { sectionYear } from '../../tools/lib/section-year.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "收支平衡了吗", "最后平衡了没有", "是否实现收支平衡", "平不平衡" */
const BALANCE_ASKED = /平衡(?:了)?(?:吗|没有|没|不)|是否(?:实现|做到|保持)?(?:收支)?平衡|平不平衡|能否平衡/u
/** The accounts a report balances, each its own sentence: the one asked is the one named. */
const FUNDS = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算']

/**
 * Rule `balance-asked`: whether an account balances (一般公共预算收支平衡了吗) is what the report says of it: the
 * sentence saying so ("收支相抵,全区一般公共预算保持平衡"), quoted with its lines, of the account asked when one is
 * named (its short name, 政府性基金, is enough), of the year asked (a report's part on the year before for that year).
 * Undefined when no sentence of the documents says 平衡.
 */
export function answerBalance(run: ToolRunner, text: string, targets: Target[], dated: boolean): HandlerOutput | undefined {
  const q = compactText(foldMeaning(text))
  if (!BALANCE_ASKED.test(q) || !targets.length || targets.length > 2) return undefined
  const fund = FUNDS.find((f) => q.includes(f) || q.includes(f.replace(/预算$/u, '')))
  const outs: string[] = []
  for (const t of targets) {
    // (the year asked: a report's part of the year before states that year's balance, its draft part the next one's)
    // (undated, a report's own year first, then any part of it)
    const yearOf = (p: Paragraph) => sectionYear(t.doc, p)?.year
    const passes = t.year === t.doc.year && !dated
      ? [(p: Paragraph) => yearOf(p) === undefined || yearOf(p) === t.doc.year, () => true]
      : [(p: Paragraph) => (t.year === t.doc.year ? yearOf(p) === undefined || yearOf(p) === t.doc.year : yearOf(p) === t.year)]
    // (another account named in the paragraph is that account's balance)
    const accountOk = (p: Paragraph) => {
      const para = compactText(foldMeaning(p.text))
      return fund ? para.includes(fund.replace(/预算$/u, '')) : !FUNDS.some((f) => para.includes(f.replace(/预算$/u, '')) && !para.includes('一般公共'))
    }
    // (a label of its own, "3．收支平衡情况。", says nothing of it)
    const says = (x: ProseSentence) => /平衡/u.test(x.c) && !/平衡表/u.test(x.c) && x.c.replace(LIST_NUMBER, '').length > 12
    const sentences = proseSentences(t.doc).filter(says)
    let hit: ProseSentence | undefined
    for (const ofYear of passes) {
      hit = sentences.find((x) => ofYear(x.p) && accountOk(x.p))
      if (hit) break
    }
    if (!hit) continue
    const { cite, quote } = quotedSentence(t.doc, hit.p, hit.s)
    run.cite(cite)
    outs.push(`${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明：${quote}。`)
  }
  return outs.length ? { answer: outs.join('') } : undefined
}
