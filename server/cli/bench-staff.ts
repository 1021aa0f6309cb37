/**
 * npx tsx server/cli/bench-staff.ts: the Node server with a bearer token; measures the time from POST publish to the
 * first /api/ask answer citing the new document, and /api/ask latency while hostile uploads are parsed.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { projectRoot } from '../node-app.js'
import { newBearerToken } from '../staff/staff-accounts.js'
import { startServerProcess } from './http-server-process.js'

const { token, entry } = await newBearerToken('bench', 'publisher')
// a data directory of its own, the built corpus imported into it (as data/store is by default)
const store = mkdtempSync(join(tmpdir(), 'mingzhang-bench-staff-'))
const server = await startServerProcess('server/node.ts', 60_000, { STAFF_TOKENS: entry, STAFF_PARSE_TIMEOUT_MS: '10000', STORE_DIR: store, STORE_IMPORT_CORPUS: '1' })
const auth = { authorization: `Bearer ${token}` }
const upload = async (name: string, bytes: Uint8Array) => {
  const res = await fetch(`${server.url}/api/staff/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: bytes as Uint8Array<ArrayBuffer> })
  return (await res.json()) as { drafts: { id: string; status: string; error?: string }[] }
}
const ask = async (question: string) => {
  const t0 = performance.now()
  const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })
  return { ms: performance.now() - t0, body: (await res.json()) as { citations: { docId: string }[] } }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]

try {
  const doc = readFileSync(join(projectRoot, 'test', 'holdout', 'docs', 'holdout_a.md'))
  const [draft] = (await upload('wuhou.md', doc)).drafts
  const t0 = performance.now()
  await fetch(`${server.url}/api/staff/drafts/${draft.id}/publish`, { method: 'POST', headers: auth })
  let cited = false
  while (!cited) cited = (await ask('武侯区教育局2025年教育支出预算是多少？')).body.citations.some((c) => c.docId === draft.id)
  console.log(`publish → first answer citing the new document: ${(performance.now() - t0).toFixed(0)} ms`)

  const quiet: number[] = []
  for (let i = 0; i < 60; i++) quiet.push((await ask('南岸区医保局2024年2101501行政运行支出多少？')).ms)
  console.log(`/api/ask with no upload: p50 ${pct(quiet, 0.5).toFixed(1)} ms, p99 ${pct(quiet, 0.99).toFixed(1)} ms`)

  // hostile uploads while citizens ask
  const pdf20 = new Uint8Array(20 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24)
  pdf20.set(new TextEncoder().encode('%PDF-1.7\n'))
  const bomb = (() => {
    const packed = deflateRawSync(Buffer.alloc(1))
    const b = Buffer.alloc(30 + 5 + packed.length + 46 + 5 + 22)
    let p = 0
    b.writeUInt32LE(0x04034b50, p); b.writeUInt32LE(1 << 30, p + 22); b.writeUInt16LE(5, p + 26); p += 35; packed.copy(b, p); p += packed.length
    const cd = p
    b.writeUInt32LE(0x02014b50, p); b.writeUInt32LE(packed.length, p + 20); b.writeUInt32LE(1 << 30, p + 24); b.writeUInt16LE(5, p + 28); p += 51
    b.writeUInt32LE(0x06054b50, p); b.writeUInt16LE(1, p + 8); b.writeUInt16LE(1, p + 10); b.writeUInt32LE(51, p + 12); b.writeUInt32LE(cd, p + 16)
    return new Uint8Array(b)
  })()
  // payloads are made before the asking starts: building 20 MB here must not stall this process's own clock
  const lat: number[] = []
  let uploading = true
  const asking = (async () => { while (uploading) lat.push((await ask('南岸区医保局2024年2101501行政运行支出多少？')).ms) })()
  for (const [name, bytes] of [['big.pdf', pdf20], ['bomb.xlsx', bomb], ['renamed.pdf', new Uint8Array(4096).map((_, i) => (i * 7919) % 256)]] as const) {
    const t = performance.now()
    const r = await upload(name, bytes)
    console.log(`${name} (${(bytes.length / 1048576).toFixed(1)} MB): ${r.drafts[0].status} in ${(performance.now() - t).toFixed(0)} ms: ${r.drafts[0].error ?? ''}`)
  }
  uploading = false
  await asking
  console.log(`/api/ask during the uploads: ${lat.length} answers, p50 ${pct(lat, 0.5).toFixed(1)} ms, p99 ${pct(lat, 0.99).toFixed(1)} ms`)
} finally {
  await server.stop()
}
