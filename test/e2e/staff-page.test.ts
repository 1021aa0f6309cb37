import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../../server/cli/http-server-process.js'
import { hashPassword } from '../../server/staff/password-hash.js'
import { buildInputs } from './helpers/app-server.js'
import { artifactPath } from './helpers/artifacts.js'
import { launchChromium } from './helpers/browser.js'

const DOC = join(import.meta.dirname, '..', 'holdout', 'docs', 'holdout_a.md')

describe('the staff page: sign in, upload, correct, ask the draft, publish; citizens get the answer', () => {
  let app: ServerProcess
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    buildInputs()
    const users = `pub:publisher:${await hashPassword('publisher-password', 'pbkdf2')}`
    // a data directory of its own (as data/store is by default), the built corpus imported into it on start
    const store = mkdtempSync(join(tmpdir(), 'mingzhang-e2e-store-'))
    app = await startServerProcess('server/node.ts', 60_000, { STAFF_USERS: users, STAFF_SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123', STORE_DIR: store, STORE_IMPORT_CORPUS: '1' })
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } })
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('goes from upload to a citizen\'s cited answer', async () => {
    await page.goto(`${app.url}/staff`)
    await page.locator('#staff-name').fill('pub')
    await page.locator('#staff-password').fill('publisher-password')
    await page.getByRole('button', { name: '登录' }).click()
    await page.locator('.staff-drop').waitFor()

    await page.locator('#upload-files').setInputFiles(DOC)
    await page.locator('#meta-year').waitFor({ timeout: 60_000 })
    expect(await page.locator('#meta-org').inputValue()).toBe('成都市武侯区教育局')
    expect(await page.locator('.staff-tables tbody tr').count()).toBeGreaterThan(5)

    // correct the year: saved, then back
    await page.locator('#meta-year').fill('2026')
    await page.getByRole('button', { name: '保存更正' }).click()
    await expect.poll(() => page.locator('.staff-review .staff-status').textContent(), { timeout: 15_000 }).toContain('已保存')
    expect(await page.locator('#meta-year').inputValue()).toBe('2026')
    await page.locator('#meta-year').fill('2025')
    await page.getByRole('button', { name: '保存更正' }).click()
    await expect.poll(() => page.locator('.staff-audit').textContent(), { timeout: 15_000 }).toContain('year 2026 → 2025')

    await page.locator('#draft-question').fill('2025年教育支出预算是多少？')
    await page.getByRole('button', { name: '提问', exact: true }).click()
    await expect.poll(() => page.locator('.staff-answer').textContent(), { timeout: 20_000 }).toContain('185,439.68')

    await page.locator('#publish').click()
    await expect.poll(() => page.locator('.staff-status').first().textContent(), { timeout: 30_000 }).toContain('已发布')
    await page.screenshot({ path: artifactPath('staff.png'), fullPage: true })

    // a citizen, in the chat page
    const citizen = await browser.newPage()
    await citizen.goto(`${app.url}/`)
    await citizen.locator('#app input').fill('武侯区教育局2025年教育支出预算是多少？')
    await citizen.locator('#app input').press('Enter')
    await expect.poll(() => citizen.locator('#app .a:not([aria-busy]) .a-text').first().textContent(), { timeout: 20_000 }).toContain('185,439.68')
    await citizen.close()

    // a replacement version: uploaded from the published document's row, published; the old citation still opens
    const ask = async () => (await (await fetch(`${app.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '武侯区教育局2025年教育支出预算是多少？' }) })).json()) as { answer: string; citations: { rowId?: string; value?: string; version?: number }[] }
    const v1 = (await ask()).citations.find((c) => c.value === '185,439.68')!
    expect(v1.version).toBe(1)
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.staff-entries tr[data-status=published]', { hasText: 'holdout_a.md' }).getByRole('button', { name: '上传新版本' }).click(),
    ])
    await chooser.setFiles({ name: 'holdout_a_v2.md', mimeType: 'text/markdown', buffer: Buffer.from(readFileSync(DOC, 'utf8').replaceAll('185,439.68', '185,500.00')) })
    await page.getByRole('button', { name: '发布（替换旧版）' }).click({ timeout: 60_000 })
    await expect.poll(() => page.locator('.staff-review .staff-status').textContent(), { timeout: 30_000 }).toContain('已发布')
    const v2 = (await ask()).citations.find((c) => c.value === '185,500.00')!
    expect(v2).toMatchObject({ version: 2, rowId: v1.rowId })
    const old = await fetch(`${app.url}/api/rows/${v1.rowId}?version=1`)
    expect(old.status).toBe(200)
    expect(JSON.stringify(await old.json())).toContain('185,439.68')
    await page.screenshot({ path: artifactPath('staff-replaced.png'), fullPage: true })
  }, 180_000)
})
