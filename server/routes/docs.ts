import { Hono } from 'hono'
import type { BudgetDocument } from '../core/schema.js'
import { viewOf } from '../core/tools/lib/corpus-view.js'
import { AppError } from '../http/errors.js'
import { engineForDoc, type HonoEnv, type RouteDeps } from '../http/types.js'

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
  tables: d.tables.map((t) => ({ id: t.id, number: t.number, title: t.title, kind: t.kind, unit: t.unit, year: t.year, rows: t.rows.length, noData: t.noData })),
  paragraphs: d.paragraphs.length,
})

/** GET /api/docs, /api/docs/:id (the whole parsed document), /api/docs/:id/findings (consistency checks). */
export function docsRoutes(deps: RouteDeps) {
  const summaries = () => deps.engine.summaries?.() ?? deps.engine.corpus.documents.map(docSummary)
  /** The document and the engine holding it (a store-backed corpus reads its shard). */
  const docOr404 = async (id: string) => {
    const engine = await engineForDoc(deps.engine, id)
    const doc = viewOf(engine.corpus).docById.get(id)
    if (!doc) throw new AppError('not_found', `没有编号为 ${id.slice(0, 100)} 的文件。`)
    return { doc, engine }
  }
  return new Hono<HonoEnv>()
    .get('/docs', (c) => c.json({ documents: summaries() }))
    .get('/docs/:id', async (c) => c.json({ document: (await docOr404(c.req.param('id'))).doc }))
    .get('/docs/:id/findings', async (c) => {
      const { doc, engine } = await docOr404(c.req.param('id'))
      const findings = engine.findings
      const checkDocument = deps.checkDocument ?? (findings && ((d: BudgetDocument) => findings.forDoc(d.id)))
      if (!checkDocument) throw new AppError('not_implemented', '一致性检查还没有开通。')
      return c.json({ docId: doc.id, findings: checkDocument(doc) })
    })
}
