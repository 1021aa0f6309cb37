/**
 * One cold process, one question (run by bench-cold.ts from its esbuild bundle, as `npm start` runs compiled code):
 * open the store, then answer question number QIDX of `coldQuestions` with no warm-up, and print one JSON line:
 * the open's CPU and wall time, the question's process CPU (all threads), main-thread CPU, wall time, and a hash
 * of the whole answer (so two builds can be compared for identical answers).
 * usage: node dist/cold-probe.mjs STORE_DIR QIDX
 */
import { createShardedEngine } from '../core/corpus/sharded-engine.js'
import { fnv1a } from '../core/search/string-hash.js'
import { createFsStore } from '../store/fs-store.js'
import { coldQuestions } from './cold-questions.js'
import { threadCpuMs as mainThreadMs } from '../node-thread-cpu.js'
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since)
  return (d.user + d.system) / 1000
}

const [dir, qi] = [process.argv[2], Number(process.argv[3] ?? 0)]
let c = process.cpuUsage()
let t = performance.now()
const engine = await createShardedEngine(createFsStore(dir))
const open = { cpu: cpuMs(c), wall: performance.now() - t }
const question = coldQuestions(engine.corpus.documents)[qi]
c = process.cpuUsage()
t = performance.now()
const m0 = mainThreadMs()
const res = (await engine.forQuestion({ question })).ask({ question })
const out = { cpu: cpuMs(c), main: mainThreadMs() - m0, wall: performance.now() - t }
const json = JSON.stringify(res)
console.log(JSON.stringify({ q: qi, question, openCpu: open.cpu, openWall: open.wall, ...out, bytes: json.length, citations: res.citations.length, hash: fnv1a(json).toString(36), answer: res.answer.slice(0, 50).replace(/\n/g, ' ') }))
