import raw from '../../../data/lexicon.json'
import { buildVocabulary } from './vocabulary.js'

/**
 * The vocabulary of data/lexicon.json: the only place the lexicon is read. Entry points that have no tool context
 * (the parser at ingest, the checks, the subject index, a context built without a vocabulary) start from it and
 * pass it down; everything below them takes the vocabulary it is given.
 */
export const defaultVocabulary = buildVocabulary(raw)
