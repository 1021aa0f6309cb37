import { Hono } from 'hono'
import { z } from 'zod'
import { checkDocument } from '../core/checks/check-document.js'
import { createEngine, type Engine } from '../core/engine.js'
import { DeskError, type DraftView } from '../core/publish/staff-desk.js'
import { AskRequest, Scope } from '../core/schema.js'
import { limitBody } from '../http/body-limit.js'
import { CorpusId } from '../http/api-schemas.js'
import { AppError } from '../http/errors.js'
import { requireJsonBody, valid } from '../http/validate.js'
import { requireStaff, type StaffHonoEnv } from '../staff/staff-guard.js'
import type { StaffWiring } from '../staff/staff-wiring.js'
import { versionParam } from './doc-version.js'
import { MetadataPatch } from './staff-schemas.js'


/**
 * The files of an upload: multipart/form-data (one or many `file` fields, `replaces`), or one file as the raw body
 * (application/octet-stream, name in `?name=`, `?replaces=`): the raw form skips the multipart parser, which holds
 * the event loop for large files.
 */
async function uploadedFiles(req: Request, query: URLSearchParams): Promise<{ files: { name: string; size: number; bytes: () => Promise<Uint8Array> }[]; replaces?: string }> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  if (type.startsWith('application/octet-stream')) {
    const bytes = new Uint8Array(await req.arrayBuffer())
    const replaces = query.get('replaces') || undefined
    return { files: bytes.length ? [{ name: query.get('name') || 'upload', size: bytes.length, bytes: async () => bytes }] : [], replaces: replaces && docId(replaces) }
  }
  if (!type.startsWith('multipart/form-data')) throw new AppError('unsupported_media_type', '请用 multipart/form-data 或 application/octet-stream 上传文件。')
  const form = await req.formData()
  const files = [...form.values()].filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v)
  const replaces = form.get('replaces')
  return {
    files: files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
    replaces: typeof replaces === 'string' && replaces ? docId(replaces) : undefined,
  }
}

/** Desk errors onto the error taxonomy. */
async function desk<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    if (e instanceof DeskError) throw new AppError(e.kind, e.message)
    throw e
  }
}

const docId = (raw: string) => {
  if (!CorpusId.safeParse(raw).success || raw.includes('/')) throw new AppError('not_found', '没有这个编号。')
  return raw
}

/** The review page's view of a draft: entry, parse notes, the document, and its consistency findings. */
const report = (v: DraftView) => ({ ...v, findings: v.document ? checkDocument(v.document) : [] })

/** Uploads, draft review and correction, asking a draft, publishing, replacing and unpublishing. */
export function staffDraftRoutes(w: StaffWiring) {
  const draftEngines = new Map<string, Engine>()
  const engineFor = (v: DraftView) => {
    const key = `${v.entry.id}@${v.entry.version}@${v.entry.updatedAt}`
    let e = draftEngines.get(key)
    if (!e) {
      if (draftEngines.size >= 8) draftEngines.delete(draftEngines.keys().next().value!)
      e = createEngine({ version: 1, documents: [v.document!], errors: [] })
      draftEngines.set(key, e)
    }
    return e
  }
  const tooLarge = (what: string, max: number) => new AppError('payload_too_large', `${what}太大了（最多 ${(max / 1048576).toFixed(1)} MB）。`)

  return new Hono<StaffHonoEnv>()
    .post('/staff/uploads', requireStaff(w, 'editor'), limitBody(w.limits.maxRequestBytes), async (c) => {
      const { files, replaces } = await uploadedFiles(c.req.raw, new URL(c.req.url).searchParams)
      if (!files.length) throw new AppError('bad_request', '没有收到文件。')
      if (files.length > w.limits.maxFiles) throw new AppError('payload_too_large', `一次最多上传 ${w.limits.maxFiles} 个文件。`)
      if (replaces && files.length > 1) throw new AppError('bad_request', '替换时一次只能上传一个文件。')
      const big = files.find((f) => f.size > w.limits.maxFileBytes)
      if (big) throw tooLarge(`文件 ${big.name.slice(0, 80)} `, w.limits.maxFileBytes)
      const actor = c.get('staff').name
      const results = []
      for (const f of files) {
        const name = (f.name || 'upload').slice(0, 200)
        try {
          const v = await w.desk.upload(actor, { name, bytes: await f.bytes(), replaces })
          results.push({ file: name, id: v.entry.id, version: v.entry.version, status: v.entry.status, error: v.notes.error })
        } catch (e) {
          if (!(e instanceof DeskError)) throw e
          results.push({ file: name, status: 'rejected' as const, error: e.message })
        }
      }
      return c.json({ drafts: results })
    })
    .get('/staff/drafts', requireStaff(w, 'editor'), async (c) => c.json({ entries: await w.desk.list() }))
    .get('/staff/drafts/:id', requireStaff(w, 'editor'), async (c) =>
      c.json(report(await desk(() => w.desk.draft(docId(c.req.param('id')), versionParam(c.req.query('version')))))))
    .get('/staff/drafts/:id/original', requireStaff(w, 'editor'), async (c) => {
      const id = docId(c.req.param('id'))
      const version = versionParam(c.req.query('version')) ?? (await desk(() => w.desk.draft(id))).entry.version
      const hit = await w.desk.original(id, version)
      if (!hit?.bytes) throw new AppError('not_found', '没有原件。')
      const safeName = encodeURIComponent(hit.entry.file)
      // never rendered inline: an uploaded HTML page must not run on this origin
      return c.body(hit.bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename*=UTF-8''${safeName}` })
    })
    .patch('/staff/drafts/:id', requireStaff(w, 'editor'), requireJsonBody, valid('json', MetadataPatch), async (c) =>
      c.json(report(await desk(() => w.desk.edit(c.get('staff').name, docId(c.req.param('id')), c.req.valid('json'))))))
    .post('/staff/drafts/:id/ask', requireStaff(w, 'editor'), requireJsonBody, valid('json', AskRequest), async (c) => {
      const v = await desk(() => w.desk.draft(docId(c.req.param('id')), versionParam(c.req.query('version'))))
      if (!v.document) throw new AppError('conflict', '这份草稿没有解析成功，不能提问。')
      const { question, history } = c.req.valid('json')
      return c.json(engineFor(v).ask({ question, history }))
    })
    .post('/staff/drafts/:id/publish', requireStaff(w, 'publisher'), async (c) => {
      const t0 = performance.now()
      const v = await desk(() => w.desk.publish(c.get('staff').name, docId(c.req.param('id')), versionParam(c.req.query('version'))))
      return c.json({ entry: v.entry, ms: Math.round(performance.now() - t0) })
    })
    .post('/staff/docs/:id/unpublish', requireStaff(w, 'publisher'), async (c) =>
      c.json({ entry: (await desk(() => w.desk.unpublish(c.get('staff').name, docId(c.req.param('id'))))).entry }))
}
