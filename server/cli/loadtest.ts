/**
 * npm run loadtest [-- --clients 32 --seconds 10]: starts the Node server on a loopback port, runs N concurrent
 * clients for T seconds (a mix of /api/ask, /api/search and /api/chat), prints req/s and p50/p99, stops the server.
 * Bounded: at most 256 clients and 120 s. Exits 1 if any request failed.
 */
import { formatStats, runLoad } from './http-load.js'
import { startServerProcess } from './http-server-process.js'

const arg = (name: string, fallback: number, max: number) => {
  const i = process.argv.indexOf(`--${name}`)
  const n = i > 0 ? Number(process.argv[i + 1]) : fallback
  return Math.max(1, Math.min(max, Number.isFinite(n) ? Math.floor(n) : fallback))
}

const QUESTIONS = [
  '江北区医保事务中心2026年社会保障和就业支出是多少？',
  '綦江区医保事务中心2023年住房公积金预算',
  '渝北区医保局2025年项目支出是多少',
  '南岸区医保局2024年2101501行政运行支出多少？',
  '南岸区医保局2024年事业运行占医疗保障管理事务的比例',
  '哪个单位的公务接待费最多？',
  'How much did Nanan spend on administration in 2024?',
  '开州区医疗保障事务中心的主要职能是什么？',
]
const SEARCHES = ['行政运行', '公务接待费', '2101501', '住房公积金', '医疗保障']

const clients = arg('clients', 32, 256)
const seconds = arg('seconds', 10, 120)
const server = await startServerProcess()
console.log(`server ready in ${server.readyMs.toFixed(0)} ms at ${server.url}; ${clients} clients for ${seconds} s`)

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
try {
  const { total, byLabel, errorSamples } = await runLoad({
    clients,
    seconds,
    request: (c, i) => {
      const k = (c * 7 + i) % 10
      const question = QUESTIONS[(c + i) % QUESTIONS.length]
      if (k < 7) return { url: `${server.url}/api/ask`, init: json({ question }), label: '/api/ask' }
      if (k < 9) return { url: `${server.url}/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}`, label: '/api/search' }
      return { url: `${server.url}/api/chat`, init: json({ question }), label: '/api/chat' }
    },
  })
  for (const s of [...byLabel, total]) console.log(formatStats(s))
  for (const e of errorSamples) console.log(`  error: ${e}`)
  process.exitCode = total.errors ? 1 : 0
} finally {
  await server.stop()
}
