import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startAppServer, type RunningServer } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { axeSerious } from './helpers/axe.js'
import { launchChromium } from './helpers/browser.js'
import { startHostPage } from './helpers/host-page.js'
import { citedCell } from './helpers/in-view.js'

/** A figure in the middle columns of a wide table: the cell that used to sit off-screen on phones. */
const QUESTION = '江北区医疗保障事务中心2026年的公务接待费是多少？'
const WIDTHS = [320, 375, 1280] as const

async function expectCellInView(page: Page) {
  const cell = await citedCell(page)
  expect(cell, JSON.stringify(cell)).toMatchObject({ found: true, inViewport: true, inGrid: true, onTop: true })
  expect(cell.pageWidth).toBeLessThanOrEqual(cell.viewportWidth)
}

async function noSerious(page: Page, label: string) {
  expect(await axeSerious(page, label)).toEqual([])
}

describe('the cited figure in view at every width, with axe on every state', () => {
  let app: RunningServer
  let host: RunningServer
  let browser: Browser

  beforeAll(async () => {
    const hostPort = await freePort()
    app = await startAppServer([`http://127.0.0.1:${hostPort}`])
    host = await startHostPage(app.url, hostPort)
    browser = await launchChromium()
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    await app?.stop()
  })

  it.each(WIDTHS)('chat page at %i px: before, answered, source open', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 760 } })
    await page.goto(`${app.url}/`)
    await page.locator('#app .coverage p').waitFor()
    await page.screenshot({ path: artifactPath(`chat-start-${width}.png`) })
    await noSerious(page, `chat-start-${width}`)
    await page.locator('#app input').fill(QUESTION)
    await page.locator('#app input').press('Enter')
    await page.locator('#app .chip').first().waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifactPath(`chat-answer-${width}.png`) })
    await noSerious(page, `chat-answer-${width}`)
    await page.locator('#app .chip').first().click()
    await page.locator('#app td.cell-hit').waitFor()
    await expectCellInView(page)
    expect((await citedCell(page)).focused).toBe(true)
    await page.screenshot({ path: artifactPath(`chat-source-${width}.png`) })
    await noSerious(page, `chat-source-${width}`)
    await page.close()
  })

  it.each(WIDTHS)('/embed at %i px: h1, coverage of its unit, the cell in view', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 640 } })
    await page.goto(`${app.url}/embed?org=${encodeURIComponent('江北区医疗保障事务中心')}&title=${encodeURIComponent('医保问答')}`)
    expect(await page.locator('#app h1').textContent()).toBe('医保问答')
    await expect.poll(() => page.locator('#app .coverage p').first().textContent()).toMatch(/江北区医疗保障事务中心.*20\d\d/)
    await noSerious(page, `embed-start-${width}`)
    await page.locator('#app input').fill('公务接待费是多少？')
    await page.locator('#app input').press('Enter')
    await page.locator('#app .chip').first().click({ timeout: 20_000 })
    await page.locator('#app td.cell-hit').waitFor()
    await expectCellInView(page)
    await page.screenshot({ path: artifactPath(`embed-source-${width}.png`) })
    await noSerious(page, `embed-source-${width}`)
    await page.close()
  })

  it.each(WIDTHS)('widget on a host page at %i px: open, answered, source open', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 740 } })
    await page.goto(host.url)
    await noSerious(page, `widget-closed-${width}`)
    await page.getByRole('button', { name: '医保预算问答' }).click()
    await page.locator('mingzhang-widget .coverage p').waitFor()
    await page.screenshot({ path: artifactPath(`widget-open-${width}.png`) })
    await noSerious(page, `widget-open-${width}`)
    await page.keyboard.type(QUESTION)
    await page.keyboard.press('Enter')
    await page.locator('mingzhang-widget .chip').first().waitFor({ timeout: 20_000 })
    await page.screenshot({ path: artifactPath(`widget-answer-${width}.png`) })
    await noSerious(page, `widget-answer-${width}`)
    await page.locator('mingzhang-widget .chip').first().click()
    await page.locator('mingzhang-widget td.cell-hit').waitFor()
    await expectCellInView(page)
    await page.screenshot({ path: artifactPath(`widget-source-${width}.png`) })
    await noSerious(page, `widget-source-${width}`)
    await page.close()
  })
})
