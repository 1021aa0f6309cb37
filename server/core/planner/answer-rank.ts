import { DONE_WORDS } from '../lexicon/stage-words.js'
import { GRAND_ASKED } from './figure-for.js'
import { compactText } from '../search/normalize-text.js'
import type { ChartBar } from '../schema.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { answerLookup, askedName } from './answer-lookup.js'
import { figureText, joinSentences, labelOf } from './compose.js'
import { operandOf } from './operands.js'
import { orgOwnYears } from './rules/org-own-year.js'
import { answerExecutedYear, executedTableYear } from './rules/executed-year.js'

/** A year, then the stage its figure is asked at: 24年执行数, 2025年预算数, 2023年决算. */
const YEAR_STAGE = new RegExp(`(?:19|20)?\\d{2}年度?(${DONE_WORDS}|预算)`, 'gu')

/** Rank or compare one subject across organisations (or years); money normalised, 万元 shown beside 元. */
export function answerRank(inp: HandlerInput): HandlerOutput {
  const { run, frame, scope } = inp
  const subject = frame.concepts[0]
  const byYears = frame.orgs.length <= 1 && frame.years.length + (frame.baseYear ? 1 : 0) >= 2
  const orgs = frame.orgs.length ? frame.orgs.map((m) => m.text) : scope.named ? [...new Set(scope.targets.map((t) => t.doc.org))] : undefined
  const years = byYears ? [...frame.years, ...(frame.baseYear ? [frame.baseYear] : [])] : frame.years.length ? frame.years : undefined
  // rule org-own-year: each organisation named with its own year is compared in that year only
  const own = orgOwnYears(frame)
  const pairs = own ? frame.orgs.map((m, i) => ({ org: m.text, year: own[i] })) : undefined
  // rule year-own-stage: each year asked with a stage of its own ("24年执行数和25年预算数"): each year's figure of that year's
  // column, never one stage's column asked of both (the budget year has no 执行数)
  const stages = byYears ? new Set([...compactText(frame.text).matchAll(YEAR_STAGE)].map((m) => (/预算/u.test(m[1]) ? 'plan' : 'done'))) : undefined
  const column = frame.columns[0] && frame.columns[0] !== 'total' && !(stages && stages.size > 1) ? frame.columns[0] : undefined
  const r = run.run('rank-figures', {
    ...(GRAND_ASKED.test(compactText(subject.surface)) ? { grand: true } : {}),
    name: subject.code ? undefined : subject.name, code: subject.code, column,
    // (the side asked after a row's name, 一般公共预算收入: as written, for the documents stating it in prose)
    ...(subject.side ? { asWritten: compactText(subject.surface) + subject.side } : {}),
    ...(pairs ? { pairs } : { orgs, years }), order: frame.op === 'rank' ? frame.order : 'desc',
  })
  if (!r.ok || !r.ranking.length) return { answer: `没有找到可比较的“${askedName(subject)}”数字。`, notFound: true }
  run.cite(...r.citations)
  const ranked = r.ranking.map((x) => x.figure)
  // the grand total asked is named as asked (收入总计), not as the concept (收入预算) its 本年…合计 also stands for
  const name = GRAND_ASKED.test(compactText(subject.surface)) ? subject.surface : labelOf(ranked[0], subject.name)
  // one year for all: said once in the lead, not on every line
  const oneYear = !byYears && new Set(ranked.map((f) => f.year)).size === 1 ? ranked[0].year : undefined
  const who = (f: (typeof ranked)[0]) => (byYears ? `${f.year}年` : oneYear ? f.org : `${f.org}（${f.year}年）`)
  const list = ranked.map((f, i) => `\n${i + 1}. ${who(f)}：${figureText(f)}`).join('') + '\n'
  const chart: ChartBar[] = ranked.filter((f) => f.yuan !== undefined).map((f) => ({ label: byYears ? `${f.year}年` : run.vocabulary.orgs.withoutCity(f.org), yuan: f.yuan!, text: f.text }))
  const missing = r.missing.length ? `未列出该项的：${r.missing.map((m) => `${m.org}（${m.year}年）`).join('、')}` : undefined
  // two figures: how far apart they are, computed with both cited (the larger first)
  const gap = (a: (typeof ranked)[0], b: (typeof ranked)[0]) => {
    const c = run.run('compute', { op: 'difference', operands: [operandOf(a), operandOf(b)] })
    return c.ok ? `${who(a)}比${who(b)}多${c.result.text}${c.result.unit !== '万元' && c.result.wan ? `（${c.result.wan}）` : ''}` : undefined
  }
  if (frame.op === 'rank') {
    const top = ranked[0]
    const word = frame.order === 'asc' ? '最少' : '最多'
    const pair = ranked.length === 2 ? (frame.order === 'asc' ? gap(ranked[1], ranked[0]) : gap(ranked[0], ranked[1])) : undefined
    const lead = `${oneYear ? `${oneYear}年，` : ''}${who(top)}的${name}${word}，为${figureText(top)}`
    return { answer: joinSentences([lead, pair, `各单位${name}：${list}`, missing]), chart }
  }
  // "A和B的…加起来多少": the figures' sum, computed with each cited, said only when every one asked was found
  if (SUM_ASKED.test(frame.text) && ranked.length >= 2 && !r.missing.length) {
    const c = run.run('compute', { op: 'sum', operands: ranked.map(operandOf) })
    if (c.ok) {
      run.cite(...c.citations)
      const each = ranked.map((f) => `${who(f)}${figureText(f)}`).join('、')
      return { answer: joinSentences([`${oneYear ? `${oneYear}年` : ''}${name}合计${c.result.text}${c.result.unit !== '万元' && c.result.wan ? `（${c.result.wan}）` : ''}（${each}）`]), chart }
    }
  }
  const diff = ranked.length >= 2 ? gap(ranked[0], ranked[1]) : undefined
  // rule compare-each-lookup: an organisation asked whose figure no table of that year prints (its year's figure is
  // in its next year's report, or in its prose) is answered as a lookup of its own, after the others (only of the
  // organisations a comparison names: a ranking over a city's catalog never looks up each document it could not rank)
  const rest = frame.op === 'compare' && frame.orgs.length ? scope.targets.filter((t) => !ranked.some((f) => f.docId === t.doc.id)).slice(0, MAX_ALONE) : []
  const alone = rest.map((t) => {
    const one = { ...inp, frame: { ...frame, op: 'lookup' as const }, scope: { ...scope, targets: [t], notes: [] } }
    // (a year before a 财政预算's own: what its report states as that year's execution, rule executed-year)
    return (t.viaNext || executedTableYear(t) ? answerExecutedYear(one) : undefined) ?? answerLookup(one)
  }).filter((o) => !o.notFound)
  const still = alone.length ? r.missing.filter((m) => !rest.some((t) => t.doc.id === m.docId)) : r.missing
  const unlisted = still.length ? `未列出该项的：${still.map((m) => `${m.org}（${m.year}年）`).join('、')}` : undefined
  // (one figure ranked: it is said as a lookup, not as a list of one)
  const lead = ranked.length === 1 ? `${ranked[0].org}${ranked[0].year}年${name}为${figureText(ranked[0])}` : `${oneYear ? `${oneYear}年` : ''}${name}比较：${list}`
  return { answer: joinSentences([lead, diff, ...alone.map((o) => o.answer), alone.length ? unlisted : missing]), chart }
}

/** At most this many organisations of a comparison looked up one by one (a question names a few). */
const MAX_ALONE = 4

/** a sum asked of the figures compared: 加起来, 一共, 总共, 合计是多少, 之和 */
const SUM_ASKED = /加起来|加在一起|一共|总共|之和|合计(?:是|为)?多少|共计/
