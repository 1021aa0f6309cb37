import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { ToolContext } from './types.js'

/** The vocabulary a tool reads names with: its context's (the engine always gives one), else the default. */
export const vocabularyIn = (ctx: ToolContext): Vocabulary => ctx.vocabulary ?? defaultVocabulary
