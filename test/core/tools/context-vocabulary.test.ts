import { describe, expect, it } from 'vitest'
import { createEngine } from '../../../server/core/engine.js'
import { defaultVocabulary } from '../../../server/core/lexicon/default-vocabulary.js'
import { buildVocabulary } from '../../../server/core/lexicon/vocabulary.js'
import { parseDocument } from '../../../server/core/parse/parse-document.js'
import type { Corpus } from '../../../server/core/schema.js'
import { getFigureTool } from '../../../server/core/tools/get-figure.js'

// a made-up unit and figures; 迎送费 is a colloquial name the default lexicon does not know
const TEXT = [
  '杭州市某某区档案服务中心', '', '2031 年单位预算情况说明', '', '一、基本支出情况', '',
  '表三', '', '一般公共预算财政拨款基本支出预算表', '', '单位：万元', '',
  '经济分类科目\t\t2031年基本支出\t\t', '科目编码\t科目名称\t总计\t人员经费\t日常公用经费',
  '\t合计\t48.60\t40.10\t8.50',
  '301\t工资福利支出\t40.10\t40.10\t',
  '302\t商品和服务支出\t8.50\t\t8.50',
  '30217\t公务接待费\t0.70\t\t0.70',
].join('\n')
const doc = parseDocument('vocab-fixture.txt', TEXT + '\n').document
const corpus: Corpus = { version: 1, documents: [doc], errors: [] }

/** The default lexicon with one more colloquial name in the group of 公务接待费. */
const extended = buildVocabulary({
  ...defaultVocabulary.lexicon,
  synonyms: defaultVocabulary.lexicon.synonyms.map((g) => (g.includes('公务接待费') ? [...g, '迎送费'] : g)),
})

describe('the vocabulary comes from the tool context', () => {
  const engine = createEngine(corpus)
  it('a tool reads a name through the context’s vocabulary, and the default vocabulary does not know it', () => {
    const input = getFigureTool.inputSchema.parse({ docId: doc.id, name: '迎送费' })
    const withExtra = getFigureTool.run({ corpus, index: engine.index, vocabulary: extended }, input)
    expect(withExtra.ok && withExtra.figures[0].amount.text).toBe('0.70')
    expect(withExtra.ok && withExtra.figures[0].citation.rowName).toMatch(/公务接待费/)
    const plain = getFigureTool.run({ corpus, index: engine.index }, input)
    expect(plain.ok).toBe(false)
  })

  it('the planner reads the question with the engine’s vocabulary', () => {
    const question = '档案服务中心2031年迎送费是多少'
    const extra = createEngine(corpus, undefined, { vocabulary: extended })
    expect(extra.vocabulary).toBe(extended)
    expect(extra.ask({ question }).answer).toMatch(/0\.70万元/)
    expect(engine.vocabulary).toBe(defaultVocabulary)
    expect(engine.ask({ question }).answer).not.toMatch(/0\.70/)
  })
})
