import { compactText } from '../../search/normalize-text.js'
import { quotedSentence } from '../../tools/lib/citation.js'
import { proseSentences } from '../../tools/lib/prose.js'
import { foldMeaning } from '../../read/meaning-view.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** A rate asked by its name: the Han words before 率 ("预算执行率", "资金支出率", "支出及时率"). */
const RATE_WORDS = /\p{Script=Han}{1,9}率/gu
/** Rates too generic to name one figure (every item has its 增长率, 完成率): left to the change and share readers. */
const GENERIC = /^(?:增长|比|占比|完成|执行|增|降|下降|上升|利|税|费|减少|增加|降低|增减|变动)率$/u
/** The printed rate after its name: "预算执行率100%", "资金支出率≥98%", "执行率为95.28%", "达到98%". */
const RATE_AFTER = /^\s*(?:目标)?\s*(?:为|达到|达|是|约|要求)?\s*(?<op>[≥≤>＜<＞=]|不低于|不少于|不高于|达到)?\s*(?<n>\d+(?:\.\d+)?)\s*[%％]/u

/**
 * Rule `named-rate`: a rate asked by its own name (预算执行率, 资金支出率, 支出及时率) of one named document is the
 * percentage its prose prints right after that name, quoted with its sentence and its comparison (≥98%); never an
 * amount of money (the 支出 of 支出及时率 is no 支出预算). Undefined when the prose prints no such rate: the other
 * readers go on. The longest name of the question the prose prints is the rate asked (预算执行率 before 执行率).
 */
export function answerNamedRate(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (targets.length !== 1) return undefined
  const q = compactText(foldMeaning(text))
  const names = new Set<string>()
  for (const m of q.matchAll(RATE_WORDS)) for (let i = 0; i + 3 <= m[0].length; i++) names.add(m[0].slice(i))
  const asked = [...names].filter((n) => !GENERIC.test(n)).sort((a, b) => b.length - a.length)
  if (!asked.length) return undefined
  const t = targets[0]
  // (each sentence read once, then looked through for each name, longest first)
  const sentences = proseSentences(t.doc)
  for (const name of asked) {
    for (const x of sentences) {
      const at = x.c.indexOf(name)
      const m = at < 0 ? undefined : RATE_AFTER.exec(x.c.slice(at + name.length))
      if (!m) continue
      const { cite, quote } = quotedSentence(t.doc, x.p, x.s)
      run.cite(cite)
      return { answer: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明${name}为${m.groups!.op ?? ''}${m.groups!.n}%。原文：${quote}。` }
    }
  }
  return undefined
}
