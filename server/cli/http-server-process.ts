import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { projectRoot } from '../node-app.js'

export interface ServerProcess {
  url: string
  /** Milliseconds from spawn until /api/health answered 200. */
  readyMs: number
  pid?: number
  stop(): Promise<void>
}

/** A free loopback port from the OS. */
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

/**
 * Starts `tsx <entry>` (or plain `node <entry>` for a built .mjs bundle) on a loopback port (`extraEnv.PORT` when
 * given, else a free one from the OS; offline, no rate limit, plus `extraEnv`) and waits for /api/health. The binary is spawned directly, so stop() ends the server by its own PID.
 */
export async function startServerProcess(entry = 'server/node.ts', timeoutMs = 30_000, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = extraEnv.PORT ? Number(extraEnv.PORT) : await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MIN: '0' }
  delete env.OPENAI_API_KEY
  const t0 = performance.now()
  const bin = entry.endsWith('.mjs') ? process.execPath : join(projectRoot, 'node_modules', '.bin', 'tsx')
  const child = spawn(bin, [entry], { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const url = `http://127.0.0.1:${port}`
  while (performance.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${stderr}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, readyMs: performance.now() - t0, pid: child.pid, stop: () => stopChild(child) }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10))
  }
  await stopChild(child)
  throw new Error(`${entry} did not answer /api/health within ${timeoutMs} ms: ${stderr}`)
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 3000).unref()
  })
}
