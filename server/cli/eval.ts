/**
 * npm run eval [-- --min 95] [--verbose] [--questions file] [--holdout] [--lenient] [--today YYYY-MM-DD]: every question of test/eval/questions.jsonl through
 * engine.ask in-process, scored exactly like ../shared/tools/ask_eval.py; accuracy per category and overall.
 * --holdout builds the engine from seeds/ plus test/holdout/docs/ and scores test/holdout/questions.jsonl.
 * --docs DIR (repeatable) adds the documents of DIR to seeds/ for this run only (a blind set: --docs test/blind/docs).
 */
import { join } from 'node:path'
import { loadEngine } from './load-engine.js'
import { buildEngineFrom, readEvalItems, resolveDir, runEval, summarize } from './run-eval.js'

const args = process.argv.slice(2)
const opt = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const min = Number(opt('--min') ?? 0)
const verbose = args.includes('--verbose')
const holdout = args.includes('--holdout')
const root = process.cwd()
const file = opt('--questions') ?? join(root, 'test', holdout ? 'holdout' : 'eval', 'questions.jsonl')

const extraDirs = args.flatMap((a, i) => (a === '--docs' && args[i + 1] ? [resolveDir(root, args[i + 1])] : []))
if (holdout) extraDirs.push(join(root, 'test', 'holdout', 'docs'))
// --today fixes the date 今年/明年/去年 are read against, so a set with relative years scores the same any day
const todayOpt = opt('--today')
const clock = todayOpt ? { today: () => new Date(`${todayOpt}T12:00:00Z`) } : {}
const { engine } = extraDirs.length ? await engineWith(extraDirs) : loadEngine(root, clock)
const outcomes = runEval(engine, readEvalItems(file), args.includes('--lenient'))
for (const o of outcomes) {
  if (o.why.length) console.log(`FAIL ${o.item.id} [${o.item.cat}] ${o.item.q} :: ${o.why.join('; ')} :: ${JSON.stringify(o.res.answer.slice(0, 200))}`)
  else if (verbose) console.log(`ok   ${o.item.id} ${JSON.stringify(o.res.answer.slice(0, 120))}`)
}
const { byCat, passed, total, pct } = summarize(outcomes)
console.log('\ncategory        passed/total   accuracy')
for (const [cat, [p, n]] of [...byCat].sort()) console.log(`${cat.padEnd(16)}${`${p}/${n}`.padStart(12)}   ${((100 * p) / n).toFixed(1).padStart(6)}%`)
console.log(`score: ${passed}/${total} (${pct.toFixed(1)}%)`)
process.exit(pct >= min ? 0 : 1)

async function engineWith(dirs: string[]) {
  const built = await buildEngineFrom([join(root, 'seeds'), ...dirs], clock)
  for (const e of built.errors) console.log(`ingest: ${e}`)
  return built
}
