/**
 * npm run cold-start [-- --store DIR]: spawn → first 200 on /api/health, for the TypeScript loader (tsx server/node.ts)
 * and the built bundle (node dist/node.mjs, `npm run build` first), three runs each, median; the server's RSS then.
 */
import { readFileSync } from 'node:fs'
import { startServerProcess } from './http-server-process.js'

const i = process.argv.indexOf('--store')
const env: Record<string, string> = i > 0 ? { STORE_DIR: process.argv[i + 1] } : {}

/** Resident memory of the process listening (Linux /proc; the server is the spawned child). */
const rssOf = (pid?: number) => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : '?'
  } catch {
    return '?'
  }
}

for (const entry of ['server/node.ts', 'dist/node.mjs']) {
  const runs: number[] = []
  let rss = '?'
  for (let n = 0; n < 3; n++) {
    const s = await startServerProcess(entry, 60_000, env)
    runs.push(s.readyMs)
    rss = rssOf(s.pid)
    await s.stop()
  }
  runs.sort((a, b) => a - b)
  console.log(`${entry.padEnd(16)} ready in ${runs[1].toFixed(0)} ms (median of ${runs.map((r) => r.toFixed(0)).join(', ')}), RSS ${rss}${env.STORE_DIR ? `, store ${env.STORE_DIR}` : ''}`)
}
