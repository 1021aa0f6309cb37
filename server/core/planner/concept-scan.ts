import { defaultVocabulary } from '../lexicon/default-vocabulary.js'
import type { Vocabulary } from '../lexicon/vocabulary.js'
import { FUND_STEMS } from '../lexicon/fund-names.js'
import type { ColumnRole, Corpus } from '../schema.js'
import type { ConceptHit } from './question-frame.js'
import { bigramsOf } from '../search/bigrams.js'
import { longestShared } from '../tools/lib/name-match.js'
import { bigramPositions, reorderedNameSpan } from '../tools/lib/abridged-name.js'
import { vocabularyOf, type Term } from './vocabulary.js'
import { mentionText } from '../tools/lib/org-mention.js'
import { namedItemsNear, shortestRowContaining, vocabularyLookup } from './vocabulary-lookup.js'

const HOLE = '\u0000'

/** Share of a term's bigrams present in the text (its bigrams' positions): 单双解人均享受标准 in "单双解人员人均享受标准" → 1. */
const coverage = (term: string, text: Map<string, number[]>) => {
  const bs = bigramsOf(term)
  return bs.length ? bs.filter((b) => text.has(b)).length / bs.length : 0
}

/** A question after a target: 目标/指标/计划/要求/达到, or a count in a unit money never has (户, 亩, 批次, 公里…). */
const TARGET_ASK = /目标|指标|计划|要求|达到|力争|(?:多少|几)(?:万|千)?(?:户|亩|批次|批|公里|千米|米|平方米|吨|次|场|期|所|座|家|处|件|套|台|份|人次)/

export { longestShared }

/**
 * Exact matches of the vocabulary in the unclaimed text, longest first; claimed spans are blanked in `mask`. Each
 * position is tried only at the lengths of the keys that start with its bigram, so a question costs its length times
 * the few lengths a bigram starts, not times every key length of the vocabulary.
 */
export function exactTerms(corpus: Corpus, mask: string[], v: Vocabulary): ConceptHit[] {
  const hits: ConceptHit[] = []
  const { byKey, lengths, lengthsByStart, singles } = vocabularyLookup(vocabularyOf(corpus, v))
  const masked = mask.join('')
  // every key occurring in the text as it stands, by length; a span blanked by a longer term is skipped below
  const byLength = new Map<number, { term: Term; i: number }[]>()
  const found = (len: number, i: number) => {
    const term = byKey.get(masked.slice(i, i + len))
    if (!term) return
    const list = byLength.get(len)
    if (list) list.push({ term, i })
    else byLength.set(len, [{ term, i }])
  }
  for (let i = 0; i < masked.length; i++) {
    for (const len of lengthsByStart.get(masked.slice(i, i + 2)) ?? []) if (i + len <= masked.length) found(len, i)
    if (singles) found(1, i)
  }
  // longest terms first; among terms of one length, the leftmost occurrence wins an overlap ("项目支出合计": 项目支出);
  // a weak word only where no other term claimed its words ("收入预算是多少": 收入预算, not 预算是多少)
  for (const weak of [false, true]) for (const len of lengths) {
    for (const { term, i } of byLength.get(len) ?? []) {
      if ((term.kind === 'weak') !== weak) continue
      const end = i + term.key.length
      if (mask.slice(i, end).includes(HOLE)) continue
      hits.push(hitOf(term, i, end, masked.slice(i, end)))
      for (let k = i; k < end; k++) mask[k] = HOLE
    }
  }
  return hits
}

const hitOf = (t: Term, start: number, end: number, surface: string): ConceptHit => ({
  name: t.name, kind: t.kind, role: t.role, start, end, surface, ...(t.alsoRow ? { alsoRow: true } : {}), ...(t.classOnly ? { classOnly: true } : {}),
})

/**
 * Near matches when nothing matched exactly: an indicator or project named loosely ("单双解人员人均享受标准"),
 * judged on the whole question because its name may contain the organisation's own words.
 */
export function nearTerms(corpus: Corpus, fullText: string, v: Vocabulary): ConceptHit[] {
  let best: { t: Term; c: number; share: number } | undefined
  const targetAsk = TARGET_ASK.test(fullText)
  const grams = bigramPositions(fullText)
  // a near match shares most of its bigrams (or a run of 4+ characters) with the question: only those are weighed
  for (const t of namedItemsNear(vocabularyOf(corpus, v), fullText)) {
    // an indicator asked by its core words ("户厕改造" of 农村户厕改造数量) when the question asks a target
    const run = targetAsk ? longestShared(t.key, fullText).length : 0
    // an indicator asked with its words in another order ("入户水表更换数量" of 维修更换入户水表数量)
    const reordered = t.kind === 'indicator' && !!reorderedNameSpan(t.key, fullText, grams)
    const c = Math.max(coverage(t.key, grams), t.kind === 'indicator' && run >= 4 && run / t.key.length >= 0.5 ? 0.75 : 0, reordered ? 0.8 : 0)
    // at equal nearness, the name the question's words cover the larger share of ("农户满意度" of 项目区农户满意度, not
    // "高标准农田" of 新建高标准农田面积 when the question names the 高标准农田 project), then the longer name
    const share = run / t.key.length
    if (c >= 0.75 && (!best || c > best.c || (c === best.c && (share > best.share || (share === best.share && t.key.length > best.t.key.length))))) best = { t, c, share }
  }
  return best ? [hitOf(best.t, 0, 0, best.t.key)] : []
}

/** Words between a subject and a column word that keep the column on that subject ("卫生健康支出那一类里，基本支出…",
 *  "行政运行这个科目人员经费…"). */
// (a fund named between says which table: "殡葬（2081004）一般公共预算的基本支出")
export const FILL = /^(?:[\u0000\s,，、;；a-z（）()]|的|中|里|其中|之中|内|和|及|与|以及|还是|或者|或是|或|是多少|多少|各自|各是|分别|各|为|是|有|[那这该此]?[一个]?(?:类|款|项|块|部分|科目)(?:里面|里头|下面)?|里面|下面|一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:财政)?(?:拨款)?|财政拨款)*$/

/**
 * Column words next to a subject qualify it ("卫生健康支出中基本支出和项目支出", "基本支出里的办公费");
 * elsewhere a column word is itself a subject ("项目支出占总支出的比例").
 */
export function splitColumns(hits: ConceptHit[], masked: string, columnWord?: (h: ConceptHit) => ColumnRole | undefined): { subjects: ConceptHit[]; columns: ColumnRole[] } {
  // (a column word some table of the corpus also prints as a row, 基本支出 of a units' indicators table: a column
  // still, right after a subject it qualifies, "2100403妇幼保健机构的基本支出")
  const roleOf = (h: ConceptHit) => (h.kind === 'column' ? h.role : h.kind === 'row' ? columnWord?.(h) : undefined)
  const anchors = hits.filter((h) => h.kind === 'row' || h.kind === 'lexicon' || h.kind === 'weak')
  if (!anchors.length) return { subjects: hits, columns: [] }
  const near = (a: ConceptHit, b: ConceptHit) => {
    const [x, y] = a.end <= b.start ? [a, b] : [b, a]
    // (a table named between, "高中教育在部门支出总表里基本支出…": its 在 and its blanked title join them)
    const gap = masked.slice(x.end, y.start)
    // (a stage word between a subject and its 总额, "三公经费决算总额": that subject's total; a 合计 after it, "决算合计",
    // may be the document's 合计 line, read as its own)
    if (/^(?:预算|决算)数?$/u.test(gap) && (a.surface === '总额' || b.surface === '总额')) return true
    return FILL.test(gap.replace(/在(?:部门|单位)?(?=\u0000)/gu, ''))
  }
  const modifiers: ConceptHit[] = []
  for (const h of hits) {
    if (h.kind === 'column') {
      if (anchors.some((a) => a.kind !== 'weak' && near(a, h)) || modifiers.some((m) => near(m, h))) modifiers.push(h)
    } else if (roleOf(h)) {
      if (anchors.some((a) => a !== h && a.kind !== 'weak' && !roleOf(a) && a.end <= h.start && near(a, h))) modifiers.push(h)
    }
  }
  return { subjects: hits.filter((h) => !modifiers.includes(h)), columns: [...new Set(modifiers.map((m) => roleOf(m)!))] }
}

const COUNT_ASK_AFTER = /(?:几|多少)\s*(个|名|辆|项|家|台|场|期|张|所|座|间)(\p{Script=Han}{2,6}?)(?:呢|吗|啊|呀|[？?。]|$)/u
/** The measure words a count is asked in ("多少个", "几名", "多少张"). */
export const COUNT_UNIT = '个|名|人|辆|项|家|台|张|所|座|间'
const COUNT_ASK = new RegExp(`(\\p{Script=Han}{2,8}?)(?:有|共有|设有|设了|设|共|是)?(?:几|多少)\\s*(${COUNT_UNIT})`, 'u')

/**
 * "实行绩效目标管理的项目有几个" → { noun: 项目, unit: 个, qualifier: 实行绩效目标管理 }: the words qualifying the noun
 * pick the sentence among several counts of it. `masked` has organisations and years blanked.
 */
export function countNounOf(text: string): { noun: string; unit: string; qualifier?: string } | undefined {
  // "实际有几个人": people counted (几人), not a noun counted in 个
  const masked = text.replace(/((?:几|多少)\s*)个(?=人|名)/gu, '$1')
  // "配了几个副主任": the counted noun after the unit
  // "下降了几个百分点": a rate of change asked, nothing counted
  // "增长几个点": the colloquial 点 of a rate (not 点位, 网点)
  if (/(?:几|多少)\s*个?百分点|(?:几|多少)\s*个?点(?!\p{Script=Han})/u.test(masked)) return undefined
  const after = COUNT_ASK_AFTER.exec(masked)
  // ("多少家所属单位参加": the verb after the counted noun is no part of it)
  const afterNoun = after?.[2].replace(/(?:参加|参与|纳入|列入|组成)(?:了)?$/u, '')
  if (after && afterNoun && afterNoun.length >= 2 && !/^(?:人|名)/.test(afterNoun)) return { noun: afterNoun, unit: after[1] }
  const m = COUNT_ASK.exec(masked)
  if (!m) return undefined
  // ("人代会这次应到代表多少名": the words after a demonstrative, 这次/本次, are the noun)
  const noun = m[1].split('的').pop()!.replace(/^.*?(?:这次|本次|此次|这回|这届|本届)/u, '').replace(/^(?:其中|那么|那)/, '')
  if (noun.length < 2) return undefined
  const nounAt = m.index + m[1].length - noun.length
  const qualifier = /(\p{Script=Han}{2,16})的$/u.exec(masked.slice(0, nounAt))?.[1].replace(/^(?:其中|那么|那)/, '')
  return { noun, unit: m[2], ...(qualifier && qualifier.length >= 2 ? { qualifier } : {}) }
}

/** words that name who (医保单位, 各部门), not what */
const ORG_WORD = /单位|部门|机构|[局委办厅]$|中心$|^医疗保障$/

/** A fund said without its 预算, as place reports and their readers do: 一般公共(收入), 政府性基金(支出). */
const FUND_SHORT = new RegExp(`^(?:${FUND_STEMS})$`, 'u')

/**
 * A word of the question no term matched, read as the shortest row name that contains it:
 * "彩票公益金支出" → 彩票公益金安排的支出. Only words of 3+ characters, so a stray word never picks a row; `next`: the
 * weak term written right after the word, which the row's name must go on with.
 */
export function containingRow(corpus: Corpus, word: string, start: number, v: Vocabulary = defaultVocabulary, next?: string, tail?: string): ConceptHit | undefined {
  if (word.length < 3 || ORG_WORD.test(word)) return undefined
  // 非财政拨款 is what is not 财政拨款: a row naming the word negated does not contain it; and a budget word written
  // right after the word (next: "一般公共" + 预算收入) goes on in the row's name after it ("彩票公益金" + 支出 in
  // 彩票公益金安排的支出), never a row that goes on otherwise (一般公共服务支出 is no 一般公共预算收入)
  // (a fund's short name with a side after it, 一般公共 of "一般公共支出", goes on as that fund: 一般公共预算…, never
  // 一般公共服务支出)
  const goesOn = (key: string) => !next || ((!FUND_SHORT.test(word) || key.includes(`${word}预算`)) && key.slice(key.indexOf(word) + word.length).includes(next))
  const t = shortestRowContaining(vocabularyOf(corpus, v), word, 0, (key) => key.includes(`非${word}`) || !goesOn(key))
  // (the question's own words for it are the word and the budget words right after it, `tail`: 一般公共 + 预算收入, as a
  // place's report prints it)
  return t && hitOf(t, start, start + word.length + (tail?.length ?? 0), tail ? word + tail : word)
}

/**
 * A row matched exactly but followed by words that only a longer row name continues with: "职业年金缴费支出" is not
 * 职业年金缴费 (30109) plus a stray 支出, it is 机关事业单位职业年金缴费支出 (2080506). `masked` is the question with
 * organisations and years blanked, before any term claimed it.
 */
export function extendRowHits(corpus: Corpus, hits: ConceptHit[], masked: string, mask: string[], v: Vocabulary): void {
  const vocab = vocabularyOf(corpus, v)
  for (const [n, h] of hits.entries()) {
    if (h.kind !== 'row' && h.kind !== 'lexicon') continue
    for (let extra = 4; extra >= 2; extra--) {
      const phrase = masked.slice(h.start, h.end + extra)
      if (phrase.length < h.end - h.start + extra || /[\u0000\s，,。？?]/.test(phrase.slice(h.end - h.start))) continue
      const longer = shortestRowContaining(vocab, phrase, phrase.length)
      // "林业和草原支出" is the 款 林业和草原, never the residual 项 "其他林业和草原支出" that happens to contain it
      if (!longer || /^(?:其他|其它)/.test(longer.key.slice(0, Math.max(0, longer.key.indexOf(phrase))).slice(-2))) continue
      hits[n] = hitOf(longer, h.start, h.end + extra, phrase)
      for (let k = h.end; k < h.end + extra; k++) mask[k] = '\u0000'
      // the words now claimed may have produced their own (weak) hit
      for (let m = hits.length - 1; m >= 0; m--) if (m !== n && hits[m].start >= h.end && hits[m].end <= h.end + extra) hits.splice(m, 1)
      break
    }
  }
}

/** A row's name opening with its year and the point of it: "2024年末政府债务余额", "2025年政府债务限额". */
const YEARED_NAME = /^((?:19|20)\d{2})年(度|末|底|初)?/u

/** A name read as its year, the point of the year (末, 底, 初, 度 or none) and the words after them; undefined without. */
export function yearedName(name: string): { year: number; point: string; rest: string } | undefined {
  const m = YEARED_NAME.exec(name)
  return m ? { year: Number(m[1]), point: m[2] ?? '', rest: name.slice(m[0].length) } : undefined
}

/**
 * Rule `yeared-row`: rows of one table named by a year and the point of it ("2024年末政府债务余额" | "2025年末政府债务余额")
 * share the words asked; the one read is the one whose year the question says right before the words ("2025年末政府债务
 * 余额是多少"), or says alone, or, no year said, the latest one printed — when the corpus holds a row so named. Mutates
 * the hits.
 */
export function yearedRows(corpus: Corpus, hits: ConceptHit[], text: string, v: Vocabulary): void {
  const byKey = vocabularyLookup(vocabularyOf(corpus, v)).byKey
  for (const [n, h] of hits.entries()) {
    const own = h.kind === 'row' ? yearedName(h.name) : undefined
    if (!own) continue
    const { rest, point } = own
    // the year said right before the words, else the one year the question says, else (none said) the latest year a
    // row of these words is printed for: the document's own
    const before = /((?:19|20)\d{2})年(度|末|底|初)?$/u.exec(text.slice(0, h.start))
    const years = [...new Set([...text.matchAll(/((?:19|20)\d{2})年/gu)].map((m) => m[1]))]
    // (末 and 底 say one thing)
    const points = (p?: string) => (p === '末' || p === '底' ? ['末', '底'] : [p ?? ''])
    const named = (year: string, p?: string) => points(p).map((x) => rowNamed(byKey, mentionText(`${year}年${x}${rest}`))).find(Boolean)
    const latest = () => [...byKey.values()].flatMap((x) => { const y = x.kind === 'row' ? yearedName(x.name) : undefined; return y && y.rest === rest && points(point).includes(y.point) ? [{ x, year: y.year }] : [] })
      .sort((a, b) => b.year - a.year)[0]?.x
    const row = before ? named(before[1], before[2]) : years.length === 1 ? named(years[0], point) : years.length ? undefined : latest()
    if (row && row.name !== h.name) hits[n] = hitOf(row, h.start, h.end, h.surface)
  }
}

/** The held row named exactly so (the vocabulary's own index, built once per corpus). */
const rowNamed = (byKey: Map<string, Term>, key: string) => {
  const t = byKey.get(key)
  return t?.kind === 'row' ? t : undefined
}

/** "…运行费和购置费各多少": a second subject joined to the first, said without the head both share. */
const JOINED_TAIL = /^(?:和|与|及|、)(\p{Script=Han}{2,6}?)(?=各|分别|都|是|为|有|多少|几|加起来|合起来|加在一起|一共|总共|合计|之和|共|[？?，,。]|$)/u

/**
 * Rule `shared-head`: "公务用车运行费和购置费各安排多少" asks 公务用车购置费 too: a subject joined to a subject read
 * (和/与/、), said without the words the first opens with, is the row (or concept) those words and it name together.
 * Only a row or concept held; `mask` is the question with claimed spans blanked (updated for the words taken).
 */
export function sharedHeads(corpus: Corpus, hits: ConceptHit[], text: string, mask: string[], v: Vocabulary): void {
  const byKey = vocabularyLookup(vocabularyOf(corpus, v)).byKey
  for (const h of [...hits]) {
    if ((h.kind !== 'row' && h.kind !== 'lexicon') || h.code) continue
    const m = JOINED_TAIL.exec(text.slice(h.end))
    if (!m) continue
    const start = h.end + m[0].length - m[1].length
    if (mask.slice(start, start + m[1].length).some((c) => c === '\u0000') || hits.some((o) => o.start < start + m[1].length && o.end > start)) continue
    for (let k = 2; k <= h.surface.length - 2; k++) {
      const whole = h.surface.slice(0, k) + m[1]
      const row = rowNamed(byKey, mentionText(whole))
      const concept = row ? undefined : v.conceptOf(whole)
      if (!row && !concept) continue
      hits.push(row ? hitOf(row, start, start + m[1].length, m[1]) : { name: concept!.aliases[0], kind: 'lexicon', start, end: start + m[1].length, surface: whole })
      for (let i = start; i < start + m[1].length; i++) mask[i] = '\u0000'
      break
    }
  }
}

/** the words before a count's ask and the unit after it: "门诊" 多少 "人次" */
const ASK_UNIT = /(\p{Script=Han}{2,6}?)(?:有|是|共|一共|总共|总计)?(?:多少|几)(?:个)?(人次|人|次|天|张|床|辆|台)/u

/**
 * Rule `count-row-split`: "门诊多少人次" where a table prints the row 门诊人次 (a hospital's indicators): the count
 * asked is that row, the words before the ask and the unit after it joined, not the 人次 of the 公务接待 section.
 */
export function countAsRow(corpus: Corpus, subjects: ConceptHit[], masked: string, v: Vocabulary): void {
  const i = subjects.findIndex((c) => c.kind === 'count')
  const m = i >= 0 ? ASK_UNIT.exec(masked) : null
  if (!m) return
  const byKey = vocabularyLookup(vocabularyOf(corpus, v)).byKey
  for (let k = m[1].length; k >= 2; k--) {
    const word = m[1].slice(-k) + m[2]
    const t = rowNamed(byKey, word)
    if (!t) continue
    subjects[i] = hitOf(t, m.index + m[1].length - k, m.index + m[0].length, word)
    return
  }
}
