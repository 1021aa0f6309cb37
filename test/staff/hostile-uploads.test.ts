import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseUpload } from '../../server/core/publish/parse-upload.js'
import { zipProblem } from '../../server/core/publish/zip-guard.js'
import { workerParse } from '../../server/staff/worker-parse.js'
import { HOLDOUT_A, jsonReq, staffApp, uploadBody } from './staff-helpers.js'

/** A one-entry zip whose central directory declares `declared` uncompressed bytes for `data` (deflated). */
function zipWith(name: string, data: Uint8Array, declared = data.length): Uint8Array {
  const packed = deflateRawSync(data)
  const nameBytes = new TextEncoder().encode(name)
  const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(8, 8); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(declared, 22); local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(declared, 24); central.writeUInt16LE(nameBytes.length, 28)
  const cdOffset = 30 + nameBytes.length + packed.length
  const eocd = Buffer.alloc(22); eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10); eocd.writeUInt32LE(46 + nameBytes.length, 12); eocd.writeUInt32LE(cdOffset, 16)
  return new Uint8Array(Buffer.concat([local, nameBytes, packed, central, nameBytes, eocd]))
}

describe('hostile uploads', () => {
  it('zip bombs are refused from the central directory, before anything is inflated', () => {
    expect(zipProblem(zipWith('xl/sheet1.xml', new Uint8Array(10), 1024 * 1024 * 1024))).toMatch(/more than 200 MB/)
    expect(zipProblem(zipWith('xl/sheet1.xml', new Uint8Array(40 * 1024 * 1024)))).toMatch(/zip bomb/)
    expect(zipProblem(zipWith('xl/sheet1.xml', new TextEncoder().encode('<x>hello</x>')))).toBeUndefined()
    expect(zipProblem(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/not a complete zip/)
  })

  it('type by content: a binary renamed .pdf, a zip renamed .xlsx that is a bomb, an unknown archive', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect(await parseUpload('report.pdf', binary, 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) })
    expect(await parseUpload('budget.xlsx', zipWith('xl/a.xml', new Uint8Array(10), 1 << 30), 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/200 MB/) })
    expect(await parseUpload('budget.zip', zipWith('a.txt', new Uint8Array(10)), 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/unsupported file type/) })
  })

  it('413 past the per-file and per-request limits, nothing stored; failed uploads leave citizens\' corpus as it was', async () => {
    const t = await staffApp({ env: { STAFF_MAX_FILE_BYTES: '40000', STAFF_MAX_REQUEST_BYTES: '70000' } })
    const auth = { authorization: `Bearer ${t.token}` }
    const corpus = JSON.stringify(t.engine.corpus)
    const stored = await t.store.blobs.list('')
    const big = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'big.txt', bytes: new Uint8Array(50_000).fill(65) }]) })
    expect(big.status).toBe(413)
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/MB/)
    const many = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'a.md', bytes: HOLDOUT_A }, { name: 'b.md', bytes: HOLDOUT_A }, { name: 'c.md', bytes: HOLDOUT_A }]) })
    expect(many.status).toBe(413)
    expect(await t.store.blobs.list('')).toEqual(stored)

    const res = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([
      { name: 'renamed.pdf', bytes: new Uint8Array(4096).map((_, i) => (i * 7919) % 256) },
      { name: 'bomb.xlsx', bytes: zipWith('xl/sheet1.xml', new Uint8Array(10), 1 << 30) },
    ]) })
    const { drafts } = (await res.json()) as { drafts: { id: string; status: string; error: string }[] }
    expect(drafts.map((d) => d.status)).toEqual(['failed', 'failed'])
    expect((await t.app.request(`/api/staff/drafts/${drafts[0].id}/publish`, { method: 'POST', headers: auth })).status).toBe(409)
    expect(JSON.stringify(t.engine.corpus)).toBe(corpus)
  })

  it('Node: a parse past its time budget is stopped in its worker, the draft fails, the service keeps answering', async () => {
    const slow = workerParse({ timeoutMs: 1, maxHeapMb: 256 })
    const t = await staffApp({ parse: slow })
    const auth = { authorization: `Bearer ${t.token}` }
    const res = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'a.md', bytes: HOLDOUT_A }]) })
    const [d] = ((await res.json()) as { drafts: { status: string; error: string }[] }).drafts
    expect(d).toMatchObject({ status: 'failed', error: expect.stringMatching(/longer than 1 ms/) })
    expect((await t.app.request('/api/ask', jsonReq('POST', { question: '南岸区医保局2024年2101501行政运行支出多少？' }))).status).toBe(200)
    await slow.close()

    const ok = workerParse({ timeoutMs: 60_000, maxHeapMb: 256 })
    const parsed = await ok('a.md', HOLDOUT_A, 'dtest')
    await ok.close()
    expect(parsed).toMatchObject({ ok: true, document: { id: 'dtest', org: '成都市武侯区教育局' } })
  }, 120_000)
})
