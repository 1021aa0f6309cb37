import type { ConceptHit } from '../question-frame.js'
import type { Figure } from '../../tools/lib/figure.js'
import type { HandlerInput, HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import { operandOf } from '../operands.js'
import { figureText, joinSentences, orgYear, printedAmount } from '../compose.js'
import { compactText } from '../../search/normalize-text.js'

/** "…占收入的比例", "占支出总额的比重": the whole is a side's total, said by the side alone. */
const SIDE_WHOLE = /占(?:本年|全年|部门|单位)?(收入|支出)(?:总额|合计|总计|总数)?(?:预算)?的?(?:比例|比重|百分之|多少|几)/u
/** A fund named alone, without its side: 一般公共预算, 政府性基金(预算), 国有资本经营(预算). */
const FUND = /^(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?$/u

/**
 * Rule `side-whole-share`: a fund's share of a side asked by the side's name alone ("一般公共预算占收入的比例"): the
 * fund's line of that side (一般公共预算拨款收入) over that side's total (本年收入合计, 收入合计), both as printed; never
 * the fund's column of another side's line (本年支出合计 › 一般公共预算) over that side's 总计.
 */
export function sideWholeShare(inp: HandlerInput, t: Target, subjects: ConceptHit[]): HandlerOutput | undefined {
  const { run, frame } = inp
  const side = SIDE_WHOLE.exec(frame.text)?.[1]
  const fund = subjects.length === 1 ? FUND.exec(compactText(subjects[0].surface || subjects[0].name))?.[1] : undefined
  if (!side || !fund) return undefined
  const read = (names: string[]): Figure | undefined => {
    for (const name of names) {
      const r = run.run('get-figure', { docId: t.doc.id, name, asPrinted: true })
      if (r.ok) return r.figures[0]
    }
    return undefined
  }
  const stem = fund.replace(/预算$/u, '')
  const part = read(side === '收入' ? [`${stem}预算拨款收入`, `${stem}预算财政拨款收入`, `${stem}预算收入`] : [`${stem}预算拨款支出`, `${stem}预算财政拨款支出`, `${stem}预算支出`])
  const whole = read(side === '收入' ? ['本年收入合计', '收入合计'] : ['本年支出合计', '支出合计'])
  if (part?.fen === undefined || whole?.fen === undefined || part.fen > whole.fen) return undefined
  const r = run.run('compute', { op: 'share', operands: [operandOf(part), operandOf(whole)] })
  if (!r.ok) return undefined
  run.cite(...r.citations)
  return { answer: joinSentences([`${orgYear(t)}${part.label.replace(/^[一二三四五六七八九十]+、/u, '')}${figureText(part)}，占本年${side}合计${figureText(whole)}的${r.result.text}（${printedAmount(part.amount)} ÷ ${printedAmount(whole.amount)}）`]) }
}
