import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Debian's chromium, headless. Missing browser is a failure, not a skip: CI installs it with apt-get. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: no browser at ${CHROMIUM}. Install it with: apt-get install -y chromium fonts-noto-cjk (never "playwright install").`)
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}
