import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readEvalItems, runEval, summarize } from '../../server/cli/run-eval.js'
import { seedEngine } from '../core/seed-engine.js'

const QUESTIONS = fileURLToPath(new URL('./questions.jsonl', import.meta.url))
const MIN_ACCURACY = 95

describe('evaluation set', () => {
  it(`answers at least ${MIN_ACCURACY}% of test/eval/questions.jsonl (in-process, scored like ask_eval.py)`, () => {
    const items = readEvalItems(QUESTIONS)
    expect(items.length).toBeGreaterThanOrEqual(200)
    const t0 = performance.now()
    const outcomes = runEval(seedEngine(), items)
    const ms = performance.now() - t0
    const { byCat, passed, total, pct } = summarize(outcomes)
    const lines = [...byCat].sort().map(([cat, [p, n]]) => `${cat.padEnd(16)}${`${p}/${n}`.padStart(9)}  ${((100 * p) / n).toFixed(1).padStart(6)}%`)
    const failures = outcomes.filter((o) => o.why.length).map((o) => `  ${o.item.id} [${o.item.cat}] ${o.item.q} :: ${o.why.join('; ')}`)
    // the report the suite prints: per-category accuracy, the failures, the total
    console.info([...lines, ...(failures.length ? ['failures:', ...failures] : []), `overall ${passed}/${total} = ${pct.toFixed(1)}% in ${ms.toFixed(0)} ms`].join('\n'))
    expect(pct, `accuracy ${pct.toFixed(1)}%; failing:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(MIN_ACCURACY)
  })
})
