import { execFileSync } from 'node:child_process'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser.js'
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

/**
 * The fixture most browser suites share: the real Node service (same origin only) and one Chromium for the whole
 * file, started before the first test and stopped after the last. Read `app` and `browser` inside tests.
 */
export function useAppAndBrowser(): { readonly app: RunningServer; readonly browser: Browser } {
  const ctx = {} as { app: RunningServer; browser: Browser }
  beforeAll(async () => {
    ctx.app = await startAppServer([])
    ctx.browser = await launchChromium()
  }, 90_000)
  afterAll(async () => {
    await ctx.browser?.close()
    await ctx.app?.stop()
  })
  return ctx
}
