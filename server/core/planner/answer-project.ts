import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, orgYear } from './compose.js'
import { projectWords } from './rules/project-ask.js'

/**
 * A project's budget from its own page: "科技创新专项2025年度项目总预算为1720.00万元", and the part asked after 其中.
 * Undefined when no page in scope is named by the question, so the other rules answer.
 */
export function answerProjectPage(inp: HandlerInput): HandlerOutput | undefined {
  const words = projectWords(inp.frame)
  if (!words) return undefined
  const outs = inp.scope.targets.slice(0, 6).flatMap((t) => {
    const r = inp.run.run('find-project-budget', { docId: t.doc.id, ...words })
    if (!r.ok || t.year !== t.doc.year) return []
    inp.run.cite(...r.citations)
    const p = r.projects[0]
    const total = p.total && `${orgYear(t)}“${p.project}”项目总预算为${figureText(p.total)}`
    const part = words.part && (p.part ? `其中${words.part}为${figureText(p.part)}` : `项目说明中没有单独列出“${words.part}”的金额`)
    const quote = [...new Set([p.total, p.part].flatMap((f) => (f?.citation.text ? [f.citation.text.replace(/[。；;]$/, '')] : [])))].join('……')
    return [joinSentences([total ?? `${orgYear(t)}“${p.project}”项目`, part, quote && `原文：${quote}`])]
  })
  return outs.length ? { answer: outs.join('') } : undefined
}
