import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppAndBrowser } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { axeSerious } from './helpers/axe.js'
import { tinyPdf } from './helpers/tiny-pdf.js'

/** The PDF reader is another session's work: a published PDF is stood in for by a generated one, served by a route. */
const PDF = tinyPdf(['Table 3  Basic expenditure', '30216  Training     2.30', '30217  Reception    0.50', '30226  Labour       8.00'])
/** The 0.50 of line 3: y from the top-left, as the reader's boxes are. */
const BOX = [176, 94, 30, 16]

async function servePdf(page: Page) {
  await page.route('**/api/docs/pdfdoc/original*', (r) => r.fulfill({ status: 200, contentType: 'application/pdf', body: PDF }))
}

/** Where the box is, and whether the page was drawn (a canvas with dark pixels). */
function pdfState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('#app')?.shadowRoot ?? document
    const box = root.querySelector<HTMLElement>('.pdf-box')
    const canvas = root.querySelector<HTMLCanvasElement>('.pdf-stage canvas')
    if (!box || !canvas) return { drawn: false, inViewport: false }
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let dark = 0
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 3] > 0) dark++
    const r = box.getBoundingClientRect()
    return { drawn: dark > 50, inViewport: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight }
  })
}

describe('the original PDF page beside the figure', () => {
  const fixture = useAppAndBrowser()

  it.each([375, 1280])('/view draws the cited page with the box marked at %i px', async (width) => {
    const page = await fixture.browser.newPage({ viewport: { width, height: 800 } })
    await servePdf(page)
    await page.goto(`${fixture.app.url}/view?doc=pdfdoc&page=1&box=${BOX.join(',')}`)
    await page.locator('.pdf-box').waitFor({ timeout: 20_000 })
    expect(await pdfState(page)).toEqual({ drawn: true, inViewport: true })
    await page.screenshot({ path: artifactPath(`view-pdf-${width}.png`) })
    expect(await axeSerious(page, `view-pdf-${width}`)).toEqual([])
    await page.close()
  })

  it('a PDF citation on the chat page loads pdf.js only when the source opens', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const loaded: string[] = []
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname))
    await servePdf(page)
    const table = (await (await fetch(`${fixture.app.url}/api/search?q=30217&kind=row&limit=1`)).json()) as { hits: { id: string; tableId: string; org: string; year: number }[] }
    const hit = table.hits[0]
    const citation = { kind: 'row', docId: 'pdfdoc', org: hit.org, year: hit.year, tableId: hit.tableId, rowId: hit.id, code: '30217', rowName: '公务接待费', value: '0.50', unit: '万元', lines: [3, 3], page: 1, box: BOX }
    await page.route('**/api/chat', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ answer: '公务接待费为0.50万元。', citations: [citation], toolCalls: [], mode: 'offline' }) }))
    await page.goto(`${fixture.app.url}/`)
    await page.locator('#app input').fill('公务接待费是多少？')
    await page.locator('#app input').press('Enter')
    await page.locator('#app .chip').first().waitFor()
    expect(loaded.filter((p) => p.includes('pdf'))).toEqual([])
    await page.locator('#app .chip').first().click()
    await page.locator('#app .pdf-box').waitFor({ timeout: 20_000 })
    expect(loaded).toContain('/pdf-view.mjs')
    expect((await pdfState(page)).drawn).toBe(true)
    await page.screenshot({ path: artifactPath('chat-source-pdf-1280.png') })
    await page.close()
  })
})
