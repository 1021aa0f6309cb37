import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type RunningServer } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { launchChromium } from './helpers/browser.js'

const BOM = [0xef, 0xbb, 0xbf]

/** Clicks a button that saves a file and returns the file's bytes. */
async function download(page: Page, name: string, file: string): Promise<Buffer> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  const path = artifactPath(file)
  await saved.saveAs(path)
  return readFile(path)
}

describe('the lookup page', () => {
  let app: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    app = await startAppServer([])
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
    await page.goto(`${app.url}/lookup`)
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('finds 30217 across documents as you type, after / focuses the box', async () => {
    await page.locator('body').click({ position: { x: 5, y: 200 } })
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
    await page.keyboard.type('30217')
    await page.locator('.hit').first().waitFor()
    const rows = page.locator('.hit.kind-row')
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2)
    const places = await rows.locator('.hit-where').allTextContents()
    expect(new Set(places.map((p) => p.split(' · ')[0])).size).toBeGreaterThanOrEqual(2)
    expect(await rows.locator('code').allTextContents()).toContain('30217')
    expect(await rows.locator('.printed').count()).toBeGreaterThanOrEqual(2)
  })

  it('opens a hit with the arrow keys and Enter: the table with the row highlighted beside its source lines', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const row = page.locator('.detail tr.hit')
    await row.waitFor()
    expect(await row.textContent()).toContain('30217')
    expect(await page.locator('.detail .tv-src-lines li.hit').first().textContent()).toContain('30217')
    await page.screenshot({ path: artifactPath('lookup.png') })
  })

  it('exports the table and the result list as CSV with a BOM', async () => {
    const table = await download(page, '导出本表 CSV', 'lookup-table.csv')
    expect([...table.subarray(0, 3)]).toEqual(BOM)
    expect(table.toString('utf8')).toContain('30217')
    const results = await download(page, '导出全部结果 CSV', 'lookup-results.csv')
    expect([...results.subarray(0, 3)]).toEqual(BOM)
    const lines = results.toString('utf8').trim().split('\r\n')
    expect(lines[0]).toContain('金额（万元）')
    expect(lines.filter((l) => l.includes('30217')).length).toBeGreaterThanOrEqual(2)
  })

  it('compares the row across organisations and years', async () => {
    await page.getByRole('button', { name: /^比较/ }).click()
    await page.locator('.compare tbody tr').first().waitFor()
    expect(await page.locator('.compare tbody tr').count()).toBeGreaterThanOrEqual(2)
    const csv = await download(page, '导出比较 CSV', 'lookup-compare.csv')
    expect([...csv.subarray(0, 3)]).toEqual(BOM)
  })

  it('shows a document\'s findings, or says plainly that checks are not available', async () => {
    await page.locator('#f-doc').selectOption({ index: 1 })
    await page.getByRole('button', { name: '查看检查发现' }).click()
    const view = page.locator('.detail .findings')
    await view.waitFor()
    await expect.poll(async () => (await view.locator('li, p').count()) > 0).toBe(true)
    expect(await view.textContent()).not.toMatch(/Error|undefined/)
  })

  it('fits a phone screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } })
    await phone.goto(`${app.url}/lookup?q=30217`)
    await phone.locator('.hit').first().waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await phone.screenshot({ path: artifactPath('lookup-375.png') })
    await phone.close()
  })
})
