import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { createEngine, type Engine } from '../../server/core/engine.js'
import { buildCorpus, type SourceFile } from '../../server/core/ingest/build-corpus.js'
import type { Citation } from '../../server/core/schema.js'
import type { QueryTool, ToolContext } from '../../server/core/tools/types.js'

export const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url))

/** The seed documents, by id (the file name without extension). */
export const DOC = {
  jiangbei: '000_2fddbe7bbff04751', // 原重庆市江北区医疗保障事务中心 2026, 万元
  qijiang: '001_cd2bf2452b9921dd', // 重庆市綦江区医疗保障事务中心 2023, 万元
  kaizhou: '002_4e4c2e7b20bd3fe2', // 重庆市开州区医疗保障事务中心 2026, prose only
  yubei: '003_0fc2e566332e2aa9', // 重庆市渝北区医疗保障局 2025, 元
  nanan: '004_8de5198946ae3720', // 重庆市南岸区医疗保障局 2024, 万元
} as const

export const seedSources = (extra: SourceFile[] = []): SourceFile[] => [
  ...readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) })),
  ...extra,
]

let engine: Engine | undefined
/** The engine built in-process from seeds/ (the current parser, not a possibly stale data/corpus.json), once per test file. */
export function seedEngine(): Engine {
  return (engine ??= createEngine(buildCorpus(seedSources()).corpus))
}

/** An engine over the seeds plus extra documents. */
export function engineWith(extra: SourceFile[]): Engine {
  return createEngine(buildCorpus(seedSources(extra)).corpus)
}

export const toolContext = (e: Engine = seedEngine()): ToolContext => ({ corpus: e.corpus, index: e.index })

/** Run a tool the way the planner and the model do: the input parsed by its own zod schema first. */
export function runTool<S extends z.ZodType, T>(tool: QueryTool<S, T>, input: unknown, e: Engine = seedEngine()) {
  return tool.run(toolContext(e), tool.inputSchema.parse(input))
}

const lineCache = new Map<string, string[]>()
/** The text of one 1-based source line of a seed document. */
export function seedLine(docId: string, line: number): string {
  let lines = lineCache.get(docId)
  if (!lines) {
    const file = readdirSync(SEEDS).find((f) => f.replace(/\.(txt|md)$/i, '') === docId)
    if (!file) throw new Error(`no seed ${docId}`)
    lines = readFileSync(join(SEEDS, file), 'utf8').split(/\r?\n/)
    lineCache.set(docId, lines)
  }
  return lines[line - 1] ?? ''
}

/** The source lines a citation points at, joined (a paragraph may span several lines). */
export const citedText = (c: Citation) => {
  const out: string[] = []
  for (let n = c.lines[0]; n <= c.lines[1]; n++) out.push(seedLine(c.docId, n))
  return out.join('')
}
