import { escapeRegExp } from '../../search/normalize-text.js'
import type { ConceptHit, QuestionFrame } from '../question-frame.js'
import type { Scope } from '../resolve-scope.js'

/** "部门预算里(的)", "预算中": the whole budget named as where to look, not as what is asked. */
const CONTAINER = /^(?:里面?|之中|当中|中|内)(?:的)?/
/** Where the asked words end: the question's own asking words. */
const ASK_END = /(?:是|有|为|要|能)?(?:多少|几|吗|嘛|呢|怎么样|如何|[？?。!！,，]|$)/

/** The verb after the subject asked ("安排了", "花了"): not the subject's name. */
const VERB_END = /(?:安排|花|用|支出|开支|拨付|下达)了?$/u

/** "部门预算中的规模/总额": words that ask the whole itself */
const WHOLE_WORD = /^(?:的)?(?:总?规模|总额|总量|总?盘子|总数|数额|总体|整体|全部|总共|一共|合计|总计)/

/** One person's pay: never printed in a disclosure, which states units' spending only. */
const PERSONAL_PAY = /(?:主任|局长|书记|领导|干部|科长|处长|区长|镇长|县长|主席|院长|校长|个人|员工|职工).{0,4}(?:工资|薪水|薪酬|收入|奖金|待遇)|年薪|月薪|薪水/

/**
 * Rule `subject-in-container`: "部门预算里，街道办主任的年薪是多少" names the whole budget only as the place to look;
 * the subject is what follows it. When no table row or concept of the documents names that subject, the answer is
 * not found, never the budget's total read from the container word.
 */
export function subjectInContainerNotFound(frame: QuestionFrame, scope: Scope): string | undefined {
  const ask = containerAsk(frame, scope)
  if (!ask || !ask.rest.includes(frame.unknown!) || proseNames(ask.asked, scope)) return undefined
  const held = [...new Set(scope.targets.map((t) => `${t.doc.org}${t.year}年`))].join('、')
  const why = PERSONAL_PAY.test(ask.rest) ? '预算文件公开的是单位的收支，不列个人的薪酬。' : ''
  return `没有找到“${ask.asked}”：${held}的预算文件中没有这一项。${why}`
}

/** The container a lookup names ("预算里"), the words after it and the subject they ask; undefined when it names none or asks the whole. */
function containerAsk(frame: QuestionFrame, scope: Scope): { holder: ConceptHit; rest: string; asked: string } | undefined {
  if (frame.op !== 'lookup' || !frame.unknown || !scope.targets.length) return undefined
  if (frame.concepts.some((c) => c.kind !== 'weak' && c.kind !== 'column')) return undefined
  const holder = frame.concepts.find((c) => c.kind === 'weak' && CONTAINER.test(frame.text.slice(c.end)))
  if (!holder) return undefined
  const rest = frame.text.slice(holder.end).replace(CONTAINER, '').replace(/^[,，、\s]+/, '')
  if (WHOLE_WORD.test(rest)) return undefined
  return { holder, rest, asked: rest.slice(0, ASK_END.exec(rest)?.index ?? rest.length) || frame.unknown }
}

/** A subject the prose names with its figure ("其他监狱支出553.40万元"): held, whatever the tables lack. */
function proseNames(asked: string, scope: Scope): boolean {
  const subject = asked.replace(VERB_END, '')
  if (subject.length < 3) return false
  const named = new RegExp(`${escapeRegExp(subject)}[^，。；;]{0,6}?\\d`, 'u')
  return scope.targets.some((t) => t.doc.paragraphs.some((p) => named.test(p.text.replace(/\s+/g, ''))))
}

/**
 * The same question without its container ("…2019年预算里其他监狱支出安排了多少" → "…2019年其他监狱支出安排了多少"), when the
 * subject after it is one the prose names with a figure: read as asked of that subject, never as the container's total.
 */
export function withoutContainer(frame: QuestionFrame, scope: Scope): string | undefined {
  const ask = containerAsk(frame, scope)
  if (!ask || !proseNames(ask.asked, scope)) return undefined
  return frame.text.slice(0, ask.holder.start) + ask.rest
}
