import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppAndBrowser } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { axeSerious } from './helpers/axe.js'
import { citedCell } from './helpers/in-view.js'

const WIDTHS = [320, 375, 1280] as const

async function noSerious(page: Page, label: string) {
  expect(await axeSerious(page, label)).toEqual([])
}

describe('a lookup staff can share', () => {
  const fixture = useAppAndBrowser()

  it.each(WIDTHS)('at %i px: search, the row\'s figure in view, compare, findings; no overflow; axe clean', async (width) => {
    const page = await fixture.browser.newPage({ viewport: { width, height: 800 } })
    await page.goto(`${fixture.app.url}/lookup?q=30217`)
    await page.locator('.hit').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await page.screenshot({ path: artifactPath(`lookup-search-${width}.png`) })
    await noSerious(page, `lookup-search-${width}`)

    await page.locator('.hit.kind-row').first().click()
    await page.locator('.detail tr.hit').waitFor()
    const cell = await citedCell(page)
    expect(cell, JSON.stringify(cell)).toMatchObject({ found: true, inViewport: true, inGrid: true, onTop: true })
    expect(cell.pageWidth).toBeLessThanOrEqual(width)
    await page.screenshot({ path: artifactPath(`lookup-table-${width}.png`) })
    await noSerious(page, `lookup-table-${width}`)

    await page.getByRole('button', { name: /^比较/ }).click()
    await page.locator('.compare tbody tr').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    expect(new URL(page.url()).searchParams.get('compare')).toBe('30217')
    await page.screenshot({ path: artifactPath(`lookup-compare-${width}.png`) })
    await noSerious(page, `lookup-compare-${width}`)

    await page.locator('#f-doc').selectOption({ index: 4 })
    await page.getByRole('button', { name: '查看检查发现' }).click()
    await page.locator('.detail .findings').waitFor()
    await page.locator('.detail .findings li, .detail .findings p').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await page.screenshot({ path: artifactPath(`lookup-findings-${width}.png`) })
    await noSerious(page, `lookup-findings-${width}`)
    await page.close()
  })

  it('keeps every state in the URL: a shared link opens the same search, filters, page and row', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${fixture.app.url}/lookup`)
    await page.locator('#f-org').fill('江北区医保中心') // an alias, as in questions
    await page.locator('#q').fill('30217')
    await page.locator('.hit').first().waitFor()
    const places = await page.locator('.hit .hit-where').allTextContents()
    expect(places.length).toBeGreaterThan(0)
    expect(places.every((p) => p.includes('江北区医疗保障事务中心'))).toBe(true)
    await page.locator('.hit.kind-row').first().click()
    await page.locator('.detail tr.hit').waitFor()
    const url = new URL(page.url())
    expect(url.searchParams.get('q')).toBe('30217')
    expect(url.searchParams.get('org')).toBe('江北区医保中心')
    expect(url.searchParams.get('open')).toMatch(/\/t\d+\/r\d+$/)

    const other = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await other.goto(url.href)
    await other.locator('.detail tr.hit').waitFor()
    expect(await other.locator('.detail tr.hit').textContent()).toContain('30217')
    expect(await other.locator('#q').inputValue()).toBe('30217')
    expect(await other.locator('#f-org').inputValue()).toBe('江北区医保中心')
    await other.close()
    await page.close()
  })

  it('counts every result, pages through them, exports them all, ranks the exact name first and highlights it', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
    await page.goto(`${fixture.app.url}/lookup?q=${encodeURIComponent('基本支出')}`)
    await page.locator('.hit').first().waitFor()
    const status = (await page.locator('.count').textContent()) ?? ''
    const total = Number(/找到 (\d+) 条/.exec(status)?.[1])
    expect(total).toBeGreaterThan(50)
    expect(status).toContain('第 1–50 条')
    await page.getByRole('button', { name: '下一页' }).click()
    await expect.poll(() => page.locator('.count').textContent()).toContain('第 51–')
    expect(new URL(page.url()).searchParams.get('page')).toBe('2')
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部结果 CSV' }).click()])
    await saved.saveAs(artifactPath('lookup-all-results.csv'))
    const lines = (await readFile(artifactPath('lookup-all-results.csv'), 'utf8')).trim().split('\r\n')
    expect(lines.length).toBe(total + 1)
    expect(lines[0]).toContain('单位（原文）')

    await page.locator('#q').fill('机关运行经费')
    await expect.poll(() => page.locator('.hit').first().textContent()).toContain('机关运行经费')
    expect(await page.locator('.hit').first().locator('mark').first().textContent()).toBe('机关运行经费')
    await page.locator('#q').fill('xyz不存在')
    await expect.poll(() => page.locator('.count').textContent()).toContain('没有找到')
    await page.close()
  })
})
