import { Corpus } from './schema.js'

/** Parse the generated corpus at the boundary: a corpus that does not fit the schema is a build bug. */
export function loadCorpus(json: unknown): Corpus {
  return Corpus.parse(json)
}
