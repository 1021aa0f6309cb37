import { stageOf, type BudgetDocument } from '../../schema.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { ToolRunner } from '../tool-runner.js'

/** "部门决算", "决算支出", "实际支出了多少" of a closed year: the accounts, not the plan. */
const ASKS_FINAL = /决算/
/** The question's own subject words, runs of four characters (three at a run's end) that are no asking words. */
const subjectRuns = (question: string) => (question.match(/\p{Script=Han}{3,}/gu) ?? [])
  .flatMap((w) => [...Array(Math.max(1, w.length - 3)).keys()].map((i) => w.slice(i, i + 4)))
  .filter((w) => w.length >= 3 && !/实际|多少|完成|是|年度|哪|什么/u.test(w))

/** The words before an amount name the side the question does not ask (收入 for 支出, 支出 for 收入). */
const otherSide = (question: string, words: string) =>
  (/支出/u.test(question) && !/收入/u.test(question) && /收入/u.test(words)) || (/收入/u.test(question) && !/支出/u.test(question) && /支出/u.test(words))

/** A sentence of the document stating the year asked with an amount right after the question's own subject words ("2018年…公务接待费支出49865元"). */
function yearActualSentence(question: string, t: { doc: BudgetDocument; year: number }) {
  const words = subjectRuns(question)
  for (const p of t.doc.paragraphs) {
    for (const s of p.text.split(/(?<=[。；;])/u)) {
      if (!s.includes(`${t.year}年`)) continue
      for (const w of words) {
        const at = s.indexOf(w)
        const m = at < 0 ? null : /^[^\d，,。；;]{0,8}?(?:支出|执行|实际)?[^\d，,。；;]{0,4}?(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)/u.exec(s.slice(at + w.length))
        // (never a plan's amount, "收入预算20.65亿元", nor the other side's, 收入 when 支出 is asked)
        if (m && (/预算|计划|目标/u.test(m[0]) || otherSide(question, m[0]))) continue
        if (m) return { p, sentence: s.trim(), amount: `${m[1]}${m[2]}`, word: w }
      }
    }
  }
  return undefined
}
const statesYearActual = (question: string, t: { doc: BudgetDocument; year: number }) => !!yearActualSentence(question, t)

/**
 * Rule `year-actual-stated`: the actual of a year before a 预算's own, asked in everyday words, that its prose states
 * ("主要是2018年…公务接待费支出49865元"): that sentence's amount, quoted, never the year's plan read instead.
 */
export function yearActualStated(run: ToolRunner, question: string, targets: { doc: BudgetDocument; year: number }[]): string | undefined {
  if (!ACTUAL_WORDS.test(question) || ACTUAL_BASELINE.test(question) || targets.length !== 1) return undefined
  const t = targets[0]
  if (stageOf(t.doc.scope) !== '预算' || t.year >= t.doc.year) return undefined
  const hit = yearActualSentence(question, t)
  if (!hit) return undefined
  const c = paragraphCitation(t.doc, hit.p, hit.sentence)
  run.cite(c)
  return `${t.doc.org}${t.doc.year}年${t.doc.scope}文件写明${t.year}年${hit.word}的实际数为${hit.amount}。原文：“${(c.text ?? hit.sentence).replace(/[。；;]$/u, '')}”`
}

/** "实际完成了多少", "实际支出多少": the accounts asked in everyday words */
const ACTUAL_WORDS = /实际(?:完成|收入|支出|执行|花|用|发生)|实际数/u
/** …not as the baseline of a change ("比上年实际支出增长多少") */
const ACTUAL_BASELINE = /(?:比|较|与|同)[^，,。？?]{0,6}实际/u
/** Words that name a 决算 column inside a budget's own tables or prose ("上年决算数"), not the document asked for. */
const FINAL_COLUMN = /上年决算|决算数/
/** "上年决算": last year's column whatever year is asked; a bare 决算数 only of a year before the budget's own. */
const PRIOR_FINAL = /上年决算/
const namesFinalColumn = (question: string, targets: { doc: BudgetDocument; year: number }[]) =>
  FINAL_COLUMN.test(question) && (PRIOR_FINAL.test(question) || targets.some((t) => t.year < t.doc.year))

/**
 * Rule `stage-asked`: a question that asks for a 决算 of documents that are all 预算 (plans) gets a plain not-found
 * saying what is held, never the plan's figure as if it were the accounts.
 */
export function stageNotHeld(question: string, targets: { doc: BudgetDocument; year: number }[]): string | undefined {
  // (the year's actual said in words, "实际完成了多少", asks the accounts too; a place's 财政预算 reports the year
  // before as executed in its prose, rule executed-year)
  const actual = ACTUAL_WORDS.test(question) && !ACTUAL_BASELINE.test(question) && targets.every((t) => t.doc.scope !== '财政预算' && !(t.year < t.doc.year && statesYearActual(question, t)))
  if (!(ASKS_FINAL.test(question) || actual) || namesFinalColumn(question, targets) || !targets.length) return undefined
  if (priorFinalPrinted(question, targets)) return undefined
  if (targets.some((t) => stageOf(t.doc.scope) === '决算')) return undefined
  const held = [...new Set(targets.map((t) => `${t.doc.org}${t.doc.year}年${t.doc.scope}`))].join('、')
  return `没有找到所问的决算：收录的是${held}（预算，不是决算），其中的数字是计划数而不是实际支出。`
}

/** What was spent asked: 决算, 实际支出, 执行数. */
const SPENT_ASKED = /决算|实际(?:支出|花|用)|执行数/
/** A column of an earlier year's accounts: "2024年决算数", "2024年执行数". */
const ACTUAL_HEAD = /决算|执行/

/**
 * Rule `prior-final-printed`: a budget that prints last year's accounts beside the plans ("2024年预算数 | 2024年决算数
 * | 2025年预算数") holds that 决算: asked of that year, it is read from that column (the caller asks for the 决算
 * column), never refused and never answered with the year's 预算 column.
 */
export function priorFinalPrinted(question: string, targets: { doc: BudgetDocument; year: number }[]): boolean {
  if (!SPENT_ASKED.test(question) || !targets.length) return false
  return targets.every((t) => t.year < t.doc.year && stageOf(t.doc.scope) === '预算'
    && t.doc.tables.some((tb) => tb.columns.some((c) => c.year === t.year && c.path.some((p) => ACTUAL_HEAD.test(p)))))
}
