import { compactText } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences } from '../compose.js'
import { inTitleOrder, WHOLE_WORDS } from './title-subject-total.js'
import { operandOf } from '../operands.js'

/** The levels of government a sum of money comes from, as a notice splits it: 中央, 省级, 市级, 区本级, 自筹. */
const LEVEL = '(?:中央|省级|市级|州级|县级|区级|旗级|镇级|乡级|[省市州县区旗镇乡]本级|本级|上级|自筹)'
/** "中央和省级各多少", "中央、市级、区本级分别是多少": two or more levels, then each asked. */
const LEVELS_ASKED = new RegExp(`(?<levels>${LEVEL}(?:(?:财政)?(?:资金)?\\s*[和与及、,，]\\s*${LEVEL})+)(?:财政)?(?:资金)?(?:的)?(?:各|分别)`, 'u')
const LEVEL_WORD = new RegExp(LEVEL, 'gu')
/** "中央资金占比多少", "省级占多大比例": one level's share of the sum. */
const LEVEL_SHARE = new RegExp(`(?<levels>${LEVEL})(?:财政)?(?:资金)?(?:的)?(?:占比|所?占的?比[例重]|占(?:了)?(?:多少|多大|几|百分))`, 'u')

/** Words around the subject that name no part of it: the batch (这次, 这批), where it sits (里, 中), the ask's verbs. */
const AROUND = /^(?:[这那此该本](?:次|批|笔))|(?:里面|当中|之中|里|中|的)$/gu

/**
 * Rule `level-parts`: a sum of money the prose splits by the level it comes from ("安排某项目资金3558.83万元(其中:中央
 * 财政衔接资金2825万元、省级财政衔接资金733.83万元)", "本次…资金分配2184.13万元,其中:中央资金39.23万元,市级资金…"),
 * asked level by level ("某项目资金中央和省级分别多少"): each level's amount from the one paragraph that names the subject
 * (or, for the subject the document's own title names, the paragraph stating its whole, 共计…). Every level asked is read
 * from that same paragraph, or nothing is answered.
 */
export function answerLevelParts(inp: HandlerInput, question: string): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  const share = frame.op === 'share' ? LEVEL_SHARE.exec(question) : undefined
  const m = share ?? LEVELS_ASKED.exec(question)
  if (!m) return undefined
  const levels = [...new Set(m.groups!.levels.match(LEVEL_WORD) ?? [])]
  if (levels.length < (share ? 1 : 2)) return undefined
  // the subject: the question's words before the levels, past its organisation and year
  const orgEnd = Math.max(0, ...frame.orgs.filter((o) => o.end <= m.index).map((o) => o.end))
  const subject = compactText(question.slice(orgEnd, m.index)).replace(/^(?:(?:19|20)\d{2}年?度?|\d{2}年度?)/u, '').replace(AROUND, '').replace(AROUND, '')
  if (subject.length < 2) return undefined
  const core = subject.replace(/(?:资金|经费)$/u, '')
  const title = compactText(t.doc.title)
  const near = core.length >= 4 && inTitleOrder(title, core) ? [...WHOLE_WORDS] : [core]
  // the paragraph that names the subject (with the one before it: "(其中:…)" may open its own) and every level asked
  const paras = t.doc.paragraphs
  const levelsIn = (text: string) => levels.every((l) => text.includes(l))
  const anchor = paras.find((p, i) => levelsIn(compactText(p.text)) && near.some((w) => compactText(`${paras[i - 1]?.text ?? ''}${p.text}`).includes(w)))
  if (!anchor) return undefined
  const figures: Figure[] = []
  for (const level of levels) {
    // (a level is a word of the sentence, never the account asked: 区本级资金 is one source of the money)
    const r = run.run('find-prose-figure', { docId: t.doc.id, name: level, asPrinted: true, paragraphId: anchor.id, account: undefined })
    if (!r.ok) return undefined
    figures.push(r.figures[0])
  }
  if (share) return levelShare(inp, t, anchor.id, near, subject, levels[0], figures[0])
  run.cite(...figures.map((f) => f.citation))
  const each = figures.map((f, i) => `${levels[i]}${figureText(f)}`).join('，')
  return { answer: joinSentences([`${t.doc.org}${t.doc.year}年文件写明，${subject}中${each}`, `原文：“${figures[0].citation.text}”`]) }
}

/**
 * One level's share of the sum the same paragraph states (its 共计, or the subject's own amount there): computed, and
 * said to be computed.
 */
function levelShare(inp: HandlerInput, t: HandlerInput['scope']['targets'][number], paragraphId: string, near: string[], subject: string, level: string, part: Figure): HandlerOutput | undefined {
  const { run } = inp
  const whole = near.map((name) => run.run('find-prose-figure', { docId: t.doc.id, name, asPrinted: true, paragraphId, account: undefined })).find((r) => r.ok)
  const w = whole?.ok ? whole.figures[0] : undefined
  if (!w || w.fen === undefined || part.fen === undefined || part.fen > w.fen || w.citation.paragraphId !== paragraphId) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(part), operandOf(w)] })
  if (!r.ok) return undefined
  run.cite(part.citation, w.citation)
  return { answer: joinSentences([`${t.doc.org}${t.doc.year}年文件写明，${subject}${figureText(w)}，其中${level}${figureText(part)}，占${r.result.text}（${figureText(part)} ÷ ${figureText(w)}，计算得出）`, `原文：“${part.citation.text}”`]) }
}
