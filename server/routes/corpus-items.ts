import { Hono } from 'hono'
import type { BudgetDocument, Lines } from '../core/schema.js'
import { paragraphCitation, rowCitation } from '../core/tools/lib/citation.js'
import { CorpusId } from '../http/api-schemas.js'
import { AppError } from '../http/errors.js'
import type { HonoEnv, RouteDeps } from '../http/types.js'
import { docIdOf, versionParam, viewAt } from './doc-version.js'

const docRef = (d: BudgetDocument) => ({ id: d.id, org: d.org, year: d.year, title: d.title, region: d.region })

/** An id from the path: slashes as separators (`<docId>/t3/r5`) or percent-encoded (`<docId>%2Ft3%2Fr5`). */
function idFrom(raw: string): string {
  let id = raw
  try {
    id = decodeURIComponent(raw)
  } catch {
    // not percent-encoded: use as is
  }
  if (!CorpusId.safeParse(id).success) throw new AppError('not_found', '没有这个编号。')
  return id
}

/** GET /api/tables/:id (all rows, with source lines), /api/rows/:id, /api/paragraphs/:id, ids as in citations. */
export function corpusItemRoutes(deps: RouteDeps) {
  // per request: publishing swaps the corpus; `?version=N` opens an older version of the document
  const viewFor = (id: string, version: string | undefined) => viewAt(deps, docIdOf(id), versionParam(version))
  /** The cited lines, with `?context=N` (0–20) lines either side, so a quote can be read in its place. */
  const sourceLines = async (doc: BudgetDocument, [from, to]: Lines, context = 0) => {
    const text = deps.readSource ? await deps.readSource(doc.file, doc) : undefined
    if (!text) return []
    const start = Math.max(1, from - context)
    return text.split(/\r?\n/).slice(start - 1, to + context).map((t, i) => ({ line: start + i, text: t }))
  }
  const contextOf = (raw: string | undefined) => Math.min(20, Math.max(0, Number.parseInt(raw ?? '0', 10) || 0))
  return new Hono<HonoEnv>()
    .get('/tables/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id, c.req.query('version'))).tableById.get(id)
      if (!hit) throw new AppError('not_found', '没有这张表。')
      return c.json({ table: hit.table, doc: docRef(hit.doc), sourceLines: await sourceLines(hit.doc, hit.table.lines, contextOf(c.req.query('context'))) })
    })
    .get('/rows/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id, c.req.query('version'))).rowById.get(id)
      if (!hit) throw new AppError('not_found', '没有这一行。')
      const { rows, ...table } = hit.table
      return c.json({
        row: hit.row,
        table: { ...table, rowCount: rows.length },
        doc: docRef(hit.doc),
        citation: rowCitation(hit.doc, hit.table, hit.row),
        sourceLines: await sourceLines(hit.doc, hit.row.lines, contextOf(c.req.query('context'))),
      })
    })
    .get('/paragraphs/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id, c.req.query('version'))).paragraphById.get(id)
      if (!hit) throw new AppError('not_found', '没有这一段。')
      return c.json({
        paragraph: hit.paragraph,
        doc: docRef(hit.doc),
        citation: paragraphCitation(hit.doc, hit.paragraph),
        sourceLines: await sourceLines(hit.doc, hit.paragraph.lines, contextOf(c.req.query('context'))),
      })
    })
}
