import type { QuestionFrame } from '../question-frame.js'

/** Words that join two organisations asked one thing: "A和B的…", "A、B…". */
const JOIN = /^(?:和|与|及|以及|、|跟|同)$/u
/** "谁高", "哪个多": which of them is larger, asked of one subject. */
const WHICH = /谁(?:的)?(?:更)?(?:高|低|多|少|大|小)|哪(?:个|家|一个)(?:的)?(?:更)?(?:高|低|多|少|大|小)/u
/** "A的X是B的百分之几", "…的几倍": A's figure as a share of B's. */
const SHARE_TAIL = /^(?:的)?(?:百分之几|几成|多少倍|几倍|比例是?多少|比重是?多少)[？?。！!]*$/u
/** "A的X比B(的Y)多多少", "…少多少", "…高多少": A's figure less B's. */
const DIFF_TAIL = /^(.{0,20}?)(?:多|少|高|低)(?:了)?(?:多少|几)(?:钱|万元|亿元|元)?[？?。！!]*$/u

export type Compared = 'which' | 'share' | 'difference'

/** Two or more organisations asked one thing, each as a question of its own; how their figures are then compared. */
export interface SharedAsk {
  questions: string[]
  /** the organisations as the question names them, in its order */
  names: string[]
  compare?: Compared
}

/**
 * Rule `shared-ask`: one subject asked of two organisations whose documents state it only in prose, where no
 * reading of the whole question finds it for both ("滨海新区和东丽区2022年一般公共支出各降了多少", "A和B的税收占比谁高",
 * "东丽区一般公共支出是滨海新区的百分之几", "A的X比B的Y多多少"): each organisation is asked alone, by the same words (the
 * second of "A的X比B的Y" by its own Y), and the answers are joined, or compared by the compute tool. Undefined when the
 * organisations are not joined so (org-clauses reads clauses of their own).
 */
export function sharedAsk(frame: QuestionFrame): SharedAsk | undefined {
  const orgs = [...frame.orgs].sort((a, b) => a.start - b.start)
  if (orgs.length < 2 || orgs.length > 3 || frame.injected) return undefined
  const t = frame.text
  const names = orgs.map((o) => o.text)
  // "A和B…": one group, the rest of the question asked of each
  if (orgs.slice(1).every((o, i) => JOIN.test(t.slice(orgs[i].end, o.start)))) {
    const head = t.slice(0, orgs[0].start)
    const rest = t.slice(orgs[orgs.length - 1].end)
    const which = WHICH.test(rest)
    if (/比/u.test(rest) && !which) return undefined
    const asked = which ? rest.replace(WHICH, '是多少').replace(/的?占比是多少/u, '占比是多少') : rest
    return { questions: orgs.map((o) => `${head}${o.text}${asked}`), names, ...(which ? { compare: 'which' as const } : {}) }
  }
  if (orgs.length !== 2) return undefined
  const [a, b] = orgs
  const between = t.slice(a.end, b.start)
  const after = t.slice(b.end)
  // "A的X是B的百分之几"
  const share = /^(.+?)是$/u.exec(between)
  if (share && SHARE_TAIL.test(after)) return { questions: [`${t.slice(0, a.end)}${share[1]}是多少`, `${b.text}${share[1]}是多少`], names, compare: 'share' }
  // "A的X比B(的Y)多多少"
  const diff = /^(.+?)比$/u.exec(between)
  const tail = diff ? DIFF_TAIL.exec(after) : null
  if (diff && tail) {
    const own = tail[1].replace(/^的/u, '').trim()
    return { questions: [`${t.slice(0, a.end)}${diff[1]}是多少`, `${b.text}${own.length >= 2 ? own : diff[1]}是多少`], names, compare: 'difference' }
  }
  return undefined
}
