import { withFindingNote } from '../checks/finding-note.js'
import { withReconcileNote } from '../checks/reconcile-note.js'
import { planAnswer } from '../planner/plan-answer.js'
import { withinPlanBudget } from '../planner/plan-budget.js'
import type { AskRequest, AskResponse, Corpus } from '../schema.js'
import type { SearchFilter, SearchHit, SearchIndex } from '../search/search-index.js'
import { toolRegistry } from '../tools/registry.js'
import type { ToolContext } from '../tools/types.js'
import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { shardFindings, type LoadedShard } from './shard.js'
import { answerableDocuments } from './unnamed-page.js'

/** Several documents' own indexes searched as one: each answers with its best hits, the best of all are kept. */
export function mergedSearchIndex(indexes: SearchIndex[]): SearchIndex {
  if (indexes.length === 1) return indexes[0]
  return {
    search(query: string, filter: SearchFilter = {}, limit = 10): SearchHit[] {
      return indexes.flatMap((i) => i.search(query, filter, limit)).sort((a, b) => b.score - a.score).slice(0, limit)
    },
  }
}

/**
 * The synchronous engine over a few loaded documents: the planner, the tools and the model path run on it unchanged.
 * `notes` (a ranking cut to its top entries) are added to every answer; `corpus` may be the catalog's stub documents.
 */
export function viewEngine(shards: LoadedShard[], notes: string[] = [], corpus: Corpus = { version: 1, documents: shards.map((s) => s.document), errors: [] }, vocabulary: Vocabulary = defaultVocabulary) {
  const index = mergedSearchIndex(shards.map((s) => s.index))
  const findings = shardFindings(shards)
  // as createEngine: a document held as "metadata needed" is listed, never answered from (the corpus object itself
  // when none is held: the planner's vocabulary is shared with it by identity, see sharded-engine withWords)
  const answerable: Corpus = corpus.documents.some((d) => d.metadataNeeded?.length)
    ? { ...corpus, documents: answerableDocuments(corpus.documents) }
    : corpus
  const ctx: ToolContext = { corpus: answerable, index, vocabulary }
  const withNotes = (res: AskResponse): AskResponse =>
    notes.length ? { ...res, answer: `${res.answer}${notes.map((n) => `（${n}）`).join('')}`, notes: [...(res.notes ?? []), ...notes] } : res
  return {
    corpus,
    answerable,
    index,
    tools: toolRegistry,
    vocabulary,
    findings,
    ask: (req: AskRequest): AskResponse => withNotes(withReconcileNote(withFindingNote(withinPlanBudget(() => planAnswer(ctx, req)), findings), corpus, findings)),
    search: (query: string, filter?: SearchFilter, limit?: number) => index.search(query, filter, limit),
  }
}

export type ViewEngine = ReturnType<typeof viewEngine>
