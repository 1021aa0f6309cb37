import type { ColumnRole } from '../../schema.js'
import { COLUMN_WORD } from '../answer-row-columns.js'
import { quotedSentence } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'
import { unitForms, type MemberUnitHit } from './member-unit-asked.js'
import type { ToolRunner } from '../tool-runner.js'

/** An amount right after its word in the unit's clause ("人员经费1008.14万元", "公用经费：113.70万元"). */
const amountAfter = (word: string) => new RegExp(`${word}(?:为|是|[:：])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)`, 'u')

/**
 * Rule `unit-prose-columns`: columns of a department's unit that no per-unit table prints (人员经费, 公用经费 of one
 * school) are read from the prose's clause on that unit ("椋川县实验小学基本支出1121.84万元（人员经费1008.14万元，公用
 * 经费113.70万元）"): each amount after its word within the unit's clause (up to its ；or 。), quoted with its lines,
 * never the unit's table total. Undefined unless every column asked is stated so.
 */
export function unitProseColumns(run: ToolRunner, hit: MemberUnitHit, roles: ColumnRole[]): HandlerOutput | undefined {
  const words = roles.map((r) => COLUMN_WORD[r]).filter((w): w is string => !!w)
  if (!words.length || words.length !== roles.length) return undefined
  const forms = unitForms(hit)
  for (const p of hit.doc.paragraphs) {
    if (p.heading) continue
    const text = p.text
    for (const form of forms) {
      let at = text.indexOf(form)
      while (at >= 0) {
        // the unit's clause: from its name to the next ；or 。 (brackets kept: "（人员经费…，公用经费…）")
        const end = text.slice(at).search(/[；;。]/u)
        const clause = end < 0 ? text.slice(at) : text.slice(at, at + end)
        const found = words.map((w) => amountAfter(w).exec(clause))
        if (found.every(Boolean)) {
          const { cite, quote } = quotedSentence(hit.doc, p, clause)
          run.cite(cite)
          const parts = found.map((m, i) => `${words[i]}为${m![1]}${m![2]}`)
          return { answer: joinSentences([`${hit.doc.org}${hit.doc.year}年${hit.doc.scope}的文字说明中，${hit.unit}${parts.join('，')}（原文：${quote}）`]) }
        }
        at = text.indexOf(form, at + form.length)
      }
    }
  }
  return undefined
}
