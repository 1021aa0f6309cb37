import { describe, expect, it } from 'vitest'
import { readCatalogSnapshot, snapshotAliases } from '../../server/core/corpus/catalog-snapshot.js'
import { ingestToStore } from '../../server/core/corpus/ingest-to-store.js'
import { inIdOrder, newestPublished } from '../../server/core/corpus/published-order.js'
import { createShardedEngine } from '../../server/core/corpus/sharded-engine.js'
import { SubjectIndex, wordsCorpus } from '../../server/core/corpus/subject-index.js'
import { defaultVocabulary } from '../../server/core/lexicon/default-vocabulary.js'
import { primeVocabulary, vocabularyFingerprint, vocabularyOf } from '../../server/core/planner/vocabulary.js'
import { bigramListsOf } from '../../server/core/planner/vocabulary-lookup.js'
import type { Corpus } from '../../server/core/schema.js'
import { aliasTable } from '../../server/core/tools/lib/org-alias.js'
import { mentionText } from '../../server/core/tools/lib/org-mention.js'
import { orgIndex, primeOrgAliases } from '../../server/core/tools/lib/org-scope.js'
import { createMemoryStore } from '../../server/store/memory-store.js'
import { planDocument, synthText } from '../../server/synth/synth-document.js'
import { seedSources } from '../core/seed-engine.js'

const seeds = seedSources().filter((s) => s.name.endsWith('.txt')).map((s) => ({ name: s.name, text: new TextDecoder().decode(s.bytes) }))
const files = Array.from({ length: 5 }, (_, i) => {
  const plan = planDocument(i, seeds)
  const text = synthText(plan, seeds.find((s) => s.name === plan.seed)!.text)
  return { name: plan.file, bytes: async () => new TextEncoder().encode(text) }
})

const stub = (org: string, region?: string) => ({ id: org, file: org, title: org, org, region, year: 2031, scope: '部门预算' as const, lineCount: 1, sections: [], paragraphs: [], tables: [], unparsed: [] })

describe('what a first question reads of the whole catalog is stored at ingest, as data', () => {
  it('the organisation forms table and the vocabulary of a generation: what the engine would derive, taken at open', { timeout: 240_000 }, async () => {
    const store = createMemoryStore()
    await ingestToStore(store, files)
    const index = (await SubjectIndex.open(store.blobs))!
    const snapshot = (await readCatalogSnapshot(store.blobs, index.generation))!
    const published = inIdOrder(newestPublished(snapshot.entries).values())
    // the table of exactly the published documents in the engine's order, by this build's rules
    expect(snapshotAliases(snapshot)).toEqual(aliasTable(published))
    expect(snapshotAliases({ ...snapshot, orgAliases: { ...snapshot.orgAliases!, fingerprint: 'another build' } })).toBeUndefined()
    // the generation's terms are vocabularyOf of its words
    expect(index.terms!.terms).toEqual(vocabularyOf(wordsCorpus(index.words!), defaultVocabulary))
    expect(index.terms!.bigrams).toEqual(bigramListsOf(index.terms!.terms))

    const engine = await createShardedEngine(store)
    const org = orgIndex(engine.corpus)
    expect(org.aliases).toEqual(aliasTable(engine.corpus.documents))
    expect(org.mentions).toEqual(engine.corpus.documents.map((d) => mentionText(d.org)))
    const question = `${engine.corpus.documents[0].org}${engine.corpus.documents[0].year}年基本支出是多少？`
    expect((await engine.forQuestion({ question })).ask({ question }).citations.length).toBeGreaterThan(0)
  })

  it('stored terms are taken only under this build’s fingerprint, for the corpus they were made of', () => {
    const words: Corpus = { version: 1, documents: [], errors: [] }
    const stored = [{ key: '桥山专项', name: '桥山专项', kind: 'project' as const }]
    expect(primeVocabulary(words, defaultVocabulary, { fingerprint: 'another build', terms: stored })).toBe(false)
    expect(vocabularyOf(words, defaultVocabulary)).not.toBe(stored)
    const fresh: Corpus = { version: 1, documents: [], errors: [] }
    const real = vocabularyOf({ version: 1, documents: [], errors: [] }, defaultVocabulary)
    expect(primeVocabulary(fresh, defaultVocabulary, { fingerprint: vocabularyFingerprint(defaultVocabulary), terms: real })).toBe(true)
    expect(vocabularyOf(fresh, defaultVocabulary)).toBe(real)
  })

  it('a primed alias table stands for its corpus; a corpus already indexed keeps its own', () => {
    const docs = [stub('桥山县文物局', '桥山县'), stub('桥山县档案馆', '桥山县')]
    const corpus: Corpus = { version: 1, documents: docs, errors: [] }
    const table = aliasTable(docs)
    primeOrgAliases(corpus, table)
    expect(orgIndex(corpus).aliases).toBe(table)
    const indexed: Corpus = { version: 1, documents: docs, errors: [] }
    const own = orgIndex(indexed).aliases
    primeOrgAliases(indexed, [])
    expect(orgIndex(indexed).aliases).toBe(own)
    expect(own).toEqual(table)
  })
})
