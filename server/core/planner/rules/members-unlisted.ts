import { compactText } from '../../search/normalize-text.js'
import type { HandlerOutput } from '../answer-types.js'
import { orgYear } from '../compose.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Target } from '../resolve-scope.js'
import { placeList } from './listed-place.js'

/** "各街道自己的…分别是多少", "各县区…分别": each place below the one reporting, asked one by one. */
const EACH_MEMBER = /各(?:个)?(街道|乡镇|镇街|镇|乡|县区|区县|县市区|县（市、区）|县\(市、区\)|县|区)(?:自己|自身|本身)?的?[^？?。]{0,30}?(?:分别|各(?:自|是|为)|各多少)/u

/** The suffix each such place's name ends with. */
const SUFFIX: Record<string, RegExp> = {
  街道: /街道(?:办事处)?$/u, 乡镇: /[镇乡]$/u, 镇街: /(?:[镇乡]|街道)$/u, 镇: /镇$/u, 乡: /乡$/u,
  县区: /[县区]$/u, 区县: /[县区]$/u, 县市区: /[县市区]$/u, '县（市、区）': /[县市区]$/u, '县(市、区)': /[县市区]$/u, 县: /县$/u, 区: /区$/u,
}

/**
 * Rule `members-unlisted`: a place's report asked each place below it one by one ("各街道自己的一般公共预算收入决算分别是
 * 多少", "各县区…分别是多少") that lists none of them — no table row with an amount, no list of the prose's lines naming
 * such places — says so plainly, never the whole's figure as if it answered. Undefined when the report lists them (the readings go on).
 */
export function answerMembersUnlisted(frame: QuestionFrame, targets: Target[]): HandlerOutput | undefined {
  if (targets.length !== 1) return undefined
  const t = targets[0]
  if (!/^财政/u.test(t.doc.scope)) return undefined
  const m = EACH_MEMBER.exec(compactText(frame.text))
  if (!m) return undefined
  const suffix = SUFFIX[m[1]]
  const own = compactText(t.doc.org).replace(/本级$/u, '')
  const named = (name: string) => { const n = compactText(name).replace(/[（(][^）)]*[)）]$/u, ''); return n.length >= 3 && suffix.test(n) && !own.endsWith(n) && !/^(?:全|本|各|该)/u.test(n) }
  const inTables = t.doc.tables.some((tb) => tb.rows.some((r) => named(r.name) && r.cells.some((c) => c.amount)))
  // (a list of the prose's lines naming such places with their amounts: "某街道:…120万元", rule listed-place)
  const inProse = !!placeList(t.doc)?.lines.some((l) => named(l.place))
  if (inTables || inProse) return undefined
  return { answer: `${orgYear(t)}${t.doc.scope}文件没有分${m[1]}列出数字（只列${t.doc.org}的合计数），无法给出各${m[1]}分别的金额。`, notFound: true }
}
