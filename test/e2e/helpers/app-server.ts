import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { freePort, startServerProcess } from '../../../server/cli/http-server-process.js'

export { freePort }

const root = join(import.meta.dirname, '..', '..', '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

export interface RunningServer {
  url: string
  origin: string
  stop(): Promise<void>
}

/** The corpus and the pages exactly as `npm test` would have them (both steps skip work that is up to date or cheap). */
export function buildInputs(): void {
  execFileSync(tsx, ['server/cli/ingest.ts', '--if-stale'], { cwd: root, stdio: 'pipe' })
  execFileSync(tsx, ['web/build.ts'], { cwd: root, stdio: 'pipe' })
}

/** The real Node service (`tsx server/node.ts`) on a free loopback port, offline, embeddable by `allowedOrigins`. */
export async function startAppServer(allowedOrigins: string[]): Promise<RunningServer> {
  buildInputs()
  const server = await startServerProcess('server/node.ts', 45_000, { ALLOWED_ORIGINS: allowedOrigins.join(',') })
  return { url: server.url, origin: server.url, stop: server.stop }
}
