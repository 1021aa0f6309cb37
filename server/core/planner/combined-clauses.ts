import type { AskRequest, AskResponse, Citation } from '../schema.js'
import type { ToolContext } from '../tools/types.js'
import type { ToolRegistry } from '../tools/registry.js'
import { ToolRunner } from './tool-runner.js'
import { joinSentences } from './compose.js'

/** Money as the documents print it. */
const MONEY_UNIT = /^(?:元|万元|亿元)$/u

/** The figure a clause's answer states: its first money citation whose number the answer says. */
function statedFigure(out: AskResponse): Citation | undefined {
  const said = out.answer.replace(/,/g, '')
  return out.citations.find((c) => c.value && c.unit && MONEY_UNIT.test(c.unit) && said.includes(c.value.replace(/,/g, '')))
}

const operandOf = (c: Citation) =>
  c.kind === 'row' && c.rowId ? { rowId: c.rowId, ...(c.column ? { columnLabel: c.column } : {}) } : { paragraphId: c.paragraphId!, value: c.value!, unit: c.unit! }

/**
 * Rule `org-clauses-combined`, its answer: each clause answered as its own question, then their figures added or set
 * against each other by the compute tool, said to be computed and from what. Undefined unless every clause answers with
 * a money figure a cell or paragraph holds (the whole question's reading then stands).
 */
export function answerCombinedClauses(ctx: ToolContext, req: AskRequest, tools: ToolRegistry, clauses: string[], op: 'sum' | 'which', ask: (req: AskRequest) => AskResponse): AskResponse | undefined {
  const outs = clauses.map((q) => ask({ ...req, question: `${q}是多少` }))
  if (outs.some((o) => /^没有/u.test(o.answer))) return undefined
  const figures = outs.map(statedFigure)
  if (figures.some((f) => !f)) return undefined
  const cited = figures as Citation[]
  const run = new ToolRunner(ctx, tools)
  const all = run.run('compute', { op: 'sum', operands: cited.map(operandOf) })
  if (!all.ok) return undefined
  const inputs = all.inputs
  // (each operand must be the very figure its clause stated)
  if (inputs.some((f, i) => f.amount.value.replace(/,/g, '') !== cited[i].value!.replace(/,/g, ''))) return undefined
  let said: string
  if (op === 'sum') {
    said = `${inputs.length === 2 ? '两' : inputs.length}项合计${all.result.text}（${inputs.map((f) => f.text).join(' + ')}，按上面${inputs.length === 2 ? '两' : inputs.length}处数字计算，文件本身没有写这个合计）`
  } else {
    if (inputs.length !== 2 || inputs.some((f) => f.fen === undefined)) return undefined
    const [a, b] = inputs[0].fen! >= inputs[1].fen! ? [0, 1] : [1, 0]
    if (inputs[a].fen === inputs[b].fen) said = `两项相等，都是${inputs[a].text}`
    else {
      const d = run.run('compute', { op: 'difference', operands: [operandOf(cited[a]), operandOf(cited[b])] })
      if (!d.ok) return undefined
      said = `${clauses[a]}（${inputs[a].text}）多于${clauses[b]}（${inputs[b].text}），多${d.result.text}（${inputs[a].text} − ${inputs[b].text}，按上面两处数字计算）`
    }
  }
  const notes = [...new Set(outs.flatMap((o) => o.notes ?? []))]
  return {
    answer: [...outs.map((o) => o.answer), joinSentences([said])].join('\n'),
    citations: outs.flatMap((o) => o.citations),
    toolCalls: [...outs.flatMap((o) => o.toolCalls), ...run.calls],
    mode: 'offline',
    ...(notes.length ? { notes } : {}),
  }
}
