import { describe, expect, it } from 'vitest'
import { postJson, testApp } from './helpers.js'

/** CPU per request over hostile bodies: a maximal history costs about what a question costs (issue 12: was 578 ms). */
const districts = '渝中区江北区南岸区渝北区綦江区开州区沙坪坝区九龙坡区大渡口区北碚区巴南区'
const long = (n: number) => districts.repeat(Math.ceil(n / districts.length)).slice(0, n)
const maximal = { question: long(500), history: Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: long(4000) })) }

async function medianCpuMs(body: unknown, runs = 15): Promise<number> {
  const app = testApp({ env: { RATE_LIMIT_PER_MIN: '0' } })
  const xs: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    const t = process.cpuUsage()
    await (await app.request('/api/ask', postJson(body))).arrayBuffer()
    const d = process.cpuUsage(t)
    if (i >= 3) xs.push((d.user + d.system) / 1000)
  }
  return xs.sort((a, b) => a - b)[xs.length >> 1]
}

describe('bounded work per request', () => {
  it('a maximal body (20 × 4,000-character history, a 500-character question of district names): median CPU ≤ 20 ms', async () => {
    expect(await medianCpuMs(maximal)).toBeLessThanOrEqual(20)
  })
})
