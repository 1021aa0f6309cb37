import type { ChartBar, Citation, Lines, Row, Table, TableKind } from '../../../server/core/schema.js'
import type { HitMeta } from '../../../server/core/search/hit-meta.js'

/** Client-side views of the API's shapes. Domain objects come from the server schema (types only: nothing of zod is bundled). */
export type { ChartBar, Citation, Lines, Row, Table }

/** A hit as GET /api/search sends it: the server's hit, its `ref` renamed `id`. */
export type SearchHit = Omit<HitMeta, 'ref'> & { id: string; score?: number }

export interface TableSummary {
  id: string
  number?: string
  title: string
  kind: TableKind
  unit?: string
}

export interface DocSummary {
  id: string
  org: string
  region?: string
  year: number
  scope: string
  title: string
  format?: string
  /** path of GET /api/docs/:id/original */
  original?: string
  tables: TableSummary[]
}

export interface SourceLine {
  line: number
  text: string
}

export interface ParagraphResponse {
  paragraph: { id: string; text: string; lines: Lines }
  doc: { id: string; org: string; year: number; title?: string }
  sourceLines: SourceLine[]
}

/** GET /api/coverage: organisations × years, each document with its original; `allowed` for the calling origin. */
export interface Coverage {
  org: string | null
  allowed: boolean | null
  setting: string
  updated: string | null
  documents: number
  units: { org: string; years: number[]; documents: { id: string; year: number; scope: string; title: string; format: string; original: string }[] }[]
}

export interface TableResponse {
  table: Table
  doc: { id: string; org: string; year: number; title?: string; region?: string }
  sourceLines: SourceLine[]
}

/** One prior turn sent back as context; the server caps history at 20 messages of 4000 characters. */
export interface HistoryMessage {
  role: 'user' | 'assistant'
  content: string
}
