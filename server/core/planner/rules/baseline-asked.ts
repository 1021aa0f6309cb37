import type { BaselineStage } from '../../tools/lib/prose.js'

/** "比上年决算", "较2019年预算数", "比上年年初预算": the stage of last year's figure a change is asked against. */
const ASKED = /(?:比|较|与|同|对比|相比)(?:上一?年度?|去年|前一年|(?:19|20)\d{2}年度?)(?:的)?(年初预算|调整后?预算|预算|决算)/u

/**
 * Rule `baseline-stage`, its question side: a change asked against last year's 决算 or 预算 says which of the two a
 * 决算 sentence printing both ("比上年预算数字下降35.45%，比上年决算数字下降34.26%") answers. None when unsaid.
 */
export function askedBaseline(question: string): BaselineStage | undefined {
  const m = ASKED.exec(question)
  return m ? (m[1] === '决算' ? 'final' : 'budget') : undefined
}
