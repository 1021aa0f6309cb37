import type { Vocabulary } from '../../lexicon/vocabulary.js'
import type { Corpus } from '../../schema.js'
import { abridgedNameSpan } from '../../tools/lib/abridged-name.js'
import type { ConceptHit } from '../question-frame.js'
import { vocabularyOf, type Term } from '../vocabulary.js'
import { namedItemsNear } from '../vocabulary-lookup.js'

const HOLE = '\u0000'

/**
 * Rule abridged-project: a project asked by its name with words left out ("农村饮水维修养护项目" for
 * 农村饮水安全工程维修养护项目) is that project, when no other term claimed a project. The name may open with its
 * organisation's own words (国有林场森林抚育工程项目 of 东浦县国有林场), so it is read on the question as written
 * (`text`), over no other term's words. The longest such phrase wins; its span is claimed in `mask`.
 */
export function abridgedProjects(corpus: Corpus, text: string, mask: string[], v: Vocabulary, found: ConceptHit[]): ConceptHit[] {
  if (found.some((c) => c.kind === 'project')) return []
  let best: { hit: ConceptHit; len: number; swallowed: ConceptHit[] } | undefined
  for (const t of namedItemsNear(vocabularyOf(corpus, v), text)) {
    if (t.kind !== 'project') continue
    const span = abridgedNameSpan(t.key, text)
    if (!span) continue
    // rule `project-swallows-rows`: rows named inside the project's words, the whole said with 项目 after it ("博物馆文物
    // 保护修复项目": 博物馆 and 文物 are rows of the same document), are words of the project's name, not subjects
    const inside = found.filter((c) => c.start < span.end && span.start < c.end)
    if (inside.length && !(text.startsWith('项目', span.end) && inside.every((c) => c.kind === 'row' && c.start >= span.start && c.end <= span.end))) continue
    const len = span.end - span.start
    if (!best || len > best.len) best = { hit: { name: t.name, kind: 'project', start: span.start, end: span.end, surface: text.slice(span.start, span.end) }, len, swallowed: inside }
  }
  const tail = best ? undefined : tailProject(corpus, text, mask, v, found)
  const hit = best?.hit ?? tail?.hit ?? pointedProject(corpus, text, v, found) ?? coordinatedHead(corpus, text, v, found)
  if (!hit) return []
  for (const c of best?.hit === hit ? best.swallowed : tail?.hit === hit ? tail.swallowed : []) found.splice(found.indexOf(c), 1)
  mask.fill(HOLE, hit.start, hit.end)
  return [hit]
}

/** The level words' character pairs a row named after its level holds. */
const LEAD_BIGRAMS = ['街道', '社区', '乡镇', '全镇', '全乡', '全区', '全县', '全市']
/** The level word a unit's own project may open with: 街道…, 社区…, 镇…, 全县… */
const LEVEL_LEAD = /^(?:街道|社区|乡镇|全镇|全乡|全区|全县|全市|镇|乡)(?=\p{Script=Han}|[“"《])/u

/**
 * Rule `level-led-row`: a row named after its unit's level ("街道“一网统管”平台运维" of a street office's 项目支出表) is
 * asked right after the unit's name, which already said the level ("苇泉街道“一网统管”平台运维项目"): the row, when
 * the rest of its name (six characters or more) is written whole where no other subject is.
 */
export function levelLedRows(corpus: Corpus, text: string, mask: string[], v: Vocabulary, found: ConceptHit[]): ConceptHit[] {
  let best: ConceptHit | undefined
  // (the names written in the question, found by their first character pair: a lookup per pair of the question, never
  // a pass over the city's rows; rows before projects, each in vocabulary order)
  const index = levelLedIndex(vocabularyOf(corpus, v))
  const said = new Set<LevelLed>()
  for (let i = 0; i + 1 < text.length; i++) for (const x of index.get(text.slice(i, i + 2)) ?? []) if (text.startsWith(x.rest, i)) said.add(x)
  const terms = [...said].sort((a, b) => (a.t.kind === b.t.kind ? a.n - b.n : a.t.kind === 'row' ? -1 : 1))
  for (const { t, rest } of terms) {
    const start = text.indexOf(rest)
    const end = start + rest.length
    if (found.some((c) => c.start < end && start < c.end) || (best && best.end - best.start >= rest.length)) continue
    best = { name: t.name, kind: t.kind, start, end, surface: text.slice(start, end) }
  }
  if (!best) return []
  mask.fill(HOLE, best.start, best.end)
  return [best]
}

interface LevelLed { n: number; t: Term; rest: string }
const levelLedIndexes = new WeakMap<Term[], Map<string, LevelLed[]>>()

/**
 * A vocabulary's rows and projects named after a level word, by the first character pair of the rest of their name (six
 * characters or more): the rows that hold a level word's pair (LEAD_BIGRAMS), the projects of four characters or more
 * (the named items a question's pairs find). Built once per vocabulary.
 */
function levelLedIndex(vocab: Term[]): Map<string, LevelLed[]> {
  let index = levelLedIndexes.get(vocab)
  if (!index) {
    index = new Map()
    for (const [n, t] of vocab.entries()) {
      const held = t.kind === 'row' ? LEAD_BIGRAMS.some((b) => t.key.includes(b)) : t.kind === 'project' && t.key.length >= 4
      if (!held || !LEVEL_LEAD.test(t.key)) continue
      const rest = t.key.replace(LEVEL_LEAD, '')
      if (rest.length < 6) continue
      const list = index.get(rest.slice(0, 2))
      if (list) list.push({ n, t, rest })
      else index.set(rest.slice(0, 2), [{ n, t, rest }])
    }
    levelLedIndexes.set(vocab, index)
  }
  return index
}

/**
 * Where the words right before `end` (where 项目 is written) say the closing words of `name`, with words left out: runs
 * of two or more of its characters, read from the right, the first closing the name ("文物修复" of 博物馆馆藏文物保护
 * 修复: 修复, then 文物). Four characters at least.
 */
function tailSpan(name: string, text: string, end: number): { start: number; end: number } | undefined {
  let j = end
  let to = name.length
  for (let runs = 0; runs < 3 && j > 0; runs++) {
    let moved = false
    for (let len = Math.min(j, to); len >= 2 && !moved; len--) {
      const at = name.lastIndexOf(text.slice(j - len, j), to - len)
      if (at >= 0 && (runs > 0 || at + len === to)) { j -= len; to = at; moved = true }
    }
    if (!moved) break
  }
  return end - j >= 4 ? { start: j, end } : undefined
}

/**
 * The word right before 项目 (`end`) that `name` holds, three to six characters of no other claim, opening right after
 * a claimed word (the organisation's name) or the question's start: "数字化" of "澜峪档案馆数字化项目" in 馆藏档案数字化加工
 * (二期). The longest such word.
 */
function keywordSpan(name: string, text: string, end: number, mask: string[]): { start: number; end: number } | undefined {
  for (let len = Math.min(6, end); len >= 3; len--) {
    const start = end - len
    const word = text.slice(start, end)
    if (!/^\p{Script=Han}+$/u.test(word) || mask.slice(start, end).includes(HOLE)) continue
    if (start > 0 && mask[start - 1] !== HOLE && /\p{Script=Han}/u.test(text[start - 1])) continue
    if (name.includes(word)) return { start, end }
  }
  return undefined
}

/**
 * Rule `project-tail`: a project asked by the closing words of its name and 项目 ("文物修复项目", "文物保护修复项目" of
 * 博物馆馆藏文物保护修复), words no organisation's name claimed (rows of the document named inside them are the
 * project's words), or by a word of its name right after the organisation's ("数字化项目", rule keyword-project): the
 * one held project so named. None when two projects are.
 */
function tailProject(corpus: Corpus, text: string, mask: string[], v: Vocabulary, found: ConceptHit[]): { hit: ConceptHit; swallowed: ConceptHit[] } | undefined {
  if (found.some((c) => c.kind === 'project')) return undefined
  const hits = new Map<string, { hit: ConceptHit; swallowed: ConceptHit[] }>()
  for (let p = text.indexOf('项目'); p > 0; p = text.indexOf('项目', p + 1)) {
    for (const t of namedItemsNear(vocabularyOf(corpus, v), text.slice(Math.max(0, p - 24), p))) {
      if (t.kind !== 'project' || t.key.length < 6) continue
      const span = tailSpan(t.key, text, p) ?? keywordSpan(t.key, text, p, mask)
      if (!span) continue
      const inside = found.filter((c) => c.start < span.end && span.start < c.end)
      if (!inside.every((c) => c.kind === 'row' && c.start >= span.start && c.end <= span.end)) continue
      const claimed = (i: number) => mask[i] === HOLE && !inside.some((c) => c.start <= i && i < c.end)
      if (Array.from({ length: span.end - span.start }, (_, k) => span.start + k).some(claimed)) continue
      const cur = hits.get(t.name)
      if (!cur || span.end - span.start > cur.hit.end - cur.hit.start) hits.set(t.name, { hit: { name: t.name, kind: 'project', ...span, surface: text.slice(span.start, span.end) }, swallowed: inside })
    }
  }
  return hits.size === 1 ? [...hits.values()][0] : undefined
}

/** "这个饮水项目", "该防火项目": a project pointed at by one word of its name */
const POINTED = /(?:这个|这一|该|此)(\p{Script=Han}{2,6}?)项目/u

/**
 * "这个饮水项目": the one held project whose name holds the word pointed with; none when several do (the question
 * does not say which) or the word is another term's.
 */
function pointedProject(corpus: Corpus, text: string, v: Vocabulary, found: ConceptHit[]): ConceptHit | undefined {
  const m = POINTED.exec(text)
  if (!m) return undefined
  const start = m.index + m[0].length - m[1].length - 2
  const end = m.index + m[0].length
  if (found.some((c) => c.start < end && start < c.end)) return undefined
  const names = new Set(vocabularyOf(corpus, v).filter((t) => t.kind === 'project' && t.key.includes(m[1])).map((t) => t.name))
  return names.size === 1 ? { name: [...names][0], kind: 'project', start, end, surface: text.slice(start, end) } : undefined
}

/** Where a project's name joins its items: 高龄老人津贴及居家养老服务, 道路和桥梁养护. */
const JOIN = /[及和与、]/u

/**
 * Rule `project-head`: a project whose name joins several items ("高龄老人津贴及居家养老服务") is asked by its first
 * item and 项目 ("高龄老人津贴项目"): the one held project whose name opens with those words (4+ characters) and goes
 * on at a joining word. None when several do or the words are another term's.
 */
function coordinatedHead(corpus: Corpus, text: string, v: Vocabulary, found: ConceptHit[]): ConceptHit | undefined {
  // every head ends with 项目: a question without it names none (most do not; the vocabulary is the whole city's)
  if (!text.includes('项目')) return undefined
  const hits = new Map<string, { start: number; end: number }>()
  for (const { name, head } of projectHeads(vocabularyOf(corpus, v))) {
    const start = text.indexOf(head)
    if (start < 0) continue
    const end = start + head.length
    if (found.some((c) => c.start < end && start < c.end)) continue
    hits.set(name, { start, end })
  }
  if (hits.size !== 1) return undefined
  const [[name, span]] = [...hits]
  return { name, kind: 'project', ...span, surface: text.slice(span.start, span.end) }
}

const heads = new WeakMap<Term[], { name: string; head: string }[]>()
/** Each project term whose name joins items after 4+ characters, with its first item and 项目: once per vocabulary. */
function projectHeads(vocab: Term[]): { name: string; head: string }[] {
  let hit = heads.get(vocab)
  if (!hit) {
    hit = []
    for (const t of vocab) {
      if (t.kind !== 'project') continue
      const k = t.key.search(JOIN)
      if (k >= 4) hit.push({ name: t.name, head: `${t.key.slice(0, k)}项目` })
    }
    heads.set(vocab, hit)
  }
  return hit
}
