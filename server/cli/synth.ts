/**
 * npm run synth -- --docs N --out DIR: a deterministic synthetic corpus of N disclosures made from seeds/
 * (many cities, districts, departments and years; figures scaled by integer factors so they still reconcile).
 * The same N always writes the same bytes; a larger N is a superset of a smaller one.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { planDocument, synthText } from '../synth/synth-document.js'

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}
const docs = Number(arg('docs') ?? 20)
const out = arg('out')
if (!out || !Number.isInteger(docs) || docs < 1 || docs > 100_000) {
  console.error('usage: npm run synth -- --docs N --out DIR   (1 ≤ N ≤ 100000)')
  process.exit(2)
}
const seedsDir = join(process.cwd(), 'seeds')
const seeds = readdirSync(seedsDir).filter((f) => /\.(txt|md)$/i.test(f)).sort().map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }))
mkdirSync(out, { recursive: true })
for (let i = 0; i < docs; i++) {
  const plan = planDocument(i, seeds)
  writeFileSync(join(out, plan.file), synthText(plan, seeds.find((s) => s.name === plan.seed)!.text))
}
console.log(`${docs} documents → ${out}`)
