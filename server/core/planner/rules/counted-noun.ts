import type { ConceptHit } from '../question-frame.js'
import type { Vocabulary } from '../../lexicon/vocabulary.js'
import { compactText } from '../../search/normalize-text.js'

/** A count asked in its unit: "几辆", "多少辆", "几个". */
const COUNT_UNIT_END = /[辆个名人台批次项家]$/

/**
 * Rule `counted-noun`: in "有几辆公车" the words after the count's unit name what is counted; they are not a money
 * subject (公车 is also the colloquial name of 公务用车运行维护费), so the question stays a count.
 */
export function dropCountedNouns(v: Vocabulary, subjects: ConceptHit[], text: string): void {
  for (const count of subjects.filter((c) => c.kind === 'count' && COUNT_UNIT_END.test(c.surface))) {
    const noun = subjects.find((c) => c.kind !== 'count' && c.kind !== 'column' && c.start >= count.end && /^(?:的)?$/.test(text.slice(count.end, c.start)))
    if (noun) subjects.splice(subjects.indexOf(noun), 1)
    // "哪个单位车辆最多？有多少辆？": the noun named before the count is the thing counted (a 车辆 row of an asset
    // table is its value in 万元, not how many there are)
    const words = new Set([...(v.countOf(count.name)?.aliases ?? []), v.countOf(count.name)?.label].filter(Boolean).map((w) => compactText(w!)))
    for (const same of subjects.filter((c) => c.kind !== 'count' && c.kind !== 'column' && c.end <= count.start && words.has(compactText(c.surface)))) {
      subjects.splice(subjects.indexOf(same), 1)
    }
  }
}
