import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readEvalItems, runEval, summarize } from '../../server/cli/run-eval.js'
import { createEngine } from '../../server/core/engine.js'
import { seedEngine } from '../core/seed-engine.js'

const QUESTIONS = fileURLToPath(new URL('./questions.jsonl', import.meta.url))
/** 今年/明年/去年 are read against this date, so the set scores the same any day */
const TODAY = new Date('2026-12-01T12:00:00Z')

describe('trust set (unknown organisations, small talk, embed scope, 今年, Traditional, colloquial, lists, reasons)', () => {
  it('answers at least 95% of test/trust/questions.jsonl, scored strictly like ask_eval.py', () => {
    const engine = createEngine(seedEngine().corpus, undefined, { today: () => TODAY })
    const items = readEvalItems(QUESTIONS)
    expect(items.length).toBeGreaterThanOrEqual(60)
    const outcomes = runEval(engine, items)
    const { pct } = summarize(outcomes)
    const failures = outcomes.filter((o) => o.why.length).map((o) => `  ${o.item.id} ${o.item.q} :: ${o.why.join('; ')}`)
    expect(pct, failures.join('\n')).toBeGreaterThanOrEqual(95)
  })
})
