import type { Vocabulary } from '../lexicon/vocabulary.js'
import type { Corpus } from '../schema.js'
import type { QuestionFrame } from './question-frame.js'

const MAX_TURNS = 256
const recent = new WeakMap<Corpus, WeakMap<Vocabulary, Map<string, QuestionFrame>>>()

/** Objects and arrays frozen all the way down: a remembered frame is shared by every answer that reads its turn. */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const v of Object.values(x)) deepFreeze(v)
  }
  return x
}

/**
 * A turn's frame, remembered per corpus and vocabulary (by its text and the year 今年 is read against): an answer reads its
 * question twice, and a chat sends its earlier turns again with every question. The newest MAX_TURNS are kept.
 */
export function rememberedTurn(corpus: Corpus, vocabulary: Vocabulary, question: string, year: number, read: () => QuestionFrame): QuestionFrame {
  let byVocabulary = recent.get(corpus)
  if (!byVocabulary) recent.set(corpus, (byVocabulary = new WeakMap()))
  let turns = byVocabulary.get(vocabulary)
  if (!turns) byVocabulary.set(vocabulary, (turns = new Map()))
  const key = `${year}\u0000${question}`
  const hit = turns.get(key)
  if (hit) return hit
  const frame = deepFreeze(read())
  if (turns.size >= MAX_TURNS) turns.delete(turns.keys().next().value!)
  turns.set(key, frame)
  return frame
}
