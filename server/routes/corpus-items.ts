import { Hono } from 'hono'
import type { BudgetDocument, Lines } from '../core/schema.js'
import { paragraphCitation, rowCitation } from '../core/tools/lib/citation.js'
import { viewOf } from '../core/tools/lib/corpus-view.js'
import { CorpusId } from '../http/api-schemas.js'
import { AppError } from '../http/errors.js'
import { docIdOf, engineForDoc, type HonoEnv, type RouteDeps } from '../http/types.js'

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
  /** The lookup maps of the engine holding the item's document (a store-backed corpus reads one shard). */
  const viewFor = async (id: string) => viewOf((await engineForDoc(deps.engine, docIdOf(id))).corpus)
  const sourceLines = async (doc: BudgetDocument, [from, to]: Lines) => {
    const text = deps.readSource ? await deps.readSource(doc.file) : undefined
    if (!text) return []
    return text.split(/\r?\n/).slice(from - 1, to).map((t, i) => ({ line: from + i, text: t }))
  }
  return new Hono<HonoEnv>()
    .get('/tables/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id)).tableById.get(id)
      if (!hit) throw new AppError('not_found', '没有这张表。')
      return c.json({ table: hit.table, doc: docRef(hit.doc), sourceLines: await sourceLines(hit.doc, hit.table.lines) })
    })
    .get('/rows/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id)).rowById.get(id)
      if (!hit) throw new AppError('not_found', '没有这一行。')
      const { rows, ...table } = hit.table
      return c.json({
        row: hit.row,
        table: { ...table, rowCount: rows.length },
        doc: docRef(hit.doc),
        citation: rowCitation(hit.doc, hit.table, hit.row),
        sourceLines: await sourceLines(hit.doc, hit.row.lines),
      })
    })
    .get('/paragraphs/:id{.+}', async (c) => {
      const id = idFrom(c.req.param('id'))
      const hit = (await viewFor(id)).paragraphById.get(id)
      if (!hit) throw new AppError('not_found', '没有这一段。')
      return c.json({
        paragraph: hit.paragraph,
        doc: docRef(hit.doc),
        citation: paragraphCitation(hit.doc, hit.paragraph),
        sourceLines: await sourceLines(hit.doc, hit.paragraph.lines),
      })
    })
}
