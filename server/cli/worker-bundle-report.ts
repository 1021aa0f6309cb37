/**
 * npm run report:worker: what the citizens' Worker bundle is made of. Builds it as test/contract/worker-bundle.test.ts
 * does (the [build] command's esbuild pass, minified), attributes every output byte to its input through the source
 * map, and prints per group (a package, a folder of server/core, a folder of server/) the minified bytes and those
 * bytes gzipped alone (a group's share of the whole is smaller: gzip finds repeats across groups). `--json` for a file.
 */
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { kib } from './worker-bundle.js'
import { workerBuildOptions } from '../worker-build/worker-build-options.js'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The source index of each mapping segment of one line of a v3 source map, with its column: `[column, source][]`. */
function lineSegments(line: string, source: { at: number }): [number, number][] {
  const out: [number, number][] = []
  let column = 0
  for (const seg of line.split(',')) {
    if (!seg) continue
    const fields: number[] = []
    let value = 0
    let shift = 0
    for (const ch of seg) {
      const digit = B64.indexOf(ch)
      value += (digit & 31) << shift
      if (digit & 32) shift += 5
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
        value = 0
        shift = 0
      }
    }
    column += fields[0]
    if (fields.length > 1) source.at += fields[1]
    out.push([column, source.at])
  }
  return out
}

/** A package (zod split by its folders), a folder of server/core or server/, or the file itself. */
function inputGroup(file: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file)
  if (pkg) return pkg[1] === 'zod' ? `zod/${pkg[2].split('/').slice(0, 2).join('/').replace(/\.js$/, '')}` : pkg[1]
  const own = /^server\/(core\/)?([^/]+)\//.exec(file)
  return own ? `server/${own[1] ?? ''}${own[2]}` : file
}

async function workerBundleReport() {
  const result = await build({ ...workerBuildOptions({ minify: true }), write: false, sourcemap: 'external', outfile: 'worker.js' })
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as { sources: string[]; mappings: string }
  const lines = code.split('\n')
  const parts = new Map<string, string[]>()
  const source = { at: 0 }
  map.mappings.split(';').forEach((mapped, i) => {
    const line = lines[i] ?? ''
    const segs = lineSegments(mapped, source)
    // bytes before a line's first mapping (and unmapped lines) are esbuild's own runtime helpers
    const spans: [number, string][] = [[0, '(esbuild runtime)'], ...segs.map(([col, src]): [number, string] => [col, inputGroup(map.sources[src].replace(/^(\.\.\/)+/, ''))])]
    spans.forEach(([col, group], k) => {
      const text = line.slice(col, spans[k + 1]?.[0] ?? line.length) + (k === spans.length - 1 ? '\n' : '')
      const list = parts.get(group)
      if (list) list.push(text)
      else parts.set(group, [text])
    })
  })
  const bytes = (s: string) => Buffer.byteLength(s)
  const groups = [...parts].map(([group, texts]) => {
    const text = texts.join('')
    return { group, bytes: bytes(text), gzipAlone: gzipSync(text, { level: 9 }).length }
  }).sort((a, b) => b.bytes - a.bytes)
  return { bytes: bytes(code), gzipBytes: gzipSync(code, { level: 9 }).length, groups }
}

const report = await workerBundleReport()
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 1))
else {
  console.log(`citizens' Worker (esbuild, minified): ${kib(report.bytes)}, gzip ${kib(report.gzipBytes)}`)
  console.log(`${'group'.padEnd(32)} ${'minified'.padStart(11)} ${'gzip alone'.padStart(11)}`)
  for (const g of report.groups.filter((g) => g.bytes >= 512)) console.log(`${g.group.padEnd(32)} ${kib(g.bytes).padStart(11)} ${kib(g.gzipAlone).padStart(11)}`)
  const small = report.groups.filter((g) => g.bytes < 512)
  console.log(`${`(${small.length} smaller groups)`.padEnd(32)} ${kib(small.reduce((n, g) => n + g.bytes, 0)).padStart(11)}`)
}
