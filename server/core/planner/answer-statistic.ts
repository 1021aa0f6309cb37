import type { RowSummary } from '../tools/find-rows.js'
import type { Figure } from '../tools/lib/figure.js'
import { verbatimQuote } from '../tools/lib/verbatim.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, orgYear } from './compose.js'
import { otherYearOfFinal, type Target } from './resolve-scope.js'
import { asksAbroad, inAbroadClause } from './rules/abroad-clause.js'
import { countAfterSubject, statisticAsks, statisticCore, statisticFit, type StatisticAsk } from './rules/statistic-ask.js'

const MAX_ROWS = 100

/** Rows of the 三公 tables that count (批次, 人, 辆…) rather than spend. */
function statisticRows(inp: HandlerInput, t: Target): RowSummary[] {
  const r = inp.run.run('find-rows', { docId: t.doc.id, tableKind: 'three-public', limit: MAX_ROWS })
  return r.ok ? r.rows.filter((row) => row.cells.some((c) => c.unit && !/元$/.test(c.unit))) : []
}

/** The rows answering one ask: those in a unit it allows that name its subject best (all of them on a tie). */
function rowsFor(rows: RowSummary[], ask: StatisticAsk): RowSummary[] {
  const fit = rows.map((row) => ({ row, n: row.cells.some((c) => c.unit && ask.units.includes(c.unit)) ? statisticFit(row.name, ask.subject) : 0 }))
  const best = Math.max(0, ...fit.map((f) => f.n))
  return best ? fit.filter((f) => f.n === best).map((f) => f.row) : []
}

/**
 * "计划公务接待多少批次、多少人": the statistic rows of the 三公 table (公务接待批次, 公务接待人数) in the year asked.
 * Undefined when no ask names a statistic row, so the prose counts (编制, 车辆) answer instead.
 */
export function answerStatisticRows(inp: HandlerInput): HandlerOutput | undefined {
  const asks = statisticAsks(inp.frame)
  // (an ask with no subject words before its count, "分别有几辆公车", names nothing to read: the prose counts answer)
  if (!asks.length || asks.some((a) => !a.subject.replace(/(?:各|分别|都|均)+$/u, '').trim())) return undefined
  const outs = inp.scope.targets.slice(0, 6).flatMap((t) => {
    const rows = statisticRows(inp, t)
    const figures: Figure[] = []
    for (const row of asks.flatMap((a) => rowsFor(rows, a))) {
      if (figures.some((f) => f.rowId === row.rowId)) continue
      const r = inp.run.run('get-figure', { rowId: row.rowId, year: t.year !== t.doc.year ? t.year : undefined })
      if (r.ok) figures.push(r.figures[0])
    }
    if (!figures.length) {
      const said = inProse(inp, t, asks)
      // several organisations asked: one that prints no such row is read from its prose, or said to state none
      return said.length || inp.scope.targets.length < 2 ? said : [proseCountOf(inp, t, asks[0])]
    }
    inp.run.cite(...figures.map((f) => f.citation))
    return [joinSentences([`${orgYear(t)}“三公”经费表列出：${figures.map((f) => `${statisticCore(f.label)}${figureText(f)}`).join('；')}`])]
  })
  return outs.length ? { answer: outs.join('') } : undefined
}

/** Units only the statistic reading knows; counts in 人, 个, 辆 are the prose counts' (编制, 科室, 车辆). */
const STATISTIC_ONLY = new Set(['批次', '批', '人次', '次'])

const OF_WHICH = /^\s*其中/

/** The counts the prose states right after the subject ("国内公务接待41批次,287人次"), one sentence for all asks. */
function inProse(inp: HandlerInput, t: Target, asks: StatisticAsk[]): string[] {
  const subject = asks[0].subject
  // (rule count-own-year: another year's events, read through the 决算 of the year after, are not in its prose)
  if (otherYearOfFinal(t)) return []
  if (asks.some((a) => a.subject !== subject) || !asks.some((a) => STATISTIC_ONLY.has(a.asked))) return []
  const r = inp.run.run('search-text', { docId: t.doc.id, query: subject, mustContain: [subject], limit: 5 })
  if (!r.ok) return []
  const stated = r.hits.flatMap((h, i) => h.sentences.flatMap((s, k) => {
    const counts = asks.map((a) => countAfterSubject(s, subject, a.units))
    // a sentence opening 其中 is quoted with the one before it: what it is part of (公务接待费…。其中：国内公务接待…)
    const quoted = OF_WHICH.test(s) && k > 0 ? h.sentences[k - 1] + s : s
    return counts.some((c) => !c) ? [] : [{ i, h, s, quoted, counts }]
  }))
  // rule abroad-clause: the domestic line's counts unless the question asks about abroad
  const abroad = asksAbroad(inp.frame.text)
  const pick = stated.find((x) => inAbroadClause(x.s, subject) === abroad) ?? stated[0]
  if (!pick) return []
  // the citation quotes the sentence the counts were read from, as printed
  const c = { ...r.citations[pick.i], text: verbatimQuote(pick.h.printed ?? pick.h.text, pick.quoted) ?? pick.s }
  inp.run.cite(c)
  return [joinSentences([`${orgYear(t)}${subject}：${pick.counts.map((n) => `${n!.text}${n!.unit}`).join('，')}`, `原文：${c.text}`])]
}

/** One organisation's count as its prose states it ("…公务用车购置数及保有量分别为1辆和130辆"), or a plain not-found. */
function proseCountOf(inp: HandlerInput, t: Target, ask: StatisticAsk): string {
  // (the asking words after it are not the subject's: "保有量各是多少辆")
  const subject = ask.subject.replace(/(?:各|分别|都|均)+$/u, '')
  if (otherYearOfFinal(t)) return `${orgYear(t)}文件中没有找到${subject}的数字。`
  const r = inp.run.run('find-prose-figure', { docId: t.doc.id, name: subject, kind: 'count', unit: ask.asked })
  const f = r.ok ? r.figures[0] : undefined
  if (!f) return `${orgYear(t)}文件中没有找到${subject}的数字。`
  inp.run.cite(f.citation)
  return joinSentences([`${orgYear(t)}${subject}：${figureText(f)}`, `原文：${f.citation.text ?? ''}`])
}
