import { meaningParagraphs } from '../../tools/lib/prose-may-hold.js'
import { longestShared } from '../../tools/lib/name-match.js'
import { MONEY_RE, sentencesOf } from '../../tools/lib/prose.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { askedWords } from './asked-words.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { operandOf } from '../operands.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** Verbs of money moved that a notice states with the amount moved: 收到, 拨付, 下达, 到位… */
const VERB = /收到|拨付|下达|分配|到位|支付|投入|争取|筹集|发放|兑付|落实|调入|调出/u
/** Every amount of a sentence. */
const MONEY_ALL = new RegExp(MONEY_RE.source, 'gu')
/** Where a clause ends. */
const CLAUSE_CUT = /[，,；;：:。（）()]/u
/** The ask's own words and the doer's: 多少, 已经, 了, 财政… */
const ASK_WORDS = /请问|多少钱|是多少|多少|几|一共|总共|累计|共计|已经|财政|部门|我县|我市|我区|[是为的了吗呢已共有]/gu
/** A share asked of two things moved: "A占B的比例". */
const SHARE_ASKED = /占(.+?)的?(?:比例|比重|百分比|百分之几|百分之多少|多少%|几成)/u
/** Fewest characters of the thing moved the sentence must share with the question (its whole when shorter). */
const MIN_SHARED = 4

/** What a question asks moved: its verb and the words of the thing (the organisation, years and ask words aside). */
function movedAsked(words: string): { verb: string; thing: string } | undefined {
  const verb = VERB.exec(words)?.[0]
  if (!verb) return undefined
  const thing = words.replace(verb, '|').replace(ASK_WORDS, '|').split('|').filter((w) => w.length >= 2).join('|')
  return thing ? { verb, thing } : undefined
}

/**
 * The one amount the document states right after the verb asked and the thing moved, in one clause ("财政部门已拨付专项资金
 * 244.05万元" for "已经拨付了多少…专项资金"): read by the prose tool under the clause's own words (from the verb on).
 */
function movedFigure(run: ToolRunner, t: Target, asked: { verb: string; thing: string }): Figure | undefined {
  const texts = meaningParagraphs(t.doc)
  let best: { words: string; shared: number; amount: string } | undefined
  let tie = false
  for (const [i, p] of t.doc.paragraphs.entries()) {
    if (p.heading) continue
    for (const s of sentencesOf(texts[i])) {
      for (const m of s.text.matchAll(MONEY_ALL)) {
        const clause = s.text.slice(0, m.index).split(CLAUSE_CUT).pop() ?? ''
        const at = clause.indexOf(asked.verb)
        if (at < 0) continue
        // (the thing may stand before its verb, "从政府性基金调入8557万元": the words from the earlier of the two)
        const runs = asked.thing.split('|').map((w) => longestShared(w, clause)).filter((r, i) => r.length >= Math.min(MIN_SHARED, asked.thing.split('|')[i].length))
        if (!runs.length) continue
        const run0 = runs.reduce((a, b) => (b.length > a.length ? b : a))
        const shared = run0.length
        const before = clause.lastIndexOf(run0, at)
        const words = clause.slice(before >= 0 && at - (before + run0.length) <= 2 ? before : at)
        if (!best || shared > best.shared) { best = { words, shared, amount: m[0] }; tie = false }
        else if (shared === best.shared && m[0] !== best.amount) tie = true
      }
    }
  }
  if (!best || tie) return undefined
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: best.words, kind: 'money' })
  const f = r.ok ? r.figures[0] : undefined
  return f && `${f.amount.text}${f.amount.unit}` === best.amount ? f : undefined
}

/**
 * Rule `verb-amount`: money asked by what was done with it ("已经拨付了多少彩票公益金专项资金", "收到多少彩票公益金"), of one
 * document whose prose states it so (a notice of funds received and paid out): the amount right after that verb and
 * the thing, one such clause only; "A占B的比例", each moved thing read so, is computed and said to be. Undefined
 * otherwise: nothing is guessed.
 */
export function verbAmount(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope, run } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  if (t.year !== t.doc.year) return undefined
  const q = askedWords(frame, '|').replace(/[？?！!。]+$/u, '')
  const share = SHARE_ASKED.exec(q)
  if (share) {
    const [part, whole] = [movedAsked(q.slice(0, share.index)), movedAsked(share[1])]
    const [a, b] = [part && movedFigure(run, t, part), whole && movedFigure(run, t, whole)]
    if (!a || !b || a.fen === undefined || b.fen === undefined || a.fen > b.fen) return undefined
    const r = run.run('compute', { op: 'share', operands: [operandOf(a), operandOf(b)] })
    if (!r.ok) return undefined
    run.cite(a.citation, b.citation)
    const [na, nb] = [a, b].map((x) => x.label)
    return { answer: joinSentences([`${orgYear(t)}文件中，“${na}”占“${nb}”的${r.result.text}（${figureText(a)} ÷ ${figureText(b)}；由文件所列两数计算得出，文件本身没有写这个比例）`, `原文：${a.citation.text}`, b.citation.text !== a.citation.text ? `原文：${b.citation.text}` : undefined]) }
  }
  if (frame.op !== 'lookup') return undefined
  const asked = movedAsked(q)
  const f = asked && movedFigure(run, t, asked)
  if (!f) return undefined
  run.cite(f.citation)
  return { answer: joinSentences([`${orgYear(t)}文件写明“${f.label}”为${figureText(f)}`, `原文：${f.citation.text}`]) }
}
