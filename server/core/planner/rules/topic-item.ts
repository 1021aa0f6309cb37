import { foldMeaning } from '../../read/meaning-view.js'
import { proseOnly, stageOf } from '../../schema.js'
import { compactText, escapeRegExp } from '../../search/normalize-text.js'
import { sentenceFigure } from '../../tools/lib/figure.js'
import { meaningParagraphs } from '../../tools/lib/prose-may-hold.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { askedRun } from './printed-span.js'

/** A title naming one fund or sum of money the page accounts for. */
const FUND_TITLE = /公益金|资金|基金|专项经费/u

/** Fewest characters of the topic the page prints, and of the item asked of it. */
const MIN_TOPIC = 3
const MIN_ITEM = 2

/**
 * Rule `topic-item`: a page of prose only about one fund ("…体育彩票公益金筹集使用情况公告": "2022年度结余体彩公益金91.6294
 * 万元,2023年本年留成46.6784万元、结余11.5765万元") asked an item of it with the fund's name ("体彩公益金本年留成多少",
 * "体彩公益金2023年结余是多少"): the words the page prints elsewhere are the topic; the rest, the item, is read where the
 * page prints it right before an amount, in a clause of no other year — when exactly one amount stands so. Undefined
 * otherwise (the readings by term have their say first).
 */
export function answerTopicItem(run: ToolRunner, frame: QuestionFrame, targets: Target[]): HandlerOutput | undefined {
  if (targets.length !== 1 || frame.op !== 'lookup') return undefined
  const t = targets[0]
  // (a page about one fund, its title says so: "…体育彩票公益金筹集使用情况公告", never a place's report of many subjects)
  if (!proseOnly(t.doc) || /^财政/u.test(t.doc.scope) || !FUND_TITLE.test(compactText(foldMeaning(t.doc.title)))) return undefined
  const words = askedRun(frame)
  if (!words || words.length < MIN_TOPIC + MIN_ITEM) return undefined
  const texts = meaningParagraphs(t.doc)
  const all = texts.join('\n')
  // the topic: the longest run of the words the page prints, at either end of them
  let best: { topic: string; item: string } | undefined
  for (let n = words.length - MIN_ITEM; n >= MIN_TOPIC && !best; n--) {
    for (const [topic, item] of [[words.slice(0, n), words.slice(n)], [words.slice(-n), words.slice(0, -n)]]) {
      const bare = item.replace(/^的|的$/gu, '')
      if (bare.length >= MIN_ITEM && all.includes(topic) && !compactText(t.doc.org).includes(topic)) { best = { topic, item: bare }; break }
    }
  }
  if (!best) return undefined
  // (the item opening its clause, or after its year or 本年/上年: "、结余11.5765万元", "2023年本年留成…", never the end of
  // a longer name, "群众体育支出")
  const re = new RegExp(`([^，,。；;、]{0,16}?)(?<=^|[，,。；;、:：（(\\s]|年度?|本年|上年|当年)${escapeRegExp(best.item)}(?:为|是|达到?|共计?)?(\\d[\\d,]*(?:\\.\\d+)?)(亿元|万元|元)`, 'gmu')
  const found: { p: number; amount: string; unit: string }[] = []
  texts.forEach((x, i) => {
    for (const m of x.matchAll(re)) {
      const years = [...m[1].matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((y) => Number(y[0]))
      if (years.every((y) => y === t.year)) found.push({ p: i, amount: m[2], unit: m[3] })
    }
  })
  if (new Set(found.map((x) => x.amount + x.unit)).size !== 1) return undefined
  const f = sentenceFigure(t.doc, t.doc.paragraphs[found[0].p], best.item, found[0].amount, found[0].unit)
  if (!f) return undefined
  run.cite(f.citation)
  return { answer: joinSentences([`${orgYear(t)}${stageOf(t.doc.scope)}文件写明${best.topic}“${best.item}”为${figureText(f)}`, `原文：${f.citation.text}`]) }
}
