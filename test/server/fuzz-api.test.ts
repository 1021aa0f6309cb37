import { describe, expect, it } from 'vitest'
import { AskResponse } from '../../server/core/schema.js'
import { assetsFromDir, sourcesFromDir } from '../../server/node-files.js'
import { hostileBody, hostileString, hostileUrlPart, rng, wellFormed } from './fuzz-inputs.js'
import { SEEDS, testApp, WEB_DIST } from './helpers.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 4000)
const PER_REQUEST_MS = 5000
const app = testApp({ env: { RATE_LIMIT_PER_MIN: '0' }, readSource: sourcesFromDir(SEEDS), fetchAsset: assetsFromDir(WEB_DIST) })

async function bounded(req: () => Response | Promise<Response>, label: string): Promise<{ status: number; text: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: ${label}`)), PER_REQUEST_MS)))
  try {
    return await Promise.race([Promise.resolve(req()).then(async (res) => ({ status: res.status, text: await res.text() })), hang])
  } finally {
    clearTimeout(timer)
  }
}

function checkResponse(path: string, status: number, text: string, label: string) {
  expect(status, label).toBeLessThan(500)
  if (path.startsWith('/api/chat') && status === 200) {
    expect(text.trimEnd().endsWith('data: [DONE]'), label).toBe(true)
    expect(text, label).not.toContain('"type":"error"')
    return
  }
  if (!path.startsWith('/api/')) return
  const body = JSON.parse(text)
  if (status >= 400) expect(body.error, label).toMatchObject({ code: expect.any(String), message: expect.any(String) })
  else if (path === '/api/ask') expect(AskResponse.safeParse(body).success, label).toBe(true)
}

describe('fuzzing the API with hostile bodies and paths', () => {
  it(`${RUNS} requests: never a 5xx, never a hang, always a well-formed body`, async () => {
    const r = rng(20261123)
    const statuses = new Map<number, number>()
    for (let i = 0; i < RUNS; i++) {
      const target = r.int(10)
      let path: string
      let init: RequestInit = {}
      if (target < 6) {
        path = r.int(2) ? '/api/ask' : '/api/chat'
        const { body, type } = hostileBody(r)
        init = { method: 'POST', body, headers: type ? { 'content-type': type } : {} }
      } else if (target < 8) {
        path = `/api/search?q=${hostileUrlPart(r, 150)}&org=${hostileUrlPart(r, 20)}&year=${r.pick(['2025', '-1', '1e9', 'abc', '', '%FF'])}`
      } else {
        const id = r.int(2) ? hostileUrlPart(r, 60) : wellFormed(hostileString(r, 60)).replace(/[?#%]/g, '')
        path = r.pick(['/api/tables/', '/api/rows/', '/api/paragraphs/', '/api/docs/', '/']) + id
      }
      const label = `#${i} ${init.method ?? 'GET'} ${path.slice(0, 120)} ${String(init.body ?? '').slice(0, 120)}`
      let res: { status: number; text: string }
      try {
        res = await bounded(() => app.request(path, init), label)
      } catch (e) {
        if (e instanceof TypeError && /URL|Invalid/i.test(e.message)) continue // a path no client could send
        throw e
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      checkResponse(path.split('?')[0], res.status, res.text, label)
    }
    expect(statuses.get(200)).toBeGreaterThan(RUNS / 10)
    expect([...statuses.keys()].sort()).toEqual([200, 400, 404, 413, 415])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 240_000)
})
