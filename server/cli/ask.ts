/**
 * npm run ask -- "问题" [--org 单位] [--history "上一问" …]: prints the AskResponse JSON of the offline planner.
 */
import { AskRequest } from '../core/schema.js'
import { loadEngine } from './load-engine.js'

const args = process.argv.slice(2)
const take = (flag: string) => {
  const out: string[] = []
  for (let i = args.indexOf(flag); i >= 0; i = args.indexOf(flag)) out.push(...args.splice(i, 2).slice(1))
  return out
}
const org = take('--org')[0]
const history = take('--history')
const question = args.join(' ').trim()
if (!question) {
  process.stderr.write('usage: npm run ask -- "问题" [--org 单位] [--history "上一问"]\n')
  process.exit(2)
}
const { engine } = loadEngine()
let turns: { role: 'user' | 'assistant'; content: string }[] = []
for (const h of history) {
  const r = engine.ask(AskRequest.parse({ question: h, history: turns }))
  turns = [...turns, { role: 'user', content: h }, { role: 'assistant', content: r.answer }]
}
const res = engine.ask(AskRequest.parse({ question, history: turns.length ? turns : undefined, org }))
process.stdout.write(JSON.stringify(res, null, 2) + '\n')
