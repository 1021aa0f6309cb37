import type { Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { quotedSentence } from '../../tools/lib/citation.js'
import { proseSentences } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** A place's standing asked: 排第几, 排名第几, 第几位, 排在哪, 名次. */
const RANK_ASKED = /排(?:名|在)?第?几|第几(?:位|名)|排(?:在)?哪|排名(?:怎么样|如何|情况|多少)|名次|位次/u
/** A standing the prose states, one clause: "收入增幅全省排名第6位", "在滇中四州市中处于第2位", "位居全市第7位". */
const RANK_STATED = /(?:排名|排在|排|位居|居于|居|处于|列)[^，,。；;]{0,8}?第[一二三四五六七八九十\d]{1,3}(?:位|名)/u
/** Where the standing is counted, as the question says it: the words after 在 and before 里/中 ("在滇中四州市里"), or 全省/全市… */
const AMONG = /在([\p{Script=Han}\d]{2,10}?)(?:里|中|内|之中|当中)?(?=排|第|处于|位居)|(全(?:国|省|市|州|区|县|盟))/u
/** Sides of a place's account a standing is stated for. */
const SIDES = ['收入', '支出'] as const

/**
 * Rule `stated-rank`: a standing asked of a named document ("楚雄州收入增幅在全省排第几", "在滇中四州市里排第几") is the
 * clause of its prose stating one ("收入增幅全省排名第6位"), in the sentence part about the side asked (收入 or 支出), the
 * one naming where it is counted if the question says; quoted with the clause before it when that one names the side.
 * Undefined when the prose states no standing: the other readers go on.
 */
export function answerStatedRank(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  // (one standing: two asked together, "…和…的增幅分别排第几", are the other readers' to quote)
  if (targets.length !== 1 || !RANK_ASKED.test(text) || /分别|各自|各是|各排/u.test(text)) return undefined
  const t = targets[0]
  const q = compactText(text)
  const side = SIDES.filter((s) => q.includes(s))
  const among = AMONG.exec(q)
  const where = among ? (among[1] ?? among[2]).replace(/^的/u, '') : undefined
  let best: { score: number; p: Paragraph; quote: string } | undefined
  for (const x of proseSentences(t.doc)) {
    if (!RANK_STATED.test(x.s)) continue
    // the sentence's parts (；), each about one side; then its clauses (，)
    for (const part of x.s.split(/[；;]/u)) {
      const clauses = part.split(/[，,]/u)
      const sideOk = side.length !== 1 || (part.includes(side[0]) && !part.startsWith(SIDES.find((s) => s !== side[0])!))
      if (!sideOk) continue
      for (const [k, clause] of clauses.entries()) {
        if (!RANK_STATED.test(clause)) continue
        const c = compactText(clause)
        const score = (where && c.includes(where) ? 10 : where && where.length >= 4 && c.includes(where.slice(0, 2)) ? 5 : 0) + (side.length === 1 && c.includes(side[0]) ? 2 : 0)
        // (the clause before it names what stands so when this one does not: "收入增幅全省排名第6位,在滇中四州市中处于第2位")
        const lead = k > 0 && !SIDES.some((s) => c.includes(s)) && RANK_STATED.test(clauses[k - 1]) ? `${clauses[k - 1]}，` : ''
        if (!best || score > best.score) best = { score, p: x.p, quote: `${lead}${clause}`.trim() }
      }
    }
  }
  if (!best || (where && best.score < 5)) return undefined
  const { cite, quote } = quotedSentence(t.doc, best.p, best.quote)
  run.cite(cite)
  return { answer: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明：${quote}。` }
}
