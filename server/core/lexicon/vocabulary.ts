import type { ColumnRole } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { proseConcepts, type ProseConcepts } from '../checks/prose/concepts.js'
import { headerTermReader, type HeaderTerms } from '../parse/header-terms.js'
import { nameMatcher, type NameMatcher } from '../tools/lib/name-match.js'
import { orgNames, type OrgNames } from '../tools/lib/org-names.js'
import { Lexicon, type LexConcept, type LexCount } from './lexicon-schema.js'

/**
 * The one domain vocabulary: the hand-curated lexicon and everything read through it (concepts, counts, column
 * words, synonyms, name matching, the templates' header terms, prose concepts, organisation names). Built once from
 * the lexicon data and handed to the tools in their context (ToolContext.vocabulary), to the planner through its
 * runner, and to the parser and the checks by their callers; nothing reads the lexicon as a module global.
 */
export interface Vocabulary {
  readonly lexicon: Lexicon
  /** the synonym group of a term, compact forms: 公务用车运行费 → [公务用车运行维护费, …]; [] when it has none */
  synonymsOf(term: string): string[]
  /** the concept a name stands for exactly (三公经费, 支出预算, 机关运行经费…), ignoring a trailing 预算/金额 */
  conceptOf(name: string | undefined): LexConcept | undefined
  /** the count a name stands for (by id or alias) */
  countOf(name: string | undefined): LexCount | undefined
  /** the column role a word names: 基本支出 → basic, 人员经费 → personnel … */
  columnRoleOf(word: string | undefined): ColumnRole | undefined
  /** row-name variants and fits, with this vocabulary's synonyms */
  readonly names: NameMatcher
  /** the templates' column labels, for joining wrapped header cells */
  readonly header: HeaderTerms
  /** what a prose figure is about */
  readonly prose: ProseConcepts
  /** short forms of organisation names */
  readonly orgs: OrgNames
}

const TRIM = /(?:的)?(?:预算数?|金额|总额|数额|安排|是多少|多少)$/

/** A vocabulary from lexicon data (parsed: a malformed lexicon is a bug, it throws). */
export function buildVocabulary(data: unknown): Vocabulary {
  const lexicon = Lexicon.parse(data)
  const synonymMap = new Map<string, string[]>()
  for (const group of lexicon.synonyms) {
    const compact = group.map(compactText)
    for (const g of compact) synonymMap.set(g, compact)
  }
  const synonymsOf = (term: string) => synonymMap.get(compactText(term)) ?? []
  return {
    lexicon,
    synonymsOf,
    conceptOf(name) {
      if (!name) return undefined
      const n = compactText(name)
      const cut = n.replace(TRIM, '')
      return lexicon.concepts.find((c) => [...c.aliases, ...(c.weak ?? [])].map(compactText).some((a) => a === n || a === cut))
    },
    countOf(name) {
      if (!name) return undefined
      const n = compactText(name)
      return lexicon.counts.find((c) => c.id === name || c.aliases.some((a) => compactText(a) === n))
    },
    columnRoleOf(word) {
      if (!word) return undefined
      const n = compactText(word)
      return lexicon.columns.find((c) => c.aliases.some((a) => compactText(a) === n))?.role
    },
    names: nameMatcher(synonymsOf),
    header: headerTermReader(lexicon.headerTerms),
    prose: proseConcepts(lexicon.functionClasses),
    orgs: orgNames,
  }
}
