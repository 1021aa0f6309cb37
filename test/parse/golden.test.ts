import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountLines } from '../../server/core/parse/line-accounting.js'
import { parseDocument } from '../../server/core/parse/parse-document.js'
import type { BudgetDocument } from '../../server/core/schema.js'
import { SEEDS, seedFiles } from './helpers.js'

const GOLDEN = join(__dirname, 'golden')

/** A reviewable projection of the parse: one line per row, so a diff shows exactly what changed. */
function project(doc: BudgetDocument) {
  return {
    org: doc.org, region: doc.region, year: doc.year, scope: doc.scope, unit: doc.unit,
    sections: doc.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.title} @${s.line}`),
    tables: doc.tables.map((t) => ({
      head: `${t.number ?? '-'} ${t.title} [${t.kind}, ${t.unit ?? '?'}${t.noData ? ', no data' : ''}] @${t.lines.join('-')}`,
      columns: t.columns.map((c) => `${c.side ? c.side + ':' : ''}${c.label} (${c.role})`),
      fields: t.fields.map((f) => `${f.key} = ${f.value.slice(0, 30)}`),
      rows: t.rows.map((r) => `@${r.lines[0]} ${r.side ? r.side + ' ' : ''}${'  '.repeat(r.level)}${r.code ?? ''} ${r.name} | ${r.cells.map((c) => (c.text || '·') + (c.inferred ? '?' : '')).join(' | ')}`),
    })),
    unparsed: doc.unparsed.map((u) => `@${u.line} ${u.reason}`),
  }
}

describe.each(seedFiles())('%s', (file) => {
  const text = readFileSync(join(SEEDS, file), 'utf8')
  const { document } = parseDocument(file, text)

  it('puts every non-blank line in exactly one place', () => {
    expect(accountLines(document, text)).toEqual({ missing: [], twice: [] })
  })

  it('matches its golden file (UPDATE=1 regenerates; review the diff)', () => {
    const path = join(GOLDEN, file.replace(/\.(txt|md)$/, '.json'))
    const actual = JSON.stringify(project(document), null, 1) + '\n'
    if (process.env.UPDATE || !existsSync(path)) {
      mkdirSync(GOLDEN, { recursive: true })
      writeFileSync(path, actual)
    }
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })
})
