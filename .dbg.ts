import { buildEngineFrom } from './server/cli/run-eval.js'
import { parseQuestion } from './server/core/planner/parse-question.js'
const { engine } = buildEngineFrom(['seeds', 'test/blind/docs'])
for (const q of process.argv.slice(2)) { const f = parseQuestion(engine.corpus, q) as any; console.log(q, f.op, JSON.stringify(f.concepts.map((c: any) => [c.name, c.kind, c.surface])), f.columns) }
