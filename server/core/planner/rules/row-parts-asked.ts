import { compactText } from '../../search/normalize-text.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import { askedText, PARTS_IN } from './prose-subject-asked.js'

/** a part named by its own head word: 购置费 of "(2)公务用车购置", 运行维护费 of "其中:(1)公务用车运行维护费" */
const core = (words: string) => compactText(words).replace(/(?:费用|费|支出)$/u, '')

/**
 * Rule `row-parts-asked`: "公务用车费里，运行维护费和购置费各多少" of one document whose table prints the container with
 * its parts under it ("3、公务用车费" › "其中:(1)公务用车运行维护费", "(2)公务用车购置"): each part is the child row of
 * the container whose name holds the part's words (its 费 left out), read by get-figure and cited; all parts or none.
 */
export function answerRowParts(inp: HandlerInput): HandlerOutput | undefined {
  const { run, frame, scope } = inp
  if (scope.targets.length !== 1) return undefined
  const t = scope.targets[0]
  const m = PARTS_IN.exec(askedText(frame.text, t))
  if (!m) return undefined
  const [, container, ...parts] = m
  const whole = run.run('get-figure', { docId: t.doc.id, name: container })
  if (!whole.ok) return undefined
  const table = t.doc.tables.find((x) => x.id === whole.figures[0].citation.tableId)
  const parent = table?.rows.find((r) => r.id === whole.figures[0].citation.rowId)
  if (!table || !parent) return undefined
  const children = table.rows.filter((r) => r.parent === parent.index)
  const figures: Figure[] = []
  for (const p of parts) {
    const words = core(p)
    const hits = children.filter((r) => words.length >= 2 && compactText(r.name).includes(words))
    if (hits.length !== 1) return undefined
    const r = run.run('get-figure', { rowId: hits[0].id, ...(t.year !== t.doc.year ? { year: t.year } : {}) })
    if (!r.ok) return undefined
    figures.push(r.figures[0])
  }
  run.cite(whole.figures[0].citation, ...figures.map((f) => f.citation))
  return { answer: joinSentences([`${orgYear(t)}${container}${figureText(whole.figures[0])}，其中${figures.map((f, i) => `${parts[i]}（表中“${f.label}”）${figureText(f)}`).join('，')}`]) }
}
