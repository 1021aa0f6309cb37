import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { artifactPath } from './artifacts.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: unknown[]
}

/**
 * Runs axe-core on the page as it is now (open shadow roots included) and saves the result as
 * test/artifacts/axe/<label>.json; returns the serious and critical violations. Injected through the
 * DevTools protocol, so the page's CSP (no inline scripts) does not block it.
 */
export async function axeSerious(page: Page, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n: any) => n.target) }))
  }) as AxeViolation[]
  const dir = artifactPath('axe')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${label}.json`), JSON.stringify({ label, url: page.url(), violations }, null, 2))
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
