/**
 * The city-scale bench's last part: the built server (`node dist/node.mjs`, what `npm start` runs) over the store,
 * asked the same questions over loopback HTTP, one at a time; its resident memory then and at its peak (Linux /proc).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'
import { quantile } from './http-load.js'
import { startServerProcess } from './http-server-process.js'

const memOf = (pid?: number) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) * 1024
    return { rss: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return { rss: NaN, peak: NaN }
  }
}

export interface ServedFigures { readyMs: number; firstMs: number; p50: number; p99: number; n: number; healthP50: number; rss: number; peak: number }

/** Ask `questions` (each `passes` times) of the built server over `storeDir` with a cache of `cacheMb`. */
export async function benchServed(storeDir: string, questions: string[], passes: number, cacheMb: number, budgetMs: number): Promise<ServedFigures | undefined> {
  if (!existsSync(join(projectRoot, 'dist', 'node.mjs'))) return undefined
  const server = await startServerProcess('dist/node.mjs', 180_000, { STORE_DIR: storeDir, CACHE_MB: String(cacheMb) })
  try {
    const ask = async (question: string) => {
      const t = performance.now()
      const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
      await res.text()
      return performance.now() - t
    }
    const firstMs = await ask(questions[0])
    const deadline = performance.now() + budgetMs
    const lat: number[] = []
    for (let pass = 0; pass < passes; pass++) {
      for (const q of questions) {
        if (performance.now() > deadline) break
        const ms = await ask(q)
        if (pass > 0) lat.push(ms)
      }
    }
    lat.sort((a, b) => a - b)
    // the same loopback round trip to a route that does nothing: what HTTP and this machine add to every answer
    const health: number[] = []
    for (let i = 0; i < 50; i++) {
      const t = performance.now()
      await (await fetch(`${server.url}/api/health`)).text()
      health.push(performance.now() - t)
    }
    health.sort((a, b) => a - b)
    return { readyMs: server.readyMs, firstMs, p50: quantile(lat, 0.5), p99: quantile(lat, 0.99), n: lat.length, healthP50: quantile(health, 0.5), ...memOf(server.pid) }
  } finally {
    await server.stop()
  }
}
