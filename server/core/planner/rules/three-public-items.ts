import type { Figure } from '../../tools/lib/figure.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/** "三公经费包括哪几项", "三公经费决算由哪些部分组成": the items, asked of a 三公 account. */
const ASKED = /三公[^？?。]{0,8}(?:包括|包含|有|分为|分成|由)(?:哪几|哪些|什么|几)(?:项|部分|个方面)?|三公[^？?。]{0,8}(?:哪几项|组成)/u
/** …asked of another thing of the account: its units (开支单位), its money's sources (资金), its scope (口径) */
const NOT_ITEMS = /单位|部门|资金|来源|口径|范围/u
/** The items of a 三公 account, as the genre names them; the car's parts after its whole. */
const ITEMS = ['因公出国（境）费', '公务接待费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费'] as const

/**
 * Rule `three-public-items`: which items a 三公 account holds, as the page states them: each item the document gives
 * a figure for (its 三公 table's row, else its prose), with that figure and its citation; an item the page never
 * names is not listed (a township's page may state only 公务接待费 and 公务用车运行维护费).
 */
export function answerThreePublicItems(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const m = ASKED.exec(text)
  if (!m || NOT_ITEMS.test(m[0]) || NOT_ITEMS.test(text.slice(m.index + m[0].length)) || targets.length !== 1) return undefined
  const t = targets[0]
  // (a page with no 三公 table is read in its prose only: no call spent on tables it lacks)
  const hasTable = t.doc.tables.some((x) => x.kind === 'three-public')
  const read = (name: string): Figure | undefined => {
    const table = hasTable ? run.run('get-figure', { docId: t.doc.id, name, tableKind: 'three-public' }) : undefined
    if (table?.ok) return table.figures[0]
    const r = run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'money' })
    return r.ok ? r.figures[0] : undefined
  }
  const [abroad, reception, car, buy, runCost] = ITEMS.map(read)
  const where = (f: Figure) => `${f.citation.rowId ?? f.citation.paragraphId}|${f.citation.column ?? f.citation.text ?? ''}`
  // the car's parts under its whole when the page gives both (one item of three), else each part on its own; a part
  // read from the whole's very cell is the whole
  type Item = { name: string; f: Figure }
  const items = (xs: [string, Figure | undefined][]): Item[] => xs.flatMap(([name, f]) => (f ? [{ name, f }] : []))
  const parts = items([[ITEMS[3], buy], [ITEMS[4], runCost]]).filter((x) => !(car && where(x.f) === where(car)))
  const said = (x: Item) => `${x.name}${figureText(x.f)}`
  const listed = [
    ...items([[ITEMS[0], abroad], [ITEMS[1], reception]]).map(said),
    ...(car ? [`${said({ name: ITEMS[2], f: car })}${parts.length ? `（其中${parts.map(said).join('，')}）` : ''}`] : parts.map(said)),
  ]
  // the page's own words on what 三公 covers ("“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费"), quoted first
  const defined = definingSentence(t)
  // one item alone is no list of the account's items (the page may word the others so no reading finds them): left to the rest
  if (listed.length < 2 && !defined) return undefined
  run.cite(...[abroad, reception, car, ...parts.map((x) => x.f)].filter((f): f is Figure => !!f).map((f) => f.citation))
  if (defined) run.cite(defined.citation)
  const figures = listed.length ? `${defined ? '文件所列数字：' : `${orgYear(t)}“三公”经费文件列出${listed.length}项：`}${listed.join('，')}` : undefined
  return { answer: joinSentences([...(defined ? [`${orgYear(t)}文件写明：“${(defined.citation.text ?? defined.sentence).replace(/[。；;]$/u, '')}”`] : []), ...(figures ? [figures] : [])]) }
}

/** "“三公”经费包括因公出国(境)费、…和公务接待费": the sentence saying what 三公 covers. */
const DEFINES = /三公["“”]?(?:经费)?["“”]?(?:是指|包括|包含|指)/u

function definingSentence(t: Target): { sentence: string; citation: ReturnType<typeof paragraphCitation> } | undefined {
  for (const p of t.doc.paragraphs) {
    const s = sentencesOf(p.text).map((x) => x.text.trim()).find((x) => DEFINES.test(x))
    if (s) return { sentence: s, citation: paragraphCitation(t.doc, p, s) }
  }
  return undefined
}
