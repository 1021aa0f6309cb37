import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startAppServer, type RunningServer } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { launchChromium } from './helpers/browser.js'
import { startHostPage } from './helpers/host-page.js'

const QUESTION = '江北区医疗保障事务中心2026年的公务接待费是多少？'
const XSS = '<img src=x onerror=window.__xss=1>公务接待费'

describe('the widget embedded on another origin', () => {
  let app: RunningServer
  let host: RunningServer
  let browser: Browser
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    const hostPort = await freePort()
    app = await startAppServer([`http://127.0.0.1:${hostPort}`])
    host = await startHostPage(app.url, hostPort)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(host.url)
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    await app?.stop()
  })

  it('is under 20 KB gzipped as served', async () => {
    const body = Buffer.from(await (await fetch(`${app.url}/widget.js`)).arrayBuffer())
    expect(body.length).toBeGreaterThan(1000)
    expect(gzipSync(body).length).toBeLessThan(20 * 1024)
  })

  it('opens from its floating button despite the host page CSS, and focuses the question box', async () => {
    const launcher = page.getByRole('button', { name: '医保预算问答' })
    await expect(launcher.isVisible()).resolves.toBe(true)
    await launcher.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: '医保预算问答' }).waitFor()
    const focused = await page.evaluate(() => document.querySelector('mingzhang-widget')?.shadowRoot?.activeElement?.tagName)
    expect(focused).toBe('INPUT')
  })

  it('streams an answer with a citation that opens the highlighted row', async () => {
    await page.keyboard.type(QUESTION)
    await page.keyboard.press('Enter')
    const chip = page.locator('mingzhang-widget .chip').first()
    await chip.waitFor({ timeout: 20_000 })
    expect((await page.locator('mingzhang-widget .a-text').first().textContent())?.length).toBeGreaterThan(0)
    expect(await page.locator('mingzhang-widget .a-text').first().textContent()).toMatch(/0\.50|5,000|5000/)
    await page.screenshot({ path: artifactPath('widget-answer.png') })
    await chip.click()
    const row = page.locator('mingzhang-widget tr.hit')
    await row.waitFor()
    // a 三公 item is a column of the 三公 table: the cited cell holds the figure, the cited column's header names it
    expect(await page.locator('mingzhang-widget tr.hit td.cell-hit').textContent()).toContain('0.50')
    expect(await page.locator('mingzhang-widget th.col-hit').textContent()).toContain('公务接待费')
    expect(await page.locator('mingzhang-widget .tv-src-lines li.hit').first().textContent()).toContain('0.50')
    await page.screenshot({ path: artifactPath('widget-open.png') })
  })

  it('closes with Escape and gives focus back to the button', async () => {
    await page.keyboard.press('Escape') // first Escape leaves the source view
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    const focused = await page.evaluate(() => document.querySelector('mingzhang-widget')?.shadowRoot?.activeElement?.className)
    expect(focused).toBe('launcher')
  })

  it('shows markup in a question as text and never runs it', async () => {
    await page.keyboard.press('Enter')
    await page.keyboard.type(XSS)
    await page.keyboard.press('Enter')
    const asked = page.locator('mingzhang-widget .q').last()
    await expect.poll(() => asked.textContent()).toContain('<img src=x onerror=window.__xss=1>')
    await page.locator('mingzhang-widget .a:not([aria-busy])').last().waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined()
    expect(await page.locator('mingzhang-widget img').count()).toBe(0)
  })

  it('fills a phone screen when open', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await phone.goto(host.url)
    await phone.getByRole('button', { name: '医保预算问答' }).click()
    const panel = phone.getByRole('dialog', { name: '医保预算问答' })
    expect((await panel.boundingBox())?.width).toBe(375)
    await phone.keyboard.type(QUESTION)
    await phone.keyboard.press('Enter')
    await phone.locator('mingzhang-widget .chip').first().waitFor({ timeout: 20_000 })
    await phone.screenshot({ path: artifactPath('widget-375.png') })
    await phone.close()
  })

  it('loads nothing from any host but the page and the service', () => {
    const foreign = requests.filter((u) => !u.startsWith(host.url) && !u.startsWith(app.url) && !u.startsWith('data:'))
    expect(foreign).toEqual([])
  })
})
