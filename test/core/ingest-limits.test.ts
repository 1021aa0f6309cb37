import { describe, expect, it } from 'vitest'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { checkDocumentLimits, INGEST_LIMITS, LimitError } from '../../server/core/ingest/limits.js'
import { parseUpload } from '../../server/core/publish/parse-upload.js'
import type { BudgetDocument } from '../../server/core/schema.js'
import { createMemoryStore } from '../../server/store/memory-store.js'

/** `n` Han characters that rarely repeat a pair: about two distinct search tokens a character. */
function variedText(n: number, seed = 7): string {
  let s = seed
  let out = ''
  for (let i = 0; i < n; i++) {
    s = (s * 48271) % 2147483647
    out += String.fromCharCode(0x4e00 + (s % 6000))
  }
  return out
}

const doc = (paragraphs: string[]): BudgetDocument =>
  ({ org: '青溪县统计局', tables: [], paragraphs: paragraphs.map((text, i) => ({ id: `d/p${i}`, index: i, text, lines: [10 + i, 10 + i] })) }) as unknown as BudgetDocument

const HEADER = '青溪县统计局2025年部门预算\n\n一、部门职责\n'

describe('unique search tokens per indexed field and per document (the index is built outside any one file’s budget)', () => {
  it('a paragraph of varied text within the character limit but past the token limit fails, naming its line', () => {
    const text = variedText(6_000)
    expect(text.length).toBeLessThan(INGEST_LIMITS.paragraphChars)
    expect(() => checkDocumentLimits('p.txt', doc(['本单位认真贯彻落实预算管理要求。', text]))).toThrow(/^p\.txt:11: a paragraph has [\d,]+ distinct search tokens \(limit 5,000\)/)
  })

  it('many paragraphs each inside the field limit fail on the document total', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => variedText(1_500, i + 1))
    let error: unknown
    try {
      checkDocumentLimits('q.txt', doc(paragraphs))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(LimitError)
    expect((error as LimitError).limit).toBe('documentTokens')
  })

  it('an ordinary document passes', () => {
    expect(() => checkDocumentLimits('ok.txt', doc(['本单位认真贯彻落实预算管理要求，2025年收入预算120.50万元。'.repeat(20)]))).not.toThrow()
  })

  it('a staff upload is held to the same limits', async () => {
    const bytes = new TextEncoder().encode(`${HEADER}${variedText(6_000)}\n`)
    const r = await parseUpload('poisoned.txt', bytes, 'up1')
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^poisoned\.txt:\d+: a paragraph has [\d,]+ distinct search tokens/) })
  })

  it('npm run ingest:store fails the file alone, named, and publishes nothing of it', async () => {
    const store = createMemoryStore()
    const enc = new TextEncoder()
    const r = await ingestToStore(store, [
      { name: 'poisoned.txt', bytes: async () => enc.encode(`${HEADER}${variedText(6_000)}\n`) },
      { name: 'long-line.txt', bytes: async () => enc.encode(`${HEADER}${'预'.repeat(INGEST_LIMITS.lineChars + 1)}\n`) },
    ])
    const errors = r.errors.map((e) => e.message).join('\n')
    expect(errors).toMatch(/poisoned\.txt:\d+: a paragraph has [\d,]+ distinct search tokens/)
    expect(errors).toMatch(/long-line\.txt:4: line is 20,001 characters/)
    expect(r.parsed.every((p) => !p.ok)).toBe(true)
    expect(await store.catalog.list({ status: ['published', 'draft'] })).toEqual([])
  })
})
