import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importCorpus, type CorpusImportResult } from './core/corpus/ingest-to-store.js'
import { Corpus, type BudgetDocument } from './core/schema.js'
import type { Store } from './core/store/port.js'

/**
 * The corpus `npm run ingest` built (data/corpus.json, with the originals in seeds/ and the lines read from
 * non-text files in data/text/) into a store directory, through the port: documents whose parse changed get a new
 * version, documents staff took over are left alone (see heldByStaff), documents that left the corpus are
 * unpublished. Nothing is parsed again; unchanged documents cost one catalog read each.
 */
export async function importBuiltCorpus(store: Store, root: string): Promise<CorpusImportResult | undefined> {
  const corpusFile = join(root, 'data', 'corpus.json')
  if (!existsSync(corpusFile)) return undefined
  const corpus = Corpus.parse(JSON.parse(readFileSync(corpusFile, 'utf8')))
  const read = async (file: string) => {
    try {
      return new Uint8Array(await readFile(file))
    } catch {
      return undefined
    }
  }
  return importCorpus(store, corpus.documents, {
    original: (doc: BudgetDocument) => read(join(root, 'seeds', doc.file)),
    text: async (doc: BudgetDocument) => {
      const bytes = (doc.format ?? 'text') === 'text' ? undefined : await read(join(root, 'data', 'text', `${doc.file}.txt`))
      return bytes && new TextDecoder().decode(bytes)
    },
  })
}
