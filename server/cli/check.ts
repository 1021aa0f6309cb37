/**
 * npm run check [-- --doc <id>] [--json]: the consistency findings of every document (or one), most severe first:
 * kind, severity, the figures involved and citations to both sides. Exits 0: findings are the output, not a failure.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDocument } from '../core/checks/check-document.js'
import type { Finding } from '../core/checks/finding.js'
import { Corpus, type Citation } from '../core/schema.js'

const args = process.argv.slice(2)
const docArg = args.includes('--doc') ? args[args.indexOf('--doc') + 1] : undefined
const corpus = Corpus.parse(JSON.parse(readFileSync(join(process.cwd(), 'data', 'corpus.json'), 'utf8')))
const docs = corpus.documents.filter((d) => !docArg || d.id.startsWith(docArg))

const where = (c: Citation) => {
  const lines = c.lines[0] === c.lines[1] ? `第${c.lines[0]}行` : `第${c.lines[0]}–${c.lines[1]}行`
  if (c.kind === 'paragraph') return `${c.paragraphId} ${lines}：${(c.text ?? '').slice(0, 80)}`
  return `${c.tableNumber ?? ''}《${c.tableTitle ?? ''}》${c.rowName ? ` › ${c.rowName}` : ''}${c.column ? ` › ${c.column}` : ''}${c.value ? ` = ${c.value}` : ''} ${lines}`
}

function print(f: Finding): string {
  return [
    `  [${f.severity}] ${f.kind}  ${f.id}`,
    `    ${f.message}`,
    ...f.figures.slice(0, 8).map((x) => `    · ${x.label}：${x.text}${x.unit}${x.computed ? '（计算）' : ''}${x.inferred ? '（列为推断）' : ''}`),
    ...(f.figures.length > 8 ? [`    · ……另 ${f.figures.length - 8} 项`] : []),
    ...f.citations.slice(0, 4).map((c) => `    ↳ ${where(c)}`),
  ].join('\n')
}

const all = docs.map((d) => ({ d, findings: checkDocument(d) }))
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(all.map(({ d, findings }) => ({ docId: d.id, findings })), null, 2) + '\n')
} else {
  for (const { d, findings } of all) {
    process.stdout.write(`\n${d.id}  ${d.org} ${d.year}  —  ${findings.length} 条\n`)
    process.stdout.write(findings.map(print).join('\n') + (findings.length ? '\n' : ''))
  }
  const count = (pred: (f: Finding) => boolean) => all.reduce((n, x) => n + x.findings.filter(pred).length, 0)
  process.stdout.write(`\n合计：error ${count((f) => f.severity === 'error')}，warning ${count((f) => f.severity === 'warning')}，info ${count((f) => f.severity === 'info')}\n`)
}
