import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../server/core/planner/parse-question.js'
import { defaultVocabulary } from '../../server/core/lexicon/default-vocabulary.js'
import { seedEngine } from './seed-engine.js'

describe('公务用车购置及运行费 as questions write it', () => {
  it('公车购置和运行费 is the group, never its 购置费 part', () => {
    const words = '公车购置和运行费'
    const f = parseQuestion(seedEngine().corpus, `某局2023年${words}占三公经费的比例`, defaultVocabulary)
    const names = f.concepts.map((c) => c.name)
    expect(names[0]).toBe('公务用车购置及运行费')
    expect(names).not.toContain('公务用车购置费')
  })

  it('购置费和运行维护费 asked as a pair stays two parts, never the group', () => {
    const f = parseQuestion(seedEngine().corpus, '某局2022年公务用车购置费和运行维护费各是多少？', defaultVocabulary)
    expect(f.concepts.map((c) => c.name)).not.toContain('公务用车购置及运行费')
  })
})
