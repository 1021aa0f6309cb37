import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

export interface RunningServer {
  url: string
  origin: string
  stop(): Promise<void>
}

/** A free loopback port, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** The corpus and the pages exactly as `npm test` would have them (both steps skip work that is up to date or cheap). */
export function buildInputs(): void {
  execFileSync(tsx, ['server/cli/ingest.ts', '--if-stale'], { cwd: root, stdio: 'pipe' })
  execFileSync(tsx, ['web/build.ts'], { cwd: root, stdio: 'pipe' })
}

/**
 * Starts the real Node service (`tsx server/node.ts`) on a free loopback port, offline (no model key),
 * and waits for /api/health. The tsx binary is spawned directly so stop() ends the server itself.
 */
export async function startAppServer(allowedOrigins: string[]): Promise<RunningServer> {
  const entry = process.env.E2E_SERVER_ENTRY ?? 'server/node.ts' // DEV-ONLY knob, remove
  if (!existsSync(join(root, entry))) throw new Error(`e2e: ${entry} does not exist yet`)
  buildInputs()
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ALLOWED_ORIGINS: allowedOrigins.join(','), RATE_LIMIT_PER_MIN: '0' }
  delete env.OPENAI_API_KEY
  const child = spawn(tsx, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url, child, () => output)
  return { url, origin: url, stop: () => stopChild(child) }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`e2e: server exited with ${child.exitCode}:\n${output()}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stopChild(child)
  throw new Error(`e2e: ${url}/api/health did not answer within 45 s:\n${output()}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 3000).unref()
  })
}
