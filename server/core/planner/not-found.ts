import { stageOf, type BudgetDocument, type Citation, type Corpus } from '../schema.js'
import { compactText } from '../search/normalize-text.js'
import { latestPerOrg } from '../tools/lib/org-scope.js'
import { sentenceMayHold } from '../tools/lib/prose-may-hold.js'
import { sentencesOf } from '../tools/lib/prose.js'
import { paragraphCitation } from '../tools/lib/citation.js'
import { sourceText } from './compose.js'
import type { Target } from './resolve-scope.js'
import type { ToolRunner } from './tool-runner.js'

/** What a document does hold, for a not-found answer: its top-level spending subjects, or that it is prose only. */
export function heldSubjects(doc: BudgetDocument): string {
  const t = doc.tables.find((x) => x.kind === 'general-spending' && x.rows.length) ?? doc.tables.find((x) => x.kind === 'spending' && x.rows.length)
  if (!t) return doc.tables.length ? '该文件的表格中没有这一项' : '该文件只有文字说明，没有预算表格'
  const top = t.rows.filter((r) => r.level === 1 && !r.isTotal).map((r) => r.name)
  return top.length ? `该文件的支出科目有：${top.join('、')}` : '该文件的表格中没有这一项'
}

/**
 * A prose sentence saying the document has none of it ("2026年无“三公”经费预算拨款安排的支出"), or that it does not
 * apply to the unit ("本单位为公益一类事业单位，不属于机关运行经费统计范围，不适用此项说明").
 */
const NONE_WORDS = ['无', '没有', '不适用', '不属于', '不涉及'] as const
/** Words before a subject that the sentence saying there is none leaves out ("本年国有资本经营预算支出": 国有资本…). */
const OF_THE_YEAR = /^(?:本年度?|当年|年初|年末)/u

function statedNone(run: ToolRunner, t: Target, name: string): { text: string; c: Citation } | undefined {
  // (a page cut off inside the subject's name, "我单位2022年无“三公”经", still says there is none: its first three
  // characters right after 无 or 没有)
  const whole = compactText(name).replace(OF_THE_YEAR, '')
  for (const [word, key] of NONE_WORDS.flatMap((w) => [[w, whole.slice(0, 4)], ...(NEAR_BEFORE.has(w) && whole.length > 3 ? [[w, whole.slice(0, 3)]] : [])])) {
    // no sentence of the document holds both: the search could keep none (bounded work for questions of many subjects)
    if (!sentenceMayHold(t.doc, word, key)) continue
    const r = run.run('search-text', { docId: t.doc.id, query: name, mustContain: [word], limit: 3 })
    if (!r.ok) continue
    for (const [i, h] of r.hits.entries()) {
      // (无 and 没有 say there is none of the subject when they stand right before it: never the 无 of 无障碍 on a
      // page's menu line)
      const s = h.sentences.find((x) => { const c = compactText(x); return c.includes(key) && (!NEAR_BEFORE.has(word) || noneBefore(c, word, key)) })
      if (!s) continue
      // the citation quotes the hit's first sentence as printed: shown when it is the one read
      const shown = s === h.sentences[0] ? r.citations[i].text ?? s : s
      return { text: shown.replace(/[。；;]$/, ''), c: r.citations[i] }
    }
  }
  return undefined
}

const NEAR_BEFORE = new Set<string>(['无', '没有'])
/** The none word within a few characters before the subject ("无“三公”经费预算拨款", "没有单独的三公经费"). */
const noneBefore = (c: string, word: string, key: string) => {
  for (let k = c.indexOf(key); k >= 0; k = c.indexOf(key, k + 1)) {
    const w = c.lastIndexOf(word, k)
    if (w >= 0 && k - (w + word.length) <= 8) return true
  }
  return false
}

/**
 * Rule `none-under-label`: a page that labels an item ("1、公款出国(境)费:") and says under it there was none ("本季度
 * 没有出国()事项发生,此项费用不存在"): that sentence, the item named by its closing words in the label.
 */
export function noneUnderLabel(t: Target, name: string): { text: string; c: Citation } | undefined {
  const tail = compactText(name).replace(/[()（）]/gu, '').slice(-4)
  if (tail.length < 4) return undefined
  const ps = t.doc.paragraphs
  for (let i = 0; i + 1 < ps.length; i++) {
    const label = compactText(ps[i].text).replace(/[()（）]/gu, '')
    if (label.length > 16 || !/[:：]$/u.test(label) || !label.includes(tail)) continue
    const s = sentencesOf(ps[i + 1].text).map((x) => x.text.trim()).find((x) => /没有|不存在|未发生|未安排|无此/u.test(x))
    if (s) return { text: s.replace(/[。；;]$/u, ''), c: paragraphCitation(t.doc, ps[i + 1], s) }
  }
  return undefined
}

/** Not found in one document: says so plainly (never a figure) and what is there instead. */
export function notFoundInDoc(run: ToolRunner, t: Target, name: string, empty: Citation | undefined, compact: boolean): string {
  if (compact) return `${t.doc.org}（${t.year}年）：未列出`
  const none = statedNone(run, t, name) ?? noneUnderLabel(t, name)
  if (none) run.cite(none.c)
  if (empty) run.cite(empty)
  const parts = [`没有找到${t.doc.org}${t.year}年${stageOf(t.doc.scope)}中“${name}”的金额`]
  if (empty) parts.push(`表中该栏为空，未列金额${sourceText(empty)}`)
  if (none) parts.push(`文件原文：${none.text}`)
  else if (!empty) parts.push(heldSubjects(t.doc))
  return parts.join('。') + '。'
}

/** What the corpus holds, one organisation per entry with its years. */
export function heldDocuments(corpus: Corpus): string {
  return latestPerOrg(corpus.documents)
    .map((d) => {
      const years = corpus.documents.filter((x) => x.org === d.org).map((x) => x.year).sort()
      return `${d.org}（${years.join('、')}年）`
    })
    .join('、')
}
