import { docsOfOrg } from './tools/lib/org-scope.js'
import { corpusFindings, type CorpusFindings } from './checks/corpus-findings.js'
import { withFindingNote } from './checks/finding-note.js'
import { withReconcileNote } from './checks/reconcile-note.js'
import type { AskRequest, AskResponse, Corpus } from './schema.js'
import { buildSearchIndex, loadSearchIndex, type SearchFilter, type SearchHit, type SearchIndex } from './search/search-index.js'
import { planAnswer } from './planner/plan-answer.js'
import { withinPlanBudget } from './planner/plan-budget.js'
import { toolRegistry, type ToolRegistry } from './tools/registry.js'
import type { ToolContext } from './tools/types.js'
import { defaultVocabulary } from './lexicon/default-vocabulary.js'
import type { Vocabulary } from './lexicon/vocabulary.js'
import { answerableDocuments } from './corpus/unnamed-page.js'

export interface Engine {
  corpus: Corpus
  /** the documents questions may reach: every document but those held as "metadata needed" */
  answerable: Corpus
  index: SearchIndex
  tools: ToolRegistry
  /** the domain vocabulary every tool and the planner read names with */
  vocabulary: Vocabulary
  /** Offline answer: the deterministic planner over the query tools. */
  ask(req: AskRequest): AskResponse
  search(query: string, filter?: SearchFilter, limit?: number): SearchHit[]
  /** Consistency findings, computed once per corpus on first use. */
  findings: CorpusFindings
}

/** The answering core over one loaded corpus; builds the search index when no saved one is given. Nothing is rebuilt per request. */
export function createEngine(corpus: Corpus, searchIndexJson?: unknown, opts: { today?: () => Date; planLimits?: ToolContext['planLimits']; vocabulary?: Vocabulary } = {}): Engine {
  // a document held as "metadata needed" (no organisation, year or kind yet) is listed, never answered from (a page
  // naming no organisation only when asked by its title, under a label saying so: rule unnamed-page-asked)
  const answerable: Corpus = { ...corpus, documents: answerableDocuments(corpus.documents) }
  const index = loadSearchIndex(searchIndexJson ?? buildSearchIndex(corpus), answerable)
  const vocabulary = opts.vocabulary ?? defaultVocabulary
  const ctx: ToolContext = { corpus: answerable, index, vocabulary, today: opts.today, planLimits: opts.planLimits }
  const findings = corpusFindings(corpus)
  return {
    corpus,
    answerable,
    index,
    tools: toolRegistry,
    vocabulary,
    ask: (req) => withReconcileNote(withFindingNote(withinPlanBudget(() => planAnswer(ctx, req)), findings), corpus, findings),
    search: (query, filter = {}, limit) => {
      // the organisation read as in questions (names, short forms, places), never as a substring of a name
      const { org, ...rest } = filter
      return index.search(query, org ? { ...rest, docIds: docsOfOrg(answerable, org).docs.map((d) => d.id) } : rest, limit)
    },
    findings,
  }
}
