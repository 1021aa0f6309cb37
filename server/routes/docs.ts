import { Hono } from 'hono'
import type { BudgetDocument, Corpus } from '../core/schema.js'
import { AppError } from '../http/errors.js'
import { engineForDoc, type HonoEnv, type RouteDeps } from '../http/types.js'
import { originalPath } from './coverage.js'
import { versionParam, viewAt } from './doc-version.js'

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
  const summaries = new WeakMap<Corpus, ReturnType<typeof docSummary>[]>()
  const summariesOf = (corpus: Corpus) => summaries.get(corpus) ?? summaries.set(corpus, corpus.documents.map(docSummary)).get(corpus)!
  /** A store-backed corpus lists its catalog with no document read. */
  const listed = async () =>
    deps.engine.summaries
      ? ((await deps.engine.summaries()) as { id: string }[]).map((s) => ({ ...s, original: originalPath(s.id) }))
      : summariesOf(deps.engine.corpus)
  const docOr404 = async (id: string, version?: string) => {
    const doc = (await viewAt(deps, id, versionParam(version))).docById.get(id)
    if (!doc) throw new AppError('not_found', `没有编号为 ${id.slice(0, 100)} 的文件。`)
    return doc
  }
  // the engine is read per request: publishing swaps in a new corpus without a restart
  return new Hono<HonoEnv>()
    .get('/docs', async (c) => c.json({ documents: await listed() }))
    .get('/docs/:id', async (c) => c.json({ document: await docOr404(c.req.param('id'), c.req.query('version')) }))
    .get('/docs/:id/original', async (c) => {
      const doc = await docOr404(c.req.param('id'), c.req.query('version'))
      const body = deps.readOriginal ? await deps.readOriginal(doc.file, doc) : undefined
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
    .get('/docs/:id/findings', async (c) => {
      const doc = await docOr404(c.req.param('id'))
      // a store-backed corpus has the findings of the engine holding the document (its shard)
      const engine = await engineForDoc(deps.engine, doc.id)
      const findings = (deps.checkDocument ?? ((d: BudgetDocument) => engine.findings?.forDoc(d.id)))(doc)
      if (!findings) throw new AppError('not_implemented', '一致性检查还没有开通。')
      return c.json({ docId: doc.id, findings })
    })
}
