// F=path[,path] npx tsx tbl.mts : parse files with the code in cwd, print tables (R=regex filter on title, ALL=1 rows)
import { readSources, buildCorpus } from './server/core/ingest/build-corpus.ts'
import { basename } from 'node:path'
import { readFileSync } from 'node:fs'
const files = (process.env.F ?? '').split(',').filter(Boolean)
const srcs = await readSources(files.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) })) as any)
const { corpus, report } = buildCorpus(srcs)
for (const d of corpus.documents as any[]) {
  console.log('DOC', d.id, JSON.stringify(d.meta ?? {}).slice(0, 300))
  for (const t of d.tables) {
    if (process.env.R && !new RegExp(process.env.R).test(t.title)) continue
    console.log(' T', t.id, t.kind, t.title, t.unit, 'cols', JSON.stringify(t.columns.map((c: any) => c.label ?? c.name ?? c)).slice(0, 200), 'rows', t.rows.length)
    if (process.env.ALL) for (const r of t.rows) console.log('   ', r.line ?? '', r.side ?? '', r.code ?? '', r.name, JSON.stringify(r.cells.map((c: any) => c.amount ?? c.text ?? null)))
  }
}
console.log(JSON.stringify(report).slice(0, 600))
