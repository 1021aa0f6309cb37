import type { ColumnRole, Corpus, Table } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { mentionText } from '../tools/lib/org-mention.js'
import { unnumbered } from '../tools/lib/name-match.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { columnSubject } from '../tools/lib/figure.js'
import { projectNameCell } from '../tools/lib/row-search.js'
import { fnv1a } from '../search/string-hash.js'
import { bigramListsOf, primeBigramLists, type BigramLists } from './vocabulary-lookup.js'

/** What a recognised word in a question stands for. */
export type TermKind = 'row' | 'lexicon' | 'weak' | 'column' | 'indicator' | 'project' | 'count'

export interface Term {
  /** compact form matched against the question */
  key: string
  /** the name handed to the tools */
  name: string
  kind: TermKind
  role?: ColumnRole
  /** a project name (or indicator) that is also a table row's name: money questions read the row */
  alsoRow?: boolean
  /** a 类 of the functional classification no held table prints: a subject asked of prose pages */
  classOnly?: boolean
}

/** Row labels that name a position in a table, not a subject; nor does a stage a table prints as its rows (a 三公 table's
 *  年初预算 / 调整预算 / 决算数 under each unit): those words ask a column. */
const NOT_SUBJECT = /^(?:合计|总计|小计|项目|科目|科目名称|预算数|收入|支出|本年收入|本年支出|(?:本期|上期|上年同期)(?:数|金额)?|(?:年初|调整后?|上年|本年)?预算数?|决算数?|执行数|完成数|[一二三四五六七八九十]+、.*|.*(?:合计|总计|总数))$/

const NAMED_ITEM = new Set<TermKind>(['project', 'indicator'])
const ROWISH = new Set<TermKind>(['row', 'lexicon'])

const cache = new WeakMap<Vocabulary, WeakMap<Corpus, Term[]>>()
/** a corpus of a few documents read for one question, and the whole corpus whose words it shares */
const wordsOf = new WeakMap<Corpus, Corpus>()
/** The places an organisation's name opens with, outermost first: 沧岚县勐河镇 → 沧岚县, 勐河镇. */
function placesOf(org: string): string[] {
  const out: string[] = []
  const re = /\p{Script=Han}{1,6}?(?:县|区|市|镇|乡)/uy
  for (let m = re.exec(org); m && out.length < 3; m = re.exec(org)) out.push(m[0])
  return out
}

/** Every term a question can name, from the corpus (row names, column headers, indicators, projects) and the domain vocabulary. */
export function vocabularyOf(corpus: Corpus, v: Vocabulary): Term[] {
  const whole = wordsOf.get(corpus)
  if (whole) return vocabularyOf(whole, v)
  let byCorpus = cache.get(v)
  if (!byCorpus) cache.set(v, (byCorpus = new WeakMap()))
  const hit = byCorpus.get(corpus)
  if (hit) return hit
  const terms = new Map<string, Term>()
  const add = (key: string, t: Omit<Term, 'key'> & { key?: string }) => {
    const k = mentionText(key)
    if (k.length < 2 || /^\d+$/.test(k)) return
    const cur = terms.get(k)
    const both = !!cur && (cur.alsoRow || (NAMED_ITEM.has(cur.kind) && ROWISH.has(t.kind)) || (ROWISH.has(cur.kind) && NAMED_ITEM.has(t.kind)))
    if (!cur || rank(t.kind) < rank(cur.kind)) terms.set(k, { ...t, key: k, ...(both ? { alsoRow: true } : {}) })
    else if (both) cur.alsoRow = true
  }
  const shortNames: [string, string][] = []
  const itemNames: string[] = []
  for (const doc of corpus.documents) {
    for (const t of doc.tables) {
      if (t.kind === 'catalog') continue
      for (const r of t.rows) {
        if (r.indicator) add(r.indicator.name, { name: r.indicator.name, kind: 'indicator' })
        // a 绩效自评表's 资金来源 rows (总额, 其中:财政资金) and 合计 are the form's, never a subject of the ledgers
        else if (t.kind === 'performance') continue
        else for (const n of v.names.variants(r.name)) if (!NOT_SUBJECT.test(n)) add(n, { name: unnumbered(r.name), kind: 'row' })
        // a procurement row is asked by what is bought (采购品目 "食品安全监督抽检服务"), not only by its project
        if (t.kind === 'procurement') for (const c of r.cells) if (!c.amount && itemCell(t, c.column, c.text)) itemNames.push(c.text.trim())
        // …and a 项目支出表 row keyed by its functional subject, by the project its 项目名称 column names
        for (const c of r.cells) if (projectNameCell(t, c)) itemNames.push(c.text.trim())
      }
      for (const c of t.columns) {
        const leaf = columnSubject(c)
        if (t.kind !== 'performance' && c.role === 'amount' && !NOT_SUBJECT.test(compactText(leaf))) {
          for (const n of v.names.variants(leaf)) add(n, { name: leaf, kind: 'row' })
        }
        // a column the figures could not label (rule lost-header-spans) may hold any of its labels: each is a subject
        for (const label of c.candidates ?? []) {
          const name = label.split(' › ').pop() ?? label
          if (!NOT_SUBJECT.test(compactText(name))) for (const n of v.names.variants(name)) add(n, { name, kind: 'row' })
        }
      }
      const project = t.fields.find((f) => /项目名称|专项资金名称/.test(f.key))?.value
      if (project) {
        const bare = project.replace(/^[\dA-Z]+-/, '').replace(/[“”"‘’「」『』]/g, '')
        add(bare, { name: project, kind: 'project' })
        // "岚溪县森林防火能力提升项目" is asked after its organisation as 森林防火能力提升项目: the place opening the name may go
        const place = placesOf(doc.org).find((p) => bare.startsWith(p) && bare.length - p.length >= 6)
        if (place) shortNames.push([bare.slice(place.length), project])
        // "参保“一件事”工作" is asked as 参保一件事: the generic word closing a project's name may be left out
        const core = bare.replace(/(?:工作|项目|专项|经费|资金)$/, '')
        if (core !== bare && core.length >= 4) shortNames.push([core, project])
        // "2024年高标准农田建设管护项目" is asked without the year opening it (the document's year already says it)
        const undated = bare.replace(/^(?:19|20)\d{2}年度?/u, '')
        if (undated !== bare && undated.length >= 6) shortNames.push([undated, project])
      }
    }
  }
  for (const c of v.lexicon.concepts) {
    for (const a of c.aliases) add(a, { name: c.aliases[0], kind: 'lexicon' })
    for (const a of c.weak ?? []) add(a, { name: c.aliases[0], kind: 'weak' })
  }
  // the 类 of the functional classification are subjects whatever a document prints: a page of prose only
  // ("农林水支出56.58万元") is asked them by name as a table is
  for (const n of v.lexicon.functionClasses) if (!terms.has(mentionText(n))) add(n, { name: n, kind: 'row', classOnly: true })
  for (const c of v.lexicon.columns) for (const a of c.aliases) add(a, { name: a, kind: 'column', role: c.role })
  for (const c of v.lexicon.counts) for (const a of c.aliases) add(a, { name: c.id, kind: 'count' })
  for (const item of itemNames) if (!terms.has(mentionText(item))) add(item, { name: item, kind: 'row' })
  // a shortened project name never takes a key that names a row or another term
  for (const [core, project] of shortNames) if (!terms.has(mentionText(core))) add(core, { name: project, kind: 'project' })
  for (const group of v.lexicon.synonyms) {
    // (a count's alias in a group of money names, 公车 among 公务用车运行维护费's, never makes the money names counts)
    const known = group.map(mentionText).find((g) => terms.has(g) && terms.get(g)!.kind !== 'count')
    if (!known) continue
    const term = terms.get(known)!
    for (const g of group) {
      // a colloquial name ("工资") reads as its group's term even where a longer row name contains it (基本工资)
      const cur = terms.get(mentionText(g))
      if (cur && mentionText(cur.name) !== mentionText(g) && cur.kind === 'row') terms.set(mentionText(g), { ...term, key: mentionText(g) })
      else add(g, { ...term, name: term.name })
    }
  }
  const list = [...terms.values()].sort((a, b) => b.key.length - a.key.length)
  byCorpus.set(corpus, list)
  return list
}

/** Let `corpus` (a few documents read for one question) share the vocabulary of `whole` (every document's words). */
export function shareVocabulary(corpus: Corpus, whole: Corpus): void {
  wordsOf.set(corpus, whole)
}

/** On equal keys, the more specific reading wins. */
function rank(k: TermKind): number {
  return ['indicator', 'project', 'lexicon', 'row', 'column', 'count', 'weak'].indexOf(k)
}

/** A text cell naming a purchased item: a text column, 4–30 characters, not a class word (货物/服务/工程) or a count. */
function itemCell(t: Table, column: number, text: string): boolean {
  const v = text.trim()
  return t.columns.find((c) => c.index === column)?.role === 'text' && v.length >= 4 && v.length <= 30 && !/^(?:货物|服务|工程)类?$/.test(v) && !/^\d/.test(v)
}


/**
 * Words of every shape vocabularyOf reads (numbered and 其中 rows, a code, a NOT_SUBJECT row, an amount column, an
 * indicator, projects with a place and a generic word closing them, a procurement item, a synonym of the lexicon):
 * its output on them, with the whole lexicon's terms, is the fingerprint of this build's vocabulary rules.
 */
const PROBE: Corpus = {
  version: 1, errors: [],
  documents: [{
    id: 'probe', file: 'probe', title: '', org: '某某县某某局', year: 0, scope: '部门预算', lineCount: 1, sections: [], paragraphs: [], unparsed: [],
    tables: [
      { id: 'probe/t0', docId: 'probe', index: 0, title: '', kind: 'other', noData: false, notes: [], lines: [1, 1], headerLines: [], captionLines: [], fields: [],
        columns: [{ index: 0, path: ['项目', '本年预算数'], label: '本年预算数', role: 'amount' }, { index: 1, path: ['基本支出'], label: '基本支出', role: 'amount' }],
        rows: ['（一）工资福利支出', '其中：基本工资', '合计', '一、一般公共服务支出', '公务用车运行维护费', '差旅费', '维修（护）费'].map((name, i) => ({ id: `probe/t0/r${i}`, index: i, name, level: 1, isTotal: false, cells: [], lines: [1, 1] as [number, number], ...(i === 1 ? { code: '30101' } : {}) })) },
      { id: 'probe/t1', docId: 'probe', index: 1, title: '', kind: 'performance', noData: false, notes: [], lines: [1, 1], headerLines: [], captionLines: [], fields: [], columns: [],
        rows: [{ id: 'probe/t1/r0', index: 0, name: '', level: 1, isTotal: false, cells: [], lines: [1, 1], indicator: { name: '群众满意度' } }] },
      { id: 'probe/t2', docId: 'probe', index: 2, title: '', kind: 'procurement', noData: false, notes: [], lines: [1, 1], headerLines: [], captionLines: [], fields: [],
        columns: [{ index: 0, path: ['品目'], label: '品目', role: 'text' }], rows: [{ id: 'probe/t2/r0', index: 0, name: '', level: 1, isTotal: false, cells: [{ column: 0, text: '食品安全抽检服务' }], lines: [1, 1] }] },
      ...['某某县森林防火能力提升项目', '参保“一件事”工作'].map((p, i) => ({
        id: `probe/t${i + 3}`, docId: 'probe', index: i + 3, title: '', kind: 'other' as const, noData: false, notes: [], lines: [1, 1] as [number, number], headerLines: [], captionLines: [], columns: [], rows: [],
        fields: [{ key: '项目名称', value: p, line: 1 }] })),
    ],
  }],
}

const fingerprints = new WeakMap<Vocabulary, string>()
/** What this build's vocabulary rules and lexicon make of the probe words: terms stored by another build are used only while this agrees. */
export function vocabularyFingerprint(v: Vocabulary): string {
  let f = fingerprints.get(v)
  if (f === undefined) {
    const terms = vocabularyOf(PROBE, v)
    const text = JSON.stringify([terms, bigramListsOf(terms)])
    fingerprints.set(v, (f = `${fnv1a(text).toString(36)}.${text.length}`))
  }
  return f
}

/** Take the fingerprint of `v` computed when this build was bundled (built-fingerprints.ts) instead of running its rules on the probe words. */
export function primeVocabularyFingerprint(v: Vocabulary, fingerprint: string): void {
  if (!fingerprints.has(v)) fingerprints.set(v, fingerprint)
}

/** Terms of a corpus computed elsewhere (at ingest) and their bigram lists, with the fingerprint of the rules that made them. */
export interface StoredTerms { fingerprint: string; terms: Term[]; bigrams?: BigramLists }

/** The vocabulary of these words computed now (at ingest), to be stored beside them. */
export function storedTermsOf(corpus: Corpus, v: Vocabulary): StoredTerms {
  const terms = vocabularyOf(corpus, v)
  return { fingerprint: vocabularyFingerprint(v), terms, bigrams: bigramListsOf(terms) }
}

/**
 * Take the vocabulary of `corpus` (the words of a whole catalog) as ingest computed it instead of reading every name
 * again on a process's or an isolate's first question, when this build's rules make the same of the probe words.
 */
export function primeVocabulary(corpus: Corpus, v: Vocabulary, stored: StoredTerms): boolean {
  if (stored.fingerprint !== vocabularyFingerprint(v)) return false
  let byCorpus = cache.get(v)
  if (!byCorpus) cache.set(v, (byCorpus = new WeakMap()))
  if (!byCorpus.has(corpus)) {
    byCorpus.set(corpus, stored.terms)
    if (stored.bigrams) primeBigramLists(stored.terms, stored.bigrams)
  }
  return true
}
