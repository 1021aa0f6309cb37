import { SCOPE_LEAD } from '../../parse/meta-rules.js'

/**
 * The general shape of a Chinese unit name, not a list of bureau types: a name of a few characters closed by a
 * unit word (局, 委员会, 中心, 街道办事处, 镇, 医院, 站…), possibly followed by a sub-unit ("人民政府万里街道办事处").
 */
const SUFFIXES = [
  '街道办事处', '委员会', '事务中心', '服务中心', '办事处', '管理处', '办公室', '人民政府', '卫生院', '研究院', '研究所', '幼儿园', '集团', '公司',
  '医共体', '医联体', '中心', '街道', '政府', '医院', '学校', '中学', '小学', '中专', '职高', '职专', '技校', '局', '厅', '委', '办', '院', '所', '站', '馆', '队', '镇', '乡',
]
/** Unit words that end a name only when the name before them is at least two characters ("龙溪镇", not "城乡"). */
const SHORT = new Set(['委', '办', '院', '所', '站', '馆', '队', '镇', '乡'])
const UNIT = new RegExp(`^(的)?(\\p{Script=Han}{0,10}?)(${SUFFIXES.join('|')})`, 'u')
/** One character before 镇/乡 that makes a word, not a township (城乡, 乡镇, 村镇, 市县区镇, 集镇), or a scope (全镇: SCOPE_LEAD). */
const NOT_TOWN_NAME = new RegExp(`[${SCOPE_LEAD}城乡村市县区集]`, 'u')

/** "赵镇2015年", "淮口镇的": a township of one character before 镇/乡, closed by a year, 的, its 政府 or the clause's end; never a scope (城乡, 乡镇, 全镇) */
const oneCharTownship = (name: string, suffix: string, after: string, de?: string) =>
  !de && name.length === 1 && (suffix === '镇' || suffix === '乡') && !NOT_TOWN_NAME.test(name) && /^(?:\d|的|人民政府|政府|[，,。？?\s]|$)/u.test(after)

/** Words that make the run before a unit word a budget subject, not a name ("公务接待费所占", "政府性基金"). */
/** ("新增地方政府一般债务": 地方政府 is the genre's word for any local government, never a unit's name) */
/** (nor a preposition alone before the unit word: "区对街道的转移支付" names no 街道) */
const NOT_NAME = /费|支出|预算|决算|经费|收入|资金|项目|合计|多少|是|和|与|及|跟|同|或|比|占|年|的|哪|各|那|这|几|、|其他|新增|地方$|^[对向给从把被将]$/u
/** What may not follow a unit word: 政府性基金, 政府采购, 办公费, 委托, 所属/所有/所占, 局长… */
const NOT_AFTER: Record<string, RegExp> = {
  政府: /^(?:性|采购|预算|经济|收支|购买)/u, 办: /^(?:公|理|法)/u, 委: /^(?:托|派)/u, 局: /^(?:长|部(?!门)|面|势)/u,
  所: /^(?:有|在|得|以|属|占|需|列|述)/u, 院: /^(?:长|内)/u, 站: /^(?:长|点)/u, 队: /^(?:长|伍)/u,
  // the subjects' words 城乡社区, 城乡居民, 城镇职工, 城镇化: no township
  乡: /^(?:社区|建设|居民|规划|统筹|一体|融合|低保|义务|医疗|环境)/u, 镇: /^(?:化|职工|居民|保障性|人口|登记失业)/u,
}

export interface UnitWords { /** the unit's own words, 的 excluded */ name: string; /** characters consumed, 的 included */ length: number }

/** The unit named at the start of `rest` (right after a place), with any sub-unit after it; undefined if none. */
export function unitAt(rest: string): UnitWords | undefined {
  const one = unitOnce(rest)
  if (!one) return undefined
  let { name, length } = one
  for (let next = unitOnce(rest.slice(length), true); next; next = unitOnce(rest.slice(length), true)) {
    name += next.name
    length += next.length
  }
  return { name, length }
}

function unitOnce(rest: string, sub = false): UnitWords | undefined {
  if (!rest) return undefined
  if (!sub && rest.startsWith('医疗保障')) {
    const more = UNIT.exec(rest)
    const whole = more && !NOT_NAME.test(more[2]) && !more[1] ? more : null
    return whole ? { name: whole[2] + whole[3], length: whole[0].length } : { name: '医疗保障', length: 4 }
  }
  const m = UNIT.exec(rest)
  if (!m || (sub && m[1])) return undefined
  const [all, de, name, suffix] = m
  if ((NOT_NAME.test(name) && !joinedFields(name, suffix)) || NOT_AFTER[suffix]?.test(rest.slice(all.length))) return undefined
  if (SHORT.has(suffix) && (name.length < 2 || de) && !oneCharTownship(name, suffix, rest.slice(all.length), de)) return undefined
  // a sub-unit is a named unit of its own ("万里街道办事处"), not a bare unit word
  if (sub && name.length < 2) return undefined
  return { name: name + suffix, length: all.length }
}

/** Two fields of one department joined by 和 ("规划和自然资源局", "发展和改革委员会"): a name, not two subjects. */
export function joinedFields(name: string, suffix: string): boolean {
  const m = /^(\p{Script=Han}{2,})和(\p{Script=Han}{2,})$/u.exec(name)
  return !!m && /^(?:局|委员会|委|厅|中心|办公室)$/u.test(suffix) && !NOT_NAME.test(m[1] + m[2])
}

/** A whole unit name of two fields joined by 和 ("规划和自然资源局"), not "A区和B区…" nor "X和Y局" of two subjects. */
export const isJoinedName = (name: string) => {
  const m = /^(\p{Script=Han}+)(局|委员会|委|厅|中心|办公室)$/u.exec(name)
  return !!m && joinedFields(m[1], m[2])
}
