import { describe, expect, it, vi } from 'vitest'
import { createApp } from '../../server/app.js'
import { figures, stated } from '../../server/cli/eval-score.js'
import { AskResponse, type Citation } from '../../server/core/schema.js'
import { queryTools } from '../../server/core/tools/index.js'
import { groundAnswer } from '../../server/llm/answer-question.js'
import { factsOfResult } from '../../server/llm/tool-facts.js'
import { seedEngine, toolContext } from '../core/seed-engine.js'
import { callTool, say, scriptedModel } from '../llm/mock-model.js'
import { contractCases, type CiteSpec, type ContractCase } from './cases.js'

type Path = { name: string; mode: 'offline' | 'model'; ask(c: ContractCase): Promise<AskResponse> }

const post = async (model: ReturnType<typeof scriptedModel> | null, c: ContractCase): Promise<AskResponse> => {
  const app = createApp({ engine: seedEngine(), env: { RATE_LIMIT_PER_MIN: '0' }, model })
  const body = { question: c.question, history: c.history, org: c.org }
  const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  expect(res.status).toBe(200)
  return AskResponse.parse(await res.json())
}

const paths: Path[] = [
  { name: 'offline planner (POST /api/ask, no key)', mode: 'offline', ask: (c) => post(null, c) },
  {
    name: 'model path (POST /api/ask, mock model)',
    mode: 'model',
    ask: (c) => post(scriptedModel(...c.model.calls.map(([name, input]) => callTool(name, input)), say(c.model.answer)), c),
  },
]

const num = (printed: string) => Number(printed.replace(/,/g, ''))
const cites = (c: Citation, s: CiteSpec) =>
  c.docId === s.doc &&
  (!s.kind || c.kind === s.kind) &&
  (!s.code || c.code === s.code) &&
  (!s.rowName || c.rowName === s.rowName) &&
  s.lines.some((l) => c.lines[0] <= l && l <= c.lines[1])

/** The results of the recorded tool calls, run again: what every figure of the answer must come from. */
const runsOf = (res: AskResponse) =>
  res.toolCalls.map((call) => {
    const tool = queryTools.find((t) => t.name === call.toolName)!
    const result = tool.run(toolContext(), tool.inputSchema.parse(call.input))
    return { toolName: call.toolName, input: call.input, ok: result.ok, resultText: '', citations: result.citations, facts: factsOfResult(call.toolName, result, call.input) }
  })

describe.each(paths)('answer contract: $name', (path) => {
  it.each(contractCases().map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await path.ask(c)
    quiet.mockRestore()

    // the mode that answered; a made-up figure sends the model path back to the planner, with a note
    const fellBack = path.mode === 'model' && c.model.madeUp
    expect(res.mode).toBe(fellBack ? 'offline' : path.mode)
    if (fellBack) expect(res.notes?.length).toBeGreaterThan(0)

    // tool calls recorded, each a real tool with an input its schema accepts
    for (const call of res.toolCalls) {
      const tool = queryTools.find((t) => t.name === call.toolName)
      expect(tool, call.toolName).toBeDefined()
      expect(tool!.inputSchema.safeParse(call.input).success).toBe(true)
    }

    const e = c.expect
    for (const [value, unit] of e.figures ?? []) expect(stated(res.answer, num(value), unit), `${value}${unit} in: ${res.answer}`).toBe(true)
    for (const [value, unit] of e.never ?? []) expect(stated(res.answer, num(value), unit), `never ${value}${unit}`).toBe(false)
    for (const t of e.text ?? []) expect(res.answer).toContain(t)
    for (const spec of e.cite ?? []) {
      expect(res.citations.some((x) => cites(x, spec)), `citation ${JSON.stringify(spec)} in ${JSON.stringify(res.citations)}`).toBe(true)
    }
    if (e.figures?.length) expect(res.toolCalls.some((t) => t.ok)).toBe(true)
    if (path.mode === 'model' && !fellBack) expect(res.toolCalls.map((t) => t.toolName)).toEqual(c.model.calls.map(([name]) => name))

    if (e.none) {
      expect(figures(res.answer).filter(([fam]) => fam === 'money')).toEqual([])
      expect(res.citations.filter((x) => x.value)).toEqual([])
      expect(res.answer).toMatch(/没有|未找到|未收录|not found/i)
    }

    // grounding by meaning: every figure of a model answer is a fact of this turn's recorded tool calls, named in its sentence
    if (res.mode === 'model') expect(groundAnswer(res.answer, runsOf(res)).problems).toEqual([])
  })
})
