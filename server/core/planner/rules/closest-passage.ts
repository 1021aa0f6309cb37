import type { Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { orgAliases } from '../../tools/lib/org-alias.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import { LIST_NUMBER } from '../../tools/lib/list-number.js'
import { linesText } from '../../tools/lib/verbatim.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** a question about words, not a figure: what, which, who, how, why, whether (管不管, 算不算, 是…吗), when, which document */
const TEXT_ASKED = /什么|哪些|哪几|哪个|哪项|哪方面|哪类|谁|如何|怎样|怎么|为何|为什么|啥|第几|有没有|是否有|有[^，,。？?]{1,16}吗|管不管|算不算|是不是|属不属于|能不能|归哪|何时|哪天|哪一天|哪次|文号|是[^，,。？?多几]{1,16}吗/u
/** a figure asked: never answered by a passage */
const FIGURE_ASKED = /多少|金额|几万|数额|占比|比例|比重|百分|几成|增长率|增幅|降幅|合计|总计|总额|平均/
/** words every budget question may hold, which pick no passage */
const NOISE = /管不管|算不算|是不是|属不属于|能不能|哪些|哪几个|哪几|哪个|哪项|哪方面|哪类|什么|为什么|为何|如何|怎样|怎么|是谁|谁|请问|一下|文件|说明|情况|主要|方面|或者|或是|还是|下面|底下|的|了|吗|呢|是|有|在|要|还|跟|与|和|及|对|把|被|给|让|里|中|\d{2,4}年度?|年度|今年|去年|上年|本年|(?:部门|单位)?(?:预算|决算)/gu
/** fewest question pairs a passage must share, and the share of their weight (a rare pair unshared weighs most) */
const MIN_SHARED = 2
const MIN_COVER = 0.5

/**
 * Rule `closest-passage`: a question about words (谁负责…, 要搭建什么平台, 负责跟哪几个省市联络) of one named
 * document that no reading answered is answered with the one sentence of its prose sharing the most of the question's
 * words (character pairs, rarer pairs weighing more), quoted verbatim with its lines and said to be the closest
 * passage, not an answer the document states in those words. Never for a figure asked, never across documents, never
 * after a reading that found something (its figure stands, with its own "not stated"), and nothing when no sentence
 * shares half the weight of the question's words (a duty of another group is not quoted for the one asked).
 */
export function answerClosestPassage(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (targets.length !== 1 || !TEXT_ASKED.test(text) || FIGURE_ASKED.test(text)) return undefined
  const t = targets[0]
  const pairs = questionPairs(text, [t.doc.org, ...orgAliases(t.doc.org, t.doc.region).map((a) => a.form)])
  if (pairs.length < MIN_SHARED) return undefined
  const sentences: { p: Paragraph; s: string; c: string }[] = []
  for (const p of t.doc.paragraphs) if (!p.heading) for (const s of sentencesOf(p.text)) sentences.push({ p, s: s.text.trim(), c: bare(s.text) })
  if (!sentences.length) return undefined
  const found = mostShared(sentences, sentences, pairs, MIN_SHARED, MIN_COVER)
  if (!found) return undefined
  const at = sentences.indexOf(found)
  const { p } = found
  // rule label-sentence: a numbered label of its own ("6.监督专业管理。") is quoted with the sentence that says it, the next
  // one of its paragraph
  const next = sentences[at + 1]
  const s = isLabel(found.s) && next?.p === p ? labelled(p.text, found.s, next.s) : found.s
  const c = paragraphCitation(t.doc, p, s)
  run.cite(c)
  // rule lead-in-list: a passage that only leads in ("党委工作职责:") is followed by its items, quoted with it
  const items = /[:：]$/.test(s) ? listAfter(t.doc.paragraphs, p) : []
  const cited = items.map((q) => paragraphCitation(t.doc, q))
  run.cite(...cited)
  const more = cited.length ? `，其下列出：${cited.map((x, k) => `“${(x.text ?? items[k].text).trim()}”`).join('')}${linesText([items[0].lines[0], items[items.length - 1].lines[1]])}` : ''
  return { answer: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件中没有逐字回答这个问题的句子；与问题最相关的原文是：“${c.text ?? s}”${linesText(p.lines)}${more}。` }
}

/** A numbered label alone in its sentence: "6.监督专业管理。", "（三）统筹区域发展。" */
const isLabel = (s: string) => LIST_NUMBER.test(s) && s.replace(LIST_NUMBER, '').replace(/[。.：:]$/u, '').length <= 12
/** The label and the sentence after it, as printed (the text between them kept). */
function labelled(text: string, label: string, after: string): string {
  const from = text.indexOf(label)
  const to = from < 0 ? -1 : text.indexOf(after, from + label.length)
  return to < 0 ? label : text.slice(from, to + after.length).trim()
}

/** A list item: numbered as a list numbers its rows ("(1)…", "1.…", "一、…"), or "一是…". */
const isItem = (text: string) => LIST_NUMBER.test(text.trim()) || /^[一二三四五六七八九十]{1,3}是/u.test(text.trim())
/** Fewest and most items quoted after a lead-in. */
const MAX_ITEMS = 8

/** The numbered paragraphs right after a lead-in paragraph, up to the first that is not one. */
function listAfter(paragraphs: Paragraph[], lead: Paragraph): Paragraph[] {
  const out: Paragraph[] = []
  for (let i = paragraphs.indexOf(lead) + 1; i < paragraphs.length && out.length < MAX_ITEMS; i++) {
    const q = paragraphs[i]
    if (q.heading || !isItem(q.text)) break
    out.push(q)
  }
  return out
}

/**
 * Of `items`, the one sharing the most of the question's `pairs` by weight (a pair found in many of `all` says little
 * about which one is meant: rarer pairs weigh more), with at least `minShared` pairs and `minCover` of the whole
 * weight; the first of equals. Undefined when none does.
 */
export function mostShared<T extends { c: string }>(items: T[], all: { c: string }[], pairs: string[], minShared: number, minCover: number): T | undefined {
  const weight = new Map(pairs.map((x) => [x, Math.log(1 + all.length / (1 + all.filter((y) => y.c.includes(x)).length))]))
  const total = pairs.reduce((s, q) => s + weight.get(q)!, 0)
  let best: { x: T; score: number } | undefined
  for (const x of items) {
    const hit = pairs.filter((q) => x.c.includes(q))
    const score = hit.reduce((s, q) => s + weight.get(q)!, 0)
    if (hit.length >= minShared && score >= total * minCover && (!best || score > best.score)) best = { x, score }
  }
  return best?.x
}

/** text without its brackets and marks, so "6省(市)" reads 省市 */
const bare = (s: string) => compactText(s).replace(/[()（）〔〕[\]【】“”"'‘’《》<>、，,：:；;！!？?。.\s]/gu, '')

/** The question's own words as character pairs: the organisation's names and the `noise` words left out. */
export function questionPairs(text: string, names: string[], noise: RegExp = NOISE): string[] {
  let t = compactText(text)
  for (const n of names.map(compactText).sort((a, b) => b.length - a.length)) if (n.length >= 2) t = t.split(n).join('，')
  const runs = t.replace(noise, '，').split(/[^\p{Script=Han}]+/u).filter((r) => r.length >= 2)
  const out = new Set<string>()
  for (const r of runs) for (let i = 0; i + 2 <= r.length; i++) out.add(r.slice(i, i + 2))
  return [...out]
}
