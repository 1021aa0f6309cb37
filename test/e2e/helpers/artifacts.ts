import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

/** test/artifacts/<name>: screenshots and downloads of the run (gitignored). */
export function artifactPath(name: string): string {
  const dir = join(import.meta.dirname, '..', '..', 'artifacts')
  mkdirSync(dir, { recursive: true })
  return join(dir, name)
}
