import lunr from 'lunr'

const lunrIdf = (lunr as unknown as { idf(posting: object, documentCount: number): number }).idf

/** Thrown when two documents share a ref (lunr keeps the last one's fields but counts both): build with lunr then. */
export class DuplicateRef extends Error {}

/** A document to index: its ref and the text of each field. */
export type IndexedFields = { ref: string } & Record<string, string>

/**
 * The JSON of a lunr 2.3.9 index built with `fields` (name → boost), `tokenize` and a one-step term pipeline —
 * exactly what `lunr(builder).toJSON()` gives (same terms, same BM25 weights rounded to 3 decimals, same order), at
 * a fraction of its cost: lunr's builder also builds a token set that `toJSON` drops, wraps every term in objects,
 * and tokenises the organisation and the table title again on every row, where this tokenises each distinct text
 * once per index. `lunr.Index.load` reads it as it reads lunr's own (test/search/lunr-json.test.ts compares them).
 */
export function lunrIndexJson(
  docs: Iterable<IndexedFields>,
  fields: Record<string, number>,
  tokenize: (text: string) => string[],
  keep: (term: string) => boolean,
  pipeline: string[],
): object {
  const names = Object.keys(fields)
  const termsOf = new Map<string, string[]>()
  const terms = (text: string) => {
    let t = termsOf.get(text)
    if (!t) termsOf.set(text, (t = tokenize(text).filter(keep)))
    return t
  }
  type Posting = Record<string, Record<string, object>> & { _index?: number }
  const inverted = new Map<string, Posting>()
  // per field of each document, in the order lunr adds them: its ref, terms with their frequency, its length
  const fieldRefs: { field: string; ref: string; tf: Map<string, number>; length: number }[] = []
  let count = 0
  const refs = new Set<string>()
  for (const doc of docs) {
    if (refs.has(doc.ref)) throw new DuplicateRef(doc.ref)
    refs.add(doc.ref)
    count++
    for (const field of names) {
      const list = terms(doc[field] ?? '')
      const tf = new Map<string, number>()
      for (const term of list) {
        tf.set(term, (tf.get(term) ?? 0) + 1)
        let posting = inverted.get(term)
        if (!posting) {
          posting = Object.create(null) as Posting
          posting._index = inverted.size
          for (const f of names) posting[f] = Object.create(null)
          inverted.set(term, posting)
        }
        posting[field][doc.ref] ??= Object.create(null)
      }
      fieldRefs.push({ field, ref: doc.ref, tf, length: list.length })
    }
  }
  const sum: Record<string, number> = {}
  const withField: Record<string, number> = {}
  for (const { field, length } of fieldRefs) {
    withField[field] = (withField[field] ?? 0) + 1
    sum[field] = (sum[field] ?? 0) + length
  }
  const average: Record<string, number> = {}
  for (const f of names) average[f] = sum[f] / withField[f]
  const idfs = new Map<string, number>()
  const idf = (term: string, posting: Posting) => {
    let v = idfs.get(term)
    if (v === undefined) idfs.set(term, (v = lunrIdf(posting, count)))
    return v
  }
  const k1 = 1.2
  const b = 0.75
  const fieldVectors = fieldRefs.map(({ field, ref, tf, length }) => {
    const pairs: [number, number][] = []
    for (const [term, n] of tf) {
      const posting = inverted.get(term)!
      let score = (idf(term, posting) * ((k1 + 1) * n)) / (k1 * (1 - b + b * (length / average[field])) + n)
      score *= fields[field] || 1
      score *= 1
      pairs.push([posting._index!, Math.round(score * 1000) / 1000])
    }
    pairs.sort((x, y) => x[0] - y[0])
    return [`${field}/${ref}`, pairs.flat()]
  })
  const invertedIndex = [...inverted.keys()].sort().map((term) => [term, inverted.get(term)])
  return { version: lunr.version, fields: names, fieldVectors, invertedIndex, pipeline }
}
