import { z } from 'zod'
import type { BudgetDocument, Citation, Corpus, Paragraph, Row, Table } from '../schema.js'
import { compactText, normalizeText } from '../search/normalize-text.js'
import { paragraphCitation, rowCitation } from './lib/citation.js'
import { verbatimQuote } from './lib/verbatim.js'
import { scopeDocs } from './lib/doc-scope.js'
import { DocIdInput, OrgInput } from './lib/inputs.js'
import type { QueryTool, ToolResult } from './types.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { vocabularyIn } from './context-vocabulary.js'

export const DefineTermInput = z.object({
  term: z.string().min(1).max(40).describe('the term to define, e.g. 项目支出, 三公经费, 财政拨款收入'),
  org: OrgInput.optional(),
  docId: DocIdInput.optional(),
})
export type DefineTermInput = z.input<typeof DefineTermInput>

/**
 * "（四）项目支出：指…" / "项目支出是指…" / "机关运行经费，是指…" / "4.X：反映…" (the 功能科目 wording of a 名词解释):
 * a term and its definition at the head of a paragraph, after any "名词解释：" lead-in ("2.名词解释：X，指…").
 */
const DEFINITION = /^(?:[(（]?[一二三四五六七八九十\d]+[)）.、]\s*)?(?:名词解释[:：]\s*)?([^:：，,。；;]{2,24}?)\s*(?:[:：]\s*(?:是)?指(?!标)|[:：]\s*反映|[，,]?\s*(?:是指|系指)|[，,]\s*指(?![标导挥示定出南]))/u
/** "说明：1、…(1)因公出国(境)费，指…(2)公务接待费，指…": numbered definitions inside a note (a 说明 row under a table). */
const NUMBERED = /[(（]\d{1,2}[)）]\s*((?:[^:：，,。；;()（）]|[(（][^\d()（）]{1,3}[)）]){2,20}?)\s*[，,:：]?\s*(?:是指|系指|指(?![标导挥示定出南]))/gu
/** A term defined inside another's definition: "其中，…；公务用车运行维护费反映单位按规定保留的公务用车燃料费…". */
const NESTED = /^\s*(?:其中[，,]\s*)?([^:：，。；、]{2,20}?)\s*(?:是指|系指|反映|主要包括|包括|指(?!标))/u

/** how the definition was found: the paragraph's own term, a term defined inside it, or a term only listed in it */
type Depth = 'head' | 'nested' | 'listed'
interface Defined {
  term: string; doc: BudgetDocument; p?: Paragraph; text: string; depth: Exclude<Depth, 'listed'>
  /** a 说明 row of a table ("说明:1、…(2)公务接待费,指…" spanning the table under its figures) */
  note?: { table: Table; row: Row }
}
/** A table row that is the table's note, not a subject: "说明：…", "注：…". */
const NOTE_ROW = /^(?:说明|注|备注)\s*[:：]/
const cache = new WeakMap<Corpus, Defined[]>()

function definitions(corpus: Corpus): Defined[] {
  let v = cache.get(corpus)
  if (!v) {
    v = []
    for (const doc of corpus.documents) {
      for (const p of doc.paragraphs) {
        const t = normalizeText(p.text)
        const m = DEFINITION.exec(t)
        if (!m) {
          for (const n of numberedDefinitions(t)) v.push({ ...n, doc, p, depth: 'nested' })
          continue
        }
        v.push({ term: compactText(m[1]), doc, p, text: t.slice(t.indexOf(m[1])).trim(), depth: 'head' })
        for (const clause of t.split(/[。；;]|其中[，,]/).slice(1)) {
          const n = NESTED.exec(clause)
          if (n) v.push({ term: compactText(n[1]), doc, p, text: clause.trim(), depth: 'nested' })
        }
      }
      for (const table of doc.tables) {
        for (const row of table.rows) {
          if (!NOTE_ROW.test(row.name) || row.cells.some((c) => c.amount)) continue
          for (const n of numberedDefinitions(normalizeText(row.name))) v.push({ ...n, doc, depth: 'nested', note: { table, row } })
        }
      }
    }
    cache.set(corpus, v)
  }
  return v
}

/** Each numbered definition of a note, its text up to the next number or the note's end. */
function numberedDefinitions(t: string): { term: string; text: string }[] {
  const hits = [...t.matchAll(NUMBERED)]
  return hits.map((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].index : t.length
    const text = t.slice(h.index + h[0].indexOf(h[1]), end).trim()
    return { term: compactText(h[1]), text: /[。；;]/.test(text) ? text.slice(0, text.search(/[。；;]/) + 1) : text }
  })
}

/** A definition read from a table's 说明 row: that row, quoted as printed. */
function noteCitation(d: Defined): Citation {
  const c = rowCitation(d.doc, d.note!.table, d.note!.row)
  return { ...c, text: verbatimQuote(d.note!.row.name, d.text) ?? d.text }
}

export interface Definition { term: string; text: string; docId: string; org: string; depth: Depth }

const DEPTH_RANK: Record<Depth, number> = { head: 0, nested: 1, listed: 2 }

/**
 * The documents' own definition of a term (专业性名词解释), deduplicated across documents: a paragraph's head term,
 * a term defined inside another's definition, else (depth "listed") the definition that names the term as one of its parts.
 */
export function defineTerm(corpus: Corpus, input: DefineTermInput, v: Vocabulary): ToolResult<{ definitions: Definition[] }> {
  const docs = new Set(scopeDocs(corpus, input, false))
  const asked = compactText(input.term)
  const inScope = definitions(corpus).filter((d) => docs.has(d.doc))
  let scored = inScope
    .map((d) => ({ d, fit: v.names.fit(input.term, d.term), depth: d.depth as Depth }))
    .filter((x) => x.fit >= 0.85)
  if (!scored.length && asked.length >= 3) {
    scored = inScope.filter((d) => d.depth === 'head' && compactText(d.text).includes(asked)).map((d) => ({ d, fit: 0.5, depth: 'listed' as Depth }))
  }
  scored.sort((a, b) => b.fit - a.fit || DEPTH_RANK[a.depth] - DEPTH_RANK[b.depth] || b.d.doc.year - a.d.doc.year)
  if (!scored.length) return { ok: false, error: `no definition of ${input.term}`, citations: [] }
  const top = scored[0]
  const seen = new Set<string>()
  const picked = scored.filter((x) => x.fit === top.fit && x.depth === top.depth && !seen.has(x.d.text) && seen.add(x.d.text))
  return {
    ok: true,
    definitions: picked.map(({ d, depth }) => ({ term: d.term, text: d.text, docId: d.doc.id, org: d.doc.org, depth })),
    citations: picked.map(({ d }) => (d.note ? noteCitation(d) : paragraphCitation(d.doc, d.p!, d.text))),
  }
}

export const defineTermTool: QueryTool<typeof DefineTermInput, { definitions: Definition[] }> = {
  name: 'define-term',
  description: 'Look up how the documents define a term (专业性名词解释: 基本支出, 项目支出, 三公经费, 财政拨款收入…).',
  inputSchema: DefineTermInput,
  run: (ctx, input) => defineTerm(ctx.corpus, input, vocabularyIn(ctx)),
}
