import type { BudgetDocument } from '../core/schema.js'
import { viewOf, type CorpusView } from '../core/tools/lib/corpus-view.js'
import { AppError } from '../http/errors.js'
import { docIdOf, engineForDoc, type RouteDeps } from '../http/types.js'

/** `?version=N` as a number, or undefined; anything else is a 400. */
export function versionParam(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw new AppError('bad_request', 'version 应是正整数。')
  return Number(raw)
}

/**
 * Where to look an id up: the answering corpus, or the one document of `?version=N` when that is not the version
 * answers use (an old version stays readable at its own address; citations name their version).
 */
export async function viewAt(deps: RouteDeps, docId: string, version: number | undefined): Promise<CorpusView> {
  // a store-backed corpus reads the document's shard; a loaded one is the whole corpus
  const current = viewOf((await engineForDoc(deps.engine, docId)).corpus)
  const live = current.docById.get(docId)
  if (version === undefined || (live && (live.version ?? 1) === version)) return current
  const doc: BudgetDocument | undefined = await deps.documentVersion?.(docId, version)
  if (!doc) throw new AppError('not_found', `没有编号为 ${docId.slice(0, 100)} 的第 ${version} 版。`)
  return viewOf({ version: 1, documents: [doc], errors: [] })
}

/** The document id an item id starts with (`<doc>/t3/r5` → `<doc>`). */
export { docIdOf }
