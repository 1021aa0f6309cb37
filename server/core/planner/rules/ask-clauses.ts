import type { QuestionFrame } from '../question-frame.js'
import { COUNT_UNIT } from '../concept-scan.js'

/** A word that asks: 多少, 几 (个, 名, 张…), 哪些, 什么. */
const ASK = /多少|几(?:个|名|人|辆|项|张|次|批|所|座|间|家|台|年)?|哪些|哪几|什么/u
/**
 * Words that tie the asks together: a comparison, a share, a change, a sum, "各/分别" over one list. Such a question is
 * one reading (the change handler answers "是多少？比上年增加多少？" whole), never an ask each.
 */
const TIED = /比|相比|对比|相差|差距|差额|占|比例|比重|百分之|增|减|降|涨|升|变化|变动|合计|一共|总共|加起来|之和|分别|各|为什么|原因|哪个|哪一/u
/** Words of an ask that name nothing of its own: years, asking words, fillers, the organisation's kind of words. */
// (nor do a stage's words: "决算多少？年初预算多少？" asks two columns of one subject, one reading)
const NOTHING = /(?:19|20)\d{2}年度?|\d{2}年|今年|去年|明年|部门预算|单位预算|部门决算|单位决算|预算|决算|年初|全年|调整后?|上年|执行|完成|实际|数|文件|又|还|再|那|呢|吗|啊|是|为|有|的|了|都|多少|几[个名人辆项张次批所座间家台]?|哪些|哪几|什么|花了|花|用了|安排了|安排|现在|一共|共|[\s\p{P}\p{S}\d]/gu
const MAX_ASKS = 3
/** The asking words closing an ask: what is left is its subject ("天等县上级补助收入多少？" → 天等县上级补助收入). */
const ASK_TAIL = /(?:是|有|为)?(?:多少钱?|几\p{Script=Han}?)[？?。！!，,；;]*$/u
/** An ask of a completion alone: "完成预算多少", "完成率是多少" (two stages of one subject, 决算 and 年初预算, are one reading). */
const STAGE_ASK = /完成/u

/**
 * Rule `ask-clauses`: "某局2015年公车运行维护花了多少？买车花了多少？", "编制床位有多少张？实际开放了多少张？" — one
 * organisation asked two or three things, each in an ask of its own (a clause mark before it, its own asking word, its
 * own words beyond asking words): each ask is a question of its own, the later ones read as follow-ups of the first
 * (its organisation and year carried on). Undefined when the asks are tied (a comparison, a share, a change, a sum),
 * when more than one organisation is named (rule org-clauses), or when an ask names nothing of its own ("是多少？").
 */
export function askClauses(frame: QuestionFrame): string[] | undefined {
  if (frame.orgs.length > 1 || frame.injected) return undefined
  const t = frame.text
  if (TIED.test(t.replace(frame.orgs[0]?.text ?? '\u0000', ''))) return undefined
  // clauses end at a sentence mark, or at a comma when what follows asks again
  const parts = t.split(/(?<=[？?；;！!。])/u).flatMap((s) => s.split(/(?<=[，,])(?=[^，,]*(?:多少|几|哪些|什么))/u)).map((s) => s.trim()).filter(Boolean)
  if (parts.length < 2 || parts.length > MAX_ASKS) return undefined
  if (!parts.every((p) => ASK.test(p))) return undefined
  // (an ask opening on 其中, "…是多少？其中基本支出多少", asks a part of the one before: never a question of its own)
  if (parts.slice(1).some((p) => /^其中/u.test(p))) return undefined
  const own = parts.map((p, i) => (i === 0 && frame.orgs[0] ? p.replace(frame.orgs[0].text, '') : p).replace(NOTHING, ''))
  // a later ask of only a stage of the first's subject ("…上级补助收入多少？完成预算多少"): that subject's stage, asked
  // with the first ask's words (rule stage-ask)
  const subject = parts[0].replace(ASK_TAIL, '')
  const stageOnly = (i: number) => i > 0 && !/\p{Script=Han}{2,}/u.test(own[i]) && STAGE_ASK.test(parts[i]) && /\p{Script=Han}{2,}/u.test(own[0])
  if (own.some((w, i) => !/\p{Script=Han}{2,}/u.test(w) && !stageOnly(i))) return undefined
  const asks = parts.map((p, i) => (stageOnly(i) ? subject + p : p).replace(/[，,；;]+$/u, ''))
  return asks.map((a, i) => (i ? withHeadNoun(a, asks[0]) : a))
}

/** "…编制床位有多少张" counted first: its head noun (床位) and measure word (张). */
const COUNTED = new RegExp(`(\\p{Script=Han}{2,8}?)(?:有|共有|设有|是)?(?:几|多少)(${COUNT_UNIT})`, 'u')
/** "实际开放了多少张": a later ask counting in the same measure word with no noun of its own, only what was done. */
const DONE_ONLY = new RegExp(`(\\p{Script=Han}{2,6}?)了(?:几|多少)(${COUNT_UNIT})`, 'u')

/** The later ask's elided noun is the first ask's head noun: "实际开放了多少张" after "编制床位有多少张" → 实际开放床位多少张. */
function withHeadNoun(ask: string, first: string): string {
  const head = COUNTED.exec(first)
  const done = DONE_ONLY.exec(ask)
  if (!head || !done || done[2] !== head[2] || head[1].length < 3) return ask
  return ask.replace(done[0], `${done[1]}${head[1].slice(-2)}${done[0].slice(done[1].length + 1)}`)
}
