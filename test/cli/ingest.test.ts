import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { removedDocuments } from '../../server/core/ingest/removal-guard.js'
import { checkTextLimits, INGEST_LIMITS, LimitError } from '../../server/core/ingest/limits.js'
import { hostileFiles } from '../../server/cli/hostile-files.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seeds = join(root, 'seeds')
const seedNames = readdirSync(seeds).filter((f) => f.endsWith('.txt'))

/** npm run ingest in a scratch project: its own seeds/ and data/. */
function ingest(dir: string, ...args: string[]) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/cli/ingest.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, out: r.stdout + r.stderr, ms: performance.now() - t0 }
}
const corpusOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'data', 'corpus.json'), 'utf8'))

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mz-ingest-'))
  mkdirSync(join(dir, 'seeds'))
  for (const f of seedNames) copyFileSync(join(seeds, f), join(dir, 'seeds', f))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('ingest never loses a document silently', () => {
  it('limits: a named error with file, line and limit', () => {
    expect(() => checkTextLimits('x.txt', 'a\n' + 'b'.repeat(INGEST_LIMITS.lineChars + 1))).toThrow(/x\.txt:2: line is 20,001 characters/)
    expect(() => checkTextLimits('x.txt', 'a\n'.repeat(INGEST_LIMITS.lines + 1))).toThrow(LimitError)
  })

  it('a removed published document is found by file', () => {
    const doc = (id: string, file: string) => ({ id, file, org: id })
    expect(removedDocuments({ documents: [doc('a', 'a.txt'), doc('b', 'b.txt')] } as never, { documents: [doc('a', 'a.txt')] } as never)).toEqual([{ id: 'b', file: 'b.txt', org: 'b' }])
  })

  it('hostile files beside the seeds: each bad one fails alone with a named error, in bounded time; GBK and UTF-16 disclosures and the seeds ingest; exit 1', { timeout: 240_000 }, () => {
    const first = ingest(dir)
    expect(first.status, first.out).toBe(0)
    const files = hostileFiles(seeds)
    for (const [name, f] of Object.entries(files)) writeFileSync(join(dir, 'seeds', name), f.bytes)
    const r = ingest(dir)
    expect(r.status, r.out).toBe(1)
    // far above the 30 s the issue asks for (npm run bench:ingest measures it): the suite runs on loaded machines
    expect(r.ms).toBeLessThan(120_000)
    const corpus = corpusOf(dir)
    const published = corpus.documents.map((d: any) => d.file)
    expect(published).toEqual(expect.arrayContaining(seedNames))
    const errors = corpus.errors.map((e: any) => `${e.file}:${e.line ?? ''} ${e.message}`).join('\n')
    for (const [name, f] of Object.entries(files)) {
      if (f.ingests) expect(corpus.documents.find((d: any) => d.file === name)?.tables.length, name).toBeGreaterThan(0)
      else {
        expect(errors).toMatch(f.error!)
        expect(published).not.toContain(name)
      }
    }
    for (const name of Object.keys(files)) unlinkSync(join(dir, 'seeds', name))
  })

  it('refuses to publish a corpus from which a published document would disappear, unless --allow-removal', { timeout: 240_000 }, () => {
    ingest(dir)
    const victim = seedNames[0]
    writeFileSync(join(dir, 'seeds', victim), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]))
    const r = ingest(dir)
    expect(r.status, r.out).toBe(2)
    expect(r.out).toMatch(new RegExp(`${victim}.*would disappear`))
    expect(corpusOf(dir).documents.map((d: any) => d.file)).toContain(victim)
    const forced = ingest(dir, '--allow-removal')
    expect(forced.status).toBe(1)
    expect(corpusOf(dir).documents.map((d: any) => d.file)).not.toContain(victim)
    copyFileSync(join(seeds, victim), join(dir, 'seeds', victim))
  })
})
