import { describe, expect, it } from 'vitest'
import type { AskResponse, BudgetDocument } from '../../server/core/schema.js'
import { HOLDOUT_A, jsonReq, signIn, staffApp, uploadBody } from './staff-helpers.js'

const QUESTION = '武侯区教育局2025年教育支出预算是多少？'

describe('staff flow: upload → review → correct → ask the draft → publish → citizens → replace → unpublish', () => {
  it('goes through the HTTP API with a text document', async () => {
    const t = await staffApp()
    const ed = await signIn(t, 'ed', 'edit-pw')
    const pub = await signIn(t, 'pub', 'pub-pw')

    // citizens know nothing of 武侯 before
    const before = (await (await t.app.request('/api/ask', jsonReq('POST', { question: QUESTION }))).json()) as AskResponse
    expect(before.citations.some((c) => c.org.includes('武侯'))).toBe(false)

    const up = await t.app.request('/api/staff/uploads', { method: 'POST', headers: ed.headers, body: uploadBody([{ name: '武侯区教育局2025.md', bytes: HOLDOUT_A }]) })
    expect(up.status).toBe(200)
    const [draft] = ((await up.json()) as { drafts: { id: string; version: number; status: string }[] }).drafts
    expect(draft).toMatchObject({ version: 1, status: 'draft' })

    const report = (await (await t.app.request(`/api/staff/drafts/${draft.id}`, { headers: { cookie: ed.cookie } })).json()) as { document: BudgetDocument; findings: unknown[]; entry: { status: string } }
    expect(report.document).toMatchObject({ org: '成都市武侯区教育局', year: 2025, scope: '部门预算', version: 1 })
    expect(report.document.tables.length).toBeGreaterThan(5)
    expect(Array.isArray(report.findings)).toBe(true)

    // correct the year (a misread), then back
    const patched = await t.app.request(`/api/staff/drafts/${draft.id}`, jsonReq('PATCH', { year: 2026 }, ed.headers))
    expect(patched.status).toBe(200)
    expect(((await patched.json()) as { document: BudgetDocument }).document.year).toBe(2026)
    await t.app.request(`/api/staff/drafts/${draft.id}`, jsonReq('PATCH', { year: 2025 }, ed.headers))

    // ask the draft alone
    const asked = (await (await t.app.request(`/api/staff/drafts/${draft.id}/ask`, jsonReq('POST', { question: QUESTION }, ed.headers))).json()) as AskResponse
    expect(asked.answer).toContain('185,439.68')
    // still not public
    expect((await t.app.request(`/api/docs/${draft.id}`)).status).toBe(404)

    // an editor may not publish
    expect((await t.app.request(`/api/staff/drafts/${draft.id}/publish`, { method: 'POST', headers: ed.headers })).status).toBe(403)
    const t0 = performance.now()
    const published = await t.app.request(`/api/staff/drafts/${draft.id}/publish`, { method: 'POST', headers: pub.headers })
    expect(published.status).toBe(200)
    const after = (await (await t.app.request('/api/ask', jsonReq('POST', { question: QUESTION }))).json()) as AskResponse
    const publishToAnswerMs = performance.now() - t0
    console.log(`publish → first citing answer: ${publishToAnswerMs.toFixed(0)} ms`)
    expect(after.answer).toContain('185,439.68')
    const cited = after.citations.find((c) => c.docId === draft.id && c.value === '185,439.68')!
    expect(cited).toMatchObject({ version: 1 })
    const rowV1 = await (await t.app.request(`/api/rows/${cited.rowId}?version=1`)).json() as { row: { cells: { text: string }[] } }
    expect(JSON.stringify(rowV1.row)).toContain('185,439.68')

    // a replacement: one figure changed
    const v2Text = HOLDOUT_A.toString('utf8').replaceAll('185,439.68', '185,500.00')
    const rep = await t.app.request('/api/staff/uploads', { method: 'POST', headers: ed.headers, body: uploadBody([{ name: 'v2.md', bytes: v2Text }], draft.id) })
    const [d2] = ((await rep.json()) as { drafts: { id: string; version: number; status: string }[] }).drafts
    expect(d2).toMatchObject({ id: draft.id, version: 2, status: 'draft' })
    // until published, citizens still get version 1
    expect(((await (await t.app.request('/api/ask', jsonReq('POST', { question: QUESTION }))).json()) as AskResponse).answer).toContain('185,439.68')
    expect((await t.app.request(`/api/staff/drafts/${draft.id}/publish`, { method: 'POST', headers: pub.headers })).status).toBe(200)
    const v2 = (await (await t.app.request('/api/ask', jsonReq('POST', { question: QUESTION }))).json()) as AskResponse
    expect(v2.answer).toContain('185,500.00')
    const cited2 = v2.citations.find((c) => c.docId === draft.id && c.value === '185,500.00')!
    expect(cited2).toMatchObject({ version: 2, rowId: cited.rowId })
    // the old citation still opens at its version, with the old figure
    const old = await t.app.request(`/api/rows/${cited.rowId}?version=1`)
    expect(old.status).toBe(200)
    expect(JSON.stringify(await old.json())).toContain('185,439.68')
    const oldDoc = (await (await t.app.request(`/api/docs/${draft.id}?version=1`)).json()) as { document: BudgetDocument }
    const newDoc = (await (await t.app.request(`/api/docs/${draft.id}`)).json()) as { document: BudgetDocument }
    expect(newDoc.document.version).toBe(2)
    // every row id of version 1 is still there in version 2
    const ids = (d: BudgetDocument) => d.tables.flatMap((tb) => tb.rows.map((r) => r.id))
    expect(ids(newDoc.document)).toEqual(ids(oldDoc.document))

    // unpublish: out of answers, still on record
    expect((await t.app.request(`/api/staff/docs/${draft.id}/unpublish`, { method: 'POST', headers: pub.headers })).status).toBe(200)
    const gone = (await (await t.app.request('/api/ask', jsonReq('POST', { question: QUESTION }))).json()) as AskResponse
    expect(gone.citations.some((c) => c.docId === draft.id)).toBe(false)
    expect((await t.app.request(`/api/docs/${draft.id}?version=2`)).status).toBe(200)

    const audit = (await (await t.app.request('/api/staff/audit', { headers: { cookie: pub.cookie } })).json()) as { events: { action: string; actor: string }[] }
    // the seeds' import by ingest is in the same log; staff's steps follow it
    expect(audit.events.filter((e) => e.actor !== 'ingest').map((e) => e.action).reverse()).toEqual(['sign-in', 'sign-in', 'upload', 'edit', 'edit', 'publish', 'upload', 'replace', 'unpublish'])
    const csv = await (await t.app.request('/api/staff/audit.csv', { headers: { cookie: pub.cookie } })).text()
    expect(csv).toMatch(/^\ufeff?at,actor,action,docId,version,detail\r\n/)
    expect(csv).toContain(',pub,replace,')
  })

  it('a bearer token publishes without a CSRF token; the spec lists the staff routes and their security', async () => {
    const t = await staffApp()
    const auth = { authorization: `Bearer ${t.token}` }
    const up = await t.app.request('/api/staff/uploads', { method: 'POST', headers: auth, body: uploadBody([{ name: 'a.md', bytes: HOLDOUT_A }]) })
    const [d] = ((await up.json()) as { drafts: { id: string }[] }).drafts
    expect((await t.app.request(`/api/staff/drafts/${d.id}/publish`, { method: 'POST', headers: auth })).status).toBe(200)
    expect((await t.app.request(`/api/docs/${d.id}`)).status).toBe(200)
    // one file as the raw body, replacing it
    const raw = await t.app.request(`/api/staff/uploads?name=${encodeURIComponent('新版.md')}&replaces=${d.id}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: HOLDOUT_A.toString().replace('1,486.32', '1,486.99') })
    expect(((await raw.json()) as { drafts: unknown[] }).drafts).toEqual([{ file: '新版.md', id: d.id, version: 2, status: 'draft' }])
    expect((await t.app.request('/api/staff/uploads', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: 'x' })).status).toBe(415)
    const spec = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } }
    expect(Object.keys(spec.paths)).toContain('/api/staff/uploads')
    expect(Object.keys(spec.components.securitySchemes)).toEqual(['staffBearer', 'staffSession', 'csrfHeader'])
  })
})
