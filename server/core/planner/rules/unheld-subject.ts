import type { QuestionFrame } from '../question-frame.js'

/** A tax is named in two characters (契税): enough to be read where the prose states it (as are the money words whose
 *  change's reason is asked: "收支为什么下降", "税收为啥掉得这么多"). */
const SHORT_TAX = /^\p{Script=Han}税$/u
const SHORT_MONEY = /^(?:收支|税收|收入|支出|\p{Script=Han}[税费])$/u

/** what a subject that only the prose states is asked for: its amount's change, its growth */
const CHANGE_OPS = new Set<QuestionFrame['op']>(['change', 'growth', 'reason'])

/**
 * Rule `unheld-subject`: a subject no table of the corpus holds, asked of documents whose prose may state it — a
 * functional code ("审计事务（20108）支出多少，增长了多少", where the words beside a code only describe it and the
 * generic 支出 read beside them is not the subject), or words no table names ("财政事务支出跟上年比怎么变",
 * "档案事务支出为啥降了那么多") asked for a change or its reason, or
 * for a year before the document's. The subject is the code or the words as written, read by the same handlers (the
 * prose path of figure-for); undefined when the question names a held subject.
 */
export function unheldSubjectFrame(frame: QuestionFrame, priorYear = false): QuestionFrame | undefined {
  const unknown = subjectWords(frame)
  // (the stem of a fund a side word was read with, 一般公共 of "一般公共预算收入", is that side's fund, no subject of its own)
  if (!unknown || frame.concepts.some((c) => c.fund?.startsWith(unknown))) return undefined
  // (a held row's name narrowed by words no term reads, 小学教育支出 of 教育支出, is not read as a row: the tables would
  // give the wider row's figure for it, rule qualified-row)
  if (frame.rowQualifier) return undefined
  const code = /^\d{3,7}$/.test(unknown)
  // with no subject read, two years or a word of movement are a comparison of years: the subject's change
  const op = frame.op === 'compare' && (frame.baseYear !== undefined || MOVED.test(frame.text)) ? 'change' : frame.op
  // a weak word beside the words (支出 of "档案事务2022年支出多少") is their side, not a subject of its own
  const strong = frame.concepts.some((c) => c.kind !== 'weak')
  // a year before the document's asked of words its prose states for its own year: that year's figure as the prose
  // implies it (its amount less the change it states), by figure-for's prior-year reading
  const prior = priorYear && op === 'lookup'
  if (!code && (strong || !(CHANGE_OPS.has(op) || prior) || (unknown.length < 3 && !SHORT_TAX.test(unknown) && !(op === 'reason' && SHORT_MONEY.test(unknown))) || AGAINST_OTHER.test(frame.text))) return undefined
  const at = Math.max(0, frame.text.indexOf(unknown))
  const hit = { name: unknown, kind: 'row' as const, start: at, end: at + unknown.length, surface: unknown }
  return { ...frame, op, concepts: [hit] }
}

/**
 * The same for a share: "人大事务支出占本级一般公共预算支出的比重" where the whole is a held subject and the part only
 * the prose names. The part is the words as written, set in the order the question names them.
 */
export function unheldPartFrame(frame: QuestionFrame): QuestionFrame | undefined {
  const unknown = subjectWords(frame)
  const strong = frame.concepts.filter((c) => c.kind !== 'weak' && c.kind !== 'column')
  if (frame.op !== 'share' || !unknown || unknown.length < 3 || /^\d+$/.test(unknown) || strong.length !== 1 || !frame.text.includes('占')) return undefined
  const at = frame.text.indexOf(unknown)
  if (at < 0) return undefined
  const hit = { name: unknown, kind: 'row' as const, start: at, end: at + unknown.length, surface: unknown }
  return { ...frame, concepts: [hit, strong[0]].sort((a, b) => a.start - b.start) }
}

/** the unknown words asked, without 本级: "榕州本级财政事务支出" — 本级 says whose account (the place's own), not which subject */
const subjectWords = (frame: QuestionFrame) => frame.unknown?.replace(/^[区县市州旗镇乡]?本级(?=\p{Script=Han}{2})/u, '')

const MOVED = /涨|增|减|降|变/
/** "比年初批复少了多少": set against another subject, not against another year */
const AGAINST_OTHER = /(?:比|较|跟|和|与)(?!(?:19|20)?\d{2}年|上一?年|去年|前一年|同期|[怎如多有增减涨降变少起])\p{Script=Han}{2,}/u
