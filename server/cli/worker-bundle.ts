import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { projectRoot } from '../node-app.js'

export interface WorkerBundle {
  file: string
  bytes: number
  gzipBytes: number
  wranglerSays?: string
}

/** `wrangler deploy --dry-run --outdir dist`: runs wrangler.toml's [build] command and bundles its output without an account; returns the size. */
export function buildWorkerBundle(outdir = 'dist', timeoutMs = 180_000): WorkerBundle {
  const wrangler = join(projectRoot, 'node_modules', '.bin', 'wrangler')
  const run = spawnSync(wrangler, ['deploy', '--dry-run', '--outdir', outdir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    timeout: timeoutMs,
  })
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`)
  const file = join(projectRoot, outdir, 'worker.js')
  const body = readFileSync(file)
  return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, wranglerSays: run.stdout.match(/Total Upload:.*/)?.[0] }
}

/** The citizens' Worker's budget (issue 13): the whole upload, gzipped, whatever the corpus size. */
export const WORKER_GZIP_BUDGET = 400 * 1024

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
