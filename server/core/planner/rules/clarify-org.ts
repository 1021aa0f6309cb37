import type { OrgMention } from '../../tools/lib/org-mention.js'
import type { QuestionFrame } from '../question-frame.js'
import type { Scope } from '../resolve-scope.js'

/** Words that ask about several organisations at once: 各区, 哪个, 几家, 分别, 排名… */
const GROUP = /各|每|所有|全部|分别|哪|谁|几个|几家|这几|都|比较|对比|排名|排序|最多|最少|最大|最小|最高|最低|合计|加起来|一共|总共/u
export const SINGLE_OPS = new Set<QuestionFrame['op']>(['lookup', 'change', 'growth', 'reason', 'target', 'count', 'breakdown', 'usage', 'share', 'difference'])

/** A mention naming a kind of unit but no place ("医保中心", "区医保局"), or a city alone ("某某市"), which holds several. */
const placeless = (m: OrgMention) => (!m.stem && !m.city) || !!m.cityOnly

/** The question asks one organisation's figure: a single-organisation operation, no word asking about several. */
const asksOneOrg = (frame: QuestionFrame, own: QuestionFrame) => SINGLE_OPS.has(frame.op) && !GROUP.test(own.text)

/**
 * "医保中心的公务接待费是多少" when three centres are held: ask which one, with the candidates, never answer for all.
 * Returns the question to ask back, or undefined when the mention picks one organisation or the question asks for several.
 */
export function clarifyOrg(frame: QuestionFrame, own: QuestionFrame, scope: Scope): string | undefined {
  // rule unit-abbrev: a short form ("某市城管局") that fits several held units is asked back, whatever the question asks
  const short = scope.shortForms?.[0]
  if (short) return `“${short.text}”可能是${short.orgs.length}个单位的简称，无法确定是哪一个。请问是哪一个：${short.orgs.join('、')}？`
  if (!own.orgs.length || !own.orgs.every(placeless) || !asksOneOrg(frame, own)) return undefined
  const orgs = [...new Set(scope.targets.map((t) => t.doc.org))]
  if (orgs.length < 2) return undefined
  const named = own.orgs.map((m) => `“${m.text}”`).join('、')
  return `${named}对应${orgs.length}个单位，无法确定是哪一个。请问是哪一个：${orgs.join('、')}？`
}
