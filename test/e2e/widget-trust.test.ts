import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startAppServer, type RunningServer } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { axeSerious } from './helpers/axe.js'
import { launchChromium } from './helpers/browser.js'
import { startHostPage } from './helpers/host-page.js'

const QUESTION = '江北区医疗保障事务中心2026年的公务接待费是多少？'
const W = 'mingzhang-widget'

async function openWidget(page: Page) {
  await page.getByRole('button', { name: '医保预算问答' }).click()
  await page.getByRole('dialog', { name: '医保预算问答' }).waitFor()
}

async function askWidget(page: Page, question: string) {
  await page.locator(`${W} input`).fill(question)
  await page.locator(`${W} input`).press('Enter')
}

describe('a widget a web team can trust', () => {
  let app: RunningServer
  let host: RunningServer
  let stranger: RunningServer
  let browser: Browser

  beforeAll(async () => {
    const hostPort = await freePort()
    app = await startAppServer([`http://127.0.0.1:${hostPort}`])
    host = await startHostPage(app.url, hostPort)
    stranger = await startHostPage(app.url, await freePort()) // a site nobody added to ALLOWED_ORIGINS
    browser = await launchChromium()
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await stranger?.stop()
    await host?.stop()
    await app?.stop()
  })

  it('on a site that is not enabled: a console warning naming ALLOWED_ORIGINS and a plain sentence for the citizen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await page.goto(stranger.url)
    await expect.poll(() => warnings.join('\n')).toContain('ALLOWED_ORIGINS')
    expect(warnings.join('\n')).toContain(stranger.url)
    await openWidget(page)
    const notice = page.locator(`${W} .not-enabled`)
    await notice.waitFor()
    expect(await notice.textContent()).toContain('本网站尚未开通预算问答服务')
    expect(await page.locator(`${W} input`).isDisabled()).toBe(true)
    await page.screenshot({ path: artifactPath('widget-not-enabled.png') })
    expect(await axeSerious(page, 'widget-not-enabled')).toEqual([])
    await page.close()
  })

  it('says who answers and what it covers, keeps the conversation in the tab, and starts over on request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(host.url)
    await openWidget(page)
    expect(await page.locator(`${W} .scope`).textContent()).toContain('答案均引自公开预算文件')
    await expect.poll(() => page.locator(`${W} .coverage p`).first().textContent()).toMatch(/收录 \d+ 个单位.*数据更新于 \d{4}年/)
    await askWidget(page, QUESTION)
    await page.locator(`${W} .chip`).first().waitFor({ timeout: 20_000 })
    const answer = await page.locator(`${W} .a-text`).first().textContent()

    await page.reload()
    await openWidget(page)
    await expect.poll(() => page.locator(`${W} .a-text`).first().textContent()).toBe(answer)
    expect(await page.locator(`${W} .chip`).count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: '新对话' }).click()
    expect(await page.locator(`${W} .turn`).count()).toBe(0)
    await page.reload()
    await openWidget(page)
    expect(await page.locator(`${W} .turn`).count()).toBe(0)
    await page.close()
  })

  it('offers a retry after an error, with the question kept, and a stop while answering', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(host.url)
    await openWidget(page)
    await page.route('**/api/chat', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"服务暂时出了问题，请稍后再试。"}}' }))
    await askWidget(page, QUESTION)
    await page.getByRole('button', { name: '重试' }).waitFor()
    expect(await page.locator(`${W} input`).inputValue()).toBe(QUESTION)
    await page.unroute('**/api/chat')
    await page.getByRole('button', { name: '重试' }).click()
    await page.locator(`${W} .chip`).first().waitFor({ timeout: 20_000 })
    expect(await page.locator(`${W} .error`).count()).toBe(0)

    await page.route('**/api/chat', async (r) => {
      await new Promise((resolve) => setTimeout(resolve, 4000))
      await r.continue().catch(() => undefined)
    })
    await askWidget(page, '那公务用车运行维护费呢？')
    await page.getByRole('button', { name: '停止' }).click()
    await expect.poll(() => page.locator(`${W} .stopped`).count()).toBe(1)
    expect(await page.getByRole('button', { name: '提问' }).isVisible()).toBe(true)
    await page.unroute('**/api/chat')
    await page.close()
  })

  it('keeps Tab inside the panel while it covers a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await page.goto(host.url)
    await openWidget(page)
    expect(await page.getByRole('dialog').getAttribute('aria-modal')).toBe('true')
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab')
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('mingzhang-widget')
    }
    await page.close()
  })
})
