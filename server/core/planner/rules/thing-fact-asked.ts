import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { linesText } from './head-label-asked.js'

/**
 * Rule `thing-fact-asked`: where a thing the document describes is (位于…), how large it is (面积…), how high (层高…):
 * the sentence of the paragraph that names the thing and states that attribute, quoted as printed with its lines.
 * The thing is the question's words before the attribute ("数说红河展厅在哪里"); a paragraph names it when it holds
 * those words or, failing that, their head (展厅). Nothing stated: undefined, and other rules answer.
 */
interface Attribute { asked: RegExp; stated: RegExp; place?: true }

const ATTRIBUTES: readonly Attribute[] = [
  // a place's own facts (a township's 概况): how far from its seat, by which river; asked of the place the page is about,
  // whose paragraph may not name it again ("乡位于沅江河畔,…距洪江市政府所在地45公里")
  { asked: /多远|多少公里|几公里|距离多少/, stated: /距[^，,。；;]{0,24}?\d+(?:\.\d+)?\s*(?:公里|千米|km)/u, place: true },
  { asked: /哪条(?:河|江)|什么(?:河|江)|(?:河|江)边/, stated: /(?:河|江)畔|(?:河|江)边|沿岸/u, place: true },
  { asked: /在哪|哪里|什么地方|什么位置|位置|地址|位于哪/, stated: /位于|坐落|地址|地处/ },
  { asked: /面积|多大/, stated: /面积/ },
  { asked: /层高|多高/, stated: /层高/ },
]


export function answerThingFact(run: ToolRunner, text: string, t: Target): HandlerOutput | undefined {
  const q = compactText(text)
  const a = ATTRIBUTES.find((x) => x.asked.test(q))
  if (!a) return undefined
  const thing = q.slice(0, a.asked.exec(q)!.index).replace(/(?:的|那个|这个|有|是)$/, '')
  if (thing.length < 2 && !a.place) return undefined
  const prose = t.doc.paragraphs.filter((p) => !p.heading)
  const whole = a.place ? prose : prose.filter((p) => compactText(p.text).includes(thing))
  const paras = whole.length ? whole : prose.filter((p) => compactText(p.text).includes(thing.slice(-2)))
  for (const p of paras) {
    // (read on the sentence without its spaces: "距 洪江市政府 45 公里" as printed in some copies)
    const s = sentencesOf(p.text).find((x) => a.stated.test(compactText(x.text)))
    if (!s) continue
    const c = paragraphCitation(t.doc, p, s.text.trim())
    run.cite(c)
    return { answer: `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明：“${c.text}”（${linesText(p)}）。` }
  }
  return undefined
}
