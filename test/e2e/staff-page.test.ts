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
    app = await startServerProcess('server/node.ts', 45_000, { STAFF_USERS: users, STAFF_SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123' })
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
    await expect.poll(() => page.locator('.staff-audit').textContent()).toContain('year 2026 → 2025')

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
  }, 120_000)
})
