import type { Figure } from '../../tools/lib/figure.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import type { HandlerOutput } from '../answer-types.js'
import { figureText, joinSentences, orgYear } from '../compose.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'
import { operandOf } from '../operands.js'

/** One item's figure: its 三公 table's row when the page prints such a table, else the figure its prose states. */
function itemFigure(run: ToolRunner, t: Target, name: string, hasTable: boolean): Figure | undefined {
  const table = hasTable ? run.run('get-figure', { docId: t.doc.id, name, tableKind: 'three-public' }) : undefined
  if (table?.ok) return table.figures[0]
  const r = run.run('find-prose-figure', { docId: t.doc.id, name, kind: 'money' })
  return r.ok ? r.figures[0] : undefined
}

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
  const [abroad, reception, car, buy, runCost] = ITEMS.map((name) => itemFigure(run, t, name, hasTable))
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

/** "三公经费合计多少", "三公一共花了多少": the account's total asked. */
const SUM_ASKED = /三公[^？?。]{0,6}(?:合计|总计|总共|一共|共计|总额|加起来|总数)/u

/**
 * Rule `three-public-sum`: the 三公 total asked of a page that states no total, only its items ("公务用车费为28万元",
 * "公务接待费为32万元"): the items the page gives a figure for, added by the compute tool, said to be computed and of
 * which items (an item the page gives no figure for is said so, never taken as 0). Undefined when the page states a
 * total, or gives fewer than two items.
 */
export function answerThreePublicSum(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!SUM_ASKED.test(text) || targets.length !== 1) return undefined
  const t = targets[0]
  if (t.doc.tables.some((x) => x.kind === 'three-public')) return undefined
  const total = run.run('find-prose-figure', { docId: t.doc.id, name: '三公经费', kind: 'money' })
  if (total.ok) return undefined
  const read = (name: string) => { const f = itemFigure(run, t, name, false); return f?.fen !== undefined ? f : undefined }
  const [abroad, reception, carWhole, buy, runCost] = ITEMS.map(read)
  // (the car's whole as pages word it short: "公务用车费为28万元")
  const car = carWhole ?? read('公务用车费')
  // the car's whole, else its parts; each figure once
  const carItems: [string, Figure | undefined][] = car ? [[carWhole ? ITEMS[2] : '公务用车费', car]] : [[ITEMS[3], buy], [ITEMS[4], runCost]]
  const seen = new Set<string>()
  const items = ([[ITEMS[0], abroad], [ITEMS[1], reception], ...carItems] as [string, Figure | undefined][])
    .filter((x): x is [string, Figure] => !!x[1] && !seen.has(`${x[1].citation.paragraphId}|${x[1].amount.text}`) && !!seen.add(`${x[1].citation.paragraphId}|${x[1].amount.text}`))
  if (items.length < 2 || new Set(items.map(([, f]) => f.amount.unit)).size !== 1) return undefined
  const sum = run.run('compute', { op: 'sum', operands: items.map(([, f]) => operandOf(f)) })
  if (!sum.ok) return undefined
  run.cite(...items.map(([, f]) => f.citation), ...sum.citations)
  const missing = [ITEMS[0], ITEMS[1], ITEMS[2]].filter((n) => !items.some(([m]) => m === n || (n === ITEMS[2] && /公务用车/u.test(m))))
  return {
    answer: joinSentences([
      `${orgYear(t)}文件没有写出“三公”经费的合计；按文件所列各项相加为${sum.result.text}（${items.map(([n, f]) => `${n}${figureText(f)}`).join(' + ')}）`,
      missing.length ? `文件没有列出${missing.join('、')}的数字，未计入` : undefined,
    ]),
  }
}
