import { Hono } from 'hono'
import type { BudgetDocument } from '../core/schema.js'
import { viewOf } from '../core/tools/lib/corpus-view.js'
import { AppError } from '../http/errors.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'
import { originalPath } from './coverage.js'

/** A document without its rows and paragraphs: what a list or a picker needs. */
export const docSummary = (d: BudgetDocument) => ({
  id: d.id,
  org: d.org,
  region: d.region,
  city: d.city,
  year: d.year,
  scope: d.scope,
  title: d.title,
  unit: d.unit,
  format: d.format ?? 'text',
  version: d.version,
  original: originalPath(d.id),
  tables: d.tables.map((t) => ({ id: t.id, number: t.number, title: t.title, kind: t.kind, unit: t.unit, year: t.year, rows: t.rows.length, noData: t.noData })),
  paragraphs: d.paragraphs.length,
})

const ORIGINAL_TYPES: Record<string, string> = {
  text: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  html: 'application/octet-stream',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}
const INLINE = { text: 1, pdf: 1 }

/** GET /api/docs, /api/docs/:id (the whole parsed document), /api/docs/:id/original (as published), /api/docs/:id/findings (consistency checks). */
export function docsRoutes(deps: RouteDeps) {
  const view = viewOf(deps.engine.corpus)
  const summaries = deps.engine.corpus.documents.map(docSummary)
  const findings = deps.engine.findings
  const checkDocument = deps.checkDocument ?? (findings && ((d: BudgetDocument) => findings.forDoc(d.id)))
  const docOr404 = (id: string) => {
    const doc = view.docById.get(id)
    if (!doc) throw new AppError('not_found', `没有编号为 ${id.slice(0, 100)} 的文件。`)
    return doc
  }
  return new Hono<HonoEnv>()
    .get('/docs', (c) => c.json({ documents: summaries }))
    .get('/docs/:id', (c) => c.json({ document: docOr404(c.req.param('id')) }))
    .get('/docs/:id/original', async (c) => {
      const doc = docOr404(c.req.param('id'))
      const body = deps.readOriginal ? await deps.readOriginal(doc.file) : undefined
      if (!body) throw new AppError('not_found', '这份文件的原件暂时无法下载。')
      const type = ORIGINAL_TYPES[doc.format ?? 'text']
      // text and PDF open in the browser; formats that could run or render markup here are always downloads
      const inline = c.req.query('download') === undefined && (doc.format ?? 'text') in INLINE
      const name = doc.file.split('/').pop() ?? doc.id
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': type,
        'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'public, max-age=3600',
      })
    })
    .get('/docs/:id/findings', (c) => {
      const doc = docOr404(c.req.param('id'))
      if (!checkDocument) throw new AppError('not_implemented', '一致性检查还没有开通。')
      return c.json({ docId: doc.id, findings: checkDocument(doc) })
    })
}
