import { readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { createEngine, type Engine } from '../core/engine.js'
import { buildCorpus, readSources, type SourceFile } from '../core/ingest/build-corpus.js'
import type { AskResponse, ChatMessage } from '../core/schema.js'
import { check, heldOrgNames, type EvalItem } from './eval-score.js'
import { sourceFilesIn } from './source-files.js'

export interface EvalOutcome { item: EvalItem; res: AskResponse; why: string[]; ms: number }

/** Question files name the category `cat` (ours) or `category` (shared/realdocs): both read as `cat`. */
export function readEvalItems(file: string): EvalItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const raw = JSON.parse(l) as EvalItem & { category?: string }
    return { ...raw, cat: raw.cat ?? raw.category ?? 'uncategorized' }
  })
}

/** A folder given on the command line: absolute as given, relative to the project root otherwise. */
export const resolveDir = (root: string, dir: string) => (isAbsolute(dir) ? dir : join(root, dir))

/** Every document a reader can read (.txt/.md/.pdf/.html/.xlsx/.docx) in some folders, with sidecars, as ingest sources. */
const sourcesIn = (dirs: string[]): SourceFile[] => dirs.flatMap((dir) => sourceFilesIn(dir).files)

/** An engine built in-process from the seeds plus extra document folders (the holdout set never goes into seeds/). */
export async function buildEngineFrom(dirs: string[], opts: { today?: () => Date } = {}): Promise<{ engine: Engine; errors: string[] }> {
  const { corpus } = buildCorpus(await readSources(sourcesIn(dirs)))
  return { engine: createEngine(corpus, undefined, opts), errors: corpus.errors.map((e) => `${e.file}:${e.line ?? '-'} ${e.message}`) }
}

/**
 * Ask every item in-process the way ask_eval.py does over HTTP: history questions first, their answers carried along.
 * Strict like ask_eval.py's default (`lenient` turns it off): a one-organisation answer naming several held ones fails.
 */
export function runEval(engine: Engine, items: EvalItem[], lenient = false): EvalOutcome[] {
  const orgs = lenient ? [] : heldOrgNames(engine.corpus.documents.map((d) => d.org))
  return items.map((item) => {
    const t0 = performance.now()
    try {
      let history: ChatMessage[] = []
      for (const prev of item.history ?? []) {
        const r = engine.ask({ question: prev, history, org: item.org })
        history = [...history, { role: 'user', content: prev }, { role: 'assistant', content: r.answer }]
      }
      const t1 = performance.now()
      const res = engine.ask({ question: item.q, history: history.length ? history : undefined, org: item.org })
      return { item, res, why: check(item, res, orgs), ms: performance.now() - t1 }
    } catch (e) {
      // an exception is a failed question, not a crash of the run (as a 500 is for ask_eval.py)
      const res: AskResponse = { answer: '', citations: [], toolCalls: [], mode: 'offline' }
      return { item, res, why: [`threw: ${(e as Error).message}`], ms: performance.now() - t0 }
    }
  })
}

/** Accuracy per category and overall. */
export function summarize(outcomes: EvalOutcome[]): { byCat: Map<string, [number, number]>; passed: number; total: number; pct: number } {
  const byCat = new Map<string, [number, number]>()
  for (const o of outcomes) {
    const [p, n] = byCat.get(o.item.cat) ?? [0, 0]
    byCat.set(o.item.cat, [p + (o.why.length ? 0 : 1), n + 1])
  }
  const passed = outcomes.filter((o) => !o.why.length).length
  return { byCat, passed, total: outcomes.length, pct: outcomes.length ? (100 * passed) / outcomes.length : 0 }
}
