import type { ConceptHit } from '../question-frame.js'

/**
 * Rule `share-bound`: in these tables a part never exceeds the whole it belongs to (an income kind within 本年收入,
 * a class within 支出合计, 授予中小企业 within 政府采购), so a share over 100% means the operands were read the wrong
 * way round, or are not part and whole. How the question names them decides which:
 *  - "A占B的比重", "A在B中的占比": the question fixes A as the part ('fixed'): a share over 100% is refused;
 *  - "A B占比", "A和B的比例": the question leaves the order open ('open'): the smaller is the part.
 * A completion rate (决算占预算, 完成预算的) can pass 100%; it is not a share here (op 'growth' / prose).
 */
export type ShareOrder = 'fixed' | 'open'

const FIXED_BETWEEN = /占|在.{0,12}(?:中|里|当中)/

export function shareOrder(text: string, part: ConceptHit, whole: ConceptHit | undefined): ShareOrder {
  if (!whole) return 'fixed' // the whole is the part's own table total: the order is the table's
  const [first, second] = part.start <= whole.start ? [part, whole] : [whole, part]
  return FIXED_BETWEEN.test(text.slice(first.end, second.start)) ? 'fixed' : 'open'
}

/** A share's value in percent exceeds what a part can be of its whole. */
export const exceedsWhole = (percent: number) => percent > 100
