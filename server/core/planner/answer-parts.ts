import type { Figure } from '../tools/lib/figure.js'
import type { LexPart } from '../lexicon/lexicon-schema.js'
import type { HandlerInput, HandlerOutput } from './answer-types.js'
import { figureText, joinSentences, orgYear, stageWord } from './compose.js'
import { figureFor } from './figure-for.js'
import { operandOf } from './operands.js'
import type { Target } from './resolve-scope.js'
import type { PartsAsk } from './rules/concept-parts.js'
import { foldMeaning } from '../read/meaning-view.js'
import { compactText } from '../search/normalize-text.js'
import { meaningParagraphs } from '../tools/lib/prose-may-hold.js'

/** Words closing a whole's name that the prose leaves out before a part ("政府采购预算" → 政府采购 + 服务预算). */
const WHOLE_TAIL = /(?:预算|总额|支出|经费|资金|合计)+$/

/** One part in the whole's own tables (the 三公 table's 公务接待费 column, the procurement table's 服务类 row). */
function partInTables(inp: HandlerInput, t: Target, ask: PartsAsk, part: LexPart): Figure | undefined {
  const year = t.year !== t.doc.year ? t.year : undefined
  // only the kinds of table the document has: each alias tried on a table it lacks is a tool call spent on nothing
  for (const tableKind of ask.concept.tableKinds.filter((k) => t.doc.tables.some((x) => x.kind === k))) {
    for (const name of part.aliases) {
      const r = inp.run.run('get-figure', { docId: t.doc.id, name, tableKind, year })
      if (r.ok) return r.figures[0]
    }
  }
  return undefined
}

/**
 * One part in the prose: "政府采购服务预算752.59万元" (the whole's words then the part's), the part's words in a
 * sentence naming the whole, or a part whose name is specific enough alone ("公务接待费1.35万元").
 */
function partInProse(inp: HandlerInput, t: Target, ask: PartsAsk, part: LexPart): Figure | undefined {
  if (t.year !== t.doc.year) return undefined
  const whole = ask.concept.aliases[0].replace(WHOLE_TAIL, '')
  // only the part's names some paragraph writes (a page that never names 出国费 is not searched for it three ways)
  const text = meaningParagraphs(t.doc).join('\n')
  const tries = part.aliases.filter((a) => text.includes(a.replace(/(?:类|费)$/, ''))).flatMap((a) => [
    { name: whole + a.replace(/类$/, ''), check: '' },
    { name: a, near: [whole], check: whole },
    ...(part.alone ? [{ name: a, check: '' }] : []),
  ])
  for (const { check, ...input } of tries) {
    const r = inp.run.run('find-prose-figure', { docId: t.doc.id, kind: 'money', ...input })
    // (the whole named in the part's sentence, or earlier in its paragraph: "…其中：货物类35.00万元…；工程类60.00万元…")
    const para = r.ok ? t.doc.paragraphs.find((p) => p.id === r.figures[0].citation.paragraphId) : undefined
    const said = (x: string | undefined) => compactText(foldMeaning(x ?? '')).includes(check)
    if (r.ok && (!check || said(r.figures[0].citation.text) || said(para?.text))) return { ...r.figures[0], label: part.label }
  }
  return undefined
}

function oneTarget(inp: HandlerInput, t: Target, ask: PartsAsk): { text: string; found: boolean } {
  const { run } = inp
  const whole = figureFor(run, t, ask.whole).figure
  const label = ask.concept.label.replace(/[“”]/g, '')
  const head = whole ? `${orgYear(t)}${label}${stageWord(t, label)}为${figureText(whole)}` : `${orgYear(t)}${label}`
  if (whole) run.cite(whole.citation)
  const lines = ask.parts.map((part) => {
    const f = partInTables(inp, t, ask, part) ?? partInProse(inp, t, ask, part)
    if (!f) return { text: `\n· ${part.label}：文件中没有列出`, found: false }
    run.cite(f.citation)
    const share = ask.share && whole && whole.fen ? run.run('compute', { op: 'share', operands: [operandOf(f), operandOf(whole)] }) : undefined
    return { text: `\n· ${part.label}：${figureText(f)}${share?.ok ? `，占${share.result.text}` : ''}`, found: true }
  })
  const found = !!whole || lines.some((l) => l.found)
  if (!found) return { text: `没有找到${orgYear(t)}${label}及其${ask.parts.map((p) => p.label).join('、')}的金额。`, found: false }
  return { text: `${joinSentences([head])}其中：${lines.map((l) => l.text).join('')}\n`, found: true }
}

/** A whole and its parts ("政府采购预算多少，都是什么类型"): the whole, then each part with its figure (and share). */
export function answerParts(inp: HandlerInput, ask: PartsAsk): HandlerOutput {
  const outs = inp.scope.targets.slice(0, 6).map((t) => oneTarget(inp, t, ask))
  return { answer: outs.map((o) => o.text).join(''), notFound: outs.every((o) => !o.found) }
}
