import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { Corpus } from '../schema.js'
import { prepareOrgMentions } from '../tools/lib/org-mention.js'
import { orgIndex } from '../tools/lib/org-scope.js'
import { everyOrg } from './resolve-scope.js'
import { vocabularyOf } from './vocabulary.js'
import { vocabularyLookup } from './vocabulary-lookup.js'

/**
 * What reading any question derives from a corpus, made now: the organisation index and the lookups of its names,
 * the vocabulary's lookups by key, length and bigram, and every organisation's documents (a question naming none).
 * The catalog of a city is read when it is opened (or changes), so the cost falls there and not on the first question
 * of a process or isolate (issue 13): at 10,000 documents ~10–15 ms of a first question's reading, ~20 ms of one
 * naming no organisation.
 */
export function prepareReading(corpus: Corpus, v: Vocabulary = defaultVocabulary): void {
  const { stems, aliases, cities } = orgIndex(corpus)
  prepareOrgMentions(stems, aliases, cities)
  const lookup = vocabularyLookup(vocabularyOf(corpus, v))
  void lookup.rowsByBigram
  void lookup.namedByBigram
  everyOrg(corpus)
}
