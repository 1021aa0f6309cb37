import { escapeRegExp } from '../../search/normalize-text.js'
import type { BudgetDocument, Paragraph } from '../../schema.js'
import { linesText } from '../../tools/lib/verbatim.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { proseCounts, subjectCover } from '../../tools/lib/prose-subjects.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { askedText, linesOf } from './prose-subject-asked.js'

/**
 * Rule `prose-count-asked`: "在园幼儿有多少", "有多少台拼接屏", "设了几个内设机构" of one document: the count its prose
 * states with that counted word ("在园幼儿915名", "174台拼接屏"), in the unit asked when one is asked, cited to its
 * paragraph; else, when a section of that name lists numbered items (机构设置: 1. 党政办公室; … 10. 党建办公室), the
 * number of items, each named. A count of another word (28个展区 for 拼接屏) never answers.
 */
export const COUNT_ASKED = /(?:多少|几)(人次|批次|名|人|个|台|辆|家|项|套|所|间|座|块)/
/** "在园幼儿有多少": a count asked without its unit, of no money word */
const BARE_COUNT = /有多少|有几/
const MONEY_WORD = /钱|元|金额|预算|资金|经费|支出|收入|费|拨款|决算/

/** Does the question ask how many of something? */
export const countAsked = (text: string) => COUNT_ASKED.test(text) || ((BARE_COUNT.test(text) || PEOPLE_ASKED.test(text)) && !MONEY_WORD.test(text))
/** "总人口多少", "干部职工是多少": a count of people asked by its noun, without 有 or a unit */
const PEOPLE_ASKED = /(?:人口|人数|职工|员工|干部)(?:总数|数)?(?:是|有|为|共)?(?:多少|几)/u
const MIN_COVER = 0.6
export const PEOPLE: ReadonlySet<string> = new Set(['名', '人'])
const ITEM_NO = /^\s*(?:\d+|[一二三四五六七八九十]+)[.、．]\s*/

const sameUnit = (asked: string | undefined, unit: string) => !asked || asked === unit || (PEOPLE.has(asked) && PEOPLE.has(unit)) || (asked === '个' && !PEOPLE.has(unit))

/** The counted words of the question: those after its count word ("几个内设机构"), else those before it ("在园幼儿有多少"). */
function countedWords(q: string): string {
  const m = COUNT_ASKED.exec(q) ?? /(?:多少|几)/.exec(q)
  if (!m) return ''
  // (one character closing the question names what is counted too: "有几个村")
  const after = /^\p{Script=Han}{2,10}|^\p{Script=Han}(?=[？?。！!，,呢啊吗呀]*$)/u.exec(q.slice(m.index + m[0].length))?.[0]
  const before = q.slice(0, m.index).replace(/(?:共有|共|有|设了|设有|设|一共)$/, '').split(/[，,]/).pop() ?? ''
  return after && !/^(?:钱|万|元)/.test(after) ? after : before
}

/** A section titled with the counted word's head whose body is numbered items: the items. */
function listedItems(doc: BudgetDocument, words: string): Paragraph[] {
  const head = words.slice(-2)
  if (head.length < 2) return []
  const s = doc.sections.find((x) => x.title.includes(head))
  const items = s ? doc.paragraphs.filter((p) => p.section === s.id && !p.heading && ITEM_NO.test(p.text)) : []
  return items.length >= 2 ? items : []
}

/** "专技岗、管理岗、工勤岗各几人": several nouns, each counted */
// (the unit may be left unsaid: "聘用人员和遗属各有多少")
const EACH = /((?:\p{Script=Han}{2,8}[、和与及]){1,6}\p{Script=Han}{2,8})各(?:有|是|为)?(?:多少|几)\s*(人次|批次|名|人|个|台|辆|家|项|套|所|间|座|块)?(?![钱元])/u

export function answerProseCount(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope } = inp
  if (scope.targets.length !== 1 || !countAsked(frame.text)) return undefined
  const t = scope.targets[0]
  const q = askedText(frame.text, t)
  return answerCountsEach(inp) ?? statedCount(inp, t, q, COUNT_ASKED.exec(q)?.[1], countedWords(q))
}

/**
 * Rule `counts-each`: "专技岗、管理岗、工勤岗各几人" of one document: each noun of the list counted on its own from the
 * prose, all of them or none (the staff totals a headcount rule would give answer none of them).
 */
export function answerCountsEach(inp: HandlerInput): HandlerOutput | undefined {
  const { frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  const asked = askedText(frame.text, t)
  const each = EACH.exec(asked)
  // (a list asked with no unit after a count asked before it, "有多少编制？行政编和事业编各多少", is that count's parts: read whole)
  if (!each || (!each[2] && /多少|几/u.test(asked.slice(0, each.index)))) return undefined
  // "离退休人员里离休、退休各几人": the container before 里/中 is not one of the nouns
  const list = each[1].replace(/^.*(?:里面|里|当中|之中|中)/u, '')
  const outs = list.split(/[、和与及]/).map((noun) => { const best = bestCount(t, noun, each[2], noun); return best && countRead(inp.run, t, best) })
  if (!outs.every(Boolean)) return undefined
  const read = outs as NonNullable<(typeof outs)[number]>[]
  const quotes = [...new Set(read.map((o) => `“${o.quote}”（${o.lines}）`))]
  return { answer: joinSentences([`${orgYear(t)}${t.doc.scope}文件写明${read.map((o) => o.said).join('，')}`, `原文：${quotes.join('；')}`]) }
}

/** A count the prose states, read by the tool from its paragraph: what to say, the clause to quote, its lines. */
function countRead(run: HandlerInput['run'], t: HandlerInput['scope']['targets'][number], best: { noun: string; value: number; unit: string; paragraphId: string }) {
  const r = run.run('find-prose-figure', { docId: t.doc.id, name: best.noun, kind: 'count', unit: best.unit })
  const f = r.ok ? r.figures[0] : undefined
  if (!f || f.citation.paragraphId !== best.paragraphId || Number(f.amount.value) !== best.value) return undefined
  run.cite(f.citation)
  // the clause that states it: a sentence of several counts ("离退休人员415人(其中:…退休412人)") would offer them all
  const clause = (f.citation.text ?? '').split(/[，,；;。:：()（）]/).find((c) => new RegExp(`(?<!\\d)${best.value}(?!\\d)`).test(c.replace(/,(?=\d{3})/g, '')))
  return { said: `${best.noun}${figureText(f)}`, quote: clause?.trim() || f.citation.text || '', lines: linesOf(f) }
}

/** The stated count that best fits the words asked (a count of another word never does). */
function bestCount(t: HandlerInput['scope']['targets'][number], q: string, unit: string | undefined, words: string) {
  return proseCounts(t.doc)
    .filter((c) => sameUnit(unit, c.unit))
    // "管理岗" asked of "管理岗位4人": the stated noun is the asked one with a word's tail more
    // (…and "村" asked of "8个行政村": one character asked, the noun that ends with it, in the unit asked)
    .map((c) => ({ ...c, cover: Math.max(subjectCover(q, c.noun, MIN_COVER, 2), words ? subjectCover(words, c.noun, MIN_COVER, 2) : 0, words.length >= 3 && c.noun.startsWith(words) && c.noun.length - words.length <= 2 ? MIN_COVER : 0, words.length === 1 && unit && c.noun.length <= 3 && c.noun.endsWith(words) ? MIN_COVER : 0) }))
    .filter((c) => c.cover >= MIN_COVER)
    .sort((a, b) => b.cover - a.cover || b.noun.length - a.noun.length)[0]
}

/** The actual asked (实际完成多少, 实际做了, 完成了多少), not the target. */
const ACTUAL_ASKED = /实际|完成了|做了|达到了/u

/**
 * The actual a self-evaluation prints right after a count's target: "疟疾血检150人,实际完成152人" (the same unit), with
 * the verbatim words of both.
 */
function actualPaired(doc: BudgetDocument, best: { noun: string; value: number; unit: string; paragraphId: string }) {
  const p = doc.paragraphs.find((x) => x.id === best.paragraphId)
  if (!p) return undefined
  const re = new RegExp(`${escapeRegExp(best.noun)}\\s*${best.value}\\s*${escapeRegExp(best.unit)}\\s*[,，;；]?\\s*实际(?:完成|达到)?了?\\s*(\\d+)\\s*${escapeRegExp(best.unit)}`, 'u')
  const m = re.exec(p.text)
  return m ? { actual: Number(m[1]), quote: m[0], citation: paragraphCitation(doc, p, m[0]) } : undefined
}

/** One count of the question's words: the count the prose states with them, else the numbered items of their section. */
function statedCount(inp: HandlerInput, t: HandlerInput['scope']['targets'][number], q: string, unit: string | undefined, words: string): HandlerOutput | undefined {
  const { run } = inp
  const best = bestCount(t, q, unit, words)
  // rule target-actual: a self-evaluation's pair ("疟疾血检150人,实际完成152人"): both said, the actual first when asked
  const pair = best && actualPaired(t.doc, best)
  if (pair) {
    run.cite(pair.citation)
    const target = `${best.noun}指标值${best.value}${best.unit}`
    const actual = `实际完成${pair.actual}${best.unit}`
    const said = ACTUAL_ASKED.test(q) ? `${best.noun}${actual}（${target}）` : `${target}，${actual}`
    return { answer: joinSentences([`${orgYear(t)}${t.doc.scope}文件写明${said}`, `原文：“${pair.quote}”${linesText(pair.citation.lines ?? [])}`]) }
  }
  const one = best && countRead(run, t, best)
  if (one) return { answer: joinSentences([`${orgYear(t)}${t.doc.scope}文件写明${one.said}`, `原文：“${one.quote}”（${one.lines}）`]) }
  // only "几个机构": items are counted in 个
  const items = words && unit === '个' ? listedItems(t.doc, words) : []
  if (!items.length) return undefined
  const section = t.doc.sections.find((s) => s.id === items[0].section)!
  const names = items.map((p) => p.text.replace(ITEM_NO, '').replace(/[;；。,，\s]+$/, ''))
  for (const p of items) run.cite(paragraphCitation(t.doc, p))
  const lines = `第${items[0].lines[0]}–${items[items.length - 1].lines[1]}行`
  return {
    answer: joinSentences([`${orgYear(t)}${t.doc.scope}文件“${(section.printed ?? section.title).replace(/[:：]$/, '')}”逐条列出${items.length}个：${names.join('、')}（${lines}；个数按所列条目数得出）`]),
  }
}
