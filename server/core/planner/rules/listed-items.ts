import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { joinSentences } from '../compose.js'

/** "返还性、一般性、专项各多少", "税收收入和非税收入分别多少": items listed, then each asked. */
const LISTED = /((?:\p{Script=Han}{2,10}[、，,]){1,5}\p{Script=Han}{2,10}?(?:(?:和|及|与)\p{Script=Han}{2,10}?)?)(?:各|分别)(?:是|为)?(?:多少|几)/u
/** Words before the list that say whose items they are ("上级转移支付里"): read as the whole, not an item. */
const WHOLE_BEFORE = /(?:里|中|当中|里面|之中|其中)$/u
const MAX_ITEMS = 6

/**
 * Rule `listed-items`: items listed and each asked ("上级转移支付里返还性、一般性、专项各多少") of one document whose
 * prose lists them in one sentence ("其中:返还性收入33.7亿元;一般性转移支付204亿元;专项转移支付24.9亿元"): each item read
 * in the prose by its own words, the later ones first in the paragraph the first was found in. Answers only when two
 * or more are found; an item not found is said to be not found.
 */
export function answerListedItems(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1 || frame.op !== 'lookup') return undefined
  const m = LISTED.exec(frame.text)
  if (!m) return undefined
  // (the list's first item starts after the whole it is of, "…里", and after the organisation and year)
  let list = m[1]
  for (const o of frame.orgs) list = list.split(o.text).pop()!
  list = list.replace(/^.*?(?:里|中|当中|里面|之中|其中)(?=\p{Script=Han}{2})/u, '').replace(/^(?:\d{2,4}年度?)/u, '')
  const items = list.split(/[、，,]|和|及|与/u).map((w) => w.trim()).filter((w) => w.length >= 2)
  if (items.length < 2 || items.length > MAX_ITEMS || new Set(items).size !== items.length) return undefined
  // (a subject or column the question names, a table's, is the lookup's to read)
  if (frame.concepts.some((c) => c.kind !== 'weak')) return undefined
  const t = scope.targets[0]
  const read = (name: string, paragraphId?: string) => {
    const r = run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'money', ...(paragraphId ? { paragraphId } : {}) })
    return r.ok ? (r.figures[0] as Figure) : undefined
  }
  const found: { item: string; f?: Figure }[] = []
  let at: string | undefined
  for (const item of items) {
    const f = read(item, at)
    if (f && !at) at = f.citation.paragraphId
    found.push({ item, f })
  }
  const hits = found.filter((x) => x.f)
  if (hits.length < 2 || WHOLE_BEFORE.test(found[0].item)) return undefined
  for (const h of hits) run.cite(h.f!.citation)
  const each = found.map((x) => (x.f ? `${x.item}：${x.f.text}` : `${x.item}：文件中没有写明`))
  const quotes = [...new Set(hits.map((h) => `“${h.f!.citation.text}”`))]
  return { answer: joinSentences([`${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明：${each.join('；')}`, `原文：${quotes.join('；')}`]) }
}
