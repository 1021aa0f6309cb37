import type { QuestionFrame } from '../question-frame.js'

/** Where the words asked end: the ask itself (多少, 几, 是, 吗), a total asked (一共, 合计), a joined second subject (和, 与). */
// (and the verbs an amount is asked with: 花了, 用了, 拿了, 给了, 收了, 拨了, 下达, 分配, 到位; why and how it moved)
const ASK_AT = /^(?:多少|几|是|吗|呢|有多|完成|实现|一共|总共|共计|合计|安排|为多|为啥|为什么|为何|怎么|咋|占|比|和|与|及|花|用了|用去|拿了|给了|收了|收到|得到|拨了|拨付|下达|分配|分到|到位|涨|降|增|减|变|[、，,。？?！!\s\d])/u
/** A container and its part: "转移支付里中央级资金" asks the part. */
const WITHIN = /(?:里面|当中|其中|之中|里|中的)/u

/**
 * Rule `asked-span`: the words no table or concept names, as the question says them whole: the unread word the frame
 * keeps (转移支付) widened over the words beside it up to the organisation, the year or the ask ("省级资金转移支付",
 * "转移支付里中央级资金"). A prose figure found for the narrower word answers only when its sentence holds every
 * character of the span (rule qualified-fee, for any subject); the span itself, or the part it asks after 里/其中, is read
 * instead. Undefined when the words stand alone.
 */
export function askedSpan(frame: QuestionFrame, unknown: string): { span: string; part?: string } | undefined {
  const t = frame.text
  const at = t.indexOf(unknown)
  if (at < 0) return undefined
  const taken = (i: number) => frame.orgs.some((o) => i >= o.start && i < o.end) || /\d|年/u.test(t[i])
  let s = at
  while (s > 0 && /\p{Script=Han}/u.test(t[s - 1]) && !taken(s - 1) && !ASK_AT.test(t.slice(s - 1))) s--
  let e = at + unknown.length
  while (e < t.length && /\p{Script=Han}/u.test(t[e]) && !taken(e) && !ASK_AT.test(t.slice(e))) e++
  // (the account a place's report states it for, 县本级 / 全县, is read by the account, not by the sentence's words)
  // (nor is "this batch", 这次 / 这批 / 本次, any word of the subject)
  const span = t.slice(s, e).replace(/^(?:[省市区县州旗盟镇乡]?本级|全[省市区县州旗盟镇乡])/u, '').replace(/^(?:[这那此该本](?:次|批|笔))/u, '')
  if (span === unknown || span.length > 16) return undefined
  const w = WITHIN.exec(span)
  const part = w && w.index > 0 ? span.slice(w.index + w[0].length) : undefined
  return { span, ...(part && part.length >= 2 ? { part } : {}) }
}

/** Every character of the span but the words that join a container to its part. */
// (a money's kind said after 的, "支持竞技体育的公益金", names what the document's figures all are, not this one's words)
export const spanChars = (span: string) => [...span.replace(/的\p{Script=Han}{0,3}(?:金|资金|经费|钱|款|款项)$/u, '').replace(new RegExp(WITHIN.source, 'gu'), '').replace(/[的了之地]/gu, '')]
