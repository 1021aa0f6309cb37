import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureIn } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** A counted group of places a report goes through: 41个县, 59个区, 100个县区, 16个市 (the count and the level word). */
const GROUP = /(\d{1,4})个(?:县(?:级市)?|区|市|县区|县市|县\(市\)区|县（市）区|乡镇|镇|乡|街道|旗|州|盟)/gu

/** The counted groups a text names, as printed, each once. */
const groupsIn = (text: string) => [...new Set([...compactText(text).matchAll(GROUP)].map((m) => m[0]))]

/**
 * A group's stretch of the report: from the paragraph that opens it ("在59个区收支完成情况上，…") up to the next paragraph
 * naming another group; a paragraph naming several groups at once (the whole's, "100个县区(含41个县…、59个区)") opens
 * none of them.
 */
function stretchOf(doc: BudgetDocument, group: string): Paragraph[] {
  const ps = doc.paragraphs.filter((p) => !p.heading)
  const start = ps.findIndex((p) => { const g = groupsIn(p.text); return g.length === 1 && g[0] === group })
  if (start < 0) return []
  const out = [ps[start]]
  for (const p of ps.slice(start + 1)) {
    if (groupsIn(p.text).length) break
    out.push(p)
  }
  return out
}

/**
 * Rule `counted-group`: a report going through groups of its places ("在41个县收支完成情况上…", "在59个区…"), asked a
 * figure of one group ("辽宁59个区一季度一般公共预算支出是多少"): the figure stated in that group's stretch, never the
 * whole's nor another group's (the whole's 634.5亿元 was given for the 59个区 before), quoted with its sentence (the
 * change it states with it). A group the report has no stretch for, or no such figure in it: not found, said so.
 */
export function answerCountedGroup(run: ToolRunner, frame: QuestionFrame, text: string, targets: Target[]): HandlerOutput | undefined {
  const asked = groupsIn(text)
  // the subject asked: a term read, else the words no term read after the group ("59个区非税收入": 个区 is the group's)
  const unread = frame.unknown?.replace(/^个?(?:县(?:级市)?|区|市|县区|县市|乡镇|镇|乡|街道|旗|州|盟)/u, '')
  // (a share's part is the words no term read, "41个县税收占…": the term read is its whole)
  const name = frame.op === 'share' && unread ? unread : frame.concepts[0]?.name ?? unread
  const surface = frame.concepts[0]?.surface ?? name
  // (a figure, its change, or its share as the stretch prints it)
  if (asked.length !== 1 || targets.length !== 1 || !name || name.length < 2 || !['lookup', 'change', 'growth', 'share'].includes(frame.op)) return undefined
  const t = targets[0]
  // (the whole's own count, "100个县区", names the whole: the other readers' question)
  const groups = new Set(t.doc.paragraphs.flatMap((p) => groupsIn(p.text)))
  if (!groups.has(asked[0]) || groups.size < 3) return undefined
  const stretch = stretchOf(t.doc, asked[0])
  if (!stretch.length) return undefined
  if (frame.op === 'share') return printedShare(run, t, stretch, asked[0], name)
  for (const p of stretch) {
    const r = run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'money', paragraphId: p.id })
    if (!r.ok) continue
    const f = r.figures[0]
    run.cite(f.citation)
    const head = `${t.doc.org}${t.doc.year ? `${t.doc.year}年` : ''}${t.doc.scope}文件中，${asked[0]}的${f.label ?? name}为${figureIn(f, f.amount.unit)}`
    return { answer: `${head}。原文：“${f.citation.text ?? ''}”。` }
  }
  return { answer: `${t.doc.org}的文件写到了${asked[0]}的情况，但没有写明${asked[0]}的“${surface}”。`, notFound: true }
}

/** A share printed after the part's name in its clause: "税收收入完成95.1亿元,增长19.9%,占一般公共预算收入的63%". */
const SHARE_PRINTED = /占([^，,。；;\d]{2,20}?)的?(?:比重|比例)?(?:为|是)?(\d+(?:\.\d+)?)\s*[%％]/u

/** The group's share as its stretch prints it, its sentence quoted; undefined when none does (the other readers go on). */
function printedShare(run: ToolRunner, t: Target, stretch: Paragraph[], group: string, name: string): HandlerOutput | undefined {
  // (税收 of 税收收入: the part's name as the question says it, or its first two characters' word)
  const part = compactText(name).replace(/占.*$/u, '')
  for (const p of stretch) {
    for (const sentence of p.text.split(/[。；;]/u)) {
      // (the part's words as printed, else its first word: 民生 of "与民生密切相关的支出")
      const at = sentence.includes(part) ? sentence.indexOf(part) : sentence.indexOf(part.slice(0, 2))
      if (at < 0) continue
      const m = SHARE_PRINTED.exec(sentence.slice(at))
      if (!m) continue
      run.cite(paragraphCitation(t.doc, p, sentence.trim()))
      return { answer: `${t.doc.org}${t.doc.year ? `${t.doc.year}年` : ''}${t.doc.scope}文件写明，${group}的${part}占${m[1]}的${m[2]}%。原文：“${sentence.trim()}”。` }
    }
  }
  return undefined
}
