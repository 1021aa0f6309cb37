import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readEvalItems, runEval } from '../../server/cli/run-eval.js'
import { seedEngine } from './seed-engine.js'

const SETS = ['../eval/questions.jsonl', './extra-questions.jsonl', '../trust/questions.jsonl', '../blind3/questions.jsonl'].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
)

describe('citizen-facing text', () => {
  it('never carries a document id, a finding id or a consistency rule name (answers and notes of every set)', () => {
    const engine = seedEngine()
    const docIds = engine.corpus.documents.map((d) => d.id)
    const findings = engine.findings.all()
    const ruleNames = [...new Set(findings.map((f) => f.kind))]
    const forbidden = [...docIds, ...findings.map((f) => f.id), ...ruleNames, 'undefined', 'NaN']
    expect(ruleNames.length).toBeGreaterThan(0)
    const leaks: string[] = []
    for (const file of SETS) {
      for (const o of runEval(engine, readEvalItems(file))) {
        const text = [o.res.answer, ...(o.res.notes ?? [])].join('\n')
        const hit = forbidden.find((s) => text.includes(s)) ?? /\d{3}_[0-9a-f]{16}|[a-z]+-[a-z]+:[pt]\d+/.exec(text)?.[0]
        if (hit) leaks.push(`${o.item.id} ${o.item.q} :: ${hit}`)
      }
    }
    expect(leaks).toEqual([])
  })
})
