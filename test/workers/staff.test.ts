import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import staffWorker from '../../server/staff-worker.js'
import type { AskResponse, BudgetDocument } from '../../server/core/schema.js'
import { tinyPdf } from '../e2e/helpers/tiny-pdf.js'
import holdoutA from '../holdout/docs/holdout_a.md?raw'

/**
 * Staff publishing on Workers, inside workerd: the staff Worker (server/staff-worker.ts) signs in with the secret
 * hash, uploads, publishes, replaces and unpublishes into the local R2 and D1; the citizens' Worker (the seeded
 * entry over server/worker.ts, its own isolate state) answers from each publication on its next request, through
 * the catalog's change feed.
 */
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const staff = (path: string, init?: RequestInit) => staffWorker.fetch(new Request(`https://staff.mingzhang.test${path}`, init), env as never, ctx)
const citizen = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`https://mingzhang.test${path}`, init))
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
const ask = async (question: string) => (await (await citizen('/api/ask', json({ question }))).json()) as AskResponse

const QUESTION = '武侯区教育局2025年教育支出预算是多少？'

function form(name: string, bytes: string | Uint8Array, replaces?: string): FormData {
  const f = new FormData()
  f.append('file', new File([bytes], name))
  if (replaces) f.append('replaces', replaces)
  return f
}

describe('staff publishing on Workers (R2 + D1)', () => {
  it('signs in with the secret hash, uploads, publishes, replaces, unpublishes; citizens answer from each state', async () => {
    expect((await citizen('/api/health')).status).toBe(200) // the citizens' Worker seeds the store
    expect((await staff('/api/staff/uploads', { method: 'POST', body: form('a.md', holdoutA) })).status).toBe(401)
    expect((await staff('/api/staff/session', json({ name: 'pub', password: 'wrong' }))).status).toBe(401)
    const signIn = await staff('/api/staff/session', json({ name: 'pub', password: 'workers-publisher-password' }))
    expect(signIn.status).toBe(200)
    expect(signIn.headers.get('set-cookie')).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/)
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]
    const { csrf } = (await signIn.json()) as { csrf: string }
    const h = { cookie, 'x-csrf-token': csrf }
    const upload = async (body: FormData) => ((await (await staff('/api/staff/uploads', { method: 'POST', headers: h, body })).json()) as { drafts: { id: string; version: number; status: string; error?: string }[] }).drafts

    const [d] = await upload(form('武侯区教育局2025.md', holdoutA))
    expect(d).toMatchObject({ version: 1, status: 'draft' })
    expect((await ask(QUESTION)).citations.some((c) => c.docId === d.id)).toBe(false)
    const draftAnswer = (await (await staff(`/api/staff/drafts/${d.id}/ask`, json({ question: QUESTION }, h))).json()) as AskResponse
    expect(draftAnswer.answer).toContain('185,439.68')

    expect((await staff(`/api/staff/drafts/${d.id}/publish`, { method: 'POST', headers: h })).status).toBe(200)
    const v1 = (await ask(QUESTION)).citations.find((c) => c.docId === d.id && c.value === '185,439.68')
    expect(v1).toMatchObject({ version: 1 })

    const [d2] = await upload(form('武侯区教育局2025-更正.md', holdoutA.replaceAll('185,439.68', '185,500.00'), d.id))
    expect(d2).toMatchObject({ id: d.id, version: 2, status: 'draft' })
    expect((await staff(`/api/staff/drafts/${d.id}/publish`, { method: 'POST', headers: h })).status).toBe(200)
    const v2 = await ask(QUESTION)
    expect(v2.answer).toContain('185,500.00')
    expect(v2.citations.find((c) => c.docId === d.id && c.value === '185,500.00')).toMatchObject({ version: 2, rowId: v1!.rowId })
    const old = await citizen(`/api/rows/${v1!.rowId}?version=1`)
    expect(old.status).toBe(200)
    expect(JSON.stringify(await old.json())).toContain('185,439.68')
    expect(((await (await citizen(`/api/docs/${d.id}`)).json()) as { document: BudgetDocument }).document.version).toBe(2)

    expect((await staff(`/api/staff/docs/${d.id}/unpublish`, { method: 'POST', headers: h })).status).toBe(200)
    expect((await ask(QUESTION)).citations.some((c) => c.docId === d.id)).toBe(false)
    expect((await citizen(`/api/docs/${d.id}?version=2`)).status).toBe(200) // on record

    const csv = await (await staff('/api/staff/audit.csv', { headers: { cookie } })).text()
    for (const step of [`,pub,upload,${d.id},1,`, `,pub,publish,${d.id},1,`, `,pub,replace,${d.id},2,`, `,pub,unpublish,${d.id},2,`]) expect(csv).toContain(step)
  })

  it('reads a PDF with pdf.js inside workerd; a binary renamed .pdf fails with its reason; the citizens\' Worker has no staff routes', async () => {
    const signIn = await staff('/api/staff/session', json({ name: 'pub', password: 'workers-publisher-password' }))
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]
    const { csrf } = (await signIn.json()) as { csrf: string }
    const h = { cookie, 'x-csrf-token': csrf }
    const pdf = tinyPdf(['Budget 2025', 'Item  Amount', 'Salaries  1,234.50'])
    const res = await staff('/api/staff/uploads', { method: 'POST', headers: h, body: form('report.pdf', new Uint8Array(pdf)) })
    const [p] = ((await res.json()) as { drafts: { id: string; status: string; error?: string }[] }).drafts
    // pdf.js read its text (the parser quotes line 1 of it), and the parser refused it as no disclosure: the reason is on record
    expect(p).toMatchObject({ status: 'failed', error: expect.stringMatching(/^report\.pdf:1: not a budget disclosure/) })
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    const [b] = ((await (await staff('/api/staff/uploads', { method: 'POST', headers: h, body: form('renamed.pdf', binary) })).json()) as { drafts: { status: string; error?: string }[] }).drafts
    expect(b).toMatchObject({ status: 'failed', error: expect.stringMatching(/binary/) })
    expect((await citizen('/api/staff/session', json({ name: 'pub', password: 'workers-publisher-password' }))).status).toBe(404)
  }, 300_000)
})
