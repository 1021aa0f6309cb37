import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf, CLAUSE_BREAK } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `plate-asked`: "还挂了什么牌子", "加挂了哪个牌子" — a body merged with another keeps the other's name as a second
 * plate (加挂某某牌子, 挂某某牌子, 与某某合署办公), which its 机构设置 states. The clause that says it, quoted as printed;
 * a document that states none says so.
 */
const ASKED = /挂(?:了)?(?:什么|哪个|哪些|几块|几个)?牌子|加挂|挂牌|几块牌子|合署办公/u
const STATED = /(?:加挂|挂)([^，,。；;]{2,30}?)(?:的)?牌子|([^，,。；;]{2,30}?)合署办公/u

export function answerPlate(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!ASKED.test(text) || !targets.length) return undefined
  const outs = targets.slice(0, 6).map((t) => {
    for (const p of t.doc.paragraphs) {
      for (const s of sentencesOf(p.text)) {
        const m = STATED.exec(s.text)
        if (!m) continue
        const clause = s.text.split(CLAUSE_BREAK).find((c) => STATED.test(c)) ?? s.text
        const c = paragraphCitation(t.doc, p, clause.trim())
        run.cite(c)
        const name = m[1] ? `加挂“${m[1].trim()}”牌子` : `与${m[2].trim()}合署办公`
        return { text: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明${name}。原文：“${c.text ?? clause.trim()}”`, found: true }
      }
    }
    return { text: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件中没有写明加挂的牌子。`, found: false }
  })
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
