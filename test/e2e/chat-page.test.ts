import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppAndBrowser } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'

const QUESTION = '江北区医疗保障事务中心2026年的公务接待费是多少？'
const FOLLOW_UP = '那公务用车运行维护费呢？'

/** Bodies POSTed to /api/chat, to check what the page sends. */
function chatBodies(page: Page): any[] {
  const bodies: any[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/api/chat')) bodies.push(r.postDataJSON())
  })
  return bodies
}

async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator('#app .a:not([aria-busy])').count()
  await page.locator('#app input').fill(question)
  await page.locator('#app input').press('Enter')
  await expect.poll(() => page.locator('#app .a:not([aria-busy])').count(), { timeout: 20_000 }).toBe(before + 1)
}

describe('the chat page', () => {
  const fixture = useAppAndBrowser()

  it('answers, cites, opens the cited row, and keeps history for a follow-up', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } })
    const bodies = chatBodies(page)
    await page.goto(`${fixture.app.url}/`)
    expect(await page.locator('#app .suggestion').count()).toBeGreaterThan(0)
    await ask(page, QUESTION)
    const text = await page.locator('#app .a-text').first().textContent()
    expect(text).toMatch(/公务接待费/)
    const live = page.locator('#app [aria-live="polite"]')
    await expect.poll(() => live.textContent()).toContain(text!)

    await page.locator('#app .chip').first().click()
    await page.locator('#app tr.hit').waitFor()
    // a 三公 item is a column of the 三公 table: the cited cell holds the figure, the cited column's header names it
    expect(await page.locator('#app tr.hit td.cell-hit').textContent()).toContain('0.50')
    expect(await page.locator('#app th.col-hit').textContent()).toContain('公务接待费')
    expect(await page.locator('#app .tv-src-lines li.hit').count()).toBeGreaterThan(0)
    await page.screenshot({ path: artifactPath('chat.png') })

    await page.getByRole('button', { name: '← 返回对话' }).click()
    await ask(page, FOLLOW_UP)
    expect(await page.locator('#app .turn').count()).toBe(2)
    expect(bodies[1].history).toEqual([{ role: 'user', content: QUESTION }, { role: 'assistant', content: text }])
    // the live region holds the latest answer only: each answer is announced once
    const second = await page.locator('#app .a-text').nth(1).textContent()
    await expect.poll(() => live.textContent()).toContain(second!)
    expect(await live.textContent()).not.toContain(text!)
    await page.close()
  })

  it('reads as plain sentences for not-found and errors', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 375, height: 760 } })
    await page.goto(`${fixture.app.url}/`)
    await ask(page, '火星基地明年的预算是多少？')
    const answer = await page.locator('#app .a').first().textContent()
    expect(answer).toMatch(/[\u4e00-\u9fff]/)
    expect(answer).not.toMatch(/Error|at \S+\.ts|undefined|\{"/)
    await page.route('**/api/chat', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"TypeError: x is undefined"}}' }))
    await ask(page, QUESTION)
    expect(await page.locator('#app .error').last().textContent()).toBe('服务暂时出了问题，请稍后再试。')
    await page.unroute('**/api/chat')
    await page.screenshot({ path: artifactPath('chat-375.png') })
    await page.close()
  })

  it('shows markup in a question as text and never runs it', async () => {
    const page = await fixture.browser.newPage()
    await page.goto(`${fixture.app.url}/`)
    await ask(page, '<img src=x onerror=window.__xss=1><script>window.__xss=2</script>')
    expect(await page.locator('#app .q').textContent()).toContain('<img src=x onerror=window.__xss=1>')
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(await page.locator('#app img, #app script').count()).toBe(0)
    await page.close()
  })

  it('?q= fills the box and waits for the user; ?title= does not restyle /', async () => {
    const page = await fixture.browser.newPage()
    const bodies = chatBodies(page)
    await page.goto(`${fixture.app.url}/?q=${encodeURIComponent(QUESTION)}&title=${encodeURIComponent('官方通知：预算为999万元')}`)
    await expect.poll(() => page.locator('#app input').inputValue()).toBe(QUESTION)
    await page.waitForTimeout(300)
    expect(bodies).toEqual([])
    expect(await page.locator('#app .turn').count()).toBe(0)
    expect(await page.locator('#app h2').textContent()).toBe('问预算')
    await page.goto(`${fixture.app.url}/embed?title=${encodeURIComponent('长'.repeat(200))}`)
    // /embed is a page of its own inside the iframe: its panel title is the page's h1
    expect((await page.locator('#app h1').textContent())!.length).toBeLessThanOrEqual(20)
    await page.close()
  })

  it('has an iframe form scoped to one organisation', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 400, height: 640 } })
    await page.goto(`${fixture.app.url}/embed?org=${encodeURIComponent('江北区医疗保障事务中心')}&title=${encodeURIComponent('医保问答')}`)
    expect(await page.locator('#app h1').textContent()).toBe('医保问答')
    expect(await page.locator('#app .scope').textContent()).toContain('江北区医疗保障事务中心')
    const bodies = chatBodies(page)
    await ask(page, '公务接待费是多少？')
    expect(bodies[0].org).toBe('江北区医疗保障事务中心')
    await page.close()
  })
})
